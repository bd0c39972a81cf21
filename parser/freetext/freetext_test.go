package freetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStripQuotes(t *testing.T) {
	cases := []struct {
		name, in, newText, quotedPrefix, sigPrefix string
	}{
		{"outlook-da", "Jeg kommer.\n\nMed venlig hilsen\nAnne Hansen\nKøge Kommune\n\nFra: POSK <posk@greve.dk>\nSendt: 2. juni 2026 09:12\nTil: Anne\nEmne: Invitation\n\nTilmeld dig.",
			"Jeg kommer.", "Fra: POSK", "Med venlig hilsen"},
		{"outlook-en", "I will attend.\r\nBest regards\r\nBo\r\n\r\nFrom: POSK\r\nSent: Tuesday\r\nTo: Bo\r\nSubject: x\r\n\r\nold",
			"I will attend.", "From: POSK", "Best regards"},
		{"oprindelig", "Afbud.\n-----Oprindelig meddelelse-----\nFra: x\nafbud kan sendes", "Afbud.", "-----Oprindelig", ""},
		{"underscores", "Ok.\n________________________________\nFra: POSK\nSendt: i dag\nTil: mig", "Ok.", "____", ""},
		{"gmail-da", "Jeg deltager.\nHilsen Ulla\n\nDen tir. 2. jun. 2026 kl. 09.12 skrev POSK <posk@greve.dk>:\n> Tilmeld jer", "Jeg deltager.", "Den tir.", "Hilsen Ulla"},
		{"gmail-wrapped", "Ja tak.\n\nDen tir. 2. jun. 2026 kl. 09.12 skrev POSK <\nposk@greve.dk>:\n> x", "Ja tak.", "Den tir.", ""},
		{"on-wrote", "Count me in.\n\nOn Tue, Jun 2, 2026 at 9:12 AM POSK <posk@greve.dk> wrote:\n> hi", "Count me in.", "On Tue", ""},
		{"am-schrieb", "Ich komme.\nAm 02.06.2026 um 09:12 schrieb POSK:\n> hallo", "Ich komme.", "Am 02.06", ""},
		{"iphone", "Afbud herfra\n\nSendt fra min iPhone", "Afbud herfra", "", "Sendt fra min iPhone"},
		{"dashdash", "Vi kommer to.\n-- \nBo Jensen\nTlf 12345678", "Vi kommer to.", "", "--"},
		{"name-block", "Tilmelder mig hermed.\n\nHenrik Lund\nDirektør, Social og Sundhed\nRingsted Kommune", "Tilmelder mig hermed.", "", "Henrik Lund"},
		{"form-not-signature", "Navn: Per Holm\nMail: peho@slagelse.dk\n\nNavn: Ulla Dam\nMail: uldam@slagelse.dk", "Navn: Per Holm\nMail: peho@slagelse.dk\n\nNavn: Ulla Dam\nMail: uldam@slagelse.dk", "", ""},
		{"gt-quotes", "Ja.\n> gammel tekst\n> mere", "Ja.", "> gammel", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, q, s := StripQuotes(c.in)
			if n != c.newText {
				t.Errorf("newText %q, want %q", n, c.newText)
			}
			if !strings.HasPrefix(q, c.quotedPrefix) || (c.quotedPrefix == "" && q != "") {
				t.Errorf("quoted %q, want prefix %q", q, c.quotedPrefix)
			}
			if !strings.HasPrefix(s, c.sigPrefix) || (c.sigPrefix == "" && s != "") {
				t.Errorf("signature %q, want prefix %q", s, c.sigPrefix)
			}
		})
	}
}

// The quoted invitation must never drive the intent: the same reply with
// and without the quoted "Afbud kan sendes til ..." reads the same.
func TestQuotedTextIgnored(t *testing.T) {
	base := Input{Subject: "Sv: Invitation til dialogmøde", FromName: "Anne Hansen", FromEmail: "anne@koege.dk", EventKind: "meeting",
		Text: "Jeg deltager gerne.\n\nMvh Anne\n\nFra: POSK <posk@greve.dk>\nSendt: 2. juni\nTil: Anne\nEmne: Invitation\n\nMeld afbud senest 17. juni. Kan ikke deltage? Send en stedfortræder i stedet for."}
	out := Analyze(base)
	if out.Intent != IntentRegistration || out.Review != "" {
		t.Fatalf("intent %s review %q", out.Intent, out.Review)
	}
	if len(out.Persons) != 1 || out.Persons[0].Email != "anne@koege.dk" || out.Persons[0].Municipality != "Køge Kommune" {
		t.Fatalf("persons %+v", out.Persons)
	}
	// A bare "Sv: Invitation" subject with no text is not a registration.
	out = Analyze(Input{Subject: "Sv: Invitation til dialogmøde", FromEmail: "a@koege.dk", EventKind: "meeting", Text: "\n\nFra: POSK\nSendt: x\nTil: y\nEmne: z\n\nTilmeld dig"})
	if out.Intent != IntentOther || out.Review == "" {
		t.Fatalf("empty reply: intent %s review %q", out.Intent, out.Review)
	}
}

func TestHTMLFallback(t *testing.T) {
	out := Analyze(Input{HTMLOnly: true, FromName: "Bo Jensen", FromEmail: "boj@naestved.dk", EventKind: "meeting",
		HTML: "<html><body><p>Jeg melder afbud til m&oslash;det.</p><p>Mvh Bo</p></body></html>"})
	if out.Intent != IntentCancellation || len(out.Persons) != 1 || out.Persons[0].Action != ActionCancel {
		t.Fatalf("got %s %+v", out.Intent, out.Persons)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, l := range loadLabelled(f) {
		f.Add(l.in.Subject, l.in.Text, l.in.FromName, l.in.FromEmail)
	}
	f.Fuzz(func(t *testing.T, subject, text, fromName, fromEmail string) {
		out := Analyze(Input{Subject: subject, Text: text, FromName: fromName, FromEmail: fromEmail, EventKind: "meeting",
			Areas: []string{"Hjemløshed", "Voksne med autisme"}})
		if strings.Contains(out.Review, "intern fejl") {
			t.Fatalf("panic recovered: %s", out.Review)
		}
		if out.Confidence < 0 || out.Confidence > 1 {
			t.Fatalf("confidence %v", out.Confidence)
		}
		switch out.Intent {
		case IntentRegistration, IntentCancellation, IntentSubstitution, IntentRemark, IntentQuestion, IntentOther:
		default:
			t.Fatalf("intent %q", out.Intent)
		}
		for _, p := range out.Persons {
			if p.Action != ActionRegister && p.Action != ActionCancel {
				t.Fatalf("action %q", p.Action)
			}
			if utf8.ValidString(text) && !utf8.ValidString(p.Name) {
				t.Fatalf("invalid name %q", p.Name)
			}
		}
		if utf8.ValidString(text) && !utf8.ValidString(out.NewText) {
			t.Fatalf("invalid new text")
		}
	})
}
