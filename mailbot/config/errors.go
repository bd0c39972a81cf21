package config

import (
	"fmt"
	"strings"
)

// Error is one problem in a configuration file.
//
// Its text is "file:line: key: msg", e.g.
//
//	mailbot.toml:12: mailbox[0].imap.tls: must be implicit, starttls or none (got "ssl")
//
// Key is the full key with array-of-tables indices counted from 0 in file
// order ([[mailbox]] number one is mailbox[0]). Line is where the key is
// written or, for a missing key, where its table starts; 0 if unknown
// (then the text is "file: key: msg").
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Errors is every problem found in one file, ordered by line. Load and
// Parse return all of them at once, not only the first.
type Errors []*Error

func (es Errors) Error() string {
	s := make([]string, len(es))
	for i, e := range es {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap gives errors.As/Is access to each *Error.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// editDistance is the optimal-string-alignment distance of a and b
// (runes): insertions, deletions, substitutions and transpositions of
// neighbours ("hots" -> "host") cost 1 each.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// suggest returns the candidate closest to s by edit distance if it is
// close enough to be a plausible typo (at most a third of its length, at
// least 1, at most 3 edits), else "". Words under 3 letters get none.
func suggest(s string, candidates []string) string {
	if len([]rune(s)) < 3 {
		return ""
	}
	best, bestD := "", 1<<30
	for _, c := range candidates {
		d := editDistance(strings.ToLower(s), strings.ToLower(c))
		if d < bestD {
			best, bestD = c, d
		}
	}
	limit := min(max(len([]rune(s))/3, 1), 3)
	if bestD > limit {
		return ""
	}
	return best
}
