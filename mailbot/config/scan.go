package config

import (
	"strconv"
	"strings"
)

// keyLoc is where a key or table header sits in the file.
//
// path carries array-of-tables indices ("mailbox[1].imap.tls"); plain is
// the same key as BurntSushi/toml names it, without indices
// ("mailbox.imap.tls"). Components that are not bare keys are quoted the
// way toml.Key.String quotes them (`event[0].contacts."Greve Kommune"`).
type keyLoc struct {
	path  string
	plain string
	line  int
}

// lineIndex maps keys to the line they are written on. BurntSushi/toml v1.6.0
// keeps key positions private (MetaData has no Position method), and its
// positions ignore array-of-tables indices, so the index is built by a small
// scanner over the source. The scanner runs only on input that toml already
// parsed without error.
type lineIndex struct {
	locs   []keyLoc       // document order
	byPath map[string]int // indexed path -> first line
}

// line returns the line of path or, if path is not written in the file
// (a missing key), of its nearest written ancestor; 0 if none.
func (ix *lineIndex) line(path string) int {
	for p := path; p != ""; p = parentPath(p) {
		if n, ok := ix.byPath[p]; ok {
			return n
		}
	}
	return 0
}

// occurrences returns every indexed location of a plain key, in document
// order.
func (ix *lineIndex) occurrences(plain string) []keyLoc {
	var out []keyLoc
	for _, l := range ix.locs {
		if l.plain == plain {
			out = append(out, l)
		}
	}
	return out
}

// parentPath strips the last component (".name" or "[n]") of an indexed path.
func parentPath(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
		return ""
	}
	if strings.HasSuffix(p, `"`) {
		// Quoted last component: find its opening quote.
		i := len(p) - 2
		for i >= 0 && !(p[i] == '"' && (i == 0 || p[i-1] != '\\')) {
			i--
		}
		if i <= 0 {
			return ""
		}
		return strings.TrimSuffix(p[:i], ".")
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// quoteKey quotes a key component unless it is a bare key, like
// toml.Key.String.
func quoteKey(k string) string {
	if k == "" {
		return `""`
	}
	for _, r := range k {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return strconv.Quote(k)
		}
	}
	return k
}

// join appends a component to a path.
func join(p, k string) string {
	if p == "" {
		return quoteKey(k)
	}
	return p + "." + quoteKey(k)
}

// index appends an array index to a path.
func index(p string, i int) string { return p + "[" + strconv.Itoa(i) + "]" }

type keyScanner struct {
	src    string
	i      int
	line   int
	table  string // current table, indexed
	plain  string // current table, plain
	arrays map[string]int
	ix     *lineIndex
}

// scanLines builds the lineIndex of a valid TOML document.
func scanLines(src string) *lineIndex {
	s := &keyScanner{src: src, line: 1, arrays: map[string]int{}, ix: &lineIndex{byPath: map[string]int{}}}
	for {
		s.skipBlank(true)
		if s.i >= len(s.src) {
			break
		}
		start := s.i
		if s.src[s.i] == '[' {
			s.header()
		} else {
			s.keyValue(s.table, s.plain)
		}
		if s.i == start { // not valid TOML after all: never loop
			s.i++
		}
	}
	return s.ix
}

func (s *keyScanner) record(path, plain string, line int) {
	s.ix.locs = append(s.ix.locs, keyLoc{path: path, plain: plain, line: line})
	if _, ok := s.ix.byPath[path]; !ok {
		s.ix.byPath[path] = line
	}
}

// skipBlank skips spaces, tabs, comments and, if nl, newlines.
func (s *keyScanner) skipBlank(nl bool) {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.i++
		case c == '\n' && nl:
			s.line++
			s.i++
		case c == '#':
			for s.i < len(s.src) && s.src[s.i] != '\n' {
				s.i++
			}
		default:
			return
		}
	}
}

func (s *keyScanner) header() {
	line := s.line
	array := strings.HasPrefix(s.src[s.i:], "[[")
	if array {
		s.i += 2
	} else {
		s.i++
	}
	comps := s.keyParts()
	s.skipBlank(false)
	if array {
		s.i += 2
	} else {
		s.i++
	}
	path, plain := "", ""
	for j, c := range comps {
		path, plain = join(path, c), join(plain, c)
		last := j == len(comps)-1
		n, isArray := s.arrays[path]
		switch {
		case last && array:
			s.arrays[path] = n + 1
			path = index(path, n)
		case isArray:
			path = index(path, n-1)
		}
	}
	s.table, s.plain = path, plain
	s.record(path, plain, line)
}

// keyParts reads a dotted key up to "=", "]" or the end of the line.
func (s *keyScanner) keyParts() []string {
	var comps []string
	for s.i < len(s.src) {
		s.skipBlank(false)
		if s.i >= len(s.src) {
			break
		}
		switch c := s.src[s.i]; {
		case c == '"':
			comps = append(comps, s.basicString())
		case c == '\'':
			comps = append(comps, s.literalString())
		case isBare(c):
			j := s.i
			for j < len(s.src) && isBare(s.src[j]) {
				j++
			}
			comps = append(comps, s.src[s.i:j])
			s.i = j
		default:
			return comps
		}
		s.skipBlank(false)
		if s.i < len(s.src) && s.src[s.i] == '.' {
			s.i++
			continue
		}
		return comps
	}
	return comps
}

func isBare(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

func (s *keyScanner) keyValue(table, plain string) {
	line := s.line
	comps := s.keyParts()
	if len(comps) == 0 {
		return
	}
	path := table
	for _, c := range comps {
		path, plain = join(path, c), join(plain, c)
		s.record(path, plain, line)
	}
	s.skipBlank(false)
	if s.i < len(s.src) && s.src[s.i] == '=' {
		s.i++
	}
	s.skipBlank(false)
	s.value(path, plain)
}

// value skips one value; inline tables record their keys.
func (s *keyScanner) value(path, plain string) {
	if s.i >= len(s.src) {
		return
	}
	switch s.src[s.i] {
	case '"':
		if strings.HasPrefix(s.src[s.i:], `"""`) {
			s.multiline(`"""`, true)
		} else {
			s.basicString()
		}
	case '\'':
		if strings.HasPrefix(s.src[s.i:], `'''`) {
			s.multiline(`'''`, false)
		} else {
			s.literalString()
		}
	case '[':
		s.i++
		for n := 0; s.i < len(s.src); {
			s.skipBlank(true)
			if s.i >= len(s.src) {
				return
			}
			switch s.src[s.i] {
			case ']':
				s.i++
				return
			case ',':
				s.i++
			default:
				start := s.i
				s.value(index(path, n), plain)
				n++
				if s.i == start {
					s.i++
				}
			}
		}
	case '{':
		s.i++
		for s.i < len(s.src) {
			s.skipBlank(true)
			if s.i >= len(s.src) {
				return
			}
			switch s.src[s.i] {
			case '}':
				s.i++
				return
			case ',':
				s.i++
			default:
				start := s.i
				s.keyValue(path, plain)
				if s.i == start {
					s.i++
				}
			}
		}
	default:
		for s.i < len(s.src) && !strings.ContainsRune(",]}#\n", rune(s.src[s.i])) {
			s.i++
		}
	}
}

// basicString reads a "..." string and returns its unescaped content.
func (s *keyScanner) basicString() string {
	start := s.i
	s.i++
	for s.i < len(s.src) && s.src[s.i] != '"' && s.src[s.i] != '\n' {
		if s.src[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	s.i++
	raw := s.src[start:min(s.i, len(s.src))]
	if u, err := strconv.Unquote(raw); err == nil {
		return u
	}
	return strings.Trim(raw, `"`)
}

func (s *keyScanner) literalString() string {
	s.i++
	j := s.i
	for s.i < len(s.src) && s.src[s.i] != '\'' && s.src[s.i] != '\n' {
		s.i++
	}
	v := s.src[j:s.i]
	s.i++
	return v
}

func (s *keyScanner) multiline(delim string, escapes bool) {
	s.i += 3
	for s.i < len(s.src) {
		switch {
		case escapes && s.src[s.i] == '\\':
			s.i++
			if s.i < len(s.src) && s.src[s.i] == '\n' {
				s.line++
			}
			s.i++
		case strings.HasPrefix(s.src[s.i:], delim):
			s.i += 3
			// Up to two more quotes may belong to the content.
			for k := 0; k < 2 && s.i < len(s.src) && s.src[s.i] == delim[0]; k++ {
				s.i++
			}
			return
		default:
			if s.src[s.i] == '\n' {
				s.line++
			}
			s.i++
		}
	}
}
