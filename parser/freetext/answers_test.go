package freetext

import (
	"strings"
	"testing"
)

// The invitation's own form and instructions, quoted unanswered, are no
// answers; filled-in fields count only when the new text points at them.
func TestInlineAnswers(t *testing.T) {
	invitation := "> Fra: Sekretariatet <posk@greve.dk>\n> Sendt: 20. maj 2026 09:00\n> Emne: Invitation\n>\n" +
		"> Tilmelding ved at besvare denne mail med:\n>\n"
	cases := []struct {
		name, text, want string
	}{
		{"filled form", "Svar nedenfor.\n\n" + invitation + "> Navn: Jens Olsen\n> Rolle (fx handicapråd, udvalg): Udsatterådet\n> Frokost (ja/nej): ja\n",
			"Navn: Jens Olsen\nRolle: Udsatterådet\nFrokost: ja"},
		{"unfilled form", "Svar nedenfor.\n\n" + invitation + "> Navn:\n> Rolle: fx handicapråd\n> Frokost: ja/nej\n> Kosthensyn: ____\n", ""},
		{"no pointer", "Tak for invitationen.\n\n" + invitation + "> Navn: Jens Olsen\n> Frokost: ja\n", ""},
		{"typed under", "Se mine svar herunder\n\n" + invitation + "> Navn:\nJens Olsen\n> Ønsker du frokost?\nNej tak\n> Deltager du selv?\nJa\n> Hvor ligger mødet?\n",
			"Navn: Jens Olsen\nFrokost: Nej tak\nJeg deltager."},
	}
	for _, c := range cases {
		text := strings.ReplaceAll(c.text, "\r\n", "\n")
		nt, _, _ := StripQuotes(text)
		got, used := inlineAnswers(nt, strings.Split(text, "\n"))
		if got != c.want {
			t.Errorf("%s: answers %q, want %q", c.name, got, c.want)
		}
		if c.name == "typed under" && len(used) != 3 {
			t.Errorf("%s: %d answer lines used, want 3", c.name, len(used))
		}
	}
}

// A person answering inside the quoted invitation is registered with
// what they typed there.
func TestAnalyzeAnswersInQuote(t *testing.T) {
	out := Analyze(Input{
		Subject:   "SV: Invitation til dialogmøde",
		FromName:  "Jens Olsen",
		FromEmail: "jeol@faxekommune.dk",
		EventKind: "meeting",
		Text: "Svar nedenfor.\n\n/Jens\n\n> Fra: Sekretariatet <posk@greve.dk>\n> Sendt: 20. maj 2026\n> Emne: Invitation\n>\n" +
			"> Navn: Jens Olsen\n> Kommune: Faxe\n> Rolle: Udsatterådet\n> Frokost (ja/nej): ja\n>\n> Med venlig hilsen\n> Sekretariatet\n",
	})
	if out.Intent != IntentRegistration || len(out.Persons) != 1 {
		t.Fatalf("intent %s persons %+v, want one registration", out.Intent, out.Persons)
	}
	p := out.Persons[0]
	if p.Name != "Jens Olsen" || p.Municipality != "Faxe Kommune" || p.Role != "udsatteraad" || p.Lunch == nil || !*p.Lunch || p.Action != ActionRegister {
		t.Errorf("person %+v", p)
	}
}
