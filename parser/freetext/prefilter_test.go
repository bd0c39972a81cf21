package freetext

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	for _, c := range []struct {
		re   string
		want []string
	}{
		{`(?i)\btilmelder\b`, []string{"tilmelder"}},
		{`(?i)\bafbud\b|\bframeld`, []string{"afbud", "frameld"}},
		{`(?i)\b(kan|kunne)\s+ikke\s+deltage`, []string{"deltage"}},
		{`(?i)\bi\s*stedet\b`, []string{"stedet"}},
		{`(?i)(x)?`, nil},
	} {
		got := requiredLiterals(c.re)
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.re, got, c.want)
		}
	}
}

// The prefilter may only skip a cue that cannot match: checked for every
// cue on every labelled mail.
func TestPrefilterNeverHidesAMatch(t *testing.T) {
	files, _ := filepath.Glob("testdata/labelled/*.txt")
	if len(files) == 0 {
		t.Fatal("no labelled mails")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		lower := strings.ToLower(text)
		for i := range cues {
			if cues[i].re.MatchString(text) && !cues[i].mayMatch(lower) {
				t.Errorf("%s: cue %s matches but its literals %q are not in the text", f, cues[i].re, cues[i].literals)
			}
		}
	}
}
