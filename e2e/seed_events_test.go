package e2e

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"github.com/xuri/excelize/v2"
)

// seedMail is one mail of TestSeedEvents.
type seedMail struct {
	Label     string // what it is, for messages
	From      string // lower-case sender address
	To        string // posk@greve.dk or ern@viborg.dk
	MessageID string // without <>
	Raw       []byte
	Swaks     bool      // sent through Postfix (arrival now); else APPENDed
	Internal  time.Time // INTERNALDATE of an APPEND
	Human     bool      // a person: exactly one reply expected
}

// wantParticipant is what the export must say of one person of dialog2026.
type wantParticipant struct {
	Email, Name, Municipality, Role, Status, Source string
	Lunch                                           *bool
	AnyLunch                                        bool // cancelled/declined: lunch no longer matters
	OverQuota, Late                                 bool
	Replaces, ReplacedBy                            string
}

// wantSubmission is what the export must say of one remark.
type wantSubmission struct {
	MessageID, Municipality, From string
	Late                          bool
	Attachments                   []attachment // the files, not the inline logo
}

func ptrBool(b bool) *bool { return &b }

// TestSeedEvents is issues 4 and 5 end to end: both seed events of
// config.example.toml (the dialogue meeting on posk@greve.dk, the
// Midtjylland input round on ern@viborg.dk); a mix of mail sent with swaks
// through Postfix and APPENDed with INTERNALDATE: Outlook meeting responses
// (accepted, tentative, declined), Danish free-text registrations (one
// person with role and lunch; a coordinator listing four from one
// municipality, three of them from the handicapråd against a quota of two),
// an afbud, a substitution, an HTML-only windows-1252 registration, an
// Exchange auto-reply, and remarks with PDF/DOCX attachments (two from one
// municipality, one after the deadline). One `poll --once`; the export, the
// senders' mailboxes, `digest --print` and the digest sent to the
// secretariat (with its XLSX) must agree with what a careful secretary
// reads in those mails.
func TestSeedEvents(t *testing.T) {
	st := requireStack(t)
	mailbotBinary(t)
	now := time.Now().Truncate(time.Second)
	tz, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatalf("time zone: %v", err)
	}
	starts, ends, deadline := meetingTimes(t, now)
	day := fmt.Sprintf("%d. %s", starts.In(tz).Day(), monthsDA[starts.In(tz).Month()-1])
	tag := fmt.Sprintf("%08x", now.UnixNano()&0xffffffff)
	id := func(s, domain string) string { return fmt.Sprintf("%s-%s@%s", s, tag, domain) }
	outlookID := func(s string) string {
		return fmt.Sprintf("%s%sA1B2C3@DB9PR07MB%s.eurprd07.prod.outlook.com", strings.ToUpper(s), strings.ToUpper(tag), tag[:4])
	}
	t.Logf("meeting %s–%s, registration deadline %s; consultation deadline %s", starts.Format(time.RFC3339), ends.Format("15:04"), deadline.Format(time.RFC3339), consultationDeadline.Format(time.RFC3339))

	// --- dialog2026 (posk@greve.dk) ---------------------------------------
	var mails []seedMail
	add := func(m seedMail) { mails = append(mails, m) }

	// A: Birgitte registers herself (udsatteråd, lunch); later replaced (F).
	birgitte := seedMail{Label: "registration Birgitte Lund", From: "birgitte.lund@vordingborg.dk", To: "posk@greve.dk",
		MessageID: outlookID("birgitte"), Internal: now.Add(-5 * time.Hour), Human: true}
	birgitte.Raw = buildMail(outlookHeader("Birgitte Lund", birgitte.From, "Posk", "posk@greve.dk", "Tilmelding til dialogmøde "+day, birgitte.MessageID, birgitte.Internal),
		multipart("alternative", "_000_birgitte_",
			textPart("utf-8", "Hej\n\nJeg vil gerne tilmelde mig dialogmødet om Rammeaftale 2027-2028 den "+day+". Jeg deltager som medlem af Udsatterådet i Vordingborg Kommune, og jeg spiser gerne med til frokost.\n\nVenlig hilsen\nBirgitte Lund\nUdsatterådet, Vordingborg Kommune\n"),
			part{Header: []string{"Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"},
				Body: qp([]byte("<html><body><p>Hej</p><p>Jeg vil gerne tilmelde mig dialogmødet om Rammeaftale 2027-2028 den " + day + ". Jeg deltager som medlem af Udsatterådet i Vordingborg Kommune, og jeg spiser gerne med til frokost.</p><p>Venlig hilsen<br>Birgitte Lund<br>Udsatterådet, Vordingborg Kommune</p></body></html>"))}))
	add(birgitte)

	// B: a coordinator registers four from Slagelse: three handicapråd
	// against a quota of two (the third, in list order, is waitlisted).
	jens := seedMail{Label: "coordinator Jens Bach (4 from Slagelse)", From: "jens.bach@slagelse.dk", To: "posk@greve.dk",
		MessageID: id("koordinator", "slagelse.dk"), Internal: now.Add(-4 * time.Hour), Human: true}
	jens.Raw = buildMail([]string{
		"From: Jens Bach <jens.bach@slagelse.dk>",
		"To: \"posk@greve.dk\" <posk@greve.dk>",
		"Subject: Tilmelding fra Slagelse Kommune - =?iso-8859-1?Q?dialogm=F8de?= " + day,
		"Date: " + jens.Internal.Format(time.RFC1123Z),
		"Message-ID: <" + jens.MessageID + ">",
		"User-Agent: Microsoft-MacOutlook/16.66.22101101",
	}, textPart("iso-8859-1", "Kære sekretariat\n\nHermed tilmelding fra Slagelse Kommune til dialogmødet den "+day+":\n\n"+
		"- Hanne Frandsen, formand for Handicaprådet\n- Peter Holm, medlem af Handicaprådet\n- Lise Kjær, medlem af Handicaprådet\n"+
		"- Thomas Møller, direktør for Social og Sundhed\n\nAlle fire deltager i frokosten.\n\nVenlig hilsen\nJens Bach\nSekretariatet, Social og Sundhed\nSlagelse Kommune\n"))
	add(jens)

	// C, D: Outlook meeting responses, tentative and declined (APPEND).
	bo := seedMail{Label: "iMIP TENTATIVE Bo Lund", From: "bo.lund@naestved.dk", To: "posk@greve.dk",
		MessageID: outlookID("tentative"), Internal: now.Add(-3 * time.Hour), Human: true}
	bo.Raw = outlookResponse("TENTATIVE", "Foreløbig:", "Bo Lund", bo.From, bo.MessageID, "", starts, ends, bo.Internal)
	add(bo)
	karen := seedMail{Label: "iMIP DECLINED Karen Dahl", From: "karen.dahl@ringsted.dk", To: "posk@greve.dk",
		MessageID: outlookID("declined"), Internal: now.Add(-170 * time.Minute), Human: true}
	karen.Raw = outlookResponse("DECLINED", "Afvist:", "Karen Dahl", karen.From, karen.MessageID, "Jeg er desværre optaget den dag.", starts, ends, karen.Internal)
	add(karen)

	// E: a substitution from Birgitte's colleague.
	niels := seedMail{Label: "substitution Niels Dahl (Signe for Birgitte)", From: "niels.dahl@vordingborg.dk", To: "posk@greve.dk",
		MessageID: id("substitution", "vordingborg.dk"), Internal: now.Add(-2 * time.Hour), Human: true}
	niels.Raw = buildMail([]string{
		"From: " + addrHeader("Niels Dahl", niels.From),
		"To: posk@greve.dk",
		"Subject: " + mime.QEncoding.Encode("utf-8", "Ændring af tilmelding – dialogmøde "+day),
		"Date: " + niels.Internal.Format(time.RFC1123Z),
		"Message-ID: <" + niels.MessageID + ">",
		"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.4.0",
	}, part{Header: []string{"Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"},
		Body: "Hej\n\nBirgitte Lund er desværre blevet forhindret. I stedet for Birgitte Lund kommer Signe Thomsen, som også er medlem af Udsatterådet. Signe deltager i frokosten.\n\nMed venlig hilsen\nNiels Dahl\nVordingborg Kommune\n"})
	add(niels)

	// F: an HTML-only Outlook registration in windows-1252.
	soeren := seedMail{Label: "HTML-only windows-1252 Søren Østergaard", From: "soeo@lejre.dk", To: "posk@greve.dk",
		MessageID: outlookID("html"), Internal: now.Add(-1 * time.Hour), Human: true}
	html := "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n" +
		"<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n" +
		"<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n@page WordSection1 {size:612.0pt 792.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style></head>\n" +
		"<body lang=\"DA\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\"><div class=\"WordSection1\">\n" +
		"<p class=\"MsoNormal\">Kære sekretariat<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" +
		"<p class=\"MsoNormal\">Hermed min tilmelding til dialogmødet den " + day + " i Ringsted. Jeg deltager som medlem af Børne- og Ungeudvalget i Lejre Kommune. Jeg deltager ikke i frokosten – jeg skal videre til et byrådsmøde.<o:p></o:p></p>\n" +
		"<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n<p class=\"MsoNormal\">Med venlig hilsen<o:p></o:p></p>\n" +
		"<p class=\"MsoNormal\"><b>Søren Østergaard</b><o:p></o:p></p>\n<p class=\"MsoNormal\">Byrådsmedlem, Lejre Kommune<o:p></o:p></p>\n" +
		"</div></body></html>\n"
	soeren.Raw = buildMail([]string{
		"From: =?windows-1252?Q?S=F8ren_=D8stergaard?= <soeo@lejre.dk>",
		"To: Posk <posk@greve.dk>",
		"Subject: =?windows-1252?Q?Tilmelding_til_dialogm=F8de_om_Rammeaftale_2027-2028?=",
		"Thread-Topic: =?windows-1252?Q?Tilmelding_til_dialogm=F8de_om_Rammeaftale_2027-2028?=",
		"Date: " + soeren.Internal.Format("Mon, 2 Jan 2006 15:04:05 -0700"),
		"Message-ID: <" + soeren.MessageID + ">",
		"Accept-Language: da-DK",
		"Content-Language: da-DK",
		"X-MS-Has-Attach: ",
	}, part{Header: []string{"Content-Type: text/html; charset=\"windows-1252\"", "Content-Transfer-Encoding: quoted-printable"},
		Body: qp(cp1252(html))})
	add(soeren)

	// G: an Exchange out-of-office answer.
	kirsten := seedMail{Label: "Exchange auto-reply Kirsten Hansen", From: "kirsten.hansen@odsherred.dk", To: "posk@greve.dk",
		MessageID: outlookID("autosvar"), Internal: now.Add(-50 * time.Minute)}
	kh := outlookHeader("Kirsten Hansen", kirsten.From, "Posk", "posk@greve.dk", "Automatisk svar: Dialogmøde om Rammeaftale 2027-2028", kirsten.MessageID, kirsten.Internal)
	kh = append(kh, "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: kirsten.hansen@odsherred.dk",
		"X-MS-Exchange-Transport-CrossTenantHeadersStamped: DB9PR07MB7412")
	kirsten.Raw = buildMail(kh, textPart("iso-8859-1", "Tak for din mail.\n\nJeg er på ferie til og med "+day+" og læser ikke mails i den periode. Ved presserende henvendelser kontakt venligst Odsherred Kommunes hovednummer 59 66 66 66.\n\nVenlig hilsen\nKirsten Hansen\n"))
	add(kirsten)

	// H, I, J through Postfix: an Outlook acceptance with a comment, a
	// free-text registration with role and lunch, and an afbud from one of
	// the coordinator's four.
	anne := seedMail{Label: "iMIP ACCEPTED Anne Holm", From: "anne.holm@koege.dk", To: "posk@greve.dk",
		MessageID: outlookID("accepted"), Swaks: true, Human: true}
	anne.Raw = outlookResponse("ACCEPTED", "Accepteret:", "Anne Holm", anne.From, anne.MessageID,
		"Jeg deltager som direktør for Social og Sundhed i Køge Kommune.", starts, ends, now.Add(-time.Minute))
	add(anne)
	mette := seedMail{Label: "free-text registration Mette Skov", From: "mette.skov@roskilde.dk", To: "posk@greve.dk",
		MessageID: id("tilmelding", "roskilde.dk"), Swaks: true, Human: true}
	// The Subject is raw 8-bit UTF-8 (RFC 6532), as some phones send it.
	mette.Raw = buildMail([]string{
		"From: " + addrHeader("Mette Skov", mette.From),
		"To: posk@greve.dk",
		"Subject: Tilmelding til dialogmøde",
		"Date: " + now.Format(time.RFC1123Z),
		"Message-ID: <" + mette.MessageID + ">",
		"X-Mailer: iPhone Mail (20B110)",
	}, part{Header: []string{"Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"},
		Body: qp([]byte("Hej\n\nJeg vil gerne tilmelde mig dialogmødet den " + day + " i Ringsted. Jeg er formand for Handicaprådet i Roskilde Kommune og deltager gerne i frokosten.\n\nVenlig hilsen\nMette Skov\nFormand for Handicaprådet\nRoskilde Kommune\n"))})
	add(mette)
	thomas := seedMail{Label: "afbud Thomas Møller (one of the coordinator's four)", From: "thomas.moller@slagelse.dk", To: "posk@greve.dk",
		MessageID: outlookID("afbud"), Swaks: true, Human: true}
	thomas.Raw = buildMail(outlookHeader("Thomas Møller", thomas.From, "Posk", "posk@greve.dk", "Afbud – dialogmøde "+day, thomas.MessageID, now),
		textPart("iso-8859-1", "Hej\n\nJeg må desværre melde afbud til dialogmødet den "+day+", da jeg er blevet forhindret.\n\nVenlig hilsen\nThomas Møller\nDirektør for Social og Sundhed\nSlagelse Kommune\n"))
	add(thomas)

	// --- rammeaftale2023 (ern@viborg.dk) ------------------------------------
	pdfHerning := attachment{Name: "Herning Kommune - bemærkninger til udviklingsområder.pdf", ContentType: "application/pdf", Header: "2047",
		Data: makePDF("Herning Kommune", "Bemaerkninger til udviklingsomraaderne, Rammeaftale 2023-2024", "1. Borgere med komplekse problemstillinger", "2. Specialiserede tilbud til boern og unge")}
	anders := seedMail{Label: "remark Herning 1 (PDF)", From: "anders.kristensen@herning.dk", To: "ern@viborg.dk",
		MessageID: outlookID("herning1"), Internal: time.Date(2022, 6, 20, 10, 14, 0, 0, tz), Human: true}
	anders.Raw = buildMail(outlookHeader("Anders Kristensen", anders.From, "ern@viborg.dk", "ern@viborg.dk", "Bemærkninger til udviklingsområder – Rammeaftale 2023-2024", anders.MessageID, anders.Internal),
		multipart("mixed", "_004_herning1_",
			textPart("iso-8859-1", "Kære sekretariat\n\nHermed Herning Kommunes bemærkninger til udviklingsområderne i Rammeaftale 2023-2024. Se vedhæftede notat.\n\nVenlig hilsen\nAnders Kristensen\nSocialchef, Herning Kommune\n"),
			pdfHerning.part()))
	add(anders)
	docxHerning := attachment{Name: "Supplerende bemærkninger.docx", ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Header: "2047",
		Data: makeDOCX("Supplerende bemærkninger fra Herning Kommune", "Rekruttering og fastholdelse af fagpersoner: vi foreslår et fælles uddannelsesforløb.")}
	pia := seedMail{Label: "remark Herning 2 (DOCX)", From: "pia.madsen@herning.dk", To: "ern@viborg.dk",
		MessageID: outlookID("herning2"), Internal: time.Date(2022, 6, 29, 15, 2, 0, 0, tz), Human: true}
	pia.Raw = buildMail(outlookHeader("Pia Madsen", pia.From, "ern@viborg.dk", "ern@viborg.dk", "Supplerende bemærkninger fra Herning Kommune – Rammeaftale 2023-2024", pia.MessageID, pia.Internal),
		multipart("mixed", "_004_herning2_",
			textPart("iso-8859-1", "Hej\n\nSom supplement til vores bemærkninger af 20. juni sender vi hermed et par supplerende bemærkninger om rekruttering.\n\nMvh\nPia Madsen\nHerning Kommune\n"),
			docxHerning.part()))
	add(pia)
	docxSkive := attachment{Name: "Bemærkninger fra Skive Kommune.docx", ContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Header: "2231",
		Data: makeDOCX("Skive Kommune", "Input til Rammeaftale 2023-2024", "Specialiserede tilbud til børn og unge bør prioriteres.")}
	pdfSkive := attachment{Name: "Bilag 1 - takstoversigt.pdf", ContentType: "application/pdf",
		Data: makePDF("Skive Kommune", "Bilag 1: takstoversigt 2022")}
	logo := attachment{Name: "image001.png", ContentType: "image/png", Inline: true, Data: makePNG()}
	dorthe := seedMail{Label: "remark Skive (late, DOCX + PDF + inline logo)", From: "dokj@skive.dk", To: "ern@viborg.dk",
		MessageID: id("input", "skive.dk"), Swaks: true, Human: true}
	dorthe.Raw = buildMail([]string{
		"From: " + addrHeader("Dorthe Kjær", dorthe.From),
		"To: ern@viborg.dk",
		"Subject: " + mime.QEncoding.Encode("utf-8", "Input til Rammeaftale 2023-2024 fra Skive Kommune"),
		"Date: " + now.Format(time.RFC1123Z),
		"Message-ID: <" + dorthe.MessageID + ">",
	}, multipart("mixed", "=_mixed_skive_",
		multipart("related", "=_related_skive_",
			part{Header: []string{"Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"},
				Body: qp([]byte("<html><body><p>Kære sekretariat</p><p>Hermed Skive Kommunes input til udviklingsområderne. Beklager, at det kommer efter fristen.</p><p>Venlig hilsen<br>Dorthe Kjær<br>Skive Kommune</p><p><img src=\"cid:image001.png@01D88A3C.5E2B1F60\"></p></body></html>"))},
			logo.part()),
		docxSkive.part(), pdfSkive.part()))
	add(dorthe)

	// --- send ----------------------------------------------------------------
	work := keptDir(t)
	if err := os.MkdirAll(filepath.Join(work, "mails"), 0o755); err != nil {
		t.Fatalf("mkdir: %v", err)
	}
	for i, m := range mails {
		name := fmt.Sprintf("%02d-%s.eml", i+1, strings.NewReplacer(" ", "-", "/", "-", "(", "", ")", "").Replace(strings.SplitN(m.Label, " (", 2)[0]))
		if err := os.WriteFile(filepath.Join(work, "mails", name), m.Raw, 0o644); err != nil {
			t.Fatalf("write %s: %v", name, err)
		}
	}
	users := []string{"posk@greve.dk", "ern@viborg.dk", "sekretariat@greve.dk"}
	for _, m := range mails {
		users = append(users, m.From)
	}
	clearInboxes(t, st, users...)
	for _, m := range mails {
		if !m.Swaks {
			appendMails(t, st, m.To, []testMail{{MessageID: m.MessageID, Date: m.Internal, Raw: m.Raw}})
		}
	}
	for _, m := range mails {
		if m.Swaks {
			swaks(t, st, m.From, m.To, m.Raw)
		}
	}
	waitPostfixIdle(t, st)
	for _, box := range []string{"posk@greve.dk", "ern@viborg.dk"} {
		want := 0
		for _, m := range mails {
			if m.To == box {
				want++
			}
		}
		if n := inboxCount(t, st, box); n != want {
			t.Fatalf("%s INBOX holds %d mails, want %d\n%s", box, n, want, logTail(st, "postfix.log", 20))
		}
	}

	cfg := writeSeedConfig(t, st, seedConfigOpts{Dir: work, Now: now, PoskSince: now.AddDate(0, 0, -30),
		Consultation: true, ErnSince: time.Date(2022, 5, 1, 0, 0, 0, 0, tz), DigestTo: []string{"sekretariat@greve.dk"}})
	pollOnce(t, st, cfg)
	e := exportJSON(t, st, cfg)
	e.save(t, work, "export.json")
	t.Logf("export: %s", e.summary())

	// --- messages: each once; the auto-reply ignored -----------------------
	count := map[string]int{}
	msgByID := map[string]exportMessage{}
	for _, m := range e.Messages {
		count[normID(m.MessageID)]++
		msgByID[normID(m.MessageID)] = m
	}
	if len(e.Messages) != len(mails) {
		t.Errorf("export has %d messages, want the %d sent", len(e.Messages), len(mails))
	}
	for _, m := range mails {
		if count[m.MessageID] != 1 {
			t.Errorf("%s (%s): listed %d times in the export's messages, want once", m.Label, m.MessageID, count[m.MessageID])
		}
	}
	if m := msgByID[kirsten.MessageID]; m.Class != "auto_reply" || m.Status != "ignored" {
		t.Errorf("%s: class/status %s/%s, want auto_reply/ignored", kirsten.Label, m.Class, m.Status)
	}
	for _, r := range []seedMail{anders, pia, dorthe} {
		if m := msgByID[r.MessageID]; m.Class != "remark" || m.Event != "rammeaftale2023" {
			t.Errorf("%s: class %q event %q, want remark for rammeaftale2023 (status %s %q)", r.Label, m.Class, m.Event, m.Status, m.ReviewReason)
		}
	}
	for _, m := range mails {
		if em := msgByID[m.MessageID]; em.Status == "review" {
			t.Logf("in review: %s: %s", m.Label, em.ReviewReason)
		}
	}

	// --- participants of dialog2026 -----------------------------------------
	yes, no := ptrBool(true), ptrBool(false)
	want := []wantParticipant{
		{Email: "anne.holm@koege.dk", Name: "Anne Holm", Municipality: "Køge Kommune", Role: "direktoer", Status: "accepted", Source: "imip"},
		{Email: "bo.lund@naestved.dk", Name: "Bo Lund", Municipality: "Næstved Kommune", Role: "andet", Status: "tentative", Source: "imip"},
		{Email: "karen.dahl@ringsted.dk", Name: "Karen Dahl", Municipality: "Ringsted Kommune", Role: "andet", Status: "declined", Source: "imip", AnyLunch: true},
		{Email: "mette.skov@roskilde.dk", Name: "Mette Skov", Municipality: "Roskilde Kommune", Role: "handicapraad", Status: "accepted", Source: "mail", Lunch: yes},
		{Name: "Hanne Frandsen", Municipality: "Slagelse Kommune", Role: "handicapraad", Status: "accepted", Source: "mail", Lunch: yes},
		{Name: "Peter Holm", Municipality: "Slagelse Kommune", Role: "handicapraad", Status: "accepted", Source: "mail", Lunch: yes},
		{Name: "Lise Kjær", Municipality: "Slagelse Kommune", Role: "handicapraad", Status: "waitlisted", Source: "mail", Lunch: yes, OverQuota: true},
		// Thomas was listed by name; his own afbud makes his address known.
		{Email: "thomas.moller@slagelse.dk", Name: "Thomas Møller", Municipality: "Slagelse Kommune", Role: "direktoer", Status: "cancelled", Source: "mail", AnyLunch: true},
		{Email: "birgitte.lund@vordingborg.dk", Name: "Birgitte Lund", Municipality: "Vordingborg Kommune", Role: "udsatteraad", Status: "cancelled", Source: "mail", AnyLunch: true, ReplacedBy: "Signe Thomsen"},
		{Name: "Signe Thomsen", Municipality: "Vordingborg Kommune", Role: "udsatteraad", Status: "accepted", Source: "mail", Lunch: yes, Replaces: "Birgitte Lund"},
		// The body names his committee; the signature says only "Byrådsmedlem".
		{Email: "soeo@lejre.dk", Name: "Søren Østergaard", Municipality: "Lejre Kommune", Role: "politiker_boern", Status: "accepted", Source: "mail", Lunch: no},
	}
	var got []participantJSON
	for _, p := range e.participants(t) {
		if p.Event == "dialog2026" {
			got = append(got, p)
		} else {
			t.Errorf("participant of event %q (want only dialog2026 participants): %v", p.Event, p)
		}
	}
	used := map[int]bool{}
	for _, w := range want {
		var cand []int
		for i, p := range got {
			if w.Email != "" && strings.EqualFold(p.Email, w.Email) {
				cand = append(cand, i)
			}
		}
		if len(cand) == 0 {
			for i, p := range got {
				if strings.EqualFold(strings.TrimSpace(p.Name), w.Name) {
					cand = append(cand, i)
				}
			}
		}
		switch len(cand) {
		case 0:
			t.Errorf("participant %s <%s> (%s, %s, %s): not in the export", w.Name, w.Email, w.Municipality, w.Role, w.Status)
			continue
		case 1:
		default:
			var ps []string
			for _, i := range cand {
				ps = append(ps, got[i].String())
			}
			t.Errorf("participant %s <%s>: %d entries, want one person once: %s", w.Name, w.Email, len(cand), strings.Join(ps, " "))
		}
		for _, i := range cand {
			used[i] = true
		}
		p := got[cand[0]]
		var diffs []string
		check := func(field, gotV, wantV string) {
			if gotV != wantV {
				diffs = append(diffs, fmt.Sprintf("%s %q, want %q", field, gotV, wantV))
			}
		}
		check("email", p.Email, w.Email)
		check("name", p.Name, w.Name)
		check("municipality", p.Municipality, w.Municipality)
		check("role", p.Role, w.Role)
		check("status", p.Status, w.Status)
		check("source", p.Source, w.Source)
		check("over_quota", strconv.FormatBool(p.OverQuota), strconv.FormatBool(w.OverQuota))
		check("late", strconv.FormatBool(p.Late), strconv.FormatBool(w.Late))
		if !w.AnyLunch {
			check("lunch", lunchText(p.Lunch), lunchText(w.Lunch))
		}
		if w.Replaces != "" {
			check("replaces", p.Replaces, w.Replaces)
		}
		if w.ReplacedBy != "" {
			check("replaced_by", p.ReplacedBy, w.ReplacedBy)
		}
		if len(diffs) > 0 {
			t.Errorf("participant %s: %s\n  got %v", w.Name, strings.Join(diffs, "; "), p)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected participant in the export: %v", p)
		}
	}

	// --- submissions of rammeaftale2023 ---------------------------------------
	wantSubs := []wantSubmission{
		{MessageID: anders.MessageID, Municipality: "Herning Kommune", From: anders.From, Attachments: []attachment{pdfHerning}},
		{MessageID: pia.MessageID, Municipality: "Herning Kommune", From: pia.From, Attachments: []attachment{docxHerning}},
		{MessageID: dorthe.MessageID, Municipality: "Skive Kommune", From: dorthe.From, Late: true, Attachments: []attachment{docxSkive, pdfSkive}},
	}
	subs := e.submissions(t)
	subByID := map[string][]submissionJSON{}
	for _, s := range subs {
		subByID[normID(s.MessageID)] = append(subByID[normID(s.MessageID)], s)
		if s.Event != "rammeaftale2023" {
			t.Errorf("submission of event %q from %s (%q): want only rammeaftale2023 submissions", s.Event, s.From, s.Subject)
		}
	}
	if len(subs) != len(wantSubs) {
		t.Errorf("export has %d submissions, want %d (both Herning remarks kept beside each other, and Skive's)", len(subs), len(wantSubs))
	}
	herning := 0
	for _, w := range wantSubs {
		ss := subByID[w.MessageID]
		if len(ss) != 1 {
			t.Errorf("submission %s from %s: %d entries, want 1", w.MessageID, w.From, len(ss))
			continue
		}
		s := ss[0]
		if s.Municipality == "Herning Kommune" {
			herning++
		}
		var diffs []string
		if s.Municipality != w.Municipality {
			diffs = append(diffs, fmt.Sprintf("municipality %q, want %q", s.Municipality, w.Municipality))
		}
		if !strings.EqualFold(s.From, w.From) {
			diffs = append(diffs, fmt.Sprintf("from %q, want %q", s.From, w.From))
		}
		if s.Late != w.Late {
			diffs = append(diffs, fmt.Sprintf("late %v, want %v", s.Late, w.Late))
		}
		if len(s.Attachments) != len(w.Attachments) {
			var names []string
			for _, a := range s.Attachments {
				names = append(names, fmt.Sprintf("%q (%s, %d bytes)", a.Filename, a.ContentType, a.Size))
			}
			diffs = append(diffs, fmt.Sprintf("%d attachments %v, want %d (the inline logo is no attachment)", len(s.Attachments), names, len(w.Attachments)))
		}
		for _, wa := range w.Attachments {
			found := false
			for _, a := range s.Attachments {
				if a.Filename != wa.Name {
					continue
				}
				found = true
				mt, _, _ := mime.ParseMediaType(a.ContentType)
				if mt != wa.ContentType {
					diffs = append(diffs, fmt.Sprintf("%s: content_type %q, want %q", wa.Name, a.ContentType, wa.ContentType))
				}
				if a.Size != int64(len(wa.Data)) {
					diffs = append(diffs, fmt.Sprintf("%s: size %d, want %d", wa.Name, a.Size, len(wa.Data)))
				}
				if a.SHA256 != wa.sha256() {
					diffs = append(diffs, fmt.Sprintf("%s: sha256 %s, want %s", wa.Name, a.SHA256, wa.sha256()))
				}
			}
			if !found {
				diffs = append(diffs, fmt.Sprintf("attachment %q missing", wa.Name))
			}
		}
		if len(diffs) > 0 {
			t.Errorf("submission from %s (%s): %s", w.From, w.MessageID, strings.Join(diffs, "; "))
		}
	}
	if herning != 2 {
		t.Errorf("Herning Kommune has %d submissions in the export, want both remarks (2) kept beside each other", herning)
	}

	// --- replies: one per human sender, none to the auto-reply --------------
	waitPostfixIdle(t, st)
	for _, r := range e.Replies {
		if normID(r.InReplyTo) == kirsten.MessageID {
			t.Errorf("the auto-reply got a reply in the export: %+v", r)
		}
	}
	for _, m := range mails {
		inbox := readInbox(t, st, m.From)
		if !m.Human {
			if len(inbox) != 0 {
				t.Errorf("%s: sender %s has %d mails, want none", m.Label, m.From, len(inbox))
			}
			continue
		}
		if len(inbox) != 1 {
			var desc []string
			for _, f := range inbox {
				desc = append(desc, fmt.Sprintf("[%q in-reply-to %s]", f.Header.Get("Subject"), f.Header.Get("In-Reply-To")))
			}
			t.Errorf("%s: sender %s has %d mails, want exactly one reply: %s", m.Label, m.From, len(inbox), strings.Join(desc, " "))
			continue
		}
		f := inbox[0]
		if irt := f.Header.Get("In-Reply-To"); !strings.Contains(irt, "<"+m.MessageID+">") {
			t.Errorf("%s: reply In-Reply-To %q, want <%s>", m.Label, irt, m.MessageID)
		}
		if from, err := f.Header.AddressList("From"); err != nil || len(from) != 1 || !strings.EqualFold(from[0].Address, m.To) {
			t.Errorf("%s: reply From %q, want %s", m.Label, f.Header.Get("From"), m.To)
		}
		t.Logf("reply to %s: %q", m.Label, decodeHeader(f.Header.Get("Subject")))
		body := bodyText(f.Raw)
		var says []string // what the sender must be told
		var never []string
		switch m.MessageID {
		case jens.MessageID:
			says = []string{"Lise Kjær", "venteliste"} // the third from the handicapråd waits
		case dorthe.MessageID:
			says = []string{"efter fristen"}
		case anders.MessageID, pia.MessageID:
			never = []string{"efter fristen"}
		}
		for _, w := range says {
			if !strings.Contains(body, w) {
				t.Errorf("%s: the reply does not say %q:\n%s", m.Label, w, firstLines(body, 30))
			}
		}
		for _, w := range never {
			if strings.Contains(body, w) {
				t.Errorf("%s: the reply says %q, but the remark came before the deadline:\n%s", m.Label, w, firstLines(body, 30))
			}
		}
	}

	// --- digest --print agrees with the export ------------------------------
	dr := mailbot(t, st, "digest", "--print", "--event", "dialog2026", "--config", cfg)
	if dr.Code != 0 {
		t.Fatalf("%v", dr)
	}
	counts := map[string]int{}
	for _, p := range got {
		counts[p.Status]++
	}
	for _, c := range []struct {
		label string
		want  int
	}{
		{"Tilmeldte", counts["accepted"]},
		{"Foreløbige", counts["tentative"]},
		{"Afbud", counts["declined"] + counts["cancelled"]},
		{"Venteliste", counts["waitlisted"]},
	} {
		n, ok := digestNumber(dr.Stdout, c.label)
		if !ok {
			t.Errorf("digest --print has no %q line:\n%s", c.label, dr.Stdout)
		} else if n != c.want {
			t.Errorf("digest --print: %s %d, the export says %d", c.label, n, c.want)
		}
	}
	cell, ok := matrixCell(dr.Stdout, "Slagelse Kommune", "Handicapråd")
	held, tent, wait := 0, 0, 0
	for _, p := range got {
		if p.Municipality == "Slagelse Kommune" && p.Role == "handicapraad" {
			switch p.Status {
			case "accepted":
				held++
			case "tentative":
				held++
				tent++
			case "waitlisted":
				wait++
			}
		}
	}
	wantCell := fmt.Sprintf("%d/2", held)
	if tent > 0 {
		wantCell += "*"
	}
	if wait > 0 {
		wantCell += fmt.Sprintf("+%d", wait)
	}
	switch {
	case !ok:
		t.Errorf("digest --print: no matrix cell Slagelse Kommune × Handicapråd:\n%s", dr.Stdout)
	case !strings.HasPrefix(cell, "2/2"):
		t.Errorf("digest --print: Slagelse Kommune × Handicapråd is %q, want 2/2 (quota full, the third waitlisted)", cell)
	case cell != wantCell:
		t.Errorf("digest --print: Slagelse Kommune × Handicapråd is %q, the export says %q", cell, wantCell)
	}
	t.Logf("digest --print: Slagelse × Handicapråd %q; counts %v", cell, counts)

	// --- digest --send: the secretariat gets it with the XLSX -----------------
	sr := mailbot(t, st, "digest", "--send", "--config", cfg)
	if sr.Code != 0 {
		t.Fatalf("%v", sr)
	}
	waitPostfixIdle(t, st)
	digests := readInbox(t, st, "sekretariat@greve.dk")
	xlsx := map[string][]byte{} // file name -> bytes
	for _, f := range digests {
		for name, data := range attachments(t, f.Raw) {
			if strings.HasSuffix(strings.ToLower(name), ".xlsx") {
				xlsx[name] = data
			}
		}
	}
	var dialogX, roundX []byte
	for name, data := range xlsx {
		switch {
		case strings.HasPrefix(name, "dialog2026"):
			dialogX = data
		case strings.HasPrefix(name, "rammeaftale2023"):
			roundX = data
		}
	}
	if len(digests) == 0 || dialogX == nil {
		var subj []string
		for _, f := range digests {
			subj = append(subj, decodeHeader(f.Header.Get("Subject")))
		}
		t.Fatalf("sekretariat@greve.dk has %d mails %q; want the dialog2026 digest with an .xlsx (found %d .xlsx: %v)\n%v", len(digests), subj, len(xlsx), keys(xlsx), sr)
	}
	rows := sheetRows(t, dialogX, "Deltagere")
	col := headerIndex(rows, "Navn", "E-mail", "Status")
	listed := map[string]string{} // name|email -> status label
	for _, r := range rows[1:] {
		listed[cellAt(r, col["Navn"])+"|"+strings.ToLower(cellAt(r, col["E-mail"]))] = cellAt(r, col["Status"])
	}
	accepted := 0
	for _, p := range got {
		if p.Status != "accepted" {
			continue
		}
		accepted++
		status, ok := listed[p.Name+"|"+p.Email]
		if !ok {
			t.Errorf("digest XLSX sheet Deltagere: no row for accepted participant %v; rows: %v", p, rows[1:])
		} else if status != "tilmeldt" {
			t.Errorf("digest XLSX: %s has status %q, want tilmeldt", p.Name, status)
		}
	}
	if len(rows)-1 != len(got) {
		t.Errorf("digest XLSX sheet Deltagere has %d rows, the export %d participants", len(rows)-1, len(got))
	}
	t.Logf("digest XLSX: %d participant rows, %d accepted checked", len(rows)-1, accepted)
	if roundX == nil {
		t.Errorf("no rammeaftale2023 digest with an .xlsx in sekretariat@greve.dk's INBOX (found %v)", keys(xlsx))
	} else if srows := sheetRows(t, roundX, "Indsendelser"); len(srows)-1 != len(wantSubs) {
		t.Errorf("rammeaftale2023 digest XLSX sheet Indsendelser has %d rows, want %d: %v", len(srows)-1, len(wantSubs), srows)
	}
}

func lunchText(l *bool) string {
	if l == nil {
		return "not said"
	}
	return strconv.FormatBool(*l)
}

// cp1252 encodes s in windows-1252 (the letters and punctuation used here).
func cp1252(s string) []byte {
	special := map[rune]byte{'–': 0x96, '—': 0x97, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '€': 0x80, '…': 0x85}
	var b []byte
	for _, r := range s {
		if c, ok := special[r]; ok {
			b = append(b, c)
		} else if r < 256 {
			b = append(b, byte(r))
		} else {
			b = append(b, '?')
		}
	}
	return b
}

func decodeHeader(s string) string {
	d, err := new(mime.WordDecoder).DecodeHeader(s)
	if err != nil {
		return s
	}
	return d
}

// digestNumber reads "  Label:   N" from the digest text.
func digestNumber(text, label string) (int, bool) {
	m := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(label) + `:\s+(\d+)`).FindStringSubmatch(text)
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, true
}

// matrixCell reads the cell of the digest text's municipality × role
// matrix: rows are the municipality padded to 26 runes, then 13 runes per
// role column.
func matrixCell(text, municipality, roleLabel string) (string, bool) {
	lines := strings.Split(text, "\n")
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "KOMMUNER × ROLLER") {
			start = i
			break
		}
	}
	if start < 0 || start+1 >= len(lines) {
		return "", false
	}
	cols := func(l string) []string {
		r := []rune(l)
		var out []string
		for i := 26; i < len(r); i += 13 {
			out = append(out, strings.TrimSpace(string(r[i:min(i+13, len(r))])))
		}
		return out
	}
	header := cols(lines[start+1])
	ci := -1
	for i, h := range header {
		if h == roleLabel {
			ci = i
		}
	}
	if ci < 0 {
		return "", false
	}
	for _, l := range lines[start+2:] {
		if strings.TrimSpace(l) == "" {
			break
		}
		if strings.TrimSpace(string([]rune(l)[:min(26, len([]rune(l)))])) == municipality {
			c := cols(l)
			if ci < len(c) {
				return c[ci], true
			}
			return "", false
		}
	}
	return "", false
}

// attachments returns the attachment parts of raw: file name -> bytes.
func attachments(t *testing.T, raw []byte) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Errorf("digest mail does not parse as MIME: %v", err)
		return out
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil && !message.IsUnknownCharset(err) {
			t.Errorf("digest mail part: %v", err)
			break
		}
		if h, ok := p.Header.(*gomail.AttachmentHeader); ok {
			name, _ := h.Filename()
			b, err := io.ReadAll(p.Body)
			if err != nil {
				t.Errorf("read attachment %s: %v", name, err)
				continue
			}
			out[name] = b
		}
	}
	return out
}

func sheetRows(t *testing.T, data []byte, sheet string) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("digest XLSX does not open: %v", err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("digest XLSX: sheet %q: %v (sheets %v)", sheet, err, f.GetSheetList())
	}
	return rows
}

func headerIndex(rows [][]string, names ...string) map[string]int {
	out := map[string]int{}
	for _, n := range names {
		out[n] = -1
		for i, h := range rows[0] {
			if h == n {
				out[n] = i
			}
		}
	}
	return out
}

func cellAt(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
