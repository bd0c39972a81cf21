package render

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
	"mailbot/store"
)

// htmlRows parses doc and returns every <tr> as the trimmed text of its
// cells, whitespace collapsed.
func htmlRows(t *testing.T, doc string) [][]string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	var text func(n *html.Node, b *strings.Builder)
	text = func(n *html.Node, b *strings.Builder) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.Data == "br" {
			b.WriteString(" ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			text(c, b)
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "tr" {
			var row []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
					var b strings.Builder
					text(c, &b)
					row = append(row, strings.Join(strings.Fields(b.String()), " "))
				}
			}
			rows = append(rows, row)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return rows
}

// rowStarting finds the innermost row whose first cell is first.
func rowStarting(rows [][]string, first string) []string {
	var found []string
	for _, r := range rows {
		if len(r) > 0 && r[0] == first {
			found = r
		}
	}
	return found
}

// visibleText is doc with tags removed, entities decoded, whitespace collapsed.
func visibleText(t *testing.T, doc string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data + " ")
		}
		if n.Type == html.ElementNode && n.Data == "title" {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return strings.Join(strings.Fields(b.String()), " ")
}

// textFields: a text-matrix line split on runs of 2+ spaces.
func textLine(t *testing.T, text, prefix string) []string {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, prefix) {
			return regexp.MustCompile(`\s{2,}`).Split(strings.TrimSpace(l), -1)
		}
	}
	t.Fatalf("no line starting %q in:\n%s", prefix, text)
	return nil
}

func TestDigestMeetingNumbers(t *testing.T) {
	d := meetingDigest(t)
	subj, text, doc, err := Digest(d)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Dagligt overblik: Dialogmøde om Rammeaftale 2027-2028 – 18. juni 2026"; subj != want {
		t.Errorf("subject = %q, want %q", subj, want)
	}
	// Headline numbers, hand-counted in seed_test.go.
	for _, want := range []string{
		"Tilmeldte:             39", "Foreløbige:             3", "Afbud:                  2",
		"Venteliste:             2", "Frokost:               37  (ikke oplyst for 2)",
		"Kommuner uden tilmeldte: 4 af 18",
		"Tilmeldingsfrist: onsdag den 17. juni 2026 (overskredet for 1 dag siden)",
		"Mødet: torsdag den 25. juni 2026 kl. 9.00–13.00, Ringsted Kongrescenter",
		"KRÆVER HANDLING: 3 mails venter på gennemsyn, 1 svar kunne ikke sendes, 2 deltagere på venteliste, 2 tilmeldinger efter fristen.",
		"TIL GENNEMSYN (3)", "Årsag: afbud for en anden person fra en anden kommune",
		"SVAR DER IKKE KUNNE SENDES (1)", "550 5.1.1 mailbox unavailable", "(svar på tilmelding, 17. jun. kl. 8.00)",
		"NYT SIDEN SIDST: 5 mails – 1 mødesvar, 1 tilmelding, 1 afbud, 1 andet, 1 returmail; 4 nye deltagere, 5 i alt nye eller ændrede",
		"  - Lejre Kommune (har kun meldt afbud)",
		"VENTELISTE (2)", "MODTAGET EFTER FRISTEN (2)", "AFBUD (2)", "KOSTHENSYN (3)",
		"  - Øjvind Kirk, Næstved Kommune: laktosefri",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// Matrix rows in the text: roles are the 4 quota roles, then direktør,
	// chef, andet.
	if got, want := textLine(t, text, "Kommune "), []string{"Kommune", "Handicapråd", "Udsatteråd", "Pol. voksen", "Pol. børn", "Direktør", "Chef", "Andet", "I alt"}; !slices.Equal(got, want) {
		t.Errorf("matrix header = %q, want %q", got, want)
	}
	for prefix, want := range map[string][]string{
		"Faxe Kommune":         {"Faxe Kommune", "2/2", "1/2", "1/2", "0/2", "4"},
		"Greve Kommune":        {"Greve Kommune", "2/2+1", "0/2", "0/2", "0/2", "1", "3"},
		"Guldborgsund Kommune": {"Guldborgsund Kommune", "0/2", "0/2", "2/2", "1/2*", "3"},
		"Næstved Kommune":      {"Næstved Kommune", "2/2", "2/2+1", "2/2", "2/2", "8"},
		"Kalundborg Kommune":   {"Kalundborg Kommune", "0/2", "0/2", "0/2", "0/2", "0"},
		"I alt":                {"I alt", "10", "8", "8", "6", "5", "4", "1", "42"},
	} {
		if got := textLine(t, text, prefix); !slices.Equal(got, want) {
			t.Errorf("text matrix %s = %q, want %q", prefix, got, want)
		}
	}

	// The same numbers in the HTML.
	rows := htmlRows(t, doc)
	for first, want := range map[string][]string{
		"Faxe Kommune":                         {"Faxe Kommune", "2/2", "1/2", "1/2", "0/2", "", "", "", "4"},
		"Greve Kommune":                        {"Greve Kommune", "2/2 +1 vent.", "0/2", "0/2", "0/2", "1", "", "", "3"},
		"Næstved Kommune":                      {"Næstved Kommune", "2/2", "2/2 +1 vent.", "2/2", "2/2", "", "", "", "8"},
		"Roskilde Kommune":                     {"Roskilde Kommune", "0/2", "0/2", "1/2*", "2/2", "", "", "", "3"},
		"I alt":                                {"I alt", "10 +1 vent.", "8 +1 vent.", "8", "6", "5", "4", "1", "42"},
		"Kalundborg Kommune – ingen tilmeldte": {"Kalundborg Kommune – ingen tilmeldte", "0/2", "0/2", "0/2", "0/2", "", "", "", "0"},
	} {
		if got := rowStarting(rows, first); !slices.Equal(got, want) {
			t.Errorf("html matrix %s = %q, want %q", first, got, want)
		}
	}
	vis := visibleText(t, doc)
	for _, want := range []string{
		"39 Tilmeldte", "3 Foreløbige", "2 Afbud", "2 Venteliste", "37 Frokost 3 med kosthensyn",
		"4 Kommuner uden tilmeldte af 18", "1 dag siden fristen",
		"Kræver handling: 3 mails venter på gennemsyn, 1 svar kunne ikke sendes, 2 deltagere på venteliste, 2 tilmeldinger efter fristen.",
		"Kommuner uden tilmeldte (4 af 18) Kalundborg Kommune , Lejre Kommune (kun afbud) , Lolland Kommune , Solrød Kommune",
		"Til gennemsyn (3)", "spørgsmål, ingen tilmelding", "Venteliste (2)", "Modtaget efter fristen (2)", "Afbud (2)",
		"Nyt siden sidst (5 mails)", "Tilmeldingsfrist: onsdag den 17. juni 2026 (overskredet for 1 dag siden)",
	} {
		if !strings.Contains(vis, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	// The review row carries subject, sender and reason.
	if got, want := rowStarting(rows, "16. jun. kl. 7.00"), []string{"16. jun. kl. 7.00", "borgmester@lejre.dk", "Vedr. dialogmødet", "afbud for en anden person fra en anden kommune"}; !slices.Equal(got, want) {
		t.Errorf("review row = %q, want %q", got, want)
	}
}

func TestDigestDaysLeft(t *testing.T) {
	d := meetingDigest(t)
	d.Now = time.Date(2026, 6, 11, 7, 0, 0, 0, d.Location) // Thursday a week before
	_, text, doc, err := Digest(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "Tilmeldingsfrist: onsdag den 17. juni 2026 (6 dage tilbage)") {
		t.Errorf("text: no 6 days left:\n%s", text[:400])
	}
	if vis := visibleText(t, doc); !strings.Contains(vis, "6 dage til fristen") {
		t.Errorf("html: no 6 days left tile")
	}
	d.Now = time.Date(2026, 6, 17, 15, 0, 0, 0, d.Location)
	_, text, doc, _ = Digest(d)
	if !strings.Contains(text, "(i dag)") || !strings.Contains(visibleText(t, doc), "0 fristen er i dag") {
		t.Errorf("deadline day not said")
	}
}

func TestDigestEscapesHostileInput(t *testing.T) {
	_, _, doc, err := Digest(meetingDigest(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script>", "<b>Vigtigt</b>", `alert("x")`} {
		if strings.Contains(doc, bad) {
			t.Errorf("html contains unescaped %q", bad)
		}
	}
	for _, good := range []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Ærlig Østergård", "&lt;b&gt;Vigtigt&lt;/b&gt; &amp; dringende"} {
		if !strings.Contains(doc, good) {
			t.Errorf("html lacks escaped %q", good)
		}
	}
	if strings.Contains(doc, "<script") || strings.Contains(doc, "src=") || strings.Contains(doc, "<link") || strings.Contains(doc, "<style") {
		t.Error("html has scripts, external assets or a style block")
	}
	// And the hostile participant (unknown municipality) is counted.
	if got, want := rowStarting(htmlRows(t, doc), "(kommune ikke oplyst)"), []string{"(kommune ikke oplyst)", "0/2", "0/2", "0/2", "0/2", "", "", "1", "1"}; !slices.Equal(got, want) {
		t.Errorf("unknown municipality row = %q, want %q", got, want)
	}
}

func TestDigestConsultation(t *testing.T) {
	subj, text, doc, err := Digest(consultationDigest(t))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Dagligt overblik: Rammeaftale 2023-2024: udviklingsområder – 4. juli 2022"; subj != want {
		t.Errorf("subject %q", subj)
	}
	for _, want := range []string{
		"Frist for bemærkninger: fredag den 1. juli 2022 (overskredet for 3 dage siden)",
		"Behandles: torsdag den 26. januar 2023 kl. 14.00–17.00",
		"Kommuner, der har sendt bemærkninger: 6 af 20", "Mangler:                              14",
		"For sent:                             1", "INDSENDT (6)", "  - Viborg Kommune – FOR SENT",
		"        bilag: Input Aarhus.pdf (1,2 MB)", "        bilag: Bilag 1 – data.xlsx (35 kB)",
		"MANGLER (14)", "  - Favrskov Kommune", "  - Syddjurs Kommune",
		"TIL GENNEMSYN (1)", "Årsag: ingen bilag og ingen bemærkninger i teksten",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, no := range []string{"  - Herning Kommune\n  - ", "  - Aarhus Kommune\n\n"} {
		if strings.Contains(strings.SplitN(text, "MANGLER", 2)[1], strings.TrimSpace(no)) {
			t.Errorf("submitted municipality listed as missing: %q", no)
		}
	}
	vis := visibleText(t, doc)
	for _, want := range []string{"Høring · behandles torsdag den 26. januar 2023 kl. 14.00–17.00", "6 Har sendt bemærkninger af 20", "14 Mangler", "1 For sent", "3 dage siden fristen",
		"Indsendte bemærkninger (6 af 20)", "Mangler (14)", "Randers v2.docx (91 kB)", "Høringssvar socialchef@skive.dk ingen bilag"} {
		if !strings.Contains(vis, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	rows := htmlRows(t, doc)
	if got := rowStarting(rows, "Viborg Kommune"); len(got) != 4 || got[1] != "2. jul. kl. 8.15 FOR SENT" || got[3] != "Viborg.pdf (100 kB)" {
		t.Errorf("viborg row = %q", got)
	}
}

func TestBuildMatrix(t *testing.T) {
	d := meetingDigest(t)
	m := BuildMatrix(d)
	if want := []string{"handicapraad", "udsatteraad", "politiker_voksen", "politiker_boern", "direktoer", "chef", "andet"}; !slices.Equal(m.Roles, want) {
		t.Fatalf("roles = %v", m.Roles)
	}
	if len(m.Rows) != 19 { // 18 expected + unknown municipality
		t.Fatalf("rows = %d", len(m.Rows))
	}
	greve := m.Rows[m.ByName["Greve Kommune"]].Cells[0]
	if greve.Accepted != 2 || greve.Waitlisted != 1 || !greve.Full || greve.Over || greve.Text() != "2/2+1" {
		t.Errorf("greve handicapråd = %+v %q", greve, greve.Text())
	}
	guld := m.Rows[m.ByName["Guldborgsund Kommune"]].Cells[3]
	if guld.Tentative != 1 || guld.Full || guld.Text() != "1/2*" {
		t.Errorf("guldborgsund pol. børn = %+v", guld)
	}
	if m.Full["handicapraad"] != 3 || m.Full["udsatteraad"] != 2 || m.Full["politiker_voksen"] != 2 || m.Full["politiker_boern"] != 2 {
		t.Errorf("full = %v", m.Full)
	}
	if m.Total != 42 || m.Tent != 3 || m.WaitN != 2 || m.Totals["direktoer"] != 5 || m.Totals["chef"] != 4 {
		t.Errorf("totals %d/%d/%d %v", m.Total, m.Tent, m.WaitN, m.Totals)
	}
	if r := m.Rows[m.ByName["Roskilde Kommune"]]; r.Declined != 1 || r.Total != 3 {
		t.Errorf("roskilde = %+v", r)
	}
	// A place held beyond the quota (e.g. set by hand) is Over.
	d.Participants = append(d.Participants, store.Participant{Name: "Ekstra", Municipality: "Faxe Kommune", Role: "handicapraad", Status: "accepted"})
	m = BuildMatrix(d)
	if c := m.Rows[m.ByName["Faxe Kommune"]].Cells[0]; !c.Over || c.Text() != "3/2" {
		t.Errorf("faxe over = %+v", c)
	}
	// An explicit quota map wins over the event's; unlimited roles show plain counts.
	d.Quota = map[string]int{"handicapraad": 3}
	m = BuildMatrix(d)
	if m.Roles[0] != "handicapraad" || m.Roles[1] != "udsatteraad" || m.Rows[m.ByName["Faxe Kommune"]].Cells[1].Text() != "1" {
		t.Errorf("quota override: roles %v, faxe %q", m.Roles, m.Rows[m.ByName["Faxe Kommune"]].Cells[1].Text())
	}
}

func TestDigestEmpty(t *testing.T) {
	loc := cph(t)
	d := DigestData{Event: meetingEvent(loc), Location: loc, Now: time.Date(2026, 6, 1, 7, 0, 0, 0, loc), Expected: []string{"Greve Kommune"}}
	_, text, doc, err := Digest(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(text, "NYT SIDEN SIDST: ingen nye mails.") || !strings.Contains(text, "Tilmeldte:              0") {
		t.Errorf("empty digest text:\n%s", text)
	}
	if !strings.Contains(visibleText(t, doc), "Ingen nye mails.") {
		t.Error("empty digest html")
	}
}
