package parser

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	gmcharset "github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
)

// This file is the lenient MIME layer: header block reading, multipart
// splitting, transfer-encoding and charset decoding. It works on byte slices
// of the raw message (held once by the caller), so parts are sub-slices, not
// copies; only decoded text bodies are materialised.

// header is one entity's header block. Values are unfolded, made valid UTF-8
// (raw 8-bit bytes read as windows-1252) but not RFC 2047-decoded.
type header struct {
	message.Header
}

// readHeader splits b into a header block and a body per RFC 5322 2.1 and
// 2.2.3, leniently:
//
//   - a leading UTF-8 BOM, leading whitespace-only lines and an mbox "From "
//     line are skipped. QUIRK: malformed/utf8-bom-before-headers-outlook12-cyrillic-zimbra.eml,
//     malformed/leading-blank-lines-exchange-dsn-phpbh-1.eml.
//   - lines end in CRLF, LF or (when the block has no LF at all) bare CR.
//   - a line that is neither a field nor a continuation ends the block and
//     starts the body. QUIRK: malformed/header-without-blank-line-mime4j.eml.
//   - continuation lines are unfolded (RFC 5322 2.2.3).
//
// Fields are added so that Get returns the first occurrence (RFC 5322 says a
// single From; QUIRK: malformed/two-from-headers-mikelmail.eml has two).
func readHeader(b []byte) (header, []byte) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	// Skip whitespace-only lines before the first field, but only if a field
	// follows: a message that starts with an empty line has no header.
	rest := b
	for i := 0; i < 50 && len(rest) > 0; i++ {
		line, next := cutLine(rest)
		if len(bytes.TrimSpace(line)) != 0 {
			break
		}
		rest = next
	}
	if len(rest) != len(b) {
		if l, _ := cutLine(rest); isFieldLine(l) {
			b = rest
		}
	}
	if l, next := cutLine(b); bytes.HasPrefix(l, []byte("From ")) && !isFieldLine(l) {
		b = next
	}

	type kv struct {
		k, v string
		more []string // continuation lines, joined at the end (a 200 KB header folds thousands of times)
	}
	var fields []kv
	body := b
	for len(body) > 0 {
		line, next := cutLine(body)
		if len(line) == 0 { // the empty line that ends the header block
			body = next
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && len(fields) > 0 {
			f := &fields[len(fields)-1]
			f.more = append(f.more, string(bytes.TrimSpace(line)))
			body = next
			continue
		}
		if !isFieldLine(line) {
			if len(bytes.TrimSpace(line)) == 0 {
				body = next
			}
			break
		}
		i := bytes.IndexByte(line, ':')
		fields = append(fields, kv{k: string(bytes.TrimSpace(line[:i])), v: string(bytes.TrimSpace(line[i+1:]))})
		body = next
	}
	var h header
	for i := len(fields) - 1; i >= 0; i-- {
		v := fields[i].v
		if len(fields[i].more) > 0 {
			v = strings.TrimSpace(v + " " + strings.Join(fields[i].more, " "))
		}
		h.Add(fields[i].k, validUTF8(v))
	}
	return h, body
}

// isFieldLine reports whether line starts with an RFC 5322 field name
// (printable US-ASCII except colon and space) followed by a colon.
func isFieldLine(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return false
	}
	for _, c := range line[:i] {
		if c <= ' ' || c > '~' {
			// QUIRK: some writers put spaces before the colon ("Subject : x").
			if c == ' ' || c == '\t' {
				if len(bytes.TrimSpace(line[:i])) > 0 && bytes.IndexAny(bytes.TrimSpace(line[:i]), " \t") < 0 {
					continue
				}
			}
			return false
		}
	}
	return true
}

// cutLine returns the first line of b without its terminator and the rest.
// A line ends at LF (an optional CR before it is dropped) or at a bare CR.
func cutLine(b []byte) (line, rest []byte) {
	i := bytes.IndexAny(b, "\r\n")
	if i < 0 {
		return b, b[len(b):]
	}
	if b[i] == '\n' {
		return b[:i], b[i+1:]
	}
	if i+1 < len(b) && b[i+1] == '\n' {
		return b[:i], b[i+2:]
	}
	return b[:i], b[i+1:] // bare CR
}

// mediaType parses a Content-Type or Content-Disposition value (RFC 2045 5.1,
// RFC 2183, RFC 2231 parameters via mime.ParseMediaType). On a syntax error
// it falls back to a forgiving split on ";" and "=", so a duplicate or
// unquoted parameter does not lose the type.
// QUIRK: malformed/duplicate-param-enmime.eml, malformed/unquoted-tspecials-param-enmime.eml.
func mediaType(v string) (string, map[string]string) {
	if v == "" {
		return "", map[string]string{}
	}
	t, params, err := mime.ParseMediaType(v)
	if err == nil {
		return strings.ToLower(t), params
	}
	params = map[string]string{}
	parts := splitParams(v)
	t = strings.ToLower(strings.TrimSpace(parts[0]))
	if strings.ContainsAny(t, " \t\"") {
		if f := strings.Fields(t); len(f) > 0 {
			t = f[0]
		}
	}
	for _, p := range parts[1:] {
		k, val, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		val = strings.TrimSpace(val)
		if len(val) >= 2 && val[0] == '"' {
			if j := strings.IndexByte(val[1:], '"'); j >= 0 {
				val = val[1 : j+1]
			} else {
				val = val[1:]
			}
		}
		k = strings.TrimSuffix(k, "*")
		if strings.Contains(k, "*") { // RFC 2231 continuation: name*0, name*1*
			base, _, _ := strings.Cut(k, "*")
			params[base] += val
			continue
		}
		if _, dup := params[k]; !dup {
			params[k] = val
		}
	}
	return t, params
}

// splitParams splits a header value on ";" outside double quotes.
func splitParams(v string) []string {
	var out []string
	inQuote := false
	start := 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '"':
			inQuote = !inQuote
		case '\\':
			i++
		case ';':
			if !inQuote {
				out = append(out, v[start:i])
				start = i + 1
			}
		}
	}
	return append(out, v[start:])
}

// splitMultipart splits a multipart body at its boundary (RFC 2046 5.1.1):
// a delimiter line is "--" boundary followed only by optional whitespace, a
// close delimiter "--" boundary "--". It is lenient where real mail is
// broken and never fails: the preamble and epilogue are dropped, a missing
// close delimiter ends the last part at the end of the body (closed=false),
// and a boundary that is a prefix of another does not match it.
// QUIRK: malformed/missing-final-boundary-flanker.eml, malformed/similar-boundaries-mikelmail.eml,
// bounce/office365-ndr-sisimai-01.eml (truncated upstream).
func splitMultipart(body []byte, boundary string) (parts [][]byte, closed bool) {
	delim := []byte("--" + boundary)
	start := -1 // start of the current part's content
	pos := 0
	for pos <= len(body) {
		line, rest := cutLine(body[pos:])
		lineEnd := len(body) - len(rest)
		if bytes.HasPrefix(line, delim) {
			after := line[len(delim):]
			isClose := bytes.HasPrefix(after, []byte("--"))
			if isClose || len(bytes.TrimSpace(after)) == 0 {
				if start >= 0 {
					parts = append(parts, trimPartEnd(body[start:pos]))
				}
				if isClose {
					return parts, true
				}
				start = lineEnd
			}
		}
		if len(rest) == 0 {
			break
		}
		pos = lineEnd
	}
	if start >= 0 && start <= len(body) {
		parts = append(parts, body[start:])
	}
	return parts, false
}

// trimPartEnd drops the line break that belongs to the following delimiter
// (RFC 2046 5.1.1: the CRLF before "--boundary" is part of the delimiter).
func trimPartEnd(b []byte) []byte {
	if bytes.HasSuffix(b, []byte("\r\n")) {
		return b[:len(b)-2]
	}
	if bytes.HasSuffix(b, []byte("\n")) || bytes.HasSuffix(b, []byte("\r")) {
		return b[:len(b)-1]
	}
	return b
}

// sniffBoundary finds a boundary for a multipart entity whose Content-Type
// lacks one: the first line that starts with "--" and has a plausible
// boundary after it. QUIRK: malformed/multipart-without-boundary-enmime.eml.
func sniffBoundary(body []byte) string {
	rest := body
	for len(rest) > 0 {
		var line []byte
		line, rest = cutLine(rest)
		if bytes.HasPrefix(line, []byte("--")) && len(line) > 4 && len(line) < 80 {
			b := strings.TrimSpace(string(line[2:]))
			if b != "" && !strings.ContainsAny(b, " \t") {
				return b
			}
		}
	}
	return ""
}

// normalizeCTE maps a Content-Transfer-Encoding value (RFC 2045 6) to one of
// "7bit", "quoted-printable", "base64", "x-uuencode" or "" (unknown),
// accepting the misspellings real mail has.
// QUIRK: malformed/cte-7-bit-typo-mikelmail.eml, malformed/cte-8bits-mikelmail.eml,
// malformed/cte-qp-with-space-mikelmail.eml, malformed/cte-semicolon-mikelmail.eml,
// malformed/cte-plain-mikelmail.eml.
func normalizeCTE(v string) (enc string, known bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	v = strings.TrimRight(v, "; \t")
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	switch strings.NewReplacer(" ", "", "-", "", "_", "", "\"", "").Replace(v) {
	case "", "7bit", "8bit", "8bits", "7bits", "binary", "plain", "none", "text", "ascii", "utf8":
		return "7bit", true
	case "quotedprintable", "qp":
		return "quoted-printable", true
	case "base64", "b64":
		return "base64", true
	case "xuuencode", "uuencode", "xuue", "uue":
		return "x-uuencode", true
	}
	return "", false
}

// decodeReader returns a reader of the transfer-decoded body. Base64 and
// quoted-printable are decoded leniently (stray characters skipped, bad
// escapes kept literally); an unknown encoding yields the raw bytes and
// known=false.
func decodeReader(body []byte, cte string) (r io.Reader, enc string, known bool) {
	enc, known = normalizeCTE(cte)
	switch enc {
	case "base64":
		return base64.NewDecoder(base64.StdEncoding, &b64Filter{src: body}), enc, true
	case "quoted-printable":
		return bytes.NewReader(decodeQP(body)), enc, true
	case "x-uuencode":
		return bytes.NewReader(uudecode(body)), enc, true
	}
	return bytes.NewReader(body), enc, known
}

// Byte classes for b64Filter.
const (
	b64Skip = iota
	b64Plain
	b64Dash
	b64Under
	b64Pad
)

var b64Class = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = b64Plain
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = b64Plain
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = b64Plain
	}
	t['+'], t['/'], t['-'], t['_'], t['='] = b64Plain, b64Plain, b64Dash, b64Under, b64Pad
	return t
}()

// b64Filter passes only base64 alphabet bytes and stops after padding, so
// line breaks, spaces and trailing garbage do not abort decoding.
// QUIRK: malformed/bad-base64-attachment-enmime.eml, malformed/bad-newlines-base64-mime4j.eml.
type b64Filter struct {
	src  []byte
	n    int // base64 characters emitted
	done bool
}

func (f *b64Filter) Read(p []byte) (int, error) {
	w := 0
	for w < len(p) && len(f.src) > 0 && !f.done {
		// Fast path: a run of alphabet bytes (a whole line) copied at once.
		i := 0
		for i < len(f.src) && w+i < len(p) && b64Class[f.src[i]] == b64Plain {
			i++
		}
		if i > 0 {
			copy(p[w:], f.src[:i])
			w += i
			f.n += i
			f.src = f.src[i:]
			continue
		}
		c := f.src[0]
		f.src = f.src[1:]
		switch b64Class[c] {
		case b64Dash: // base64url in the wild
			p[w] = '+'
			w++
			f.n++
		case b64Under:
			p[w] = '/'
			w++
			f.n++
		case b64Pad:
			// Pad to a full quantum and stop: anything after padding is garbage.
			for f.n%4 != 0 && w < len(p) {
				p[w] = '='
				w++
				f.n++
			}
			if f.n%4 == 0 {
				f.done = true
			}
		}
	}
	if w == 0 && (len(f.src) == 0 || f.done) {
		// Complete a truncated final quantum so the decoder keeps what it has.
		for f.n%4 != 0 && w < len(p) {
			if f.n%4 == 1 { // one lone char cannot be decoded: drop it
				f.n -= 1
				break
			}
			p[w] = '='
			w++
			f.n++
		}
		if w == 0 {
			return 0, io.EOF
		}
	}
	return w, nil
}

// decodeQP decodes quoted-printable (RFC 2045 6.7) forgivingly: "=XX" with
// hex digits is a byte, "=" at the end of a line is a soft break, any other
// "=" is kept literally.
func decodeQP(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		// soft line break: "=" then optional whitespace then line end
		j := i + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
			j++
		}
		if j >= len(b) {
			i = j
			continue
		}
		if b[j] == '\n' {
			i = j
			continue
		}
		if b[j] == '\r' {
			if j+1 < len(b) && b[j+1] == '\n' {
				j++
			}
			i = j
			continue
		}
		if i+2 < len(b) && isHex(b[i+1]) && isHex(b[i+2]) {
			out = append(out, unhex(b[i+1])<<4|unhex(b[i+2]))
			i += 2
			continue
		}
		out = append(out, '=')
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// uudecode decodes a uuencoded body ("begin" line, length-prefixed lines,
// "end"); without a "begin" line every line is decoded.
// QUIRK: malformed/cte-x-uuencode-mikelmail.eml.
func uudecode(b []byte) []byte {
	var out []byte
	rest := b
	started := !bytes.Contains(b, []byte("begin "))
	for len(rest) > 0 {
		var line []byte
		line, rest = cutLine(rest)
		if !started {
			started = bytes.HasPrefix(line, []byte("begin "))
			continue
		}
		if bytes.Equal(bytes.TrimSpace(line), []byte("end")) {
			break
		}
		if len(line) == 0 {
			continue
		}
		n := int((line[0] - ' ') & 63)
		data := line[1:]
		var dec []byte
		for i := 0; i+3 < len(data)+3 && len(dec) < n; i += 4 {
			var q [4]byte
			for k := 0; k < 4; k++ {
				if i+k < len(data) {
					q[k] = (data[i+k] - ' ') & 63
				}
			}
			dec = append(dec, q[0]<<2|q[1]>>4, q[1]<<4|q[2]>>2, q[2]<<6|q[3])
		}
		if len(dec) > n {
			dec = dec[:n]
		}
		out = append(out, dec...)
	}
	return out
}

// decodeText turns transfer-decoded bytes in charset label into UTF-8 text
// with LF line ends. problem is non-empty when the text was degraded.
//
// Rules, in order (RFC 2046 4.1.2 says the label governs; real mail lies):
//   - no label, us-ascii, utf-8: valid UTF-8 is taken as is; invalid bytes
//     are read as windows-1252 one by one (mixed text keeps both).
//     QUIRK: charset/mislabelled-utf8-vs-iso8859-15-tine20.eml.
//   - a Latin label (iso-8859-1/-15, windows-1252) on bytes that are valid,
//     non-ASCII UTF-8: the text is UTF-8 mislabelled.
//     QUIRK: charset/incorrect-charset-enmime.eml.
//   - other labels: go-message's charset table (ISO-2022-JP, GB18030,
//     ks_c_5601-1987 ...).
//   - an unknown label: windows-1252 as above, with a problem.
//     QUIRK: charset/unknown-charset-part-enmime.eml.
func decodeText(b []byte, label string) (text string, problem string) {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch label {
	case "", "us-ascii", "ascii", "utf-8", "utf8", "unicode-1-1-utf-8", "x-unknown", "unknown-8bit", "unknown", "default", "iso-10646", "iso-10646-1", "iso-10646-utf-1", "x-user-defined":
		s := validUTF8Bytes(b)
		if (label == "utf-8" || label == "utf8") && !utf8.Valid(b) {
			problem = "text labelled UTF-8 has invalid bytes: read them as windows-1252"
		}
		return normalizeNewlines(s), problem
	case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "iso-8859-15", "iso8859-15", "latin-9", "latin9", "windows-1252", "cp1252", "win-1252", "x-cp1252", "ansi":
		if utf8.Valid(b) {
			return normalizeNewlines(string(b)), "" // ASCII, or UTF-8 mislabelled as Latin
		}
		enc := charmap.Windows1252
		if strings.Contains(label, "15") || strings.Contains(label, "9") && !strings.Contains(label, "8859-1") {
			enc = charmap.ISO8859_15
		}
		s, _ := enc.NewDecoder().Bytes(b)
		return normalizeNewlines(string(s)), ""
	}
	r, err := gmcharset.Reader(label, bytes.NewReader(b))
	if err == nil {
		out, err := io.ReadAll(r)
		if err == nil {
			return normalizeNewlines(validUTF8Bytes(out)), ""
		}
	}
	return normalizeNewlines(validUTF8Bytes(b)), fmt.Sprintf("unknown charset %q: text read as UTF-8/windows-1252", label)
}

// validUTF8Bytes returns b as a string, each invalid byte read as windows-1252.
func validUTF8Bytes(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(cp1252Rune(b[0]))
			b = b[1:]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return validUTF8Bytes([]byte(s))
}

func cp1252Rune(c byte) rune {
	r := charmap.Windows1252.DecodeByte(c)
	if r == utf8.RuneError || r == 0 {
		return rune(c)
	}
	return r
}

// normalizeNewlines turns CRLF and bare CR into LF, so that CRLF and LF
// copies of a message yield the same text.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// wordDecoder decodes RFC 2047 encoded words with the same lenient charset
// rules as bodies.
var wordDecoder = &mime.WordDecoder{CharsetReader: func(label string, r io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	s, _ := decodeText(b, label)
	return strings.NewReader(s), nil
}}

// decodeWords decodes RFC 2047 encoded words in a header value. Words that
// do not decode are kept as written; raw 8-bit bytes were already made valid
// UTF-8 by readHeader. QUIRK: malformed/bad-encoded-subject-mikelmail.eml,
// charset/partially-quoted-subject-mikelmail.eml.
func decodeWords(v string) string {
	if !strings.Contains(v, "=?") {
		return v
	}
	s, err := wordDecoder.DecodeHeader(v)
	if err != nil {
		return v
	}
	return validUTF8(s)
}
