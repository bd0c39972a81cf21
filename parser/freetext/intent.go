package freetext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Intents.
const (
	IntentRegistration = "registration"
	IntentCancellation = "cancellation"
	IntentSubstitution = "substitution"
	IntentRemark       = "remark"
	IntentQuestion     = "question"
	IntentOther        = "other"
)

// cue is one phrase that speaks for an intent.
type cue struct {
	intent string
	weight float64
	re     *regexp.Regexp
	// negatable: an "ikke"/"not" right before (or after, for a verb) turns
	// the cue off ("jeg har ikke meldt afbud", "jeg kommer ikke").
	negatable bool
	// anchored: the pattern uses ^ or $, which only mean something per
	// sentence, so the whole-text prefilter cannot rule it out.
	anchored bool
	// update: the cue speaks of lunch or diet only, an update of a
	// registration; a question in the mail outweighs it (see classify)
	update bool
	// literals: one of them occurs in every match (see requiredLiterals).
	literals []string
}

func c(intent string, w float64, neg bool, re string) cue {
	return cue{intent: intent, weight: w, negatable: neg, re: regexp.MustCompile(`(?i)` + re),
		anchored: strings.ContainsAny(re, "^$"), literals: requiredLiterals(`(?i)` + re)}
}

// upd is a registration cue of weight 2 that is only an update (lunch, diet).
func upd(re string) cue {
	cu := c(IntentRegistration, 2, false, re)
	cu.update = true
	return cu
}

// cues, Danish first, then English. The weights: 3 settles the intent alone,
// 2 is good evidence, 1 a hint.
var cues = []cue{
	// registration
	c(IntentRegistration, 3, true, `\btilmeld(e|er)\s+(hermed\s+|gerne\s+|også\s+)?(mig|os|følgende|hermed|vores|min|vi|jeg)\b`),
	c(IntentRegistration, 3, true, `\btilmelder\b`),
	c(IntentRegistration, 2, true, `\b(vil|ville|må|skal)\s+([\p{L}\p{N}_]+\s+){0,2}tilmelde\b`),
	c(IntentRegistration, 3, false, `\bhermed\s+([\p{L}\p{N}_]+\s+){0,2}tilmelding|\btilmelding(er)?\s*(:|af\b|fra\b)|\b(min|vores|hans|hendes|følgende)\s+tilmelding(er)?\b`),
	c(IntentRegistration, 3, true, `\bmeld(e|er)\s+(mig|os|hende|ham)\s+(til\b|på)`),
	c(IntentRegistration, 3, true, `\bdeltager\s+([\p{L}\p{N}_]+\s+)?gerne\b|\bkommer\s+([\p{L}\p{N}_]+\s+)?gerne\b|\b(vil|ville)\s+([\p{L}\p{N}_]+\s+){0,2}gerne\s+(deltage|være med|komme|med\s+til|med\s+på)\b`),
	c(IntentRegistration, 2, true, `\b(jeg|vi|de|begge|hun|han)\s+([\p{L}\p{N}_]+\s+)?(deltager|kommer|deltage|komme)\b`),
	c(IntentRegistration, 2, true, `\b(deltage|deltager|deltagelse)\s+i\s+([\p{L}\p{N}_]+\s+)?(mødet|dialogmødet|dialogmøde|arrangementet|konferencen|dagen|møde)\b`),
	c(IntentRegistration, 2, true, `\b(jeg|vi)\s+(er|bliver)\s+([\p{L}\p{N}_]+\s+)?med\b|\b(sæt|skriv)\s+(mig|os|hende|ham)\s+(på|op)\b`),
	c(IntentRegistration, 3, false, `\b(deltager|deltage|kommer|tilmelder|tilmelde|sender|stiller\s+med)\s+(vi\s+|hermed\s+|gerne\s+){0,2}følgende\b`),
	c(IntentRegistration, 3, true, `\b(vil|kan|kunne|gider|må)\s+(du|i)\s+(venligst\s+|lige\s+|godt\s+)?(tilmelde|melde|registrere|skrive|sætte|notere)\s+(mig|os|hende|ham|dem)\b`),
	c(IntentRegistration, 3, false, `\bfølgende\s+([\p{L}\p{N}_]+\s+)?(deltager|deltagere|personer|kommer|deltage)\b|\bdeltagere?\s*(fra\s+[\p{L}-]+\s*)?:|\bstiller\s+med\b`),
	c(IntentRegistration, 2, true, `\b(glæder|glæde)\s+(mig|os)\s+til\b|\bser\s+frem\s+til\b`),
	c(IntentRegistration, 3, true, `\bbekræfte[\p{L}\p{N}_]*\s+(hermed\s+)?(min|vores|hans|hendes|deres)?\s*deltagelse\b|\baccepter[\p{L}\p{N}_]*\s+(hermed\s+)?invitationen`),
	c(IntentRegistration, 2, true, `\b(deltager|kommer)\s+(fra|for)\s+[\p{L}\p{N}_]+|\b(deltager|kommer)\s*:`),
	c(IntentRegistration, 2, true, `\bsender\s+([\p{L}\p{N}_]+\s+)?(to|tre|fire|fem|seks|følgende)\b|\b(to|tre|fire|fem|seks)\s+deltagere\b|\bkommer\s+(to|tre|fire|fem|seks)\b`),
	c(IntentRegistration, 3, true, `\b(i|we)(\s+(will|would\s+like\s+to|am\s+happy\s+to|shall|want\s+to|wish\s+to)|\s*['’](d\s+like\s+to|ll))\s+(attend|join|register|participate|come|sign\s+up)\b|\bplease\s+(register|sign\s+(me|us)\s+up)\b|\bsign\s+(me|us)\s+up\b|\bcount\s+(me|us)\s+in\b|\b(i|we)\s+(am|are)\s+attending\b`),
	c(IntentRegistration, 3, false, `^\s*fra\s+[\p{L}-]+(\s+kommune|\s+[\p{L}-]+|\s+i\s+[\p{L}-]+)?\s+(kommer|deltager|deltage|møder)\b`),
	c(IntentRegistration, 2, true, `\b(er|står)\s+(allerede\s+)?(tilmeldt|skrevet\s+på)\b`),
	c(IntentRegistration, 3, true, `\b(vi|de)\s+(bliver|er)\s+(to|tre|fire|fem|seks|syv|[2-9])\b`),
	c(IntentRegistration, 3, true, `\btilm(e|æ)?l(d|e)[\p{L}]*\s+(mig|os)\b`),
	c(IntentRegistration, 2, true, `\b(deltager|kommer)\s+(jeg|vi)\b`),
	c(IntentRegistration, 2, true, `\b(deltager|kommer)\s+(begge|alle|begge\s+to|vi\s+begge|vi\s+alle)\b`),
	// "Jeg kan godt komme, men uden frokost", "vi kan sagtens være med"
	c(IntentRegistration, 3, true, `\b(jeg|vi|hun|han|de)\s+(kan|vil|skal)\s+(godt|gerne|sagtens|fint|sagtens\s+godt)\s+(komme|deltage|være\s+med|møde\s+op)\b`),
	// "Vi ses d. 25.", "Vi ses på dagen", "Så ses vi til mødet": a yes
	// when the meeting is named; a bare "vi ses" stays a courtesy
	c(IntentRegistration, 3, false, `\b(vi|så)\s+ses(\s+vi)?\s+(d\b|den\s+\d|den\s+(25|\p{N})|på\s+(dagen|mødet|mandag|tirsdag|onsdag|torsdag|fredag)|til\s+(mødet|dialogmødet|arrangementet|konferencen)|\d)`),
	// a lunch note ("jeg deltager alligevel ikke i frokosten") is about a
	// person who comes: an update of their registration
	upd(`\b(deltager|spiser|deltage|spise)\s+([\p{L}\p{N}_]+\s+){0,2}(ikke\s+)?(med\s+)?(i|til|ved)\s+frokost(en)?\b|\bspiser\s+([\p{L}\p{N}_]+\s+){0,2}(ikke\s+)?med\b`),
	// "jeg kan alligevel ikke nå frokosten", "Frokosten vil jeg stadig gerne
	// have", "jeg går inden frokost": the writer's lunch, an update too
	upd(`\b(nå|når)\s+frokost(en)?\b|\bfrokost(en)?\s+(vil|skal)\s+(jeg|vi)\s+([\p{L}\p{N}_]+\s+){0,2}(have|springe)\b|\b(gå|går|smutte|smutter|tage\s+hjem|tager\s+hjem)\s+([\p{L}\p{N}_.]+\s+){0,2}(inden|før)\s+frokost(en)?\b|\bspringer\s+frokost(en)?\s+over\b|\b(leave|go)\s+before\s+lunch\b|\bskip\s+(the\s+)?lunch\b`),
	// "glemte at skrive, at jeg gerne vil have frokost": a lunch wish of
	// the writer's, an update of their registration
	upd(`\b(jeg|vi)\s+(vil|ville|skal)\s+(også\s+)?gerne\s+(have|med\s+til)\s+frokost(en)?\b|\b(jeg|vi)\s+(også\s+)?gerne\s+(vil|ville)\s+(have|med\s+til)\s+frokost(en)?\b`),
	// "jeg er veganer", "jeg er blevet vegetar": a diet of a person who
	// comes, an update of their registration
	upd(`\b(jeg|vi|hun|han)\s+(er|har)\s+(nu\s+|blevet\s+|også\s+|faktisk\s+|altså\s+){0,2}(vegetar[\p{L}]*|veganer|vegan|pescetar[\p{L}]*|diabetiker|allergiker|allergisk|glutenallergi|glutenintolerant|laktoseintolerant|cøliaki|nøddeallergi|mælkeallergi)\b|\b(i\s+am|i['’]m)\s+(now\s+|a\s+)*(vegetarian|vegan|diabetic|allergic)\b`),
	// cancellation
	c(IntentCancellation, 3, true, `\bafbud\b`),
	c(IntentCancellation, 3, true, `\bfr?amel(d|de|der|ding|dt)\b|\bafmel(d|de|der|ding|dt)\b|\bmelde(r)?\s+([\p{L}\p{N}_]+\s+)?fra\b`),
	c(IntentCancellation, 3, false, `\b(kan|kunne|kommer\s+til\s+at)\s+([\p{L}\p{N}_]+\s+){0,3}ikke\s+([\p{L}\p{N}_]+\s+){0,2}(deltage|komme|være\s+med|nå\s+det|være\s+til\s+stede|møde\s+op|deltage)\b`),
	// "Kan desværre ikke den dag, da vi har byrådsmøde", "Jeg kan
	// desværre ikke.": the verb left out, the day or nothing after
	c(IntentCancellation, 3, false, `\b(kan|kunne)\s+((desværre|altså|bare|simpelthen|så|nok)\s+)*ikke\s+(den\s+dag|dén\s+dag|den\s+\d|d\.\s*\d|på\s+dagen|på\s+(mandag|tirsdag|onsdag|torsdag|fredag)|det\s+tidspunkt|den\s+dato|datoen)\b|^\s*(jeg\s+|vi\s+)?(kan|kunne)\s+((desværre|altså|bare|simpelthen|nok)\s+)+ikke\s*[.!]*\s*$`),
	c(IntentCancellation, 3, false, `\b(er|bliver|blev|være)\s+([\p{L}\p{N}_]+\s+){0,2}forhindret\b|\bforhindret\s+i\b`),
	c(IntentCancellation, 3, false, `\b(kan|kunne)\s+([\p{L}\p{N}_]+\s+)?ikke\s+(alligevel|længere|mere)\b`),
	c(IntentCancellation, 3, false, `\b(deltager|kommer)\s+([\p{L}\p{N}_]+\s+){0,2}ikke\b(\s+(i|til)\s+(mødet|dialogmødet|alligevel))?`),
	c(IntentCancellation, 3, false, `\bikke\s+([\p{L}\p{N}_]+\s+)?mulighed\s+for\s+at\s+(deltage|komme)\b|\bmå\s+((jeg|vi)\s+)?(desværre\s+|altså\s+)?(sige\s+nej|aflyse|trække|udeblive|melde)\b|\bmå\s+([\p{L}\p{N}_]+\s+)?(aflyse|sige\s+fra)\b`),
	c(IntentCancellation, 3, false, `\b(trække|træk|annuller[\p{L}\p{N}_]*|slet[\p{L}\p{N}_]*|fjern[\p{L}\p{N}_]*)\s+(venligst\s+)?(min|vores|hans|hendes|deres)?\s*(tilmelding|deltagelse)\b|\bslet[\p{L}\p{N}_]*\s+(mig|hende|ham)\b|\bfjern[\p{L}\p{N}_]*\s+(mig|hende|ham)\s+fra\b`),
	c(IntentCancellation, 3, false, `\b(can['’]t|cannot|can\s+not|unable\s+to|won['’]t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|not\s+be\s+able\s+to)\s+(attend|make\s+it|join|come|participate|be\s+there)\b|\bdecline\b|\bunfortunately\s+([\p{L}\p{N}_]+\s+){0,3}(not|unable)\b`),
	c(IntentCancellation, 3, false, `\b(have|need|must|had)\s+to\s+(cancel|withdraw|pull\s+out)\b|\bcancel[\p{L}]*\s+(my|our|his|her|their|the)\s+(participation|registration|attendance|place|seat|booking)\b|\bwithdraw[\p{L}]*\s+(my|our|his|her|their|from)\b|\b(i['’]m|i\s+am|we['’]re|we\s+are)\s+afraid\s+(i|we)\s+(can['’]?t|cannot|won['’]t|will\s+not|am\s+not|are\s+not)\b|\b(won['’]t|will\s+not)\s+be\s+(attending|coming|joining|participating)\b|\bsend\s+(my|our|his|her)\s+apologies\b`),
	c(IntentCancellation, 1, false, `\b(syg|sygdom|sygemeldt|barsel|dobbeltbooket|dobbelt\s*booket|ferie)\b`),
	// substitution
	c(IntentSubstitution, 3, false, `\bi\s*stedet\s+for\b|\bistedet\s+for\b`),
	c(IntentSubstitution, 3, false, `\bi\s*stedet\s*[.!]*\s*$|\bsende[rs]?\s+([\p{L}\p{N}_]+\s+){0,5}i\s*stedet\b`),
	c(IntentSubstitution, 3, false, `\b(kommer|deltager|møder)\s+([\p{L}\p{N}_]+\s+){0,4}i\s*stedet\b|\bi\s*stedet\s+(kommer|deltager|sender|møder)\b`),
	c(IntentSubstitution, 3, false, `\bi\s+(mit|hans|hendes|dennes|deres)\s+sted\b|\bstedfortræder\b|\berstatte[rs]?\b|\berstattes\b|\bafløse[rs]?\b|\b(overtage[rs]?|tage[rs]?)\s+(min|hans|hendes|pladsen|deres)\s*(plads)?\b|\budskift[\p{L}\p{N}_]*\b|\bombytning\b|\bbytte[rs]?\s+plads\b`),
	c(IntentSubstitution, 3, false, `\binstead\s+of\b|\bin\s+(my|his|her)\s+place\b|\bwill\s+replace\b|\breplacing\b|\bwill\s+attend\s+instead\b|\binstead\b`),
	// remark / submission
	c(IntentRemark, 3, false, `\bbemærkning(er)?\b|\bhøringssvar[\p{L}\p{N}_]*\b|\bhøringsbidrag\b`),
	c(IntentRemark, 2, false, `\b(input|kommentar(er)?|tilbagemelding|svar|bidrag)\s+(til|på|vedr\.?|vedrørende)\s+([\p{L}\p{N}_]+\s+){0,2}(rammeaftale[\p{L}\p{N}_]*|udviklingsområde[\p{L}\p{N}_]*|høring[\p{L}\p{N}_]*|henvendelse[\p{L}\p{N}_]*|udkast[\p{L}\p{N}_]*|strategi[\p{L}\p{N}_]*)|\b(vores|kommunens|regionens)\s+(input|svar|bemærkninger|kommentarer|tilbagemelding|bidrag)\b`),
	c(IntentRemark, 2, false, `\b(vedhæft[\p{L}\p{N}_]*|vedlagt[\p{L}\p{N}_]*|vedlægge[\p{L}\p{N}_]*|fremsend[\p{L}\p{N}_]*|medsend[\p{L}\p{N}_]*)\b|\battached\b|\b(remarks|comments|input)\s+(on|to)\b`),
	c(IntentRemark, 2, false, `\budviklingsområde[\p{L}\p{N}_]*\b|\bfokusområde[\p{L}\p{N}_]*\b`),
	c(IntentRemark, 1, false, `\brammeaftale[\p{L}\p{N}_]*\b|\bpolitisk\s+behandl[\p{L}\p{N}_]*|\bbehandlet\s+i\s+([\p{L}\p{N}_]+\s+){0,2}(udvalg[\p{L}\p{N}_]*|byråd[\p{L}\p{N}_]*|kommunalbestyrelse[\p{L}\p{N}_]*)`),
	// question
	c(IntentQuestion, 2, false, `\bjeg\s+vil\s+(gerne|bare)\s+(vide|høre|spørge)\b|\b(kan|vil)\s+(i|du)\s+(oplyse|fortælle|bekræfte|sende)\b|\bspørgsmål\b|\bI\s+would\s+like\s+to\s+know\b|\bcould\s+you\s+(tell|let)\b`),
	// other: thanks, receipts
	c(IntentOther, 1, false, `\btak\s+for\s+[\p{L}]+|\bvi\s+ses\b|\bmodtaget\b|\bthanks?\b`),
}

// negation before a cue, in the same clause.
var reNegBefore = regexp.MustCompile(`(?i)\b(ikke|ej|aldrig|not|never|hverken|ingen)\s+([\p{L}\p{N}_]+\s+){0,2}$`)

// negation right after a verb cue: "jeg kommer ikke", "deltager alligevel ikke".
var reNegAfter = regexp.MustCompile(`(?i)^\s*((desværre|alligevel|længere|altså|nok|så)\s+){0,2}(ikke|ej|not)\b`)

// reQuestionStart: a sentence asking something even without "?".
var reQuestionStart = regexp.MustCompile(`(?i)^\s*(kan\s+man|kan\s+vi|kan\s+jeg|er\s+der|hvor|hvornår|hvordan|hvad|hvem|hvilke|hvilken|må\s+vi|må\s+jeg|skal\s+vi|skal\s+jeg|bliver\s+der|er\s+det\s+muligt|gælder|har\s+i|is\s+there|can\s+i|can\s+we|where|when|how|what|who)\b`)

// reRequest: a polite request to register or cancel someone.
var reRequest = regexp.MustCompile(`(?i)\b(vil|kan|kunne|gider|må)\s+(du|i|jeg\s+bede\s+(dig|jer)\s+om\s+at)\s+(venligst\s+|lige\s+|godt\s+)?(tilmelde|melde|framelde|afmelde|registrere|skrive|sætte|notere|slette|fjerne|annullere)\s+(mig|os|hende|ham|dem|min|vores|[A-ZÆØÅ])|\b(vil|kan)\s+(du|i)\s+(lige\s+)?(give|sende|videresende)\s+(besked|den|det|beskeden)`)

// reSoftQuestion: a closing courtesy, not a real question.
var reSoftQuestion = regexp.MustCompile(`(?i)(håber\s+det\s+er|er\s+det\s+(ok|okay|i\s+orden|fint)|ok\s*\?|okay\s*\?|i\s+orden\s*\?|går\s+det\s+an|vel\s*\?|ikke\s*\?\s*$|hope\s+that'?s?\s+(ok|fine))`)

// sentence is one sentence of the new text with its byte offset.
type sentence struct {
	text     string
	start    int
	question bool // asks something (ends with "?" or starts like a question)
	soft     bool // "Håber det er ok?"
	// aside: a question in a forwarded mail that was sent to the forwarder:
	// asked of them, not of the secretariat.
	aside bool
}

var reSentenceEnd = regexp.MustCompile(`[.!?]+(\s+|$)|\n`)

func splitSentences(s string) []sentence {
	var out []sentence
	start := 0
	add := func(end int) {
		raw := s[start:end]
		t := strings.TrimSpace(raw)
		if t != "" {
			off := start + strings.Index(raw, t)
			q := strings.HasSuffix(t, "?") || (reQuestionStart.MatchString(t) && !strings.HasSuffix(t, "."))
			if reRequest.MatchString(t) {
				q = false // "Vil du tilmelde mig?" asks for an act, not for an answer
			}
			out = append(out, sentence{text: t, start: off, question: q, soft: q && reSoftQuestion.MatchString(t)})
		}
		start = end
	}
	for _, m := range reSentenceEnd.FindAllStringIndex(s, -1) {
		// "kl. 10", "f.eks.", "bl.a.", initials "A. Hansen": a dot followed by a
		// lower-case letter or digit does not end the sentence.
		if s[m[0]] == '\n' && wrapped(s, m[0]) {
			continue
		}
		if s[m[0]] == '.' && m[1] < len(s) {
			next := s[m[1]:]
			if next != "" && (next[0] >= 'a' && next[0] <= 'z' || next[0] >= '0' && next[0] <= '9') {
				continue
			}
		}
		add(m[1])
	}
	add(len(s))
	return out
}

// wrapped: the line break at nl only wraps a sentence that goes on on
// the next line (a mail program's hard wrap, or a format=flowed soft
// break: a line ending in a space): "må jeg desværre sige nej\ntak til
// dialogmødet", "Social- og \nSundhedsudvalget". The line before is long
// (a wrapped line) or ends in a space, and ends in a word, a comma or a
// hyphen; neither line is a list, table or form line, nor is the next a
// line that opens with a name.
func wrapped(s string, nl int) bool {
	ls := strings.LastIndexByte(s[:nl], '\n') + 1
	prev := s[ls:nl]
	ne := strings.IndexByte(s[nl+1:], '\n')
	if ne < 0 {
		ne = len(s) - nl - 1
	}
	next := s[nl+1 : nl+1+ne]
	pt, nt := strings.TrimRight(prev, " \t\r"), strings.TrimSpace(next)
	if pt == "" || nt == "" || strings.ContainsAny(prev+next, "|\t") || strings.HasPrefix(nt, ">") {
		return false
	}
	n := utf8.RuneCountInString(pt)
	soft := strings.HasSuffix(prev, " ") && n >= 30
	if n < 60 && !soft {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(pt)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ',' && r != '-' {
		return false
	}
	if reBullet.MatchString(next) || reFormLine.MatchString(next) || reFormLine.MatchString(prev) || reSignOff.MatchString(nt) {
		return false
	}
	if h, ok := leadingName(next, nil); ok && nameLineTail(next[h.end:]) {
		return false
	}
	return true
}

// hit is one cue found in one sentence.
type hit struct {
	intent   string
	weight   float64
	sentence int
	start    int // offset in the new text
	text     string
	// notSelf: "jeg deltager ikke selv": the writer stays out, which is
	// no afbud when the mail registers others
	notSelf bool
	update  bool // from an update cue (lunch, diet)
}

// findCues returns the cues in the sentences, skipping negated ones and
// action cues inside real questions ("Kan jeg stadig tilmelde mig?").
func findCues(sents []sentence) []hit {
	// Prefilter: one pass of each cue over the whole text; only the cues
	// found anywhere are looked for sentence by sentence (most mails touch
	// a handful of the cues).
	var all strings.Builder
	for _, s := range sents {
		all.WriteString(s.text)
		all.WriteByte('\n')
	}
	text := all.String()
	lowerText := strings.ToLower(text)
	active := make([]*cue, 0, 8)
	for i := range cues {
		if cues[i].anchored || (cues[i].mayMatch(lowerText) && cues[i].re.MatchString(text)) {
			active = append(active, &cues[i])
		}
	}
	var hits []hit
	for si, s := range sents {
		lower := strings.ToLower(s.text)
		if reSalutation.MatchString(s.text) && len(s.text) < 50 {
			continue // "Kære Sekretariatet for Rammeaftalen" names the reader
		}
		for _, cu := range active {
			for _, m := range cu.re.FindAllStringIndex(s.text, -1) {
				if cu.negatable {
					if reNegBefore.MatchString(lower[:m[0]]) || reNegAfter.MatchString(lower[m[1]:]) {
						continue
					}
				}
				if cu.intent == IntentRegistration && reNegAfter.MatchString(lower[m[1]:]) {
					continue
				}
				// "trække min tilmelding tilbage", "annullere vores
				// tilmelding": the registration is withdrawn
				if cu.intent == IntentRegistration && reWithdrawBefore.MatchString(lower[:m[0]]) {
					continue
				}
				// "Der kommer ingen i stedet": an afbud without a substitute.
				if cu.intent == IntentSubstitution && reNoSubstitute.MatchString(lower[:m[1]]) {
					continue
				}
				if s.question && !s.soft && cu.intent != IntentQuestion && cu.intent != IntentOther {
					continue
				}
				if s.aside && cu.intent == IntentQuestion {
					continue
				}
				if cu.intent != IntentQuestion && cu.intent != IntentOther && instruction(clauseAt(s.text, m[0], m[1])) {
					continue
				}
				if cu.intent == IntentRegistration && (reCountBefore.MatchString(lower[:m[0]]) && reDigitAfter.MatchString(lower[m[1]:]) || reCountAfter.MatchString(lower[m[1]:])) {
					continue
				}
				// "Jeg deltager ikke selv": the writer stays out (while
				// others come, see classify)
				notSelf := cu.intent == IntentCancellation && reNotSelf.MatchString(clauseAt(s.text, m[0], m[1]))
				// "deltager ikke i frokosten" is about lunch, not the meeting.
				if cu.intent == IntentCancellation && reLunchAfter.MatchString(lower[m[0]:]) {
					continue
				}
				// "tilmelding" in "tak for tilmeldingen" or a deadline phrase is not an act.
				if cu.intent == IntentRegistration && reRegNoise.MatchString(lower) && cu.weight < 3 {
					continue
				}
				hits = append(hits, hit{intent: cu.intent, weight: cu.weight, sentence: si, start: s.start + m[0], text: s.text[m[0]:m[1]], notSelf: notSelf, update: cu.update})
			}
		}
		if s.question && !s.soft && !s.aside {
			hits = append(hits, hit{intent: IntentQuestion, weight: 2, sentence: si, start: s.start, text: s.text})
		}
	}
	return dedupeHits(hits)
}

// reSalutation: a greeting line of names only: "Kære Sekretariatet for
// Rammeaftalen", "Hej Anne og Bo" (not "Hej, jeg kommer gerne").
var reSalutation = regexp.MustCompile(`^\s*(?i:kære|dear|hej|hi|hello)(\s+(\p{Lu}[\p{L}.-]*|(?i:for|og|i|på|af|the|of|and|alle|all|sekretariat|sekretariatet)))*\s*[,!.]?\s*$`)

var (
	// reInstruction: an instruction or a condition, not an answer: the
	// invitation's "Tilmeld dig senest ..", "skriv om du deltager i
	// frokosten", "Meld afbud til posk@greve.dk", "Du må selv tilmelde dig".
	reInstruction = regexp.MustCompile(`(?i)\btilmeld(e)?\s+(dig|jer)\b|\bmeld(e)?\s+(dig|jer)\b|^\s*(og\s+)?(husk\s+at\s+)?meld(e)?\s+(venligst\s+)?(afbud|fra)\s+(til|senest|på|via|hurtigst|direkte|pr\.?)\b|\b(afbud|tilmelding|framelding)(er)?\s+(meldes|sendes|gives|skal\s+(sendes|ske|meldes|gives)|sker|foregår)\b|\bskriv\s+(om|hvis)\s+(du|i)\b|\bom\s+(du|i)\s+(deltager|kommer|spiser|ønsker)\b|\bsvar\s+på\s+denne\s+mail\b`)
	reClauseEdge  = regexp.MustCompile(`[,;:–()]|\s-\s|\bmen\b|\bså\b`)
	// reCount: "Antal deltagere: 120", "deltagere: ca. 40": a number, not people
	reCountBefore = regexp.MustCompile(`(?i)\b(antal|forventet|forventede|endeligt|endelige|samlet|samlede|max\.?|maks\.?|ca\.?|op\s+til)\s*$`)
	reDigitAfter  = regexp.MustCompile(`^\s*(ca\.?\s*|cirka\s*)?\d`)
	reCountAfter  = regexp.MustCompile(`^\s*(ca\.?\s*|cirka\s*|max\.?\s*|maks\.?\s*)?\d{2,}`)
)

// clauseAt returns the clause of s around [i, j): between the clause edges
// (",", ";", ":", "men", "så") before i and after j.
func clauseAt(s string, i, j int) string {
	from := 0
	for _, m := range reClauseEdge.FindAllStringIndex(s[:i], -1) {
		from = m[1]
	}
	to := len(s)
	if m := reClauseEdge.FindStringIndex(s[j:]); m != nil {
		to = j + m[0]
	}
	return s[from:to]
}

// instruction: the sentence tells the reader what to do, or asks whether
// they will: an invitation's words, not an answer to one.
func instruction(s string) bool {
	return reInstruction.MatchString(s)
}

var reNoSubstitute = regexp.MustCompile(`\b(ingen|ikke\s+nogen|nobody|no\s+one|no-one)\b|\bikke\s+([\p{L}]+\s+){0,3}(en\s+)?(anden|andre|stedfortræder|afløser|substitute|replacement)\b`)

var reWithdrawBefore = regexp.MustCompile(`\b(trække|trækker|træk|tilbagetrække|tilbagekald[\p{L}]*|annuller[\p{L}]*|slet[\p{L}]*|fjern[\p{L}]*|aflys[\p{L}]*)\s+(venligst\s+|hermed\s+|desværre\s+)*$`)

var reNotSelf = regexp.MustCompile(`(?i)\b(jeg|vi)\s+([\p{L}]+\s+){0,2}(ikke\s+selv|selv\s+ikke)\b`)

var reLunchAfter = regexp.MustCompile(`^\S+\s+([\p{L}\p{N}_]+\s+){0,2}ikke\s+(i|til|med\s+til)\s+frokost`)
var reRegNoise = regexp.MustCompile(`frist\s+for\s+tilmelding|tilmeldingsfrist|sidste\s+frist`)

// dedupeHits drops a cue overlapping a heavier one of the same intent.
func dedupeHits(h []hit) []hit {
	var out []hit
	for i, a := range h {
		keep := true
		for j, b := range h {
			if i == j || a.intent != b.intent || a.sentence != b.sentence {
				continue
			}
			overlap := a.start < b.start+len(b.text) && b.start < a.start+len(a.text)
			if overlap && (b.weight > a.weight || b.weight == a.weight && j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, a)
		}
	}
	return out
}

var reReplyPrefix = regexp.MustCompile(`(?i)^\s*((sv|re|vs|fw|fwd|aw|wg|vb|antw|svar)\s*(\[\d+\])?\s*:\s*)+`)

// subjectCues reads the subject: an original subject ("Afbud til
// dialogmødet", "Tilmelding") counts up to 2; a reply's subject is mostly
// the invitation's and counts only for afbud/framelding, weight 1.
func subjectCues(subject string) []hit {
	if len(subject) > 300 { // a subject is a line; megabyte headers exist (malformed mail)
		subject = clip(subject, 300)
	}
	isReply := reReplyPrefix.MatchString(subject)
	s := reReplyPrefix.ReplaceAllString(subject, "")
	var hits []hit
	lowerSubject := strings.ToLower(s)
	for _, cu := range cues {
		if !cu.anchored && !cu.mayMatch(lowerSubject) {
			continue
		}
		if cu.intent == IntentOther || cu.intent == IntentQuestion {
			continue
		}
		m := cu.re.FindStringIndex(s)
		if m == nil {
			continue
		}
		w := min(cu.weight, 2)
		if isReply {
			if cu.intent != IntentCancellation || cu.weight < 3 {
				continue
			}
			w = 1
		}
		hits = append(hits, hit{intent: cu.intent, weight: w, sentence: -1, text: "emne: " + s[m[0]:m[1]]})
	}
	// a subject that is just "Tilmelding" / "Afbud"
	low := strings.ToLower(strings.TrimSpace(s))
	if !isReply && (strings.HasPrefix(low, "tilmelding") || strings.HasPrefix(low, "registration")) {
		hits = append(hits, hit{intent: IntentRegistration, weight: 2, sentence: -1, text: "emne: " + s})
	}
	return hits
}
