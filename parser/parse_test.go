package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func mustParse(t *testing.T, path string, opts Options) *Result {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Parse(raw, opts)
	if res == nil {
		t.Fatalf("Parse(%s) returned nil Result (err %v)", path, err)
	}
	return res
}

var seedEvents = []EventHint{
	{ID: "dialog2026", Kind: "meeting", Mailbox: "posk@greve.dk", Keywords: []string{"dialogmøde", "rammeaftale"},
		UID:    "040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5DA01000000000000000010000000" + "1F2E3D4C5B6A79881726354453627180",
		Starts: time.Date(2026, 6, 25, 9, 0, 0, 0, time.FixedZone("CEST", 2*3600))},
	{ID: "midt2022", Kind: "consultation", Mailbox: "ern@viborg.dk", Keywords: []string{"rammeaftale 2023-2024", "høringssvar"}},
}

// TestOutlookResponses: Outlook/Exchange iMIP REPLY and COUNTER (RFC 5546
// 3.2.3, 3.2.7) with no ORGANIZER, a Windows TZID and a folded UID.
func TestOutlookResponses(t *testing.T) {
	cph, _ := time.LoadLocation("Europe/Copenhagen")
	cases := []struct {
		file, method, partstat, comment string
		dtstamp, start                  time.Time
	}{
		{"outlook-reply-accepted-da.eml", "REPLY", PartStatAccepted, "", time.Date(2026, 5, 10, 8, 15, 12, 0, time.UTC), time.Date(2026, 6, 25, 9, 0, 0, 0, cph)},
		{"outlook-reply-tentative-en.eml", "REPLY", PartStatTentative, "", time.Date(2026, 5, 11, 12, 0, 0, 0, time.UTC), time.Date(2026, 6, 25, 9, 0, 0, 0, cph)},
		{"outlook-reply-declined-da.eml", "REPLY", PartStatDeclined, "Jeg er desværre forhindret.", time.Date(2026, 5, 12, 9, 30, 0, 0, time.UTC), time.Date(2026, 6, 25, 9, 0, 0, 0, cph)},
		{"outlook-counter-da.eml", "COUNTER", PartStatTentative, "", time.Date(2026, 5, 13, 7, 0, 0, 0, time.UTC), time.Date(2026, 6, 25, 10, 0, 0, 0, cph)},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r := mustParse(t, filepath.Join("testdata", c.file), Options{Events: seedEvents})
			if r.Class != ClassRSVP || r.Auto != AutoNone {
				t.Fatalf("class %s auto %q, want rsvp (X-Auto-Response-Suppress alone is not a signal)", r.Class, r.AutoReason)
			}
			cal := r.Calendar
			if cal == nil || cal.FromSubject {
				t.Fatalf("calendar %+v, want one read from the text/calendar part", cal)
			}
			if cal.Method != c.method || len(cal.Attendees) != 1 || cal.Attendees[0].PartStat != c.partstat {
				t.Errorf("method %s attendees %+v, want %s %s", cal.Method, cal.Attendees, c.method, c.partstat)
			}
			if a := cal.Attendees[0]; a.Email != "haso@naestved.dk" || a.Name != "Hanne Sørensen" {
				t.Errorf("attendee %+v, want haso@naestved.dk / Hanne Sørensen", a)
			}
			if cal.Organizer != "" || !strings.HasSuffix(cal.UID, "1F2E3D4C5B6A79881726354453627180") {
				t.Errorf("organizer %q uid %q", cal.Organizer, cal.UID)
			}
			if !cal.DTStamp.Equal(c.dtstamp) || !cal.Start.Equal(c.start) {
				t.Errorf("dtstamp %v start %v, want %v %v", cal.DTStamp, cal.Start, c.dtstamp, c.start)
			}
			if cal.Comment != c.comment {
				t.Errorf("comment %q, want %q", cal.Comment, c.comment)
			}
			if r.Event != "dialog2026" {
				t.Errorf("event %q, want dialog2026 (by UID)", r.Event)
			}
			if r.Review != "" {
				t.Errorf("review %q, want none", r.Review)
			}
			if r.From.Email != "haso@naestved.dk" || r.From.Name != "Hanne Sørensen" || !strings.Contains(r.Subject, "Dialogmøde") {
				t.Errorf("from %+v subject %q", r.From, r.Subject)
			}
		})
	}
}

// TestSubjectOnlyResponse: "SV: Accepteret :" (NBSP before the colon) with no
// calendar part is an rsvp read from the subject, sent to review.
func TestSubjectOnlyResponse(t *testing.T) {
	r := mustParse(t, "testdata/accepteret-no-calendar-da.eml", Options{Events: seedEvents})
	if r.Class != ClassRSVP || r.Calendar == nil || !r.Calendar.FromSubject || r.Calendar.Method != "REPLY" {
		t.Fatalf("class %s calendar %+v, want rsvp from subject", r.Class, r.Calendar)
	}
	if got := r.Calendar.Attendees; len(got) != 1 || got[0].Email != "haso@naestved.dk" || got[0].PartStat != PartStatAccepted {
		t.Errorf("attendees %+v", got)
	}
	if r.Review == "" {
		t.Error("a subject-only response must go to review")
	}
	if r.Event != "dialog2026" {
		t.Errorf("event %q, want dialog2026 by keyword", r.Event)
	}
}

func TestSubjectResponsePrefixes(t *testing.T) {
	cases := map[string]string{
		"Accepteret: Dialogmøde":                 "REPLY/ACCEPTED",
		"SV: Accepteret: Dialogmøde":             "REPLY/ACCEPTED",
		"RE: SV: accepted: x":                    "REPLY/ACCEPTED",
		"Angenommen: Treffen":                    "REPLY/ACCEPTED",
		"Godkänt: möte":                          "REPLY/ACCEPTED",
		"Tentative: x":                           "REPLY/TENTATIVE",
		"Foreløbigt accepteret: x":               "REPLY/TENTATIVE",
		"Afvist: x":                              "REPLY/DECLINED",
		"Declined: x":                            "REPLY/DECLINED",
		"Refusé\u00a0: réunion":                  "REPLY/DECLINED",
		"Ny tid foreslået: Dialogmøde":           "COUNTER/",
		"New Time Proposed: x":                   "COUNTER/",
		"[EKSTERN] Accepted: x":                  "REPLY/ACCEPTED",
		"VS: Accepteret: x":                      "", // a forward is not the sender's answer
		"Tilmelding: Accepteret":                 "",
		"Dialogmøde: jeg har accepteret":         "",
		"Antwort Termineinladung: Besprechung":   "",
		"Automatisk svar: Accepteret: x":         "",
		"accepteret":                             "",
		"Re: Re: Re: Re: Re: Re: Accepteret: xx": "",
	}
	for subj, want := range cases {
		m, p, _, ok := subjectResponse(subj)
		got := ""
		if ok {
			got = m + "/" + p
		}
		if got != want {
			t.Errorf("subjectResponse(%q) = %q, want %q", subj, got, want)
		}
	}
}

// TestDanishAutoReply: an Exchange OOF with Auto-Submitted and the
// X-Auto-Response-Suppress + X-MS-Exchange-Inbox-Rules-Loop pair.
func TestDanishAutoReply(t *testing.T) {
	r := mustParse(t, "testdata/exchange-oof-da.eml", Options{})
	if r.Class != ClassAutoReply || r.Auto != AutoReply || !r.Class.NoReply() {
		t.Fatalf("class %s auto %s", r.Class, r.Auto)
	}
	if !strings.Contains(r.Text, "Jeg er på ferie") {
		t.Errorf("text %q", r.Text)
	}
	// Each signal alone is enough.
	raw, _ := os.ReadFile("testdata/exchange-oof-da.eml")
	noAutoSubmitted := bytes.Replace(raw, []byte("Auto-Submitted: auto-replied\r\n"), nil, 1)
	if r, _ := Parse(noAutoSubmitted, Options{}); r.Auto != AutoReply || !strings.Contains(r.AutoReason, "Inbox-Rules-Loop") {
		t.Errorf("without Auto-Submitted: auto %q %q", r.Auto, r.AutoReason)
	}
	subjectOnly := bytes.Replace(noAutoSubmitted, []byte("X-MS-Exchange-Inbox-Rules-Loop: boj@koege.dk\r\n"), nil, 1)
	if r, _ := Parse(subjectOnly, Options{}); r.Auto != AutoReply || !strings.Contains(r.AutoReason, "out-of-office") {
		t.Errorf("subject only: auto %q %q", r.Auto, r.AutoReason)
	}
}

func TestOOFSubjects(t *testing.T) {
	for _, s := range []string{"Automatisk svar: x", "Autosvar: x", "Fraværende: x", "Automatic reply: x", "Out of Office: x",
		"Abwesenheitsnotiz: x", "AutoReply: x", "Auto: x", "SV: Automatisk svar: x", "Autoantwort: x", "Réponse automatique : x"} {
		if !oofSubject(strings.ToLower(s)) {
			t.Errorf("oofSubject(%q) = false", s)
		}
	}
	for _, s := range []string{"Tilmelding til dialogmøde", "Automatiseringsprojekt: status", "Re: autobus", "Fravalg af frokost"} {
		if oofSubject(strings.ToLower(s)) {
			t.Errorf("oofSubject(%q) = true", s)
		}
	}
}

// TestHumanWithSuppressHeader: Outlook puts X-Auto-Response-Suppress on
// ordinary mail; alone it must not make a person's mail automatic.
func TestHumanWithSuppressHeader(t *testing.T) {
	r := mustParse(t, "testdata/outlook-human-suppress-da.eml", Options{Events: seedEvents})
	if r.Auto != AutoNone || r.Class.NoReply() {
		t.Fatalf("auto %q (%s) class %s: a person's mail", r.Auto, r.AutoReason, r.Class)
	}
	if r.Subject != "Tilmelding til dialogmøde – Ringsted Kommune" {
		t.Errorf("subject %q (windows-1252 encoded word with en dash)", r.Subject)
	}
	if !strings.Contains(r.Text, "dialogmødet den 25. juni – også frokost") {
		t.Errorf("text %q", r.Text)
	}
	if r.From.Email != "blov@ringsted.dk" || r.From.Name != "Birthe Løvgren" {
		t.Errorf("from %+v", r.From)
	}
	if r.Event != "dialog2026" {
		t.Errorf("event %q", r.Event)
	}
}

func TestCharsets(t *testing.T) {
	cases := []struct{ file, subject, text string }{
		{"latin1-8bit-da.eml", "Afbud til dialogmødet æøå", "Jeg må desværre melde afbud. Æbleøl og åkander."},
		{"mislabelled-latin1-utf8-da.eml", "Spørgsmål om frokost", "Får vi frokost? Jeg er vegetar – gælder det også kaffe?"},
	}
	for _, c := range cases {
		r := mustParse(t, filepath.Join("testdata", c.file), Options{})
		if r.Subject != c.subject || r.Text != c.text {
			t.Errorf("%s: subject %q text %q", c.file, r.Subject, r.Text)
		}
		if len(r.Problems) != 0 {
			t.Errorf("%s: problems %v", c.file, r.Problems)
		}
	}
	r := mustParse(t, "testdata/mislabelled-latin1-utf8-da.eml", Options{})
	if r.From.Name != "Søs Ålund" || r.From.Email != "sos@stevns.dk" {
		t.Errorf("raw UTF-8 From: %+v", r.From)
	}
}

func TestDecodeText(t *testing.T) {
	cases := []struct {
		in, label, want string
		problem         bool
	}{
		{"\xe6\xf8\xe5", "iso-8859-1", "æøå", false},
		{"\xe6\xf8\xe5 \xa4", "iso-8859-15", "æøå €", false},
		{"\x96 \xe6", "windows-1252", "– æ", false},
		{"æøå", "iso-8859-1", "æøå", false},         // UTF-8 mislabelled as Latin-1
		{"æøå \xe6", "utf-8", "æøå æ", true},        // mixed: invalid bytes read as windows-1252
		{"a\r\nb\rc", "us-ascii", "a\nb\nc", false}, // line ends normalised
		{"\xe6", "x-klingon", "æ", true},            // unknown charset degrades
		{"\x1b$B$3$s$K$A$O\x1b(B", "iso-2022-jp", "こんにちは", false},
	}
	for _, c := range cases {
		got, p := decodeText([]byte(c.in), c.label)
		if got != c.want || (p != "") != c.problem {
			t.Errorf("decodeText(%q, %s) = %q, %q; want %q problem=%v", c.in, c.label, got, p, c.want, c.problem)
		}
	}
}

func TestHTMLOnly(t *testing.T) {
	r := mustParse(t, "testdata/html-only-outlook-da.eml", Options{})
	if !r.HTMLOnly || r.HTML == "" {
		t.Fatalf("HTMLOnly %v", r.HTMLOnly)
	}
	for _, want := range []string{"Vi tilmelder følgende til dialogmødet:", "Anne Holm, handicaprådet", "Peter Ørsted, direktør", "Karin Bæk"} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, r.Text)
		}
	}
	if strings.Contains(r.Text, "<") || strings.Contains(r.Text, "MsoNormal") {
		t.Errorf("markup left in text:\n%s", r.Text)
	}
}

// TestAttachments: RFC 2231 file names (UTF-8, and ISO-8859-1 with
// continuations), decoded size and SHA-256 of the decoded bytes.
func TestAttachments(t *testing.T) {
	r := mustParse(t, "testdata/pdf-docx-rfc2231-da.eml", Options{Events: seedEvents})
	sum := func(f string) (int64, string) {
		b, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		return int64(len(b)), hex.EncodeToString(h[:])
	}
	pdfSize, pdfSum := sum("attachment-pdf.bin")
	docxSize, docxSum := sum("attachment-docx.bin")
	want := []Attachment{
		{Filename: "Høringssvar Næstved æøå.pdf", ContentType: "application/pdf", Size: pdfSize, SHA256: pdfSum},
		{Filename: "Bemærkninger til udviklingsområder.docx", ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Size: docxSize, SHA256: docxSum},
	}
	if !reflect.DeepEqual(r.Attachments, want) {
		t.Errorf("attachments\n got %+v\nwant %+v", r.Attachments, want)
	}
	if r.Text != "Hermed Viborg Kommunes bemærkninger til udviklingsområderne." {
		t.Errorf("text %q", r.Text)
	}
	if r.Event != "midt2022" {
		t.Errorf("event %q, want midt2022", r.Event)
	}
	if len(r.Problems) != 0 {
		t.Errorf("problems %v", r.Problems)
	}
}

// TestCorpusAttachmentsAndTNEF checks attachment facts on real corpus mail.
func TestCorpusAttachmentsAndTNEF(t *testing.T) {
	r := mustParse(t, filepath.Join(corpusDir, "tnef/winmail-dat-attachment-tine20.eml"), Options{})
	found := false
	for _, a := range r.Attachments {
		found = found || (a.TNEF && a.Size > 0 && len(a.SHA256) == 64)
	}
	if !found || r.Review == "" || r.Class != ClassOther {
		t.Errorf("TNEF: attachments %+v review %q class %s", r.Attachments, r.Review, r.Class)
	}
	r = mustParse(t, filepath.Join(corpusDir, "attachments/forwarded-message-rfc822-mikelmail.eml"), Options{})
	var rfc822 bool
	for _, a := range r.Attachments {
		rfc822 = rfc822 || a.ContentType == "message/rfc822"
	}
	if !rfc822 || r.Calendar != nil {
		t.Errorf("forwarded: attachments %+v", r.Attachments)
	}
	r = mustParse(t, filepath.Join(corpusDir, "charset/rfc2231-filename-continuations-rt.eml"), Options{})
	if len(r.Attachments) == 0 || strings.ContainsAny(r.Attachments[0].Filename, "%'") || r.Attachments[0].Filename == "" {
		t.Errorf("RFC 2231 ISO-2022-JP continuations: %+v", r.Attachments)
	}
}

// TestForwardedInvitationIsNotRSVP: a REPLY inside an attached message is
// the forwarded mail's, not the sender's response.
func TestForwardedInvitationIsNotRSVP(t *testing.T) {
	inner, err := os.ReadFile("testdata/outlook-reply-accepted-da.eml")
	if err != nil {
		t.Fatal(err)
	}
	outer := "From: Per <per@greve.dk>\r\nTo: posk@greve.dk\r\nSubject: VS: Accepteret: Dialogmøde\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe nedenstående.\r\n" +
		"--X\r\nContent-Type: message/rfc822\r\n\r\n" + string(inner) + "\r\n--X--\r\n"
	r, _ := Parse([]byte(outer), Options{})
	if r.Class == ClassRSVP || r.Calendar != nil {
		t.Errorf("class %s calendar %+v", r.Class, r.Calendar)
	}
	if !strings.HasPrefix(r.Text, "Se nedenstående.") || !strings.Contains(r.Text, "Forwarded message") {
		t.Errorf("text %q", r.Text)
	}
}

// TestCRLFvsLF: the CRLF and LF copies of one message give the same Result.
func TestCRLFvsLF(t *testing.T) {
	a := mustParse(t, filepath.Join(corpusDir, "bounce/exchange2007-ndr-sisimai-01.eml"), Options{})
	b := mustParse(t, filepath.Join(corpusDir, "bounce/exchange2007-ndr-crlf-sisimai-dos01.eml"), Options{})
	if !reflect.DeepEqual(a, b) {
		t.Errorf("LF and CRLF differ:\n LF  %+v\n CRLF %+v", a, b)
	}
	if a.Class != ClassBounce || len(a.BouncedRecipients) == 0 {
		t.Errorf("class %s bounced %v", a.Class, a.BouncedRecipients)
	}
	// The same holds for our own fixtures converted to LF.
	for _, f := range []string{"testdata/outlook-counter-da.eml", "testdata/pdf-docx-rfc2231-da.eml"} {
		raw, _ := os.ReadFile(f)
		x, _ := Parse(raw, Options{})
		y, _ := Parse(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), Options{})
		if !reflect.DeepEqual(x, y) {
			t.Errorf("%s: LF copy differs:\n%+v\n%+v", f, x, y)
		}
	}
}

func TestEnvelope(t *testing.T) {
	raw := "\xef\xbb\xbf\r\n  \r\nFrom: \"Sørensen, Hanne\" <HASO@Naestved.DK>\r\nReply-To: sekr@naestved.dk\r\nTo: posk@greve.dk, =?utf-8?Q?B=C3=B8?= <bo@x.dk>\r\nCc: c@x.dk\r\n" +
		"Message-ID:  <abc@x>\r\nIn-Reply-To: <p@x>\r\nReferences: <r1@x>\r\n <p@x>\r\nDate: Tue, 12 May 2026 13:45:00 +0200 (CEST)\r\nSubject: =?utf-8?Q?Hej_?=\r\n =?utf-8?Q?med_dig?=\r\n\r\nbody\r\n"
	r, _ := Parse([]byte(raw), Options{})
	if r.From != (Address{Name: "Sørensen, Hanne", Email: "haso@naestved.dk"}) || r.MessageID != "abc@x" || r.InReplyTo != "p@x" ||
		!reflect.DeepEqual(r.References, []string{"r1@x", "p@x"}) || r.Subject != "Hej med dig" || len(r.To) != 2 || r.To[1].Name != "Bø" ||
		len(r.Cc) != 1 || len(r.ReplyTo) != 1 || r.Date.Unix() != time.Date(2026, 5, 12, 11, 45, 0, 0, time.UTC).Unix() || r.Text != "body" {
		t.Errorf("envelope: %+v", r)
	}
}

func TestOwnAddress(t *testing.T) {
	r := mustParse(t, "testdata/outlook-human-suppress-da.eml", Options{OwnAddresses: []string{"blov@ringsted.dk"}})
	if r.Auto != AutoOwnSender || r.Class != ClassOther {
		t.Errorf("auto %q class %s", r.Auto, r.Class)
	}
}

func TestLimits(t *testing.T) {
	raw, _ := os.ReadFile(filepath.Join(corpusDir, "malformed/enclosed-endless-flanker.eml"))
	r, err := Parse(raw, Options{})
	if err == nil || r.Review == "" || len(r.Problems) == 0 {
		t.Errorf("endless nesting: err %v review %q", err, r.Review)
	}
	r, err = Parse(raw, Options{MaxSize: 4096})
	if err == nil || !strings.Contains(r.Review, "too large") {
		t.Errorf("MaxSize: err %v review %q", err, r.Review)
	}
	r, _ = Parse([]byte("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\na\r\n--b\r\n\r\nb\r\n--b\r\n\r\nc\r\n--b--\r\n"), Options{MaxParts: 2})
	if !strings.Contains(r.Review, "too many") {
		t.Errorf("MaxParts: review %q", r.Review)
	}
}

func TestMatchEvent(t *testing.T) {
	events := []EventHint{
		{ID: "a", Mailbox: "posk@greve.dk", Keywords: []string{"Dialogmøde"}},
		{ID: "b", Mailbox: "ern@viborg.dk", Keywords: []string{"udviklingsområder"}},
	}
	cases := []struct {
		r    Result
		want string
	}{
		{Result{Subject: "Tilmelding til dialogmode"}, "a"},
		{Result{Subject: "Tilmelding til DIALOGMOEDE"}, "a"},
		{Result{Subject: "Bemærkninger", To: []Address{{Email: "ern@viborg.dk"}}}, "b"},
		{Result{Subject: "Bemærkninger", Cc: []Address{{Email: "posk@greve.dk"}, {Email: "ern@viborg.dk"}}}, ""},
		{Result{Subject: "hej"}, ""},
		{Result{Subject: "x", Calendar: &Calendar{UID: "U1"}}, ""},
	}
	for _, c := range cases {
		if got := MatchEvent(&c.r, events); got != c.want {
			t.Errorf("MatchEvent(%q) = %q, want %q", c.r.Subject, got, c.want)
		}
	}
	events[1].UID = "U1"
	if got := MatchEvent(&Result{Subject: "Dialogmøde", Calendar: &Calendar{UID: "U1"}}, events); got != "b" {
		t.Errorf("UID match = %q, want b", got)
	}
}

func TestParseCalendarFallback(t *testing.T) {
	// go-ical rejects the line without a colon; the line reader keeps going.
	data := "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nthis line is broken\r\nBEGIN:VEVENT\r\nUID:x1\r\nATTENDEE;CN=\"Bo, B\";PARTSTAT=DECLINED:MAILTO:Bo@X.dk\r\nDTSTAMP:20260101T100000Z\r\nSEQUENCE:2\r\nCOMMENT:kan ikke\\, desværre\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	cal, err := ParseCalendar([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if cal.Method != "REPLY" || cal.UID != "x1" || cal.Sequence != 2 || len(cal.Attendees) != 1 ||
		cal.Attendees[0] != (Attendee{Email: "bo@x.dk", Name: "Bo, B", PartStat: PartStatDeclined}) || cal.Comment != "kan ikke, desværre" ||
		!cal.DTStamp.Equal(time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("%+v", cal)
	}
	if _, err := ParseCalendar([]byte("not a calendar")); err == nil {
		t.Error("want an error for non-iCalendar data")
	}
}

// TestFreeTextWiring: a person's mail is read by package freetext and its
// intent mapped onto the class (substitution -> registration, question ->
// other); with no matched event the class stays other and goes to review.
func TestFreeTextWiring(t *testing.T) {
	cases := []struct {
		file         string
		class        Class
		event        string
		municipality string
		persons      int
	}{
		{"html-only-outlook-da.eml", ClassRegistration, "dialog2026", "Holbæk Kommune", 2},
		{"latin1-8bit-da.eml", ClassCancellation, "dialog2026", "Faxe Kommune", 1},
		{"pdf-docx-rfc2231-da.eml", ClassRemark, "midt2022", "Viborg Kommune", 0},
		{"mislabelled-latin1-utf8-da.eml", ClassOther, "dialog2026", "Stevns Kommune", 0},
	}
	for _, c := range cases {
		r := mustParse(t, filepath.Join("testdata", c.file), Options{Events: seedEvents})
		if r.Class != c.class || r.Event != c.event || r.Municipality != c.municipality || len(r.Persons) != c.persons || r.Intent == IntentNone {
			t.Errorf("%s: class %s intent %s event %q municipality %q persons %+v; want %s %q %q %d",
				c.file, r.Class, r.Intent, r.Event, r.Municipality, r.Persons, c.class, c.event, c.municipality, c.persons)
		}
	}
	r := mustParse(t, "testdata/latin1-8bit-da.eml", Options{}) // no events configured
	if r.Class != ClassOther || r.Intent != IntentCancellation || !strings.Contains(r.Review, "no configured event") {
		t.Errorf("no event: class %s intent %s review %q", r.Class, r.Intent, r.Review)
	}
}
