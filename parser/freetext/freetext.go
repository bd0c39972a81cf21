// Package freetext reads the Danish (and English) free text of a human reply
// to an invitation or a consultation the way a careful secretary would: what
// the sender wrote now (quotes and signature split off), what they want
// (register, cancel, send someone instead, submit remarks, ask), who it is
// about (name, e-mail, municipality, role, lunch, diet), and what a person
// must look at (Review, in plain Danish).
//
// It imports only parser/dk. Analyze never panics on any input (FuzzAnalyze).
package freetext

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"mailbot/parser/dk"
)

// Input is one message as the parser has decoded it.
type Input struct {
	Subject  string
	Text     string // readable body: text/plain, or the HTML converted to text
	HTML     string // raw HTML, if any
	HTMLOnly bool
	FromName string
	// FromEmail is the sender's address, lower-case.
	FromEmail       string
	AttachmentNames []string
	// Cc: the mail's copy recipients, where the address of a person the
	// text names may be found ("tilmelde .. Maja Lind (cc)").
	Cc        []Recipient
	EventKind string   // "meeting" | "consultation" | "" (unknown)
	Areas     []string // the consultation's known development areas
}

// Recipient is one address of a mail header.
type Recipient struct {
	Name, Email string
}

// Person is one participant the mail is about.
type Person struct {
	Name, Email, Municipality string
	// Role: handicapraad, udsatteraad, politiker_voksen, politiker_boern,
	// direktoer, chef, andet; "" if not said.
	Role string
	// Action: "register" | "cancel".
	Action string
	// Replaces: for the person who comes instead, the name (or, if no name is
	// known, the e-mail) of the person who leaves.
	Replaces string
	Lunch    *bool // nil: not said
	Diet     string
}

// Output is the reading of one message.
type Output struct {
	NewText, Quoted, Signature string
	// Intent: registration | cancellation | substitution | remark | question | other.
	Intent     string
	Confidence float64 // 0..1
	Evidence   []string
	Persons    []Person
	// Municipality is the sender's (canonical), from the address, else the
	// signature, else the text; "" if unknown.
	Municipality string
	Areas        []string // development areas mentioned, from Input.Areas
	// Review is the reason, in plain Danish, a person must look at the mail;
	// "" when the reading is sure enough to act on.
	Review string
}

// Actions.
const (
	ActionRegister = "register"
	ActionCancel   = "cancel"
)

// ReviewThreshold: below this confidence a mail goes to review.
const ReviewThreshold = 0.6

// Analyze reads one message. The intent comes from NewText only (the
// subject adds a little, the quoted invitation nothing); when the new text
// says almost nothing and the mail is a forward, the forwarded mail is read
// instead. Persons are read from lists, tables, "Navn:" forms and sentences
// ("Anne Hansen og Bo Jensen fra handicaprådet deltager"); the sender is a
// person when they write about themselves ("jeg kommer", "tilmelde mig") or
// when a registration or cancellation names nobody else.
func Analyze(in Input) (out Output) {
	defer func() {
		if r := recover(); r != nil {
			out.Intent = IntentOther
			out.Confidence = 0
			out.Persons = nil
			out.Review = fmt.Sprintf("Mailen kunne ikke læses automatisk (intern fejl: %v)", r)
		}
	}()
	text := in.Text
	if strings.TrimSpace(text) == "" && in.HTML != "" {
		text = htmlToText(in.HTML)
	}
	// Outlook's HTML writes "&nbsp;" before a line's text; a no-break
	// space is a space to a reader (and to the sign-off patterns).
	text = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(text)
	text = joinVerticalTable(joinCellLines(text))
	out.NewText, out.Quoted, out.Signature = StripQuotes(text)
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	answers, used := inlineAnswers(out.NewText, lines)
	if answers != "" {
		// "Svar nedenfor.": the answers typed into the quoted invitation
		// are the writer's text; the lines typed under a quoted question
		// are read there, not again as loose new text.
		kept := lines[:0:0]
		for i, l := range lines {
			if !used[i] {
				kept = append(kept, l)
			}
		}
		out.NewText, out.Quoted, out.Signature = StripQuotes(strings.Join(kept, "\n"))
		out.NewText = strings.TrimSpace(out.NewText + "\n\n" + answers)
	}
	body := out.NewText
	fromName, fromEmail := cleanFromName(in.FromName), strings.ToLower(strings.TrimSpace(in.FromEmail))
	forwarded := false
	var own *analysis // the forwarder, when the forwarded sender speaks instead
	fwdAt := -1       // where the forwarded text starts in body, if it was sent to the forwarder
	if answers != "" {
		out.Evidence = append(out.Evidence, "svar skrevet ind i den citerede mail læst")
	} else if fw, fwName, fwEmail, ok := forwardedMail(in.Subject, out.NewText, out.Quoted); ok {
		if sentTo(fw.to, in.FromEmail, fromName) {
			fwdAt = len(strings.TrimSpace(body))
		}
		body = strings.TrimSpace(body + "\n\n" + fw.text)
		forwarded = true
		out.Evidence = append(out.Evidence, "videresendt mail læst")
		if fw.selfOnly && fwEmail != "" {
			own = &analysis{in: in, body: out.NewText, fromEmail: fromEmail, signature: out.Signature}
			fromName, fromEmail = cleanFromName(fwName), fwEmail
			if out.Signature == "" || fw.signature != "" {
				out.Signature = fw.signature
			}
		}
	}
	if sn := signatureName(out.Signature); fromName == "" {
		fromName = sn
	} else if betterSpelling(sn, fromName) {
		// "Birthe Molgaard" in the From header, "Birthe Mølgaard" in
		// the signature: the writer's own spelling, with æ, ø, å.
		fromName = sn
	}

	a := &analysis{in: in, body: body, fromName: fromName, fromEmail: fromEmail, signature: out.Signature}
	a.sents = splitSentences(body)
	if forwarded && greetsByName(out.NewText) {
		// "Hej Sidsel, er det noget for dig? Se nedenfor.": a forward to a
		// colleague asks the colleague, not the secretariat.
		for i := range a.sents {
			if a.sents[i].start < len(out.NewText) && a.sents[i].question && reSecondPerson.MatchString(a.sents[i].text) {
				a.sents[i].aside = true
			}
		}
	}
	if fwdAt >= 0 {
		// The forwarded mail was sent to the forwarder: its questions were
		// asked of them ("Vil du sende vedhæftede til sekretariatet?").
		for i := range a.sents {
			if a.sents[i].start >= fwdAt && a.sents[i].question {
				a.sents[i].aside = true
			}
		}
	}
	a.hits = findCues(a.sents)
	a.hits = append(a.hits, subjectCues(in.Subject)...)
	if answers != "" && answersRegister(answers) && !hasIntent(a.hits, IntentCancellation) {
		// the invitation asked to be answered with these fields: filled
		// in, they are a registration
		a.hits = append(a.hits, hit{intent: IntentRegistration, weight: 2, sentence: -1, text: "udfyldt svar i den citerede invitation"})
	}
	a.classify()
	out.Intent, out.Confidence = a.intent, a.conf
	for _, h := range a.hits {
		if h.intent == a.intent || a.intent == IntentSubstitution && (h.intent == IntentCancellation || h.intent == IntentRegistration) ||
			h.intent == IntentQuestion && a.intent != IntentOther {
			// a side question ("Jeg tilmelder mig. Er der parkering?") is
			// kept as evidence; Review says it must be answered
			out.Evidence = append(out.Evidence, fmt.Sprintf("%s: %q", h.intent, clip(h.text, 80)))
		}
	}
	out.Municipality = a.senderMunicipality()
	if own != nil && (a.intent == IntentOther || a.intent == IntentQuestion) {
		// a forwarded mail that asks nothing of us (an invitation passed
		// on) is the forwarder's mail, not its sender's
		out.Municipality = own.senderMunicipality()
	}
	a.municipality = out.Municipality
	if a.intent == IntentRegistration || a.intent == IntentCancellation || a.intent == IntentSubstitution {
		out.Persons = a.persons()
		ccAddresses(out.Persons, in.Cc)
		if a.intent != IntentSubstitution {
			reg, can := 0, 0
			for _, p := range out.Persons {
				if p.Action == ActionRegister {
					reg++
				} else if p.Action == ActionCancel {
					can++
				}
			}
			if reg > can && a.intent == IntentCancellation {
				out.Intent = IntentRegistration
				out.Evidence = append(out.Evidence, fmt.Sprintf("%d tilmeldt, %d afbud", reg, can))
			} else if can > reg && a.intent == IntentRegistration {
				out.Intent = IntentCancellation
				out.Evidence = append(out.Evidence, fmt.Sprintf("%d afbud, %d tilmeldt", can, reg))
			}
		}
	}
	if a.intent == IntentRemark {
		out.Areas = findAreas(in.Areas, in.Subject+"\n"+body+"\n"+strings.Join(in.AttachmentNames, "\n"))
	}
	out.Review = a.review(out.Persons, forwarded)
	return out
}

// joinCellLines mends a table whose cells the HTML conversion put on lines
// of their own (Outlook writes a <p> in every <td>): a line that starts
// with "|" continues the row above it, across the blank lines between.
// "Henrik Lund\n\n | Handicaprådet\n\n | Ja" becomes
// "Henrik Lund | Handicaprådet | Ja".
func joinCellLines(text string) string {
	if !strings.Contains(text, "\n") || !strings.Contains(text, "|") {
		return text
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		t := strings.TrimSpace(l)
		// a row written "| a | b |" is whole already
		if strings.HasPrefix(t, "|") && !strings.HasSuffix(t, "|") {
			// drop the blank lines between the row and its next cell
			j := len(out)
			for j > 0 && strings.TrimSpace(out[j-1]) == "" {
				j--
			}
			if p := strings.TrimSpace(out[max(j-1, 0)]); j > 0 && !strings.HasPrefix(p, ">") && !strings.HasPrefix(p, "|") {
				out[j-1] = strings.TrimRight(out[j-1], " \t") + " " + t
				out = out[:j]
				continue
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// betterSpelling: sig is the same name as from, spelt with Danish letters
// where from has plain ASCII (a mail system's transliteration).
func betterSpelling(sig, from string) bool {
	if sig == "" || sig == from || len(strings.Fields(sig)) != len(strings.Fields(from)) || !sameName(sig, from) {
		return false
	}
	for _, r := range from {
		if r > 127 {
			return false
		}
	}
	return strings.ContainsAny(sig, "æøåÆØÅéü")
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		for n > 0 && (s[n]&0xC0) == 0x80 {
			n--
		}
		return s[:n] + "…"
	}
	return s
}

type analysis struct {
	in                  Input
	body                string
	fromName, fromEmail string
	signature           string
	municipality        string
	sents               []sentence
	hits                []hit
	intent              string
	conf                float64
	reviews             []string
	scores              map[string]float64
	announced           bool // remarks are said to come later
}

// reAnnounce: remarks that will come later, not now.
var reAnnounce = regexp.MustCompile(`(?i)\b(i\s+næste\s+uge|i\s+løbet\s+af\s+(ugen|dagen|næste)|senere|snarest|om\s+(en|et|to|tre|få|\d+)\s+(uge|uger|dag|dage)|efter\s+(udvalgsmødet|byrådsmødet|mødet|godkendelse|behandlingen)|når\s+(de|den|det|vi)\s+(er|har)\s+(godkendt|behandlet|klar|færdig)|kommer\s+(først|senere)|følger\s*$|følger\s+(senere|snarest|efter|i\s+næste)|eftersende[rs]?|eftersendes|next\s+week|later|to\s+follow|will\s+follow|will\s+send)\b`)

var reFood = regexp.MustCompile(`(?i)frokost|\bmad|kost|menu|forplejning|lunch|food|meal|vegetar|vegan|allergi|gluten|laktose`)

var reDocAttachment = regexp.MustCompile(`(?i)\.(docx?|pdf|odt|rtf|pptx?)$`)

// classify picks the intent and a confidence from the cue scores.
func (a *analysis) classify() {
	s := map[string]float64{}
	for _, h := range a.hits {
		s[h.intent] += h.weight
	}
	if s[IntentQuestion] > 0 && s[IntentRegistration] > 0 {
		// "Jeg er vegetar. Bliver der vegetarmad til frokosten?": a lunch or
		// diet note beside a question about the food goes with the question
		upd, food := 0.0, false
		for _, h := range a.hits {
			if h.update {
				upd += h.weight
			}
			if h.intent == IntentQuestion && h.sentence >= 0 && reFood.MatchString(a.sents[h.sentence].text) {
				food = true
			}
		}
		if food && upd == s[IntentRegistration] {
			s[IntentRegistration] = 0
		}
	}
	if s[IntentRegistration] >= 2 {
		// "Fra Sorø deltager Poul Thygesen. Jeg deltager ikke selv.": a
		// coordinator who stays out while registering others
		for _, h := range a.hits {
			if h.notSelf {
				s[IntentCancellation] -= h.weight - 0.5
			}
		}
	}
	docs := 0
	for _, n := range a.in.AttachmentNames {
		if reDocAttachment.MatchString(n) {
			docs++
		}
	}
	if docs > 0 {
		w := 1.0
		if a.in.EventKind == "consultation" {
			w = 3
		}
		s[IntentRemark] += w
		a.hits = append(a.hits, hit{intent: IntentRemark, weight: w, sentence: -1, text: "vedhæftet dokument: " + a.in.AttachmentNames[0]})
	}
	if a.in.EventKind == "consultation" && s[IntentRemark] > 0 {
		s[IntentRemark] *= 1.5
	}
	if a.in.EventKind == "meeting" && s[IntentRemark] > 0 && s[IntentRemark] < 3 {
		s[IntentRemark] *= 0.5
	}
	if s[IntentRegistration] == 0 && s[IntentCancellation] == 0 && s[IntentSubstitution] == 0 {
		if n := countListPersons(a.body); n >= 2 {
			// a bare list of people in a reply to an invitation is a registration
			s[IntentRegistration] += 2
			a.hits = append(a.hits, hit{intent: IntentRegistration, weight: 2, sentence: -1, text: fmt.Sprintf("liste med %d personer", n)})
		}
	}
	// Remarks said to come later ("Vi sender vores bemærkninger i næste
	// uge") are not remarks yet; nor is a subject about the consultation
	// over a body that only asks something ("Kan vi få udsat fristen?").
	ownRemark, announced := false, false
	for _, h := range a.hits {
		if h.intent != IntentRemark {
			continue
		}
		if h.sentence >= 0 && reAnnounce.MatchString(a.sents[h.sentence].text) || h.sentence < 0 && strings.HasPrefix(h.text, "emne: ") && reAnnounce.MatchString(a.in.Subject) {
			announced = true
		} else if !strings.HasPrefix(h.text, "emne: ") {
			ownRemark = true
		}
	}
	if docs == 0 && announced && !ownRemark {
		a.hits = append(a.hits, hit{intent: IntentOther, weight: s[IntentRemark], sentence: -1, text: "bemærkninger varslet til senere"})
		s[IntentOther] += s[IntentRemark]
		s[IntentRemark] = 0
		a.announced = true
	} else if docs == 0 && !ownRemark && s[IntentQuestion] > 0 {
		s[IntentRemark] = 0
	}
	a.scores = s
	reg, can, sub, rem, q := s[IntentRegistration], s[IntentCancellation], s[IntentSubstitution], s[IntentRemark], s[IntentQuestion]
	action := max(reg, can)
	switch {
	case sub >= 3 && (can > 0 || reg > 0 || len(findNames(a.body, nil, false)) > 0):
		a.set(IntentSubstitution, sub+action, 0)
	case rem >= 3 && rem >= action:
		a.set(IntentRemark, rem, action)
	case reg >= 2 || can >= 2:
		if can > reg {
			a.set(IntentCancellation, can, reg*0.5)
		} else if reg > can {
			a.set(IntentRegistration, reg, can*0.5)
		} else {
			a.set(IntentCancellation, can, reg)
			a.reviews = append(a.reviews, "Mailen taler både om tilmelding og afbud")
		}
		if sub > 0 && sub < 3 {
			a.conf = min(a.conf, 0.55)
		}
	case a.announced:
		// a notice that remarks will follow: a person notes it
		a.intent, a.conf = IntentOther, 0.75
		a.reviews = append(a.reviews, "Afsenderen varsler bemærkninger, som kommer senere")
	case q > 0:
		a.set(IntentQuestion, q, 0)
	case rem >= 1 && rem > s[IntentOther]: // a lone hint at a meeting ("dialogmøde om Rammeaftale") is its name
		a.set(IntentRemark, rem, 0)
	default:
		a.intent = IntentOther
		a.conf = 0.5
		if s[IntentOther] > 0 {
			a.conf = 0.75
		}
		if strings.TrimSpace(a.body) == "" {
			a.conf = 0.4
		}
	}
}

// updateOnly: the mail registers only through lunch or diet updates, and
// cancels or replaces no one.
func (a *analysis) updateOnly() bool {
	n := 0
	for _, h := range a.hits {
		switch {
		case h.intent == IntentRegistration && h.update:
			n++
		case h.intent == IntentRegistration || h.intent == IntentCancellation || h.intent == IntentSubstitution:
			return false
		}
	}
	return n > 0
}

// set: confidence 1-0.5^top, scaled down by competing evidence.
func (a *analysis) set(intent string, top, rival float64) {
	a.intent = intent
	conf := 1 - math.Pow(0.5, top)
	if top+rival > 0 {
		conf *= top / (top + rival)
	}
	a.conf = math.Round(min(conf, 0.98)*100) / 100
}

// senderMunicipality: the address's domain, else the signature, else a
// single clear mention in the new text.
func (a *analysis) senderMunicipality() string {
	if m, ok := dk.ByDomain(a.fromEmail); ok {
		return m
	}
	if m := bestMention(a.signature); m != "" {
		return m
	}
	for _, e := range reEmailWord.FindAllString(a.signature, -1) {
		if m, ok := dk.ByDomain(e); ok {
			return m
		}
	}
	return bestMention(a.body)
}

// bestMention: the first strong mention, else the only non-weak one.
func bestMention(s string) string {
	ms := dk.FindMentions(s)
	for _, m := range ms {
		if m.Strong && m.Weak == "" {
			return m.Name
		}
	}
	names := map[string]bool{}
	first := ""
	for _, m := range ms {
		if m.Weak == "" {
			if first == "" {
				first = m.Name
			}
			names[m.Name] = true
		}
	}
	if len(names) == 1 {
		return first
	}
	return ""
}

// review collects the reasons a person must look at the mail.
func (a *analysis) review(persons []Person, forwarded bool) string {
	r := a.reviews
	if a.intent == IntentQuestion {
		r = append(r, "Afsenderen stiller et spørgsmål, som skal besvares")
	} else if a.intent != IntentOther && a.scores[IntentQuestion] > 0 {
		for _, s := range a.sents {
			if s.question && !s.soft && !s.aside {
				r = append(r, fmt.Sprintf("Mailen indeholder også et spørgsmål: %q", clip(s.text, 100)))
				break
			}
		}
	}
	if a.conf < ReviewThreshold && a.intent != IntentQuestion {
		switch a.intent {
		case IntentOther:
			if strings.TrimSpace(a.body) == "" {
				r = append(r, "Mailen har ingen ny tekst")
			} else {
				r = append(r, "Det er uklart, hvad afsenderen ønsker")
			}
		default:
			r = append(r, fmt.Sprintf("Usikker tolkning som %s (sikkerhed %.0f%%)", danishIntent(a.intent), a.conf*100))
		}
	}
	switch a.intent {
	case IntentRegistration, IntentCancellation, IntentSubstitution:
		if len(persons) == 0 {
			r = append(r, "Det fremgår ikke, hvem tilmeldingen eller afbuddet gælder")
		}
		for _, p := range persons {
			// a lunch or diet update ("jeg er veganer, ikke bare vegetar")
			// is about a person already registered, whose municipality is
			// on record (the rules say so when it is not)
			if p.Municipality == "" && !a.updateOnly() {
				r = append(r, "Det fremgår ikke, hvilken kommune deltageren kommer fra")
				break
			}
		}
		for _, p := range persons {
			if p.Name == "" && p.Email == "" {
				r = append(r, "En person i mailen har hverken navn eller e-mail")
				break
			}
		}
	}
	if a.intent == IntentSubstitution {
		var leaving, coming bool
		for _, p := range persons {
			if p.Action == ActionCancel {
				leaving = true
			}
			if p.Replaces != "" {
				coming = true
			}
		}
		if !leaving || !coming {
			r = append(r, "Det fremgår ikke tydeligt, hvem der melder fra, og hvem der kommer i stedet")
		}
	}
	if a.tentative() && (a.intent == IntentRegistration || a.intent == IntentSubstitution) {
		r = append(r, "Tilmeldingen er med forbehold")
	}
	return strings.Join(dedupe(r), "; ")
}

var reTentative = regexp.MustCompile(`(?i)\b(måske|muligvis|med\s+forbehold|foreløbig[\p{L}\p{N}_]*|hvis\s+(jeg|vi|det)\s+(kan|når|lykkes)|endnu\s+ikke\s+sikker|ikke\s+sikker\s+på|ved\s+endnu\s+ikke|tentativ[\p{L}\p{N}_]*|maybe|not\s+sure)\b`)

// reTentativeDone: a sentence that reports a doubt as past or settled:
// "Bente har tidligere svaret 'foreløbig' - det er nu et ja".
var reTentativeDone = regexp.MustCompile(`(?i)\b(tidligere|før\s+svaret|previously|earlier)\b|\bnu\s+(et\s+)?(ja|sikker[t]?|bekræftet|endeligt)\b|\bnow\s+(a\s+yes|confirmed|definite)\b`)

// reQuoted: a word or phrase in quotes, as reported speech.
var reQuoted = regexp.MustCompile(`'[^'\n]{1,40}'|"[^"\n]{1,40}"|“[^”\n]{1,40}”|„[^“”\n]{1,40}[“”]|»[^«\n]{1,40}«`)

// tentative: the writer makes their answer conditional ("måske",
// "foreløbig", "med forbehold") in a sentence of their own; a doubt in
// quotes or reported as earlier and now settled is not one.
func (a *analysis) tentative() bool {
	for _, s := range a.sents {
		if s.aside || instruction(s.text) {
			continue
		}
		t := reQuoted.ReplaceAllString(s.text, " ")
		if reTentative.MatchString(t) && !reTentativeDone.MatchString(t) {
			return true
		}
	}
	return false
}

func danishIntent(i string) string {
	switch i {
	case IntentRegistration:
		return "tilmelding"
	case IntentCancellation:
		return "afbud"
	case IntentSubstitution:
		return "udskiftning af deltager"
	case IntentRemark:
		return "bemærkninger/høringssvar"
	case IntentQuestion:
		return "spørgsmål"
	}
	return "andet"
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// findAreas returns the known areas mentioned in s, in the order of
// Input.Areas. An area matches when its name appears, or when every word
// of it of five letters or more appears ("Hjerneskade" for "Borgere med
// erhvervet hjerneskade" needs "hjerneskade" and "erhvervet").
func findAreas(areas []string, s string) []string {
	fs := " " + foldText(s) + " "
	var out []string
	for _, area := range areas {
		fa := foldText(area)
		if fa == "" {
			continue
		}
		if strings.Contains(fs, " "+fa) {
			out = append(out, area)
			continue
		}
		var long []string
		for _, w := range strings.Fields(fa) {
			if len(w) >= 5 {
				long = append(long, w)
			}
		}
		ok := len(long) > 0
		for _, w := range long {
			stem := w[:min(len(w), max(5, len(w)-3))]
			if !strings.Contains(fs, stem) {
				ok = false
			}
		}
		if ok {
			out = append(out, area)
		}
	}
	return out
}

var reNonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

func foldText(s string) string {
	return strings.TrimSpace(reNonWord.ReplaceAllString(dk.FoldWord(s), " "))
}

var (
	reTag      = regexp.MustCompile(`(?s)<(script|style)[^>]*>.*?</(script|style)>|<[^>]*>`)
	reBlockTag = regexp.MustCompile(`(?i)<\s*(br|/p|/div|/tr|/li|/h\d|/table)\b[^>]*>`)
	reCellTag  = regexp.MustCompile(`(?i)<\s*/t[dh]\s*>`)
)

// htmlToText is a fallback for callers that pass only HTML: block ends
// become line breaks, table cells " | ".
func htmlToText(h string) string {
	h = reBlockTag.ReplaceAllString(h, "\n")
	h = reCellTag.ReplaceAllString(h, " | ")
	h = reTag.ReplaceAllString(h, "")
	r := strings.NewReplacer("&nbsp;", " ", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'", "&aelig;", "æ", "&oslash;", "ø", "&aring;", "å", "&AElig;", "Æ", "&Oslash;", "Ø", "&Aring;", "Å")
	return r.Replace(h)
}

var (
	reSecondPerson = regexp.MustCompile(`(?i)\b(du|dig|din|dit|dine|you|your)\b`)
	reGreetName    = regexp.MustCompile(`^\s*(?i:hej|hejsa|kære|hi|hello|dear)\s+(\p{Lu}[\p{L}-]+)\s*[,!.]?\s*$`)
)

// greetsByName: the text opens by greeting one person by first name ("Hej
// Sidsel"), not the secretariat or everyone.
func greetsByName(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		m := reGreetName.FindStringSubmatch(l)
		return m != nil && dk.IsFirstName(m[1])
	}
	return false
}

// sentTo: the header value to (a forwarded mail's "Til:") names the
// address email or the person name.
func sentTo(to, email, name string) bool {
	l := strings.ToLower(to)
	if l == "" {
		return false
	}
	if email != "" && strings.Contains(l, strings.ToLower(email)) {
		return true
	}
	return name != "" && sameName(strings.TrimSpace(reAddrPart.ReplaceAllString(to, "")), name)
}

var reAddrPart = regexp.MustCompile(`[<\[][^>\]]*[>\]]|"`)

// forwarded is the readable part of a forwarded mail.
type forwarded struct {
	to              string // its "Til:"/"To:" header value
	text, signature string
	selfOnly        bool // the forwarder wrote (almost) nothing: the forwarded sender is the one who speaks
}

var (
	reFwdSubject = regexp.MustCompile(`(?i)^\s*(vs|fw|fwd|wg|vb)\s*:`)
	reHdrToVal   = regexp.MustCompile(`(?im)^\s*[>*]*\s*(til|to|an)\s*:\s*\*?\s*(.*?)\s*$`)
	reHdrFromVal = regexp.MustCompile(`(?im)^\s*[>*]*\s*(fra|from|von)\s*:\s*\*?\s*(.*?)\s*$`)
	reAddrInHdr  = regexp.MustCompile(`(?i)^(.*?)\s*[<\[]\s*(?:mailto:)?([^\s<>\[\]]+@[^\s<>\[\]]+)\s*[>\]]`)
	reQuoteMark  = regexp.MustCompile(`(?m)^\s*>\s?`)
	reFwdNote    = regexp.MustCompile(`(?i)videresend|se\s+(nedenfor|herunder|forneden)|nedenstående|forwarding|see\s+below|til\s+orientering|fyi`)
)

// forwardedMail returns the forwarded mail's own new text when the mail is
// a forward (by subject or a forward note in the new text) and the
// forwarder wrote little: then the forwarded text is what the secretariat
// must act on. The forwarded sender's name and address come from its
// "Fra:"/"From:" header line.
func forwardedMail(subject, newText, quoted string) (fw forwarded, name, email string, ok bool) {
	if quoted == "" {
		return fw, "", "", false
	}
	isFwd := reFwdSubject.MatchString(subject) || reFwdNote.MatchString(newText)
	if !isFwd || len(newText) > 400 {
		return fw, "", "", false
	}
	lines := strings.Split(quoted, "\n")
	// skip the separator and the header block
	i := 0
	var from string
	for i < len(lines) {
		t := strings.TrimSpace(lines[i])
		if reSeparator.MatchString(t) || reForwardStart.MatchString(t) || reUnderscore.MatchString(t) || t == "" {
			i++
			continue
		}
		if m := reHdrFromVal.FindStringSubmatch(lines[i]); m != nil && from == "" {
			from = m[2]
			i++
			continue
		}
		if reHdrMore.MatchString(lines[i]) {
			if m := reHdrToVal.FindStringSubmatch(lines[i]); m != nil && fw.to == "" {
				fw.to = m[2]
			}
			i++
			continue
		}
		break
	}
	rest := strings.Join(lines[i:], "\n")
	// strip '>' markers of a quoted forward
	rest = reQuoteMark.ReplaceAllString(rest, "")
	nt, _, sig := StripQuotes(rest)
	if m := reAddrInHdr.FindStringSubmatch(from); m != nil {
		name, email = strings.Trim(m[1], `"' `), strings.ToLower(m[2])
	} else if e := reEmailWord.FindString(from); e != "" {
		email = strings.ToLower(e)
	} else {
		name = from
	}
	self := len(strings.TrimSpace(reFwdNote.ReplaceAllString(newText, ""))) < 150 && !actsForSelf(newText)
	fw.text, fw.signature, fw.selfOnly = nt, sig, self
	return fw, name, email, nt != ""
}

// actsForSelf: the text registers or cancels its writer in their own words
// ("Jeg har fået invitationen videresendt. Jeg vil gerne deltage."): a
// forwarder who speaks for themselves is the one the mail is about, not
// the sender of the forwarded mail.
func actsForSelf(text string) bool {
	sents := splitSentences(text)
	for _, h := range findCues(sents) {
		if h.sentence < 0 || h.intent != IntentRegistration && h.intent != IntentCancellation {
			continue
		}
		s := sents[h.sentence].text
		if reSelf.MatchString(s) || reWriterRef.MatchString(s[:max(0, min(len(s), h.start-sents[h.sentence].start))]) {
			return true
		}
	}
	return false
}

// signatureName reads the sender's name from a signature: the rest of the
// sign-off line ("Mvh Anne Hansen") or the first name-like line after it.
func signatureName(sig string) string {
	lines := strings.Split(sig, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if i == 0 || reSignOff.MatchString(t) {
			rest := strings.TrimSpace(reSignOff.ReplaceAllString(t, ""))
			rest = strings.TrimLeft(rest, ",.:;- ")
			if h, ok := leadingName(rest, nil); ok {
				return h.name
			}
			if hs := findNames(rest, nil, true); len(hs) > 0 && hs[0].start == 0 {
				return hs[0].name
			}
			if reSignOff.MatchString(t) {
				continue
			}
		}
		if h, ok := leadingName(t, nil); ok && h.end >= len(strings.TrimRight(t, " .,")) {
			return h.name
		}
		if hs := findNames(t, nil, true); len(hs) == 1 && hs[0].start == 0 && len(t) < 40 {
			return hs[0].name
		}
		if i > 3 {
			break
		}
	}
	return ""
}

// ccAddresses gives a person the text names without an address the
// address of the copy recipient of the same name ("Maja Lind
// <maja.lind@ringsted.dk>"), or whose address spells their whole name
// ("maja.lind@..."). A first name alone is not enough.
func ccAddresses(persons []Person, cc []Recipient) {
	for i := range persons {
		p := &persons[i]
		if p.Email != "" || len(strings.Fields(p.Name)) < 2 {
			continue
		}
		for _, r := range cc {
			name := cleanFromName(r.Name)
			local, _, _ := strings.Cut(strings.ToLower(r.Email), "@")
			spelt := strings.Join(strings.FieldsFunc(local, func(c rune) bool { return c == '.' || c == '_' || c == '-' }), " ")
			if name != "" && len(strings.Fields(name)) >= 2 && sameName(name, p.Name) ||
				spelt != "" && dk.FoldWord(spelt) == strings.Join(strings.Fields(dk.FoldWord(p.Name)), " ") {
				p.Email = strings.ToLower(strings.TrimSpace(r.Email))
				if m, ok := dk.ByDomain(p.Email); ok && p.Municipality == "" {
					p.Municipality = m
				}
				break
			}
		}
	}
}
