// Package dk knows Denmark's 98 municipalities and 5 regions: their canonical
// names, the spelling variants people write, the mail domains they send from,
// and the KKR region each belongs to. The data is the embedded file
// municipalities.tsv; nothing is fetched at run time.
//
// Names are matched tolerantly: case, hyphens versus spaces, æ/ae/a, ø/oe/o,
// å/aa/a and a trailing "Kommune" do not matter ("KØGE KOMMUNE", "koege",
// "Kjøge" are all "Køge Kommune").
package dk

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed municipalities.tsv
var municipalitiesTSV string

//go:embed firstnames.txt
var firstNamesTXT string

// Kinds of Entry.
const (
	KindKommune = "kommune"
	KindRegion  = "region"
)

// Entry is one municipality or region.
type Entry struct {
	Name     string   // canonical, "Næstved Kommune", "Region Sjælland"
	Kind     string   // KindKommune | KindRegion
	KKR      string   // the KKR set id it belongs to, "kkr_sjaelland"
	Variants []string // other spellings, as written in the data file plus the name without "Kommune"
	Domains  []string // mail domains, lower-case; the one used for e-mail first
}

// Mention is one place FindMentions found a municipality or region named.
type Mention struct {
	Name  string // canonical
	Start int    // byte offset in the text
	End   int    // byte offset just after the match (including a following "Kommune")
	Text  string // the matched text
	// Strong: written with "Kommune"/"Region" or a multi-word name, so it
	// cannot be an ordinary word.
	Strong bool
	// Weak says why a mention may not mean the organisation: "venue"
	// ("Ringsted Kongrescenter", "Herlev Hospital") or "island" (a bare
	// "Fanø", "Bornholm": a holiday as much as a municipality). "" otherwise.
	Weak string
}

type db struct {
	entries    []Entry
	byKey      map[string]int // folded variant key -> entry index
	textOnly   map[string]bool
	canonOnly  map[string]bool // keys valid for Canonical but never matched in running text (acronyms)
	byDomain   map[string]int
	maxTokens  int
	firstNames map[string]bool
	collisions []string
}

var load = sync.OnceValue(func() *db {
	d, err := parse(municipalitiesTSV, firstNamesTXT)
	if err != nil {
		// The file is embedded at build time; TestData catches this.
		panic(fmt.Sprintf("dk: embedded municipalities.tsv: %v", err))
	}
	return d
})

// kommuneWords may follow a municipality's bare name.
var kommuneWords = map[string]bool{
	"kommune": true, "kommunes": true, "kommunen": true, "kommunens": true,
	"regionskommune": true, "municipality": true,
}

// ambiguous are bare names that are also ordinary Danish words or titles
// ("vejen" the road, "greve" a count, "odder" an otter, "skive" a slice,
// "lejre" camps, "mors" mother's, "varde" a cairn, "koge" to boil). In
// running text they count only capitalised, not first in a sentence, or
// followed by "Kommune".
var ambiguous = map[string]bool{
	"vejen": true, "greve": true, "odder": true, "skive": true, "lejre": true,
	"mors": true, "varde": true, "koge": true,
}

// islands are bare names that are as often a place to holiday as the
// municipality.
var islands = map[string]bool{
	"fano": true, "samso": true, "laso": true, "aro": true, "bornholm": true,
	"langeland": true, "lolland": true, "mors": true,
}

// venueWords after a name make it a place rather than the organisation.
var venueWords = map[string]bool{
	"kongrescenter": true, "kongrescentret": true, "hospital": true, "sygehus": true,
	"universitet": true, "universitetshospital": true, "station": true, "hallen": true,
	"hotel": true, "gymnasium": true, "lufthavn": true, "havn": true, "kaserne": true,
	"centret": true, "center": true, "bibliotek": true, "stadion": true, "kulturhus": true,
}

func parse(tsv, names string) (*db, error) {
	d := &db{
		byKey:      map[string]int{},
		canonOnly:  map[string]bool{},
		byDomain:   map[string]int{},
		firstNames: map[string]bool{},
	}
	for _, line := range strings.Split(names, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		d.firstNames[FoldWord(line)] = true
	}
	addKey := func(key string, idx int, canonOnly bool) {
		if key == "" {
			return
		}
		if prev, ok := d.byKey[key]; ok && prev != idx {
			d.collisions = append(d.collisions, fmt.Sprintf("%q: %s and %s", key, d.entries[prev].Name, d.entries[idx].Name))
			return
		}
		d.byKey[key] = idx
		if canonOnly {
			d.canonOnly[key] = true
		}
		if n := len(strings.Fields(key)); n > d.maxTokens {
			d.maxTokens = n
		}
	}
	for n, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 5 {
			return nil, fmt.Errorf("line %d: %d columns, want 5", n+1, len(cols))
		}
		e := Entry{Name: cols[0], Kind: cols[1], KKR: cols[2]}
		if e.Kind != KindKommune && e.Kind != KindRegion {
			return nil, fmt.Errorf("line %d: kind %q", n+1, e.Kind)
		}
		if !strings.HasPrefix(e.KKR, "kkr_") {
			return nil, fmt.Errorf("line %d: kkr %q", n+1, e.KKR)
		}
		base := strings.TrimSuffix(strings.TrimSuffix(e.Name, " Regionskommune"), " Kommune")
		if base != e.Name {
			e.Variants = append(e.Variants, base)
		}
		for _, v := range splitList(cols[3]) {
			e.Variants = append(e.Variants, v)
		}
		for _, dom := range splitList(cols[4]) {
			e.Domains = append(e.Domains, strings.ToLower(dom))
		}
		if len(e.Domains) == 0 {
			return nil, fmt.Errorf("line %d: %s has no mail domain", n+1, e.Name)
		}
		idx := len(d.entries)
		d.entries = append(d.entries, e)
		addKey(keyOf(e.Name), idx, false)
		for _, v := range e.Variants {
			addKey(keyOf(v), idx, isAcronym(v))
		}
		for _, dom := range e.Domains {
			if prev, ok := d.byDomain[dom]; ok && prev != idx {
				d.collisions = append(d.collisions, fmt.Sprintf("domain %s: %s and %s", dom, d.entries[prev].Name, e.Name))
				continue
			}
			d.byDomain[dom] = idx
		}
	}
	// Fallback domains "<name>.dk" and "<name>kommune.dk" in ae/oe/aa
	// spelling, never overriding a listed one.
	for idx, e := range d.entries {
		if e.Kind != KindKommune {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(e.Name, " Regionskommune"), " Kommune")
		t := strings.ReplaceAll(strings.ToLower(Transliterate(base)), " ", "")
		for _, dom := range []string{t + ".dk", t + "kommune.dk"} {
			if _, ok := d.byDomain[dom]; !ok {
				d.byDomain[dom] = idx
			}
		}
	}
	return d, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isAcronym: "KK", "RM", "LTK": valid in Canonical, never in running text.
func isAcronym(s string) bool {
	if utf8.RuneCountInString(s) > 4 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Transliterate writes æ, ø, å (and ä, ö, ü, é) the way Danish mail domains
// and keyboards without them do: ae, oe, aa.
func Transliterate(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'æ', 'ä':
			b.WriteString("ae")
		case 'Æ', 'Ä':
			b.WriteString("Ae")
		case 'ø', 'ö':
			b.WriteString("oe")
		case 'Ø', 'Ö':
			b.WriteString("Oe")
		case 'å':
			b.WriteString("aa")
		case 'Å':
			b.WriteString("Aa")
		case 'é', 'è', 'ê':
			b.WriteRune('e')
		case 'É':
			b.WriteRune('E')
		case 'ü':
			b.WriteRune('u')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FoldWord is the comparison key of one word: lower-case, transliterated,
// then "aa"->"a", "oe"->"o", "ae"->"a", so that "Køge", "Koege", "Koge",
// "KØGE" all give "koge" and "Høje", "Hoeje", "Hoje" give "hoje".
func FoldWord(w string) string {
	s := strings.ToLower(Transliterate(strings.ToLower(w)))
	s = strings.ReplaceAll(s, "aa", "a")
	s = strings.ReplaceAll(s, "oe", "o")
	s = strings.ReplaceAll(s, "ae", "a")
	return s
}

// keyOf folds a whole name to space-separated folded words, punctuation
// (hyphens, dots, apostrophes) dropped.
func keyOf(s string) string {
	var words []string
	for _, t := range tokenize(s) {
		words = append(words, t.fold)
	}
	return strings.Join(words, " ")
}

type token struct {
	start, end int
	text, fold string
	upper      bool // first letter upper-case
	inAddr     bool // part of an e-mail address or URL
	sentStart  bool // first word of a sentence or line
}

func tokenize(s string) []token {
	var toks []token
	addrs := addressSpans(s)
	sentence := true
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if r == '.' || r == '!' || r == '?' || r == ':' || r == '\n' || r == '•' {
				sentence = true
			}
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[i:])
			if !(unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
				break
			}
			i += sz
		}
		w := s[start:i]
		first, _ := utf8.DecodeRuneInString(w)
		t := token{start: start, end: i, text: w, fold: FoldWord(w), upper: unicode.IsUpper(first), sentStart: sentence}
		for _, a := range addrs {
			if start >= a[0] && start < a[1] {
				t.inAddr = true
			}
		}
		toks = append(toks, t)
		sentence = false
	}
	return toks
}

// addressSpans finds e-mail addresses and URLs: words containing "@",
// "http://", "https://" or starting "www.".
func addressSpans(s string) [][2]int {
	var spans [][2]int
	i := 0
	for i < len(s) {
		for i < len(s) && isSpaceOrBracket(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !isSpaceOrBracket(s[i]) {
			i++
		}
		w := s[start:i]
		lw := strings.ToLower(w)
		if strings.Contains(w, "@") || strings.Contains(lw, "://") || strings.HasPrefix(lw, "www.") {
			spans = append(spans, [2]int{start, i})
		}
	}
	return spans
}

func isSpaceOrBracket(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '<', '>', '(', ')', '[', ']', '"', ',', ';':
		return true
	}
	return false
}

// All returns every municipality and region, in the data file's order
// (grouped by KKR region, each region after its municipalities). The
// slice is a copy.
func All() []Entry {
	d := load()
	out := make([]Entry, len(d.entries))
	for i, e := range d.entries {
		e.Variants = append([]string(nil), e.Variants...)
		e.Domains = append([]string(nil), e.Domains...)
		out[i] = e
	}
	return out
}

// Lookup returns the entry of a canonical name.
func Lookup(canonical string) (Entry, bool) {
	for _, e := range All() {
		if e.Name == canonical {
			return e, true
		}
	}
	return Entry{}, false
}

// Canonical returns the canonical name of a municipality or region written
// any way people write it: "Køge", "koege kommune", "KØGE KOMMUNE",
// "Kjøge" -> "Køge Kommune"; "Kbh", "København" -> "Københavns Kommune";
// "Region Midt", "RM" -> "Region Midtjylland". The genitive ("Køges") is
// accepted. ok is false for anything else.
func Canonical(nameOrVariant string) (string, bool) {
	d := load()
	toks := tokenize(strings.TrimSpace(nameOrVariant))
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.fold)
	}
	// "Kommune X" / "X Kommune" / "X kommunes": drop the kommune word.
	if len(words) > 1 && kommuneWords[words[len(words)-1]] {
		if idx, ok := d.byKey[strings.Join(words, " ")]; ok {
			return d.entries[idx].Name, true
		}
		words = words[:len(words)-1]
	}
	if len(words) > 1 && kommuneWords[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return "", false
	}
	key := strings.Join(words, " ")
	if idx, ok := d.byKey[key]; ok {
		return d.entries[idx].Name, true
	}
	if strings.HasSuffix(key, "s") {
		if idx, ok := d.byKey[strings.TrimSuffix(key, "s")]; ok {
			return d.entries[idx].Name, true
		}
	}
	return "", false
}

// ByDomain returns the municipality or region an address or domain belongs
// to: "anne@koege.dk", "<anne@koege.dk>", "koege.dk", "sub.koege.dk" ->
// "Køge Kommune". Sub-domains match their parent. ok is false for other
// domains (gmail.com, a consultant's firm).
func ByDomain(emailOrDomain string) (string, bool) {
	d := load()
	s := strings.ToLower(strings.TrimSpace(emailOrDomain))
	s = strings.Trim(s, "<>\"' ")
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		s = s[at+1:]
	}
	s = strings.TrimRight(s, ".>")
	// "sorø.dk" (an IDN or a typo) is looked up as "soroe.dk"
	s = strings.ToLower(Transliterate(s))
	for s != "" {
		if idx, ok := d.byDomain[s]; ok {
			return d.entries[idx].Name, true
		}
		dot := strings.IndexByte(s, '.')
		if dot < 0 {
			break
		}
		s = s[dot+1:]
		if !strings.Contains(s, ".") {
			break // never match a bare TLD
		}
	}
	return "", false
}

// IsFirstName reports whether w is a common Danish first name (case and
// diacritics ignored). It is a heuristic for telling "Mette Thisted" (a
// person) from "Thisted" (a municipality).
func IsFirstName(w string) bool {
	return load().firstNames[FoldWord(w)]
}

// FindInText returns the canonical names of the municipalities and regions
// mentioned in free text, in order of first appearance, without
// duplicates. See FindMentions for the rules; mentions that are Weak (a
// venue, an island) are included, and callers weigh them.
func FindInText(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range FindMentions(text) {
		if !seen[m.Name] {
			seen[m.Name] = true
			out = append(out, m.Name)
		}
	}
	return out
}

// FindMentions finds every mention of a municipality or region in text.
// Rules, in the order a careful reader applies them:
//   - Words inside e-mail addresses and URLs are skipped (use ByDomain).
//   - The longest name wins ("Region Sjælland" over nothing, "Lyngby-Taarbæk
//     Kommune" over "Lyngby"); a following "Kommune"/"kommunes" is part of
//     the mention and makes it Strong, as does a multi-word name.
//   - A bare one-word name counts only when capitalised ("Næstved", not
//     "næstved"); acronyms ("KK", "RM") never count in running text.
//   - A bare name that is also an ordinary word or title ("Greve", "Vejen",
//     "Odder", "Skive", "Lejre") does not count first in a sentence.
//   - A bare name right after a first name is a surname ("Mette Thisted").
//   - Followed by a venue word ("Ringsted Kongrescenter", "Herlev Hospital")
//     it counts with Weak "venue"; a bare island name with Weak "island".
func FindMentions(text string) []Mention {
	d := load()
	toks := tokenize(text)
	var out []Mention
	for i := 0; i < len(toks); i++ {
		if toks[i].inAddr {
			continue
		}
		var (
			idx   = -1
			n     int
			canon bool
		)
		for l := min(d.maxTokens, len(toks)-i); l >= 1; l-- {
			words := make([]string, l)
			addr := false
			for k := 0; k < l; k++ {
				words[k] = toks[i+k].fold
				addr = addr || toks[i+k].inAddr
			}
			if addr {
				continue
			}
			key := strings.Join(words, " ")
			if j, ok := d.byKey[key]; ok {
				idx, n, canon = j, l, d.canonOnly[key]
				break
			}
			if strings.HasSuffix(key, "s") && len(words[l-1]) > 3 {
				// genitive: "Køges", "Næstveds", "Region Midtjyllands"
				if j, ok := d.byKey[strings.TrimSuffix(key, "s")]; ok && !d.canonOnly[strings.TrimSuffix(key, "s")] {
					idx, n = j, l
					break
				}
			}
		}
		if idx < 0 || canon {
			continue
		}
		first, last := toks[i], toks[i+n-1]
		end := last.end
		strong := n > 1 && !kommuneWords[first.fold]
		followedByKommune := false
		if i+n < len(toks) && kommuneWords[toks[i+n].fold] {
			followedByKommune = true
			end = toks[i+n].end
			strong = true
		}
		bare := n == 1 && !followedByKommune
		if bare {
			if !first.upper {
				continue
			}
			if ambiguous[first.fold] && first.sentStart {
				continue
			}
			if i > 0 && !first.sentStart && toks[i-1].upper && d.firstNames[toks[i-1].fold] && toks[i-1].end+1 >= first.start {
				continue // "Mette Thisted"
			}
		}
		m := Mention{Name: d.entries[idx].Name, Start: first.start, End: end, Text: text[first.start:end], Strong: strong}
		if i+n < len(toks) && venueWords[toks[i+n].fold] {
			m.Weak = "venue"
		} else if bare && islands[first.fold] {
			m.Weak = "island"
		}
		out = append(out, m)
		i += n - 1
		if followedByKommune {
			i++
		}
	}
	return out
}

// Sets returns the built-in municipality sets of CONTRACT.md:
// kkr_hovedstaden, kkr_sjaelland, kkr_syddanmark, kkr_midtjylland,
// kkr_nordjylland, each the region's municipalities (data file order)
// followed by the region itself. The map and slices are fresh copies.
func Sets() map[string][]string {
	d := load()
	sets := map[string][]string{}
	var regions = map[string]string{}
	for _, e := range d.entries {
		if e.Kind == KindRegion {
			regions[e.KKR] = e.Name
			continue
		}
		sets[e.KKR] = append(sets[e.KKR], e.Name)
	}
	for k, r := range regions {
		sets[k] = append(sets[k], r)
	}
	return sets
}

// SetIDs returns the built-in set ids, sorted.
func SetIDs() []string {
	var ids []string
	for k := range Sets() {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	return ids
}
