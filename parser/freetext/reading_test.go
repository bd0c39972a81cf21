package freetext

import "testing"

// TestGroupLunch: a lunch answer said once for several people, with its
// exceptions and the rest of the sentence.
func TestGroupLunch(t *testing.T) {
	for _, c := range []struct {
		s, val, except, rest string
		ok                   bool
	}{
		{"Alle deltager i frokosten undtagen Inge.", "yes", "Inge", ".", true},
		{"Ingen af dem deltager i frokosten.", "no", "", ".", true},
		{"Begge deltager i frokosten, Hanne er diabetiker.", "yes", "", "Hanne er diabetiker.", true},
		{"Alle tre spiser med, bortset fra Per og Lis.", "yes", "Per,Lis", ".", true},
		{"Vi spiser ikke med.", "no", "", ".", true},
		{"Ingen ændringer, men jeg spiser ikke med.", "", "", "", false},
		{"Vi glæder os til mødet.", "", "", "", false},
		{"Anne deltager i frokosten.", "", "", "", false},
	} {
		g, rest, ok := matchGroupLunch(c.s, nil)
		if ok != c.ok {
			t.Errorf("%q: ok %v, want %v", c.s, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		ex := ""
		for i, e := range g.except {
			if i > 0 {
				ex += ","
			}
			ex += e
		}
		if lunchStr(g.val) != c.val || ex != c.except || rest != c.rest {
			t.Errorf("%q: lunch %s except %q rest %q, want %s %q %q", c.s, lunchStr(g.val), ex, rest, c.val, c.except, c.rest)
		}
	}
}

// TestReadingGuards: the general rules do not reach too far.
func TestReadingGuards(t *testing.T) {
	for _, c := range []struct {
		name, text, intent string
	}{
		// a greeting on the same line as the message is not a bare salutation
		{"greeting with text", "Hej, jeg kommer gerne\n\nMvh Bo Jensen", IntentRegistration},
		// "Meld afbud for mig" asks us to act; "Meld afbud til x@y.dk" instructs
		{"request to cancel", "Meld venligst afbud for mig til mødet.\n\nBo Jensen", IntentCancellation},
		{"instruction", "Til orientering: Meld afbud til posk@greve.dk senest 17. juni.", IntentOther},
		// a venue's head count is not a registration
		{"venue count", "Tak for bestillingen.\nAntal deltagere: 120\nForplejning: frokost", IntentOther},
		// "ikke selv" without others registered is the writer's afbud
		{"not self alone", "Jeg kan desværre ikke selv deltage.\n\nMvh Bo Jensen", IntentCancellation},
		// a diet said in a question is a question, not an update
		{"diet question", "Jeg er vegetar. Bliver der vegetarmad til frokosten?\n\nBo", IntentQuestion},
	} {
		out := Analyze(Input{Text: c.text, FromName: "Bo Jensen", FromEmail: "boj@naestved.dk", EventKind: "meeting"})
		if out.Intent != c.intent {
			t.Errorf("%s: intent %s, want %s (evidence %q)", c.name, out.Intent, c.intent, out.Evidence)
		}
	}
}

// TestSelfAttributes: what a calendar comment or a meeting response's text
// says of the person who answered.
func TestSelfAttributes(t *testing.T) {
	for _, c := range []struct {
		text, role, lunch, diet, muni string
	}{
		{"Deltager for DH Holbæk i Handicaprådet.", RoleHandicapraad, "", "", "Holbæk Kommune"},
		{"Jeg spiser gerne med, men er veganer.\n\nMvh\nKaren Lind\nFormand, Børne- og Skoleudvalget\nFaxe Kommune", RolePolitikerBoern, "yes", "veganer", "Faxe Kommune"},
		{"Jeg når ikke frokosten.", "", "no", "", ""},
		{"Jeg er veganer, ikke bare vegetar.", "", "", "veganer", ""},
		{"Kommer fra Næstved eller Slagelse, det ved jeg ikke endnu.", "", "", "", ""},
		{"Accepteret.\n\n> Fra: posk@greve.dk\n> Handicaprådet i Greve", "", "", "", ""},
	} {
		role, lunch, diet := SelfAttributes(c.text)
		muni := SelfMunicipality(c.text)
		if role != c.role || lunchStr(lunch) != c.lunch || diet != c.diet || muni != c.muni {
			t.Errorf("%q: role %q lunch %q diet %q municipality %q, want %q %q %q %q", c.text, role, lunchStr(lunch), diet, muni, c.role, c.lunch, c.diet, c.muni)
		}
	}
}
