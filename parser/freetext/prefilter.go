package freetext

import (
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// requiredLiterals returns lower-case strings at least one of which occurs
// in any text the pattern matches (case-insensitively), or nil when no such
// set can be read from its syntax. A cue is only tried where one of them
// occurs: a substring search is far cheaper than a case-folding regexp.
func requiredLiterals(pattern string) []string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	return required(re.Simplify())
}

func required(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil
		}
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// The child with the most selective set: its shortest literal longest.
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			set := required(sub)
			if set == nil {
				continue
			}
			if l := shortest(set); l > bestLen {
				best, bestLen = set, l
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			set := required(sub)
			if set == nil {
				return nil // one branch needs nothing: no requirement
			}
			out = append(out, set...)
		}
		return out
	}
	return nil
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if l := utf8.RuneCountInString(s); n < 0 || l < n {
			n = l
		}
	}
	return n
}

// mayMatch reports whether lower (the lower-cased text) contains one of the
// cue's required literals; true when the cue has none.
func (cu *cue) mayMatch(lower string) bool {
	if cu.literals == nil {
		return true
	}
	for _, l := range cu.literals {
		if strings.Contains(lower, l) {
			return true
		}
	}
	return false
}
