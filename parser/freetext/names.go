package freetext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"mailbot/parser/dk"
)

// nameHit is a person's name found in text.
type nameHit struct {
	name       string
	start, end int
}

// notNameWords are capitalised words that never belong to a person's name.
var notNameWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`kommune kommunes region regionen hej kære dear hi hello tak mvh vh med venlig venlige hilsen hilsner
	jeg vi de han hun du i og eller fra til for på af om the and of in mail email e-mail tlf telefon mobil navn rolle
	direktør direktor chef leder formand næstformand medlem konsulent mandag tirsdag onsdag torsdag fredag lørdag søndag
	januar februar marts april maj juni juli august september oktober november december feb apr jun jul aug sep okt nov dec
	dialogmøde dialogmødet rammeaftale rammeaftalen kkr frokost deltager deltagere afbud tilmelding handicaprådet udsatterådet
	handicapråd udsatteråd byrådet socialudvalget kommunalbestyrelsen center centerchef afdelingschef kontorchef socialdirektør
	kommunaldirektør vores min mit hendes desværre også ps att vedr re sv fw bemærk ny nyt mødet venligst kl ringsted
	kongrescenter sekretariatet sekretariat kollega kollegaen teamleder borgmester rådmand mødeleder oplæg program velkommen
	god goddag godmorgen bedste best kind regards politiker the with from to cc hermed følgende ja nej ok nb obs`) {
		notNameWords[w] = true
	}
}

type word struct {
	text       string
	start, end int
}

var reWord = regexp.MustCompile(`[\p{L}][\p{L}'’-]*\.?`)

func words(s string) []word {
	var out []word
	for _, m := range reWord.FindAllStringIndex(s, -1) {
		t := s[m[0]:m[1]]
		if strings.HasSuffix(t, ".") && utf8.RuneCountInString(t) > 2 {
			t = strings.TrimSuffix(t, ".")
			m[1]--
		}
		out = append(out, word{text: t, start: m[0], end: m[1]})
	}
	return out
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func allUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// firstNamey: a known first name, or a hyphenated one whose first part is.
func firstNamey(w string, extra map[string]bool) bool {
	if extra[strings.ToLower(w)] {
		return true
	}
	if dk.IsFirstName(w) {
		return true
	}
	if i := strings.IndexAny(w, "-"); i > 0 {
		return dk.IsFirstName(w[:i])
	}
	return false
}

// surnamey: may continue a name: capitalised, not a stop word, not a role
// or committee word.
func surnamey(w string) bool {
	if !capitalised(w) {
		return false
	}
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	if notNameWords[l] {
		return false
	}
	for _, bad := range []string{"råd", "udvalg", "kommune", "region", "direktør", "chef", "leder", "center", "afdeling", "forvaltning", "sekretariat",
		"council", "committee", "board", "municipality", "department", "secretariat", "office", "centre", "authority", "association"} {
		if strings.Contains(l, bad) {
			return false
		}
	}
	return true
}

// onlySpaces: the gap between two words of one name.
func onlySpaces(s string) bool {
	return strings.Trim(s, " \u00a0") == "" && len(s) <= 3
}

// findNames finds person names in s: a known first name (or one in
// extra) followed by up to three capitalised words ("Anne Hansen",
// "Anne-Mette Due Nielsen", "Bo B. Jensen"); a lone first name counts too
// ("Anne er forhindret") when lone is true. A municipality after a full
// two-word name ends it.
func findNames(s string, extra map[string]bool, lone bool) []nameHit {
	ws := words(s)
	var out []nameHit
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if !capitalised(w.text) || notNameWords[strings.ToLower(w.text)] {
			continue
		}
		if !firstNamey(w.text, extra) && !midSentencePair(s, ws, i) {
			continue
		}
		j := i + 1
		for j < len(ws) && j-i < 4 && onlySpaces(s[ws[j-1].end:ws[j].start]) && surnamey(ws[j].text) {
			if j-i >= 2 {
				if _, ok := dk.Canonical(ws[j].text); ok {
					break
				}
			}
			j++
		}
		if j == i+1 && (!lone || strings.EqualFold(w.text, "hans")) {
			continue
		}
		// "Hej Anne," / "Kære Bo": a greeting names the reader, not a participant
		if i > 0 && reGreetWord.MatchString(ws[i-1].text) && onlySpaces(s[ws[i-1].end:w.start]) {
			i = j - 1
			continue
		}
		out = append(out, nameHit{name: normName(s[w.start:ws[j-1].end]), start: w.start, end: ws[j-1].end})
		i = j - 1
	}
	return out
}

// leadingName reads a name at the start of a list line or table cell,
// where first names need not be known: 2-4 capitalised words.
func leadingName(s string, extra map[string]bool) (nameHit, bool) {
	ws := words(s)
	if len(ws) == 0 {
		return nameHit{}, false
	}
	lead := strings.TrimLeft(s[:ws[0].start], " \t")
	if lead != "" && strings.Trim(lead, "-*•·–—0123456789.)") != "" {
		return nameHit{}, false
	}
	if hits := findNames(s, extra, false); len(hits) > 0 && hits[0].start == ws[0].start {
		return hits[0], true
	}
	j := 0
	for j < len(ws) && j < 4 && (j == 0 || onlySpaces(s[ws[j-1].end:ws[j].start])) && surnamey(ws[j].text) {
		if _, ok := dk.Canonical(ws[j].text); ok && j < 2 {
			return nameHit{}, false
		}
		j++
	}
	if j < 2 {
		return surnameFirst(s, ws)
	}
	return nameHit{name: normName(s[ws[0].start:ws[j-1].end]), start: ws[0].start, end: ws[j-1].end}, true
}

// surnameFirst reads a name written surname first, as registers and
// spreadsheets list people: "HANSEN, BIRGIT", "Olsen, Jens Peter". The
// surname is one capitalised word that is no first name, municipality or
// role word; after the comma come one or two known first names. The name
// is turned round: "Birgit Hansen".
func surnameFirst(s string, ws []word) (nameHit, bool) {
	if len(ws) < 2 || !surnamey(ws[0].text) || firstNamey(ws[0].text, nil) {
		return nameHit{}, false
	}
	if _, ok := dk.Canonical(ws[0].text); ok {
		return nameHit{}, false
	}
	if gap := strings.TrimSpace(s[ws[0].end:ws[1].start]); gap != "," {
		return nameHit{}, false
	}
	j := 1
	for j < len(ws) && j < 3 && (j == 1 || onlySpaces(s[ws[j-1].end:ws[j].start])) && capitalised(ws[j].text) && firstNamey(ws[j].text, nil) {
		j++
	}
	if j == 1 || j < len(ws) && onlySpaces(s[ws[j-1].end:ws[j].start]) && surnamey(ws[j].text) {
		// "Randers, Anne Hansen": a place before a whole name
		return nameHit{}, false
	}
	name := normName(s[ws[1].start:ws[j-1].end]) + " " + normName(ws[0].text)
	return nameHit{name: name, start: ws[0].start, end: ws[j-1].end}, true
}

// normName: single spaces; ALL CAPS -> Title Case.
func normName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if allUpper(s) {
		parts := strings.Fields(strings.ToLower(s))
		for i, p := range parts {
			r, n := utf8.DecodeRuneInString(p)
			parts[i] = string(unicode.ToUpper(r)) + p[n:]
		}
		s = strings.Join(parts, " ")
	}
	return s
}

var reGreetWord = regexp.MustCompile(`^(?i:hej|kære|hi|dear|hello|hejsa|goddag)$`)

var reFromNameParen = regexp.MustCompile(`\s*[\(\[].*?[\)\]]\s*`)

// cleanFromName turns a From display name into a person's name: "Hansen,
// Anne" -> "Anne Hansen", "Anne Hansen (KØGE)" -> "Anne Hansen"; "" for a
// function mailbox ("Køge Kommune - Sekretariat", "posk").
func cleanFromName(s string) string {
	s = strings.Trim(strings.TrimSpace(strings.ToValidUTF8(s, "")), `"'`)
	s = reFromNameParen.ReplaceAllString(s, " ")
	s = strings.TrimSpace(s)
	if strings.Contains(s, "@") {
		return ""
	}
	if i := strings.Index(s, ","); i > 0 && strings.Count(s, ",") == 1 {
		s = strings.TrimSpace(s[i+1:]) + " " + strings.TrimSpace(s[:i])
	}
	l := strings.ToLower(s)
	for _, bad := range []string{"kommune", "region", "sekretariat", "postkasse", "mailbox", "noreply", "no-reply", "team", "afdeling", "center", "rådet", "udvalg"} {
		if strings.Contains(l, bad) {
			return ""
		}
	}
	if len(strings.Fields(s)) < 1 {
		return ""
	}
	return normName(s)
}

// sameName: "Anne Hansen" and "Anne" or "anne hansen" are the same person.
func sameName(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	fa, fb := strings.Fields(dk.FoldWord(a)), strings.Fields(dk.FoldWord(b))
	if strings.Join(fa, " ") == strings.Join(fb, " ") {
		return true
	}
	if len(fa) == 1 || len(fb) == 1 {
		return fa[0] == fb[0]
	}
	return fa[0] == fb[0] && fa[len(fa)-1] == fb[len(fb)-1]
}

// midSentencePair: Danish capitalises proper nouns only, so two capitalised
// words in the middle of a sentence ("i stedet kommer Mie Holst") that are
// neither a municipality nor a committee, venue or role are a person's
// name even when the first name is not on the list.
func midSentencePair(s string, ws []word, i int) bool {
	if i == 0 || i+1 >= len(ws) {
		return false
	}
	gap := s[ws[i-1].end:ws[i].start]
	if strings.ContainsAny(gap, ".!?:;\n\r\t|•") || capitalised(ws[i-1].text) {
		return false
	}
	// "the Disability Council", "a Senior Advisor": an article does not
	// stand before a person's name
	switch strings.ToLower(ws[i-1].text) {
	case "the", "a", "an", "our", "your", "this", "that", "den", "det", "de", "en", "et":
		return false
	case "hos", "ved", "på", "for":
		// "medlem for Ældre Sagen", "ansat hos Dansk Blindesamfund": an
		// organisation; but "i stedet for Mie Holst", "på vegne af .."
		if i < 2 || strings.ToLower(ws[i-1].text) != "for" || !strings.HasSuffix(strings.ToLower(ws[i-2].text), "stedet") {
			return false
		}
	}
	a, b := ws[i].text, ws[i+1].text
	if !onlySpaces(s[ws[i].end:ws[i+1].start]) || !surnamey(a) || !surnamey(b) || allUpper(a) || allUpper(b) {
		return false
	}
	for _, x := range []string{a, b} {
		if _, ok := dk.Canonical(x); ok {
			return false
		}
	}
	return true
}
