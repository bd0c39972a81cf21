// Command gen writes deterministic, typical secretariat mail into a Maildir
// for scripts/bench.sh: Danish registrations, cancellations, substitutions,
// coordinators' lists, Outlook meeting responses (iMIP REPLY), municipalities'
// remarks, auto-replies and questions, of varied size (Outlook-style
// multipart/alternative with an HTML part, quoted originals, signatures with
// disclaimers). A fraction of the mails (-attach, default 10%) carries one
// PDF- or DOCX-like attachment of random bytes, base64, whose size is
// log-uniform between -attach-min and -attach-max (most attachments are small,
// a few are large, as in real mailboxes).
//
// Usage:
//
//	gen -maildir DIR [-n 10000] [-seed 1] [-to ADDR]    # the corpus
//	gen -maildir DIR -big 25000000 [-to ADDR]           # one mail, one attachment of that many bytes
//
// The files are written straight into DIR/cur with LF line endings (as
// Dovecot's LMTP delivery stores them) and ",S=size,W=vsize" in their names,
// so Dovecot needs not read a file to know its sizes; each file's mtime is
// the mail's arrival time (Dovecot's INTERNALDATE). The same flags always
// give byte-identical files. Run `doveadm force-resync` afterwards.
package main

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"mime"
	"mime/quotedprintable"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	var (
		dir       = flag.String("maildir", "", "Maildir to write into (cur/, new/, tmp/ are created)")
		n         = flag.Int("n", 10000, "number of mails")
		seed      = flag.Uint64("seed", 1, "random seed: same seed, same bytes")
		to        = flag.String("to", "sekretariat@bench.test", "the secretariat's address (To:)")
		attach    = flag.Float64("attach", 0.10, "fraction of mails with an attachment")
		attachMin = flag.Int("attach-min", 50_000, "smallest attachment, bytes before base64")
		attachMax = flag.Int("attach-max", 2_000_000, "largest attachment, bytes before base64")
		big       = flag.Int("big", 0, "write one mail with one attachment of this many bytes instead of the corpus")
	)
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "gen: -maildir is required")
		os.Exit(2)
	}
	for _, sub := range []string{"cur", "new", "tmp"} {
		if err := os.MkdirAll(filepath.Join(*dir, sub), 0o700); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
	}
	g := &gen{r: rand.New(rand.NewPCG(*seed, 0x6d61696c626f74)), to: *to,
		data: rand.NewChaCha8([32]byte{byte(*seed), 'm', 'a', 'i', 'l', 'b', 'o', 't'})}
	start := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)
	var total, attached int64
	if *big > 0 {
		raw := g.remark(0, *big)
		if err := writeMail(*dir, 0, start, raw); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		fmt.Printf("gen: 1 mail, %d bytes (attachment %d bytes before base64) in %s\n", len(raw), *big, *dir)
		return
	}
	for i := 0; i < *n; i++ {
		size := 0
		if g.r.Float64() < *attach {
			lo, hi := math.Log(float64(*attachMin)), math.Log(float64(*attachMax))
			size = int(math.Exp(lo + g.r.Float64()*(hi-lo)))
			attached++
		}
		raw := g.mail(i, size)
		// About 14 minutes apart: 10,000 mails span three months.
		at := start.Add(time.Duration(i) * 823 * time.Second)
		if err := writeMail(*dir, i, at, raw); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		total += int64(len(raw))
	}
	fmt.Printf("gen: %d mails (%d with attachments), %.1f MB in %s\n", *n, attached, float64(total)/1e6, *dir)
}

// writeMail writes one message into cur/ under a Maildir name carrying its
// size and virtual (CRLF) size, with mtime = arrival.
func writeMail(dir string, i int, at time.Time, raw []byte) error {
	vsize := len(raw) + bytes.Count(raw, []byte("\n"))
	name := fmt.Sprintf("%d.M%06dP1.bench,S=%d,W=%d:2,", at.Unix(), i, len(raw), vsize)
	path := filepath.Join(dir, "cur", name)
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chtimes(path, at, at); err != nil {
		return fmt.Errorf("set time of %s: %w", path, err)
	}
	return nil
}

type gen struct {
	r    *rand.Rand
	data *rand.ChaCha8
	to   string
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

var (
	munis = []struct{ name, domain string }{
		{"Greve Kommune", "greve.dk"}, {"Køge Kommune", "koege.dk"}, {"Roskilde Kommune", "roskilde.dk"},
		{"Næstved Kommune", "naestved.dk"}, {"Holbæk Kommune", "holb.dk"}, {"Slagelse Kommune", "slagelse.dk"},
		{"Ringsted Kommune", "ringsted.dk"}, {"Sorø Kommune", "soroe.dk"}, {"Kalundborg Kommune", "kalundborg.dk"},
		{"Vordingborg Kommune", "vordingborg.dk"}, {"Guldborgsund Kommune", "guldborgsund.dk"},
		{"Lolland Kommune", "lolland.dk"}, {"Faxe Kommune", "faxekommune.dk"}, {"Stevns Kommune", "stevns.dk"},
		{"Solrød Kommune", "solrod.dk"}, {"Lejre Kommune", "lejre.dk"}, {"Odsherred Kommune", "odsherred.dk"},
		{"Region Sjælland", "regionsjaelland.dk"},
	}
	firstNames = []string{"Hanne", "Jens", "Mette", "Søren", "Anne", "Lars", "Birgitte", "Henrik", "Kirsten",
		"Morten", "Lone", "Peter", "Susanne", "Jørgen", "Pia", "Niels", "Tina", "Rasmus", "Dorthe", "Ole"}
	lastNames = []string{"Sørensen", "Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen",
		"Larsen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller"}
	roles = []string{"handicaprådet", "udsatterådet", "socialudvalget", "børne- og ungeudvalget",
		"direktør", "socialchef", "afdelingsleder", "konsulent"}
	fillers = []string{
		"Vi ser frem til en god dialog om den kommende rammeaftale og de fælles udfordringer på det specialiserede område.",
		"Som aftalt på sidste møde i styregruppen vender vi tilbage med kommunens endelige bemærkninger.",
		"Der er i kommunen stor opmærksomhed på kapaciteten på de højt specialiserede tilbud til børn og unge.",
		"Vi har drøftet sagen i direktionen og har enkelte supplerende kommentarer til udkastet.",
		"Bemærk venligst at vores mødedeltagere først kan være til stede fra kl. 9.30 på grund af et andet møde.",
		"Kommunen bakker op om de foreslåede udviklingsområder, men ønsker særligt fokus på rekruttering.",
		"Hvis der er spørgsmål til ovenstående, er I meget velkomne til at kontakte mig på telefon eller mail.",
		"Der er desværre sket en fejl i vores tidligere tilmelding, som hermed rettes.",
	}
)

type person struct{ first, last, role, muni, domain string }

func (p person) name() string  { return p.first + " " + p.last }
func (p person) email() string { return strings.ToLower(p.first[:2]+p.last[:2]) + "@" + p.domain }

func (g *gen) person() person {
	m := munis[g.r.IntN(len(munis))]
	return person{g.pick(firstNames), g.pick(lastNames), g.pick(roles), m.name, m.domain}
}

// mail returns one message of a kind drawn by weight; attach > 0 adds an
// attachment of that many bytes.
func (g *gen) mail(i, attach int) []byte {
	k := g.r.IntN(100)
	switch {
	case attach > 0 || k < 10:
		return g.remark(i, attach)
	case k < 42:
		return g.registration(i)
	case k < 54:
		return g.cancellation(i)
	case k < 59:
		return g.substitution(i)
	case k < 67:
		return g.coordinator(i)
	case k < 84:
		return g.imip(i)
	case k < 93:
		return g.autoReply(i)
	default:
		return g.question(i)
	}
}

func (g *gen) paragraphs(min, max int) string {
	n := min + g.r.IntN(max-min+1)
	var ps []string
	for range n {
		ps = append(ps, g.pick(fillers))
	}
	return strings.Join(ps, "\n\n")
}

func (g *gen) signature(p person) string {
	s := fmt.Sprintf("Venlig hilsen\n\n%s\n%s\n%s\nTlf. %d %d %d %d\n", p.name(), strings.ToUpper(p.role[:1])+p.role[1:], p.muni,
		20+g.r.IntN(70), 10+g.r.IntN(90), 10+g.r.IntN(90), 10+g.r.IntN(90))
	if g.r.IntN(2) == 0 {
		s += "\nDenne e-mail kan indeholde fortrolige oplysninger. Hvis du ikke er den rette modtager, bedes du " +
			"venligst informere afsenderen og slette e-mailen. Læs om kommunens behandling af personoplysninger " +
			"på kommunens hjemmeside.\n"
	}
	return s
}

func (g *gen) quoted() string {
	if g.r.IntN(2) == 0 {
		return ""
	}
	return "\n\n-----Oprindelig meddelelse-----\nFra: Sekretariatet <" + g.to + ">\nSendt: 4. maj 2026 10:12\n" +
		"Emne: Invitation til dialogmøde om Rammeaftale 2027-2028\n\n" +
		"Kære alle\n\nKKR Sjælland inviterer hermed til dialogmøde om Rammeaftale 2027-2028 torsdag den 25. juni " +
		"2026 kl. 9-13 i Ringsted Kongrescenter. Hver kommune kan tilmelde to repræsentanter fra handicaprådet, " +
		"to fra udsatterådet og to politikere fra hvert af de relevante udvalg. Direktører og chefer kan deltage " +
		"uden begrænsning. Der serveres frokost.\n\nTilmelding senest den 17. juni til denne postkasse.\n\n" +
		"Med venlig hilsen\nSekretariatet for Rammeaftale Sjælland\n"
}

func (g *gen) registration(i int) []byte {
	p := g.person()
	lunch := []string{"Jeg deltager gerne i frokosten.", "Jeg deltager ikke i frokosten.", "Vegetar, tak.", ""}[g.r.IntN(4)]
	body := fmt.Sprintf("Hej\n\nHermed tilmelding til dialogmødet den 25. juni: %s, %s, %s. %s\n\n%s\n\n%s",
		p.name(), p.role, p.muni, lunch, g.paragraphs(0, 2), g.signature(p)) + g.quoted()
	return g.build(i, p, "SV: Tilmelding til dialogmøde om Rammeaftale 2027-2028", body, 0, "")
}

func (g *gen) cancellation(i int) []byte {
	p := g.person()
	body := fmt.Sprintf("Kære sekretariat\n\nJeg må desværre melde afbud til dialogmødet den 25. juni på grund af %s.\n\n%s\n\n%s",
		g.pick([]string{"sygdom", "et byrådsmøde", "ferie", "et sammenfaldende møde"}), g.paragraphs(0, 1), g.signature(p)) + g.quoted()
	return g.build(i, p, "Afbud: Dialogmøde om Rammeaftale 2027-2028", body, 0, "")
}

func (g *gen) substitution(i int) []byte {
	p, q := g.person(), g.person()
	body := fmt.Sprintf("Hej\n\nI stedet for %s kommer %s (%s) fra %s til dialogmødet.\n\n%s",
		p.name(), q.name(), q.role, p.muni, g.signature(p)) + g.quoted()
	return g.build(i, p, "Ændring af deltager – dialogmøde", body, 0, "")
}

func (g *gen) coordinator(i int) []byte {
	p := g.person()
	var b strings.Builder
	fmt.Fprintf(&b, "Kære sekretariat\n\nFra %s deltager følgende i dialogmødet den 25. juni:\n\n", p.muni)
	for range 2 + g.r.IntN(6) {
		q := g.person()
		fmt.Fprintf(&b, "- %s, %s%s\n", q.name(), q.role, []string{"", " (frokost)", " – vegetar"}[g.r.IntN(3)])
	}
	fmt.Fprintf(&b, "\n%s\n\n%s", g.paragraphs(0, 2), g.signature(p))
	return g.build(i, p, "Tilmelding fra "+p.muni+" – dialogmøde 25. juni", b.String()+g.quoted(), 0, "")
}

func (g *gen) imip(i int) []byte {
	p := g.person()
	stat, subj := "ACCEPTED", "Accepteret"
	switch g.r.IntN(5) {
	case 0:
		stat, subj = "DECLINED", "Afvist"
	case 1:
		stat, subj = "TENTATIVE", "Foreløbigt"
	}
	cal := fmt.Sprintf("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n"+
		"BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=%s;CN=\"%s\":mailto:%s\r\nSUMMARY;LANGUAGE=da-DK:Dialogmøde om Rammeaftale 2027-2028\r\n"+
		"DTSTART;TZID=Romance Standard Time:20260625T090000\r\nDTEND;TZID=Romance Standard Time:20260625T130000\r\n"+
		"UID:040000008200E00074C5B7101A82E00800000000BENCH%04d\r\nDTSTAMP:20260510T081512Z\r\nSEQUENCE:0\r\n"+
		"LOCATION;LANGUAGE=da-DK:Ringsted Kongrescenter\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", stat, p.name(), p.email(), i%7)
	body := ""
	if g.r.IntN(3) == 0 {
		body = g.paragraphs(1, 1) + "\n\n" + g.signature(p)
	}
	return g.build(i, p, subj+": Dialogmøde om Rammeaftale 2027-2028", body, 0, cal)
}

func (g *gen) remark(i, attach int) []byte {
	p := g.person()
	body := fmt.Sprintf("Kære sekretariat\n\n%s fremsender hermed kommunens bemærkninger til udviklingsområderne i "+
		"Rammeaftale 2027-2028.\n\n%s\n\n%s", p.muni, g.paragraphs(1, 5), g.signature(p))
	if attach > 0 {
		body = strings.Replace(body, "bemærkninger", "bemærkninger (vedhæftet)", 1)
	}
	return g.build(i, p, "Bemærkninger til rammeaftale – "+p.muni, body, attach, "")
}

func (g *gen) autoReply(i int) []byte {
	p := g.person()
	body := fmt.Sprintf("Tak for din mail.\n\nJeg er på ferie til og med den %d. juli og læser ikke mail. "+
		"I hastende sager kontakt venligst kommunens hovednummer.\n\n%s", 1+g.r.IntN(28), g.signature(p))
	return g.build(i, p, "Automatisk svar: Invitation til dialogmøde om Rammeaftale 2027-2028", body, 0, "auto")
}

func (g *gen) question(i int) []byte {
	p := g.person()
	body := fmt.Sprintf("Hej\n\nEr der mulighed for at deltage online i dialogmødet? Og hvornår kommer programmet?\n\n%s\n\n%s",
		g.paragraphs(0, 2), g.signature(p)) + g.quoted()
	return g.build(i, p, "Spørgsmål til dialogmødet", body, 0, "")
}

// build assembles the message: Outlook-like headers, text (and mostly an
// HTML alternative), an optional calendar part, an optional attachment.
// extra "auto" makes an auto-reply; anything else non-empty is a calendar.
func (g *gen) build(i int, p person, subject, body string, attach int, extra string) []byte {
	var b bytes.Buffer
	boundary := fmt.Sprintf("_000_BENCH%06dMB%04d_", i, g.r.IntN(10000))
	date := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC).Add(time.Duration(i) * 823 * time.Second)
	fmt.Fprintf(&b, "Received: from EXCH01.%s (10.1.2.3) by EXCH02.%s (10.1.2.4) with Microsoft SMTP Server\n id 15.1.2507.39; %s\n",
		p.domain, p.domain, date.Format(time.RFC1123Z))
	fmt.Fprintf(&b, "From: %s <%s>\nTo: \"%s\" <%s>\nSubject: %s\nDate: %s\nMessage-ID: <BENCH%06d.%d@%s>\n",
		mime.QEncoding.Encode("utf-8", p.name()), p.email(), g.to, g.to, mime.QEncoding.Encode("utf-8", subject),
		date.Format(time.RFC1123Z), i, g.r.IntN(1<<30), p.domain)
	b.WriteString("Accept-Language: da-DK, en-US\nContent-Language: da-DK\nMIME-Version: 1.0\n")
	if extra == "auto" {
		b.WriteString("Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n")
	}
	html := g.r.IntN(10) < 6
	mixed := attach > 0
	if mixed {
		fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"%sm\"\n\n--%sm\n", boundary, boundary)
	}
	if html || (extra != "" && extra != "auto") {
		fmt.Fprintf(&b, "Content-Type: multipart/alternative; boundary=\"%sa\"\n\n--%sa\n", boundary, boundary)
	}
	b.WriteString("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n")
	b.WriteString(qp(body))
	if html {
		fmt.Fprintf(&b, "\n--%sa\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n", boundary)
		h := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head><body lang=\"DA\"><div class=\"WordSection1\">"
		for _, para := range strings.Split(body, "\n\n") {
			h += "<p class=\"MsoNormal\">" + strings.ReplaceAll(para, "\n", "<br>\n") + "<o:p></o:p></p>\n"
		}
		b.WriteString(qp(h + "</div></body></html>"))
	}
	if extra != "" && extra != "auto" {
		fmt.Fprintf(&b, "\n--%sa\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: base64\n\n", boundary)
		b.WriteString(b64lines([]byte(extra)))
	}
	if html || (extra != "" && extra != "auto") {
		fmt.Fprintf(&b, "\n--%sa--\n", boundary)
	}
	if mixed {
		name, ctype, magic := "Bemaerkninger.pdf", "application/pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
		if g.r.IntN(2) == 0 {
			name, ctype = "Høringssvar rammeaftale.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
			magic = []byte("PK\x03\x04\x14\x00\x06\x00\x08\x00")
		}
		data := make([]byte, attach)
		g.data.Read(data)
		copy(data, magic)
		fmt.Fprintf(&b, "\n--%sm\nContent-Type: %s; name=\"%s\"\nContent-Description: %s\n"+
			"Content-Disposition: attachment; filename=\"%s\"; size=%d\nContent-Transfer-Encoding: base64\n\n",
			boundary, ctype, mime.QEncoding.Encode("utf-8", name), mime.QEncoding.Encode("utf-8", name),
			mime.QEncoding.Encode("utf-8", name), attach)
		b.WriteString(b64lines(data))
		fmt.Fprintf(&b, "\n--%sm--\n", boundary)
	}
	return b.Bytes()
}

func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(strings.ReplaceAll(s, "\n", "\r\n")))
	w.Close()
	return strings.ReplaceAll(b.String(), "\r\n", "\n") + "\n"
}

// b64lines is base64 in lines of 76 characters, LF-terminated.
func b64lines(data []byte) string {
	enc := base64.StdEncoding.EncodeToString(data)
	var b strings.Builder
	b.Grow(len(enc) + len(enc)/76 + 1)
	for len(enc) > 76 {
		b.WriteString(enc[:76])
		b.WriteByte('\n')
		enc = enc[76:]
	}
	b.WriteString(enc)
	b.WriteByte('\n')
	return b.String()
}
