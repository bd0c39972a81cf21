package render

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mailbot/store"
)

func TestDanishDates(t *testing.T) {
	loc := cph(t)
	start := time.Date(2026, 6, 25, 9, 0, 0, 0, loc)
	end := time.Date(2026, 6, 25, 13, 0, 0, 0, loc)
	for _, c := range []struct{ got, want string }{
		{DanishSpan(start, end, loc), "torsdag den 25. juni 2026 kl. 9.00–13.00"},
		// The same instant given in UTC is shown in Copenhagen time.
		{DanishSpan(start.UTC(), end.UTC(), loc), "torsdag den 25. juni 2026 kl. 9.00–13.00"},
		{DanishSpan(start, time.Date(2026, 6, 26, 12, 30, 0, 0, loc), loc), "torsdag den 25. juni 2026 kl. 9.00 til fredag den 26. juni 2026 kl. 12.30"},
		{DanishSpan(start, time.Time{}, loc), "torsdag den 25. juni 2026 kl. 9.00"},
		{DanishDate(time.Date(2023, 1, 26, 14, 0, 0, 0, loc), loc), "torsdag den 26. januar 2023"},
		{DanishDate(time.Date(2022, 7, 1, 0, 0, 0, 0, loc), loc), "fredag den 1. juli 2022"},
		{DanishDate(time.Date(2026, 12, 27, 12, 0, 0, 0, loc), loc), "søndag den 27. december 2026"},
		{DanishDate(time.Date(2026, 2, 28, 12, 0, 0, 0, loc), loc), "lørdag den 28. februar 2026"},
		{DanishDate(time.Date(2026, 3, 3, 12, 0, 0, 0, loc), loc), "tirsdag den 3. marts 2026"},
		{DanishDate(time.Date(2026, 5, 4, 12, 0, 0, 0, loc), loc), "mandag den 4. maj 2026"},
		{DanishDate(time.Date(2026, 10, 7, 12, 0, 0, 0, loc), loc), "onsdag den 7. oktober 2026"},
		{DanishDateTime(time.Date(2026, 6, 17, 23, 59, 59, 0, loc), loc), "onsdag den 17. juni 2026"},
		{DanishDateTime(time.Date(2026, 6, 17, 12, 0, 0, 0, loc), loc), "onsdag den 17. juni 2026 kl. 12.00"},
		// 22:30 UTC on the 17th is already the 18th in Copenhagen (CEST).
		{DanishDateTime(time.Date(2026, 6, 17, 22, 30, 0, 0, time.UTC), loc), "torsdag den 18. juni 2026 kl. 0.30"},
		{DanishShortDate(start, loc), "25. juni 2026"},
		{DanishClock(time.Date(2026, 1, 1, 7, 5, 0, 0, loc), loc), "7.05"},
		{DanishDate(time.Time{}, loc), ""},
		{DanishSize(812), "812 B"},
		{DanishSize(34_499), "34 kB"},
		{DanishSize(1_234_567), "1,2 MB"},
		{DanishSize(2_500_000_000), "2,5 GB"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	for _, c := range []struct {
		now, deadline time.Time
		days          int
		text          string
	}{
		{time.Date(2026, 6, 11, 7, 0, 0, 0, loc), time.Date(2026, 6, 17, 23, 59, 59, 0, loc), 6, "6 dage tilbage"},
		{time.Date(2026, 6, 16, 23, 0, 0, 0, loc), time.Date(2026, 6, 17, 23, 59, 59, 0, loc), 1, "1 dag tilbage"},
		{time.Date(2026, 6, 17, 0, 1, 0, 0, loc), time.Date(2026, 6, 17, 23, 59, 59, 0, loc), 0, "i dag"},
		{time.Date(2026, 6, 20, 9, 0, 0, 0, loc), time.Date(2026, 6, 17, 23, 59, 59, 0, loc), -3, "overskredet for 3 dage siden"},
		// Across the switch to summer time (29 March 2026): still whole days.
		{time.Date(2026, 3, 28, 12, 0, 0, 0, loc), time.Date(2026, 3, 30, 0, 30, 0, 0, loc), 2, "2 dage tilbage"},
		// now given in UTC late in the evening is already the next day here.
		{time.Date(2026, 6, 15, 22, 30, 0, 0, time.UTC), time.Date(2026, 6, 17, 23, 59, 59, 0, loc), 1, "1 dag tilbage"},
	} {
		if got := DaysLeft(c.now, c.deadline, loc); got != c.days || DaysLeftText(got) != c.text {
			t.Errorf("DaysLeft(%v, %v) = %d %q, want %d %q", c.now, c.deadline, got, DaysLeftText(got), c.days, c.text)
		}
	}
}

func TestReplySubject(t *testing.T) {
	for in, want := range map[string]string{
		"Tilmelding til dialogmøde":        "Sv: Tilmelding til dialogmøde",
		"Re: Tilmelding":                   "Sv: Tilmelding",
		"RE: SV: Re: AW: Tilmelding":       "Sv: Tilmelding",
		"Sv: Sv: Tilmelding":               "Sv: Tilmelding",
		"SV:Tilmelding":                    "Sv: Tilmelding",
		"Re[2]: Afbud":                     "Sv: Afbud",
		"  Antw:  Afbud   til  mødet ":     "Sv: Afbud til mødet",
		"Accepteret: Dialogmøde":           "Sv: Accepteret: Dialogmøde",
		"Revision af rammeaftale":          "Sv: Revision af rammeaftale",
		"Svar fra Randers":                 "Sv: Svar fra Randers",
		"":                                 "Sv: Dialogmøde",
		"Re: ":                             "Sv: Dialogmøde",
		"VS: Bemærkninger til rammeaftale": "Sv: Bemærkninger til rammeaftale",
	} {
		if got := ReplySubject(in, "Dialogmøde"); got != want {
			t.Errorf("ReplySubject(%q) = %q, want %q", in, got, want)
		}
	}
}

func meetingReply(t *testing.T, ps ...store.Participant) ReplyData {
	loc := cph(t)
	return ReplyData{Event: meetingEvent(loc), Location: loc, ToName: "Lise Brandt", OriginalSubject: "RE: SV: Tilmelding til dialogmødet",
		Participants: ps, Contact: "posk@greve.dk", Now: time.Date(2026, 6, 10, 9, 0, 0, 0, loc), Sender: "Sekretariatet for Rammeaftale Sjælland"}
}

func TestReplyRegistration(t *testing.T) {
	ts, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	d := meetingReply(t,
		store.Participant{Name: "Lise Brandt", Municipality: "Holbæk Kommune", Role: "udsatteraad", Status: "accepted", Lunch: ptr(true)},
		store.Participant{Name: "Mads Juhl", Municipality: "Holbæk Kommune", Role: "handicapraad", Status: "accepted", Lunch: ptr(false), Diet: "glutenfri"},
		store.Participant{Name: "Nina Skov", Municipality: "Holbæk Kommune", Role: "handicapraad", Status: "waitlisted", OverQuota: true})
	d.OverQuota = true
	subj, text, err := ts.Reply(KindRegistration, d)
	if err != nil {
		t.Fatal(err)
	}
	if subj != "Sv: Tilmelding til dialogmødet" {
		t.Errorf("subject %q", subj)
	}
	for _, want := range []string{
		"Kære Lise Brandt,",
		"Tak for jeres tilmeldinger til Dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9.00–13.00 i Ringsted Kongrescenter.",
		"Vi har registreret disse 2 deltagere:",
		"  - Mads Juhl, Holbæk Kommune – Handicapråd, uden frokost (glutenfri)",
		"  - Lise Brandt, Holbæk Kommune – Udsatteråd, med frokost",
		"Denne deltager er sat på venteliste",
		"  - Nina Skov, Holbæk Kommune – Handicapråd (kommunen har 2 pladser)",
		"Kontakt venligst sekretariatet på posk@greve.dk",
		"Med venlig hilsen\n\nSekretariatet for Rammeaftale Sjælland\nposk@greve.dk\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("registration lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "efter tilmeldingsfristen") {
		t.Error("not late, but says so")
	}
	if strings.Contains(text, "\n\n\n") || strings.Contains(text, " \n") {
		t.Errorf("untidy whitespace:\n%q", text)
	}
	d.Late, d.OverQuota, d.Participants = true, false, d.Participants[:1]
	_, text, err = ts.Reply(KindRegistration, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Tak for tilmeldingen", "Vi har registreret denne deltager:", "modtaget efter tilmeldingsfristen onsdag den 17. juni 2026. Sekretariatet vurderer"} {
		if !strings.Contains(text, want) {
			t.Errorf("late registration lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "venteliste") {
		t.Error("no one waitlisted, but says so")
	}
}

func TestReplyKinds(t *testing.T) {
	ts, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	loc := cph(t)
	lise := store.Participant{Name: "Lise Brandt", Email: "lise@holbaek.dk", Municipality: "Holbæk Kommune", Role: "udsatteraad", Status: "accepted"}
	with := func(p store.Participant, f func(*store.Participant)) store.Participant { f(&p); return p }
	cases := []struct {
		kind  string
		d     ReplyData
		subj  string
		wants []string
	}{
		{KindCancellation, meetingReply(t, with(lise, func(p *store.Participant) { p.Status = "cancelled" })), "Sv: Tilmelding til dialogmødet",
			[]string{"Vi har registreret afbud til Dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9.00–13.00 for:", "  - Lise Brandt, Holbæk Kommune – Udsatteråd"}},
		{KindSubstitution, meetingReply(t,
			with(lise, func(p *store.Participant) { p.Name, p.Replaces = "Mads Juhl", "Lise Brandt"; p.Lunch = ptr(true) }),
			with(lise, func(p *store.Participant) { p.Status, p.ReplacedBy = "cancelled", "Mads Juhl" })), "Sv: Tilmelding til dialogmødet",
			[]string{"  - Mads Juhl, Holbæk Kommune – Udsatteråd, med frokost, deltager i stedet for Lise Brandt", "  - Lise Brandt er meldt fra (erstattes af Mads Juhl)"}},
		{KindRSVPAccepted, meetingReply(t, lise), "Sv: Tilmelding til dialogmødet",
			[]string{"Tak for din tilmelding til Dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni 2026 kl. 9.00–13.00 i Ringsted Kongrescenter. Vi har registreret:", "Der serveres frokost."}},
		{KindRSVPAccepted, meetingReply(t, with(lise, func(p *store.Participant) { p.Status = "waitlisted" })), "Sv: Tilmelding til dialogmødet",
			[]string{"sat dig på venteliste", "(kommunen har 2 pladser)", "Kontakt venligst sekretariatet på posk@greve.dk"}},
		{KindRSVPTentative, meetingReply(t, with(lise, func(p *store.Participant) { p.Status = "tentative" })), "Sv: Tilmelding til dialogmødet",
			[]string{"noteret dig som foreløbigt tilmeldt", "endelig besked senest onsdag den 17. juni 2026"}},
		{KindRSVPDeclined, meetingReply(t, with(lise, func(p *store.Participant) { p.Status = "declined" })), "Sv: Tilmelding til dialogmødet",
			[]string{"at du ikke deltager i Dialogmøde om Rammeaftale 2027-2028"}},
		{KindRSVPCounter, meetingReply(t, with(lise, func(p *store.Participant) {
			p.Counter = time.Date(2026, 6, 26, 8, 0, 0, 0, time.UTC).Format(time.RFC3339)
		})), "Sv: Tilmelding til dialogmødet",
			[]string{"forslag til et andet tidspunkt for Dialogmøde om Rammeaftale 2027-2028 (fredag den 26. juni 2026 kl. 10.00)", "sekretariatet ser på dit forslag"}},
		{KindReview, func() ReplyData { d := meetingReply(t); d.Reason = "intern årsag"; return d }(), "Sv: Tilmelding til dialogmødet",
			[]string{"en medarbejder i sekretariatet læser den"}},
		{KindReminder, func() ReplyData {
			d := meetingReply(t)
			d.ToName, d.Municipality = "", "Kalundborg Kommune"
			return d
		}(), "Påmindelse: Dialogmøde om Rammeaftale 2027-2028 – frist 17. juni 2026",
			[]string{"Goddag,", "Vi mangler endnu tilmeldinger fra Kalundborg Kommune", "Fristen for tilmelding er onsdag den 17. juni 2026 – om 7 dage.",
				"  - Handicapråd: 2\n  - Udsatteråd: 2\n  - Politiker, voksenudvalg: 2\n  - Politiker, børneudvalg: 2"}},
		{KindParticipantList, func() ReplyData {
			d := meetingReply(t, seedParticipants(t, loc)...)
			d.ToName, d.Program = "", "9.00 Velkomst\n9.15 Oplæg ved KKR Sjælland\n12.00 Frokost"
			return d
		}(), "Program og deltagerliste: Dialogmøde om Rammeaftale 2027-2028 25. juni 2026",
			[]string{"PROGRAM\n\n  9.00 Velkomst\n  9.15 Oplæg ved KKR Sjælland\n  12.00 Frokost", "DELTAGERE (42)",
				"Faxe Kommune\n  - Anne Holm – Handicapråd\n  - Bent Lund – Handicapråd\n  - Carla Friis – Udsatteråd\n  - Dorte Bach – Politiker, voksenudvalg\n\nGreve Kommune",
				"  - Karl Dahl – Politiker, børneudvalg (foreløbig)", "Der serveres frokost (37 har tilmeldt sig frokost)."}},
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) {
			subj, text, err := ts.Reply(c.kind, c.d)
			if err != nil {
				t.Fatal(err)
			}
			if subj != c.subj {
				t.Errorf("subject %q, want %q", subj, c.subj)
			}
			for _, w := range c.wants {
				if !strings.Contains(text, w) {
					t.Errorf("lacks %q:\n%s", w, text)
				}
			}
			if strings.Contains(text, "<no value>") || strings.Contains(text, "\n\n\n") {
				t.Errorf("untidy:\n%s", text)
			}
		})
	}
	// A waitlisted person must not appear on the participant list.
	_, text, _ := ts.Reply(KindParticipantList, cases[len(cases)-1].d)
	if strings.Contains(text, "Gunnar Møller") || strings.Contains(text, "Jens Mortensen") {
		t.Error("participant list shows waitlisted or cancelled people")
	}
}

func TestReplyReceipt(t *testing.T) {
	ts, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	cd := consultationDigest(t)
	sub := cd.Submissions[1] // Aarhus, two attachments
	d := ReplyData{Event: cd.Event, Location: cd.Location, ToName: "Mette Sørensen", OriginalSubject: sub.Subject, Submission: &sub, Contact: "ern@viborg.dk"}
	subj, text, err := ts.Reply(KindReceipt, d)
	if err != nil {
		t.Fatal(err)
	}
	if subj != "Sv: Aarhus' input" {
		t.Errorf("subject %q", subj)
	}
	for _, w := range []string{"Tak for Aarhus Kommunes bemærkninger til Rammeaftale 2023-2024: udviklingsområder.",
		"modtaget dem søndag den 12. juni 2022 kl. 14.15.", "Vi har modtaget 2 bilag:\n\n  - Input Aarhus.pdf (1,2 MB)\n  - Bilag 1 – data.xlsx (35 kB)"} {
		if !strings.Contains(text, w) {
			t.Errorf("receipt lacks %q:\n%s", w, text)
		}
	}
	if strings.Contains(text, "efter fristen") {
		t.Error("not late")
	}
	late := cd.Submissions[6]
	d.Submission, d.Late = &late, true
	_, text, _ = ts.Reply(KindReceipt, d)
	if !strings.Contains(text, "modtaget efter fristen fredag den 1. juli 2022") {
		t.Errorf("late receipt:\n%s", text)
	}
	noAtt := cd.Submissions[2]
	d.Submission, d.Late = &noAtt, false
	_, text, _ = ts.Reply(KindReceipt, d)
	if !strings.Contains(text, "Mailen havde ingen vedhæftede filer.") {
		t.Errorf("receipt without attachments:\n%s", text)
	}
}

func TestTemplateOverride(t *testing.T) {
	dir := t.TempDir()
	custom := "{{/* vores egen */ -}}\nEmne: Modtaget: {{.Event.Title}}\n\nHej {{.ToName}}, du står som {{range .Tilmeldte}}{{status .Status}}{{end}}.\n"
	if err := os.WriteFile(filepath.Join(dir, "registration.tmpl"), []byte(custom), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("ignored"), 0o644)
	ts, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := ts.Source(KindRegistration); got != filepath.Join(dir, "registration.tmpl") {
		t.Errorf("source = %q", got)
	}
	if got := ts.Source(KindCancellation); got != "embedded:templates/cancellation.tmpl" {
		t.Errorf("source = %q", got)
	}
	d := meetingReply(t, store.Participant{Name: "Lise Brandt", Role: "chef", Status: "accepted"})
	subj, text, err := ts.Reply(KindRegistration, d)
	if err != nil {
		t.Fatal(err)
	}
	if subj != "Modtaget: Dialogmøde om Rammeaftale 2027-2028" || text != "Hej Lise Brandt, du står som tilmeldt.\n" {
		t.Errorf("override: %q / %q", subj, text)
	}
	// The others still come from the embedded defaults.
	if _, text, _ := ts.Reply(KindCancellation, d); !strings.Contains(text, "Vi har registreret afbud") {
		t.Error("cancellation not embedded default")
	}
}

func TestTemplateErrors(t *testing.T) {
	for _, c := range []struct {
		name, file, src string
		want            []string
	}{
		{"syntax", "registration.tmpl", "Emne: {{.Svar}}\n\nHej\n{{end}}\nmere tekst\n", []string{"registration.tmpl:4", "unexpected {{end}}"}},
		{"eof", "registration.tmpl", "Emne: {{.Svar}}\n\n{{if .Late}}sent\n", []string{"registration.tmpl:", "unexpected EOF"}},
		{"function", "receipt.tmpl", "Emne: x\n\n{{dato .Event.Starts}}\n{{datox .Now}}\n", []string{"receipt.tmpl:4", `function "datox" not defined`}},
		{"field", "cancellation.tmpl", "Emne: x\n\nHej {{.Event.Titel}}\n", []string{"cancellation.tmpl:3", "Titel"}},
		{"no subject", "review.tmpl", "Hej {{.ToName}}\n", []string{"review.tmpl", `"Emne: <subject>"`}},
		{"unknown name", "registrering.tmpl", "Emne: x\n", []string{"registrering.tmpl", "unknown template name"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, c.file), []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := LoadTemplates(dir)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range append(c.want, dir) {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	if _, err := LoadTemplates(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing dir: no error")
	}
}

func TestEmbeddedTemplatesComplete(t *testing.T) {
	ts, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range Kinds {
		if _, ok := ts.t[k]; !ok {
			t.Errorf("no template for %s", k)
		}
	}
	if _, _, err := ts.Reply("nonsense", ReplyData{}); err == nil {
		t.Error("unknown kind: no error")
	}
	// Minimal data (no participants, no location, zero times) still renders.
	for _, k := range Kinds {
		if _, _, err := ts.Reply(k, ReplyData{}); err != nil {
			t.Errorf("%s with empty data: %v", k, err)
		}
	}
}

func TestReplyConcurrent(t *testing.T) {
	ts, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, 8)
	for i := range want {
		d := meetingReply(t, store.Participant{Name: "Person " + string(rune('A'+i)), Role: "chef", Status: "accepted"})
		if i%2 == 1 {
			d.Location = time.UTC // a different zone per call must not leak into another
		}
		_, want[i], _ = ts.Reply(KindRegistration, d)
	}
	errs := make(chan error, 8*20)
	done := make(chan struct{})
	for i := range want {
		go func() {
			defer func() { done <- struct{}{} }()
			for range 20 {
				d := meetingReply(t, store.Participant{Name: "Person " + string(rune('A'+i)), Role: "chef", Status: "accepted"})
				if i%2 == 1 {
					d.Location = time.UTC
				}
				if _, got, err := ts.Reply(KindRegistration, d); err != nil || got != want[i] {
					errs <- fmt.Errorf("goroutine %d: %v / %q", i, err, got)
				}
			}
		}()
	}
	for range want {
		<-done
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if !strings.Contains(want[1], "kl. 7.00–11.00") || !strings.Contains(want[0], "kl. 9.00–13.00") {
		t.Errorf("zones: %q / %q", want[0][:200], want[1][:200])
	}
}
