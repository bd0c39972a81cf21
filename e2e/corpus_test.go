package e2e

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"mime"
	"mime/quotedprintable"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Kinds of generated mail. Humans (registration, cancellation) must get
// exactly one reply; machines (autoReply, bounce) none.
const (
	kindRegistration = "registration"
	kindCancellation = "cancellation"
	kindAutoReply    = "auto_reply"
	kindBounce       = "bounce"
)

// testMail is one generated message.
type testMail struct {
	Kind      string
	From      string // lower-case address
	Name      string
	MessageID string // without angle brackets
	Date      time.Time
	Raw       []byte // CRLF line ends
}

func (m testMail) human() bool { return m.Kind == kindRegistration || m.Kind == kindCancellation }

// corpusOpts says how many of what to generate.
type corpusOpts struct {
	N        int    // total
	Auto     int    // auto-replies among N
	Bounce   int    // bounces among N
	To       string // the secretariat
	Tag      string // goes into Message-IDs: keeps runs apart
	Now      time.Time
	EventDay time.Time // named in the bodies
}

// seed is MAILBOT_E2E_SEED or a fresh one; tests log it so a failure can be
// replayed with the same corpus.
func seed(t *testing.T) uint64 {
	t.Helper()
	if v := os.Getenv("MAILBOT_E2E_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("MAILBOT_E2E_SEED=%q: %v", v, err)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

type municipality struct{ Name, Domain string }

// kkr_sjaelland: the 17 municipalities and the region, with their real mail domains.
var sjaelland = []municipality{
	{"Greve Kommune", "greve.dk"}, {"Køge Kommune", "koege.dk"}, {"Roskilde Kommune", "roskilde.dk"},
	{"Holbæk Kommune", "holb.dk"}, {"Kalundborg Kommune", "kalundborg.dk"}, {"Lejre Kommune", "lejre.dk"},
	{"Næstved Kommune", "naestved.dk"}, {"Odsherred Kommune", "odsherred.dk"}, {"Ringsted Kommune", "ringsted.dk"},
	{"Slagelse Kommune", "slagelse.dk"}, {"Sorø Kommune", "soroe.dk"}, {"Stevns Kommune", "stevns.dk"},
	{"Solrød Kommune", "solrod.dk"}, {"Faxe Kommune", "faxekommune.dk"}, {"Guldborgsund Kommune", "guldborgsund.dk"},
	{"Lolland Kommune", "lolland.dk"}, {"Vordingborg Kommune", "vordingborg.dk"}, {"Region Sjælland", "regionsjaelland.dk"},
}

var firstNames = []string{
	"Anne", "Mette", "Søren", "Jens", "Lars", "Hanne", "Birgitte", "Peter", "Kirsten", "Mads",
	"Louise", "Rasmus", "Ida", "Frederik", "Karen", "Bjørn", "Marianne", "Thomas", "Lise", "Niels",
	"Camilla", "Jesper", "Pia", "Henrik", "Signe", "Morten", "Dorthe", "Anders", "Trine", "Ulla",
}

var lastNames = []string{
	"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
	"Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller",
	"Østergaard", "Bækgaard", "Frandsen", "Lund", "Holm", "Dahl", "Skov", "Kjær", "Bach",
}

// roles: how people name their role, and the role the contract maps it to.
var roles = []struct{ Text, Short string }{
	{"formand for Handicaprådet", "handicaprådet"},
	{"medlem af Handicaprådet", "handicaprådet"},
	{"næstformand i Udsatterådet", "udsatterådet"},
	{"medlem af Social- og Sundhedsudvalget", "voksenudvalget"},
	{"medlem af Børne- og Ungeudvalget", "børneudvalget"},
	{"direktør for Social og Sundhed", "direktør"},
	{"chef for Voksenhandicap", "chef"},
	{"centerchef, Børn og Familie", "chef"},
	{"konsulent, Social og Sundhed", "konsulent"},
}

var monthsDA = []string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"}

func dateDA(t time.Time) string { return fmt.Sprintf("%d. %s", t.Day(), monthsDA[t.Month()-1]) }

type person struct {
	First, Last, Addr string
	Muni              municipality
}

func (p person) Name() string { return p.First + " " + p.Last }

func ascii(s string) string {
	return strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "Æ", "Ae", "Ø", "Oe", "Å", "Aa").Replace(s)
}

// people hands out persons with addresses never handed out before.
type people struct {
	rng  *rand.Rand
	used map[string]bool
}

func (ps *people) next() person {
	for {
		p := person{
			First: firstNames[ps.rng.IntN(len(firstNames))],
			Last:  lastNames[ps.rng.IntN(len(lastNames))],
			Muni:  sjaelland[ps.rng.IntN(len(sjaelland))],
		}
		var local string
		switch ps.rng.IntN(3) {
		case 0: // first.last
			local = strings.ToLower(ascii(p.First) + "." + ascii(p.Last))
		case 1: // initials, as many municipalities do
			local = strings.ToLower(ascii(p.First)[:2] + ascii(p.Last)[:2])
		default: // first + last initial + number
			local = strings.ToLower(ascii(p.First)+ascii(p.Last)[:1]) + strconv.Itoa(ps.rng.IntN(90)+10)
		}
		p.Addr = local + "@" + p.Muni.Domain
		if !ps.used[p.Addr] {
			ps.used[p.Addr] = true
			return p
		}
	}
}

// genCorpus makes o.N mails to o.To in random order: o.Auto auto-replies,
// o.Bounce bounces, the rest from distinct human senders, about a quarter of
// them cancellations. Wording, charset, transfer encoding and structure vary.
func genCorpus(rng *rand.Rand, o corpusOpts) []testMail {
	ps := &people{rng: rng, used: map[string]bool{}}
	var out []testMail
	nHuman := o.N - o.Auto - o.Bounce
	for i := range o.N {
		// Distinct arrival times over the last three days, oldest first.
		date := o.Now.Add(-72 * time.Hour).Add(time.Duration(i) * (70 * time.Hour / time.Duration(o.N))).
			Add(time.Duration(rng.IntN(600)) * time.Second).Truncate(time.Second)
		id := fmt.Sprintf("%s-%03d-%08x", o.Tag, i, rng.Uint32())
		var m testMail
		switch {
		case i < nHuman:
			p := ps.next()
			kind := kindRegistration
			if rng.IntN(4) == 0 {
				kind = kindCancellation
			}
			m = humanMail(rng, p, kind, id, date, o)
		case i < nHuman+o.Auto:
			m = autoReply(rng, ps.next(), id, date, o)
		default:
			m = bounce(rng, sjaelland[rng.IntN(len(sjaelland))], id, date, o)
		}
		out = append(out, m)
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

var regSubjects = []string{
	"Tilmelding til dialogmøde",
	"Tilmelding – Dialogmøde om Rammeaftale 2027-2028",
	"SV: Invitation: Dialogmøde om Rammeaftale 2027-2028",
	"Dialogmøde {day} - tilmelding fra {muni}",
	"Re: Dialogmøde om rammeaftalen",
	"tilmelding",
	"VS: Dialogmøde om Rammeaftale 2027-2028",
}

var regBodies = []string{
	"Hej\n\nJeg vil gerne tilmelde mig dialogmødet den {day}.\n\nMed venlig hilsen\n{name}\n{role}\n{muni}",
	"Kære sekretariat\n\nHermed tilmelding fra {muni}: {name}, {role}. Jeg deltager gerne i frokosten.\n\nVh {first}",
	"{name} ({role}) deltager for {muni}. Vegetar, tak.\n\nBedste hilsner\n{name}",
	"Jeg kommer gerne til mødet i Ringsted den {day}.\n\n/{first}\n\nSendt fra min iPhone",
	"Hej\n\nTilmelder hermed {name} fra {muni}, {role}. Ingen frokost.\n\nHilsen\n{name}\nTlf. 46 11 {num}",
	"Fra {muni} deltager:\n- {name}, {role}\n- {name2}, direktør\n- {name3}, formand for Udsatterådet\n\nVenlig hilsen\n{name}",
	"Jeg deltager.\n\nMvh.\n{name}",
	"Hej Posk\n\nJa tak, jeg vil gerne deltage i dialogmødet om rammeaftalen. Jeg er glutenallergiker.\n\nKh {first}",
}

var cancelSubjects = []string{
	"Afbud",
	"Afbud til dialogmøde",
	"SV: Dialogmøde om Rammeaftale 2027-2028 - afbud",
	"Afbud: Dialogmøde {day}",
	"Re: Tilmelding til dialogmøde",
}

var cancelBodies = []string{
	"Hej\n\nJeg må desværre melde afbud til dialogmødet.\n\nVenlig hilsen\n{name}\n{muni}",
	"Afbud fra {name}, {muni} – jeg er blevet forhindret.",
	"Jeg kan alligevel ikke deltage den {day}. Beklager.\n\n{first}",
	"Desværre er jeg forhindret og melder derfor afbud.\n\nMvh. {name}, {role}",
	"Hej\n\n{name} kan ikke komme alligevel og melder afbud. Der kommer ingen i stedet.\n\nHilsen\n{first}",
}

var quotedInvitation = "\n\nFra: Posk <posk@greve.dk>\nSendt: {sent}\nTil: {muni}\nEmne: Invitation: Dialogmøde om Rammeaftale 2027-2028\n\n" +
	"Kære alle\n\nKKR Sjælland inviterer til dialogmøde om Rammeaftale 2027-2028 den {day} kl. 9-13 i Ringsted Kongrescenter.\n" +
	"Hver kommune kan deltage med 2 fra handicaprådet, 2 fra udsatterådet og 2 politikere fra hvert udvalg.\n" +
	"Tilmelding senest 10 dage før til posk@greve.dk.\n\nVenlig hilsen\nSekretariatet"

func fill(rng *rand.Rand, s string, p person, o corpusOpts) string {
	role := roles[rng.IntN(len(roles))]
	other := func() string {
		return firstNames[rng.IntN(len(firstNames))] + " " + lastNames[rng.IntN(len(lastNames))]
	}
	return strings.NewReplacer(
		"{name}", p.Name(), "{first}", p.First, "{muni}", p.Muni.Name, "{role}", role.Text,
		"{day}", dateDA(o.EventDay), "{name2}", other(), "{name3}", other(),
		"{num}", fmt.Sprintf("%02d %02d", rng.IntN(100), rng.IntN(100)),
		"{sent}", dateDA(o.Now.AddDate(0, 0, -20))+" 10:12",
	).Replace(s)
}

func humanMail(rng *rand.Rand, p person, kind, id string, date time.Time, o corpusOpts) testMail {
	subjects, bodies := regSubjects, regBodies
	if kind == kindCancellation {
		subjects, bodies = cancelSubjects, cancelBodies
	}
	subject := fill(rng, subjects[rng.IntN(len(subjects))], p, o)
	body := fill(rng, bodies[rng.IntN(len(bodies))], p, o)
	if strings.HasPrefix(subject, "SV:") || strings.HasPrefix(subject, "Re:") || rng.IntN(5) == 0 {
		body += fill(rng, quotedInvitation, p, o)
	}
	msgID := id + "@" + p.Muni.Domain
	if rng.IntN(3) == 0 { // Exchange Online's shape
		msgID = fmt.Sprintf("%s%s@AM0PR07MB%04d.eurprd07.prod.outlook.com", strings.ToUpper(strings.ReplaceAll(id, "-", "")), "A1B2", rng.IntN(10000))
	}
	h := []string{
		"From: " + addrHeader(p.Name(), p.Addr),
		"To: " + addrHeader("Posk", o.To),
		"Subject: " + mime.QEncoding.Encode("utf-8", subject),
		"Date: " + date.Add(-time.Duration(rng.IntN(20))*time.Second).Format(time.RFC1123Z),
		"Message-ID: <" + msgID + ">",
		"MIME-Version: 1.0",
	}
	if strings.HasPrefix(subject, "SV:") || strings.HasPrefix(subject, "Re:") {
		h = append(h, "In-Reply-To: <invitation-"+o.Tag+"@greve.dk>", "References: <invitation-"+o.Tag+"@greve.dk>")
	}
	if rng.IntN(2) == 0 {
		h = append(h, "Thread-Topic: "+mime.QEncoding.Encode("utf-8", subject), "X-MS-Has-Attach: ", "Content-Language: da-DK")
	}
	raw := encodeBody(rng, h, body)
	return testMail{Kind: kind, From: p.Addr, Name: p.Name(), MessageID: msgID, Date: date, Raw: raw}
}

func addrHeader(name, addr string) string {
	return mime.QEncoding.Encode("utf-8", name) + " <" + addr + ">"
}

// encodeBody finishes the header h with a body in one of five shapes and
// returns the whole message with CRLF line ends.
func encodeBody(rng *rand.Rand, h []string, body string) []byte {
	var b bytes.Buffer
	for _, l := range h {
		b.WriteString(l + "\n")
	}
	switch rng.IntN(5) {
	case 0:
		b.WriteString("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n")
		b.WriteString(qp([]byte(body)))
	case 1: // Outlook on Windows: ISO-8859-1, quoted-printable
		b.WriteString("Content-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n")
		b.WriteString(qp(latin1(body)))
	case 2:
		bound := fmt.Sprintf("_000_%08x_", rng.Uint32())
		b.WriteString("Content-Type: multipart/alternative; boundary=\"" + bound + "\"\n\n")
		b.WriteString("--" + bound + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n")
		b.WriteString(qp([]byte(body)))
		b.WriteString("\n--" + bound + "\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n")
		html := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div>" +
			strings.ReplaceAll(htmlEscape(body), "\n", "<br>\n") + "</div></body></html>"
		b.WriteString(qp([]byte(html)))
		b.WriteString("\n--" + bound + "--\n")
	case 3:
		b.WriteString("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
		b.WriteString(body + "\n")
	default: // Windows-1252 in 8 bits, as old clients send
		b.WriteString("Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n")
		b.Write(latin1(body))
		b.WriteString("\n")
	}
	return crlf(b.Bytes())
}

func qp(b []byte) string {
	var out bytes.Buffer
	w := quotedprintable.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.String()
}

// latin1 encodes s in ISO-8859-1 (and so Windows-1252); "–" becomes "-".
func latin1(s string) []byte {
	s = strings.ReplaceAll(s, "–", "-")
	var b []byte
	for _, r := range s {
		if r < 256 {
			b = append(b, byte(r))
		} else {
			b = append(b, '?')
		}
	}
	return b
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// crlf turns bare LF (and existing CRLF) into CRLF.
func crlf(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

var autoSubjects = []string{
	"Automatisk svar: Dialogmøde om Rammeaftale 2027-2028",
	"Fraværende: Invitation: Dialogmøde om Rammeaftale 2027-2028",
	"Automatic reply: Dialogmøde om Rammeaftale 2027-2028",
	"Autosvar: Dialogmøde",
}

var autoBodies = []string{
	"Tak for din mail.\n\nJeg er på ferie til og med {day} og læser ikke mails. Ved presserende henvendelser kontakt venligst {muni} på hovednummeret.\n\nVenlig hilsen\n{name}",
	"Jeg er på kursus og har begrænset adgang til mail. Din mail bliver ikke videresendt.\n\n{name}",
	"I am out of the office until {day} with no access to e-mail.",
	"Jeg holder barsel og er tilbage 1. marts. Kontakt i stedet sekretariatet i {muni}.",
}

// autoReply makes an out-of-office reply in one of the shapes Exchange,
// Outlook and other clients send (RFC 3834 Auto-Submitted and friends).
func autoReply(rng *rand.Rand, p person, id string, date time.Time, o corpusOpts) testMail {
	subject := autoSubjects[rng.IntN(len(autoSubjects))]
	msgID := id + "@" + p.Muni.Domain
	h := []string{
		"From: " + addrHeader(p.Name(), p.Addr),
		"To: " + addrHeader("Posk", o.To),
		"Subject: " + mime.QEncoding.Encode("utf-8", subject),
		"Date: " + date.Format(time.RFC1123Z),
		"Message-ID: <" + msgID + ">",
		"In-Reply-To: <invitation-" + o.Tag + "@greve.dk>",
		"MIME-Version: 1.0",
	}
	switch rng.IntN(3) {
	case 0: // Exchange
		h = append(h, "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: "+p.Addr)
	case 1:
		h = append(h, "Auto-Submitted: auto-replied", "X-Autoreply: yes")
	default:
		h = append(h, "Auto-Submitted: auto-replied (vacation)", "Precedence: auto_reply")
	}
	body := fill(rng, autoBodies[rng.IntN(len(autoBodies))], p, o)
	return testMail{Kind: kindAutoReply, From: p.Addr, Name: p.Name(), MessageID: msgID, Date: date, Raw: encodeBody(rng, h, body)}
}

// bounce makes a delivery status notification (RFC 3464) as Postfix or
// Exchange sends it.
func bounce(rng *rand.Rand, m municipality, id string, date time.Time, o corpusOpts) testMail {
	bound := fmt.Sprintf("%08x.%d/mail.%s", rng.Uint32(), date.Unix(), m.Domain)
	from, subject, text := "MAILER-DAEMON@mail."+m.Domain, "Undelivered Mail Returned to Sender",
		"This is the mail system at host mail."+m.Domain+".\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<tidligere.ansat@"+m.Domain+">: host 10.0.0.5 said: 550 5.1.1 User unknown"
	if rng.IntN(2) == 0 {
		from, subject, text = "postmaster@"+m.Domain, "Ikke leveret: Dialogmøde om Rammeaftale 2027-2028",
			"Din meddelelse kunne ikke leveres til tidligere.ansat@"+m.Domain+".\n\nModtagerens postkasse findes ikke."
	}
	msgID := id + "@mail." + m.Domain
	var b bytes.Buffer
	for _, l := range []string{
		"From: " + from + " (Mail Delivery System)",
		"To: " + o.To,
		"Subject: " + mime.QEncoding.Encode("utf-8", subject),
		"Date: " + date.Format(time.RFC1123Z),
		"Message-ID: <" + msgID + ">",
		"Auto-Submitted: auto-replied",
		"MIME-Version: 1.0",
		"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"" + bound + "\"",
		"",
		"This is a MIME-encapsulated message.",
		"",
		"--" + bound,
		"Content-Description: Notification",
		"Content-Type: text/plain; charset=utf-8",
		"Content-Transfer-Encoding: 8bit",
		"",
		text,
		"",
		"--" + bound,
		"Content-Description: Delivery report",
		"Content-Type: message/delivery-status",
		"",
		"Reporting-MTA: dns; mail." + m.Domain,
		"Arrival-Date: " + date.Add(-time.Minute).Format(time.RFC1123Z),
		"",
		"Final-Recipient: rfc822; tidligere.ansat@" + m.Domain,
		"Original-Recipient: rfc822;tidligere.ansat@" + m.Domain,
		"Action: failed",
		"Status: 5.1.1",
		"Diagnostic-Code: smtp; 550 5.1.1 User unknown",
		"",
		"--" + bound,
		"Content-Description: Undelivered Message Headers",
		"Content-Type: text/rfc822-headers",
		"",
		"From: Posk <" + o.To + ">",
		"To: tidligere.ansat@" + m.Domain,
		"Subject: Invitation: Dialogmøde om Rammeaftale 2027-2028",
		"Message-ID: <invitation-" + o.Tag + "@greve.dk>",
		"",
		"--" + bound + "--",
	} {
		b.WriteString(l + "\n")
	}
	return testMail{Kind: kindBounce, From: strings.ToLower(from), MessageID: msgID, Date: date, Raw: crlf(b.Bytes())}
}
