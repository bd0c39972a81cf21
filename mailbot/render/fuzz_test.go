package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBuild: whatever subject and text a template produced, the message
// parses back with go-message to the same subject and text, and no header
// line injection gets through (a subject with CR/LF must not add headers).
func FuzzBuild(f *testing.F) {
	f.Add("Sv: Tilmelding til dialogmøde – Næstved", "Kære Lise – æøå\n\nMed venlig hilsen\n")
	f.Add("Sv: =?UTF-8?q?x?= test", "line=3D\n.\n..\nFrom me\n")
	f.Add("Sv: a\r\nBcc: evil@example.com", "x")
	f.Add(strings.Repeat("Lang overskrift ", 20), strings.Repeat("ø", 2000))
	f.Fuzz(func(t *testing.T, subject, text string) {
		if !utf8.ValidString(subject) || !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			t.Skip()
		}
		raw, err := Build(Envelope{From: "posk@greve.dk", To: []string{"a@b.dk"}, Subject: subject, MessageID: "x@y"}, text, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		h, parts := parseMail(t, raw)
		if h.Get("Bcc") != "" || len(h.Values("Subject")) != 1 {
			t.Fatalf("header injection through subject %q:\n%s", subject, raw)
		}
		// Control characters become spaces; the reader unfolds and trims.
		want := strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f {
				return ' '
			}
			return r
		}, subject)), " ")
		if got, err := h.Subject(); err != nil || strings.Join(strings.Fields(got), " ") != want {
			t.Fatalf("subject %q -> %q (%v)", subject, got, err)
		}
		wantText := crlfSafe(text)
		if len(parts) != 1 {
			t.Fatalf("parts %d", len(parts))
		}
		if got := strings.ReplaceAll(string(parts[0].body), "\r\n", "\n"); got != wantText {
			t.Fatalf("text %q -> %q", wantText, got)
		}
	})
}

// FuzzReplySubject: never a stacked prefix, always one "Sv: ".
func FuzzReplySubject(f *testing.F) {
	for _, s := range []string{"Re: Sv: x", "SV:SV:SV:", "AW: Re[3]: møde", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ReplySubject(s, "Dialogmøde")
		if !strings.HasPrefix(got, "Sv: ") {
			t.Fatalf("%q -> %q", s, got)
		}
		if again := ReplySubject(got, "Dialogmøde"); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
	})
}
