package freetext

import (
	"regexp"
	"strings"
)

// Roles of CONTRACT.md.
const (
	RoleHandicapraad    = "handicapraad"
	RoleUdsatteraad     = "udsatteraad"
	RolePolitikerVoksen = "politiker_voksen"
	RolePolitikerBoern  = "politiker_boern"
	RoleDirektoer       = "direktoer"
	RoleChef            = "chef"
	RoleAndet           = "andet"
)

var (
	reHandicapraad = regexp.MustCompile(`(?i)handicap\s*-?\s*r(å|aa|a)d|\bdh[- ]repr|danske handicaporganisationer|disability council`)
	reUdsatteraad  = regexp.MustCompile(`(?i)udsatte\s*-?\s*r(å|aa|a)d|r(å|aa)det for (socialt )?udsatte|socialt udsattes r(å|aa)d`)
	// A politician: a committee, a council, or the word itself.
	rePolitician = regexp.MustCompile(`(?i)udvalget|udvalg\b|udvalgs(medlem|formand)|byr(å|aa)dsmedlem|byr(å|aa)dspolitiker|(i|af)\s+byr(å|aa)det|kommunalbestyrelsesmedlem|(i|af)\s+kommunalbestyrelsen|regionsr(å|aa)d|politiker|borgmester|r(å|aa)dmand|councillor|committee|\bmb\b`)
	reBoernCom   = regexp.MustCompile(`(?i)b(ø|oe|o)rne|\bskole|ungeudvalg|ungdomsudvalg|dagtilbud|familieudvalg|uddannelsesudvalg|children|\bbu-udvalg|\bbuu\b`)
	reVoksenCom  = regexp.MustCompile(`(?i)social|voksen|sundhed|omsorg|(æ|ae)ldre|senior|handicapudvalg|psykiatri|velf(æ|ae)rd|beskæftigelse|\bsou\b|adult|health`)
	reDirektoer  = regexp.MustCompile(`(?i)direkt(ø|oe|o)r|director|\bceo\b`)
	reChef       = regexp.MustCompile(`(?i)chef\b|chef[a-zæøå]*|leder\b|\bleder|centerleder|afdelingsleder|områdeleder|sektionsleder|teamleder|\bhead of\b|manager|forstander`)
	reAndet      = regexp.MustCompile(`(?i)konsulent|medarbejder|sagsbehandler|koordinator|sekretær|fuldmægtig|rådgiver|terapeut|pædagog|sygeplejerske|specialist|analytiker|projektleder|advisor|consultant|jurist|økonom|praktikant|student`)
)

// roleOf reads a role from a title, a list line or a sentence about one
// person. Order matters: a member or chair of the handicapråd is
// handicapraad even though "formand" sounds political; a committee is a
// politician before "direktør"/"chef".
func roleOf(s string) string {
	switch {
	case s == "":
		return ""
	case reHandicapraad.MatchString(s):
		return RoleHandicapraad
	case reUdsatteraad.MatchString(s):
		return RoleUdsatteraad
	case rePolitician.MatchString(s) && !strings.Contains(strings.ToLower(s), "udvalgssekret"):
		l := strings.ToLower(s)
		if reBoernCom.MatchString(l) {
			return RolePolitikerBoern
		}
		if reVoksenCom.MatchString(l) {
			return RolePolitikerVoksen
		}
		return rolePoliticianUnknown
	case reDirektoer.MatchString(s):
		return RoleDirektoer
	case reChef.MatchString(s) && !reAndetLeder.MatchString(s) && !strings.Contains(strings.ToLower(s), "chefkonsulent"):
		return RoleChef
	case reAndet.MatchString(s):
		return RoleAndet
	}
	return ""
}

// rolePoliticianUnknown marks a politician whose committee is not said:
// reported as "" with a review reason.
const rolePoliticianUnknown = "politiker?"

var reAndetLeder = regexp.MustCompile(`(?i)projektleder|mødeleder|forsøgsleder|kursusleder`)

var (
	reLunchNo  = regexp.MustCompile(`(?i)leave\s+before\s+lunch|(gå|går|smutte|tage\s+hjem|tager\s+hjem)\s+(inden|før)\s+frokost|ikke\s+([\p{L}]+\s+)?(i|til)\s+frokost|spiser\s+([\p{L}]+\s+){0,2}ikke\s+med|spise\s+([\p{L}]+\s+){0,2}med\s+alligevel\s+ikke|uden\s+frokost|ikke\s+(deltage|deltager|med)\s+(i|til)\s+(frokost|frokosten)|deltager\s+ikke\s+i\s+frokost|ingen\s+frokost|ikke\s+frokost|springer\s+frokost(en)?\s+over|(går|smutter|tager\s+hjem|kører)\s+([\p{L}\p{N}_]+\s+){0,2}(inden|før)\s+frokost|(inden|før)\s+frokost(en)?\s+(går|smutter|må\s+gå|skal)|skal\s+ikke\s+have\s+frokost|behøver\s+ikke\s+frokost|frokost\s*[:=]\s*(nej|no|-)\b|frokost\s+nej|no\s+lunch|without\s+lunch|skip\s+(the\s+)?lunch|not\s+(stay|join)[\p{L}\p{N}_]*\s+for\s+lunch|ikke\s+spise\s+med|spiser\s+ikke\s+frokost|(tager|tar)\s+ikke\s+frokost|ikke\s+([\p{L}]+\s+){0,2}(nå|når|blive\s+til)\s+frokost`)
	reLunchYes = regexp.MustCompile(`(?i)(deltager|deltage)\s+([\p{L}]+\s+){0,2}i\s+(den\s+)?([\p{L}]+\s+)?frokost(en)?|gerne\s+(vil|ville|skal)\s+have\s+frokost|spiser\s+([\p{L}]+\s+){0,2}med\b|og\s+(også\s+)?(i|til)\s+frokost(en)?|med\s+frokost|inkl\.?\s+frokost|inklusiv\s+frokost|frokost\s*[:=]\s*(ja|yes|x)\b|frokost\s+ja|(ja\s+tak|takker\s+ja)\s+til\s+(den\s+)?frokost(en)?|gerne\s+(have\s+)?frokost|bliver\s+(til|og\s+spiser)\s+frokost|bliver\s+(også\s+)?til\s+frokost|(stay|join)[\p{L}\p{N}_]*\s+for\s+lunch|lunch:\s*yes|also\s+for\s+lunch|(vegetar[\p{L}]*|veganer|vegansk|vegan|vegetarian|glutenfri|laktosefri|gluten[- ]free|lactose[- ]free|allergi[\p{L}]*|allergic)\b[^.;]{0,40}\b(for|til)\s+(the\s+)?(lunch|frokost(en)?)\b|med\s+til\s+frokost|tager\s+frokost(en)?\s+med|\+\s*frokost|og\s+frokost\b|(ønsker|ønske|skal\s+have|vil\s+have|vil\s+gerne\s+have|får)\s+(også\s+)?frokost|frokost(en)?\s+(vil|skal)\s+(jeg|vi|hun|han|de)\s+([\p{L}]+\s+){0,2}have\b|lunch\s*[:,]?\s*(yes|please)\b|(would\s+like|['’]d\s+like|wants?)\s+(a\s+|some\s+)?lunch\b`)
	reDiet     = regexp.MustCompile(`(?i)\b(vegetar[\p{L}\p{N}_]*|veganer|vegansk|vegan|pescetar[\p{L}\p{N}_]*|glutenfri|glutenallergi|gluten\s*intolerant|cøliaki|laktosefri|laktoseintolerant|laktose\s*intolerant|laktoseallergi|mælkeallergi|nøddeallergi|peanutallergi|fiskeallergi|skaldyrsallergi|halal|kosher|diabetiker|ikke\s+svinekød|intet\s+svinekød|uden\s+svinekød|allergi(sk)?(\s+(over\s+for|overfor|mod)\s+[\p{L}]+)?|vegetarian|gluten[- ]free|lactose[- ]free|nut allergy)\b`)
)

// lunchOf reads a lunch answer from text about one person: nil if not said.
// A yes-phrase negated in its own clause is a no: "Ingen af dem deltager i
// frokosten", "Hverken Anne eller Bo spiser med".
func lunchOf(s string) *bool {
	// Every lunch phrase names lunch or eating (see reLunchNo/reLunchYes):
	// spare the two big patterns the text that does neither.
	if l := strings.ToLower(s); !strings.Contains(l, "frokost") && !strings.Contains(l, "lunch") && !strings.Contains(l, "spise") {
		return nil
	}
	f, t := false, true
	if reLunchNo.MatchString(s) {
		return &f
	}
	if m := reLunchYes.FindStringIndex(s); m != nil {
		from := 0
		if bs := reLunchClauseBreak.FindAllStringIndex(s[:m[0]], -1); len(bs) > 0 {
			from = bs[len(bs)-1][1]
		}
		if reLunchNeg.MatchString(s[from:m[1]]) {
			return &f
		}
		return &t
	}
	return nil
}

var (
	reLunchClauseBreak = regexp.MustCompile(`(?i)[.,;:!?()]|\bmen\b|\bså\b|\bbut\b`)
	reLunchNeg         = regexp.MustCompile(`(?i)\b(ingen|ikke|hverken|none|not|nobody|no\s+one|neither)\b`)
)

// reDietNeg: a diet word negated right before it: "jeg er veganer, ikke
// bare vegetar", "ikke længere vegetar", "not vegetarian".
var reDietNeg = regexp.MustCompile(`(?i)\b(ikke|not|no\s+longer)\s+([\p{L}]+\s+){0,2}$`)

// dietOf returns the diet notes in s, lower-case, comma-separated; a diet
// word negated before it is not one.
func dietOf(s string) string {
	var out []string
	seen := map[string]bool{}
	for _, ix := range reDiet.FindAllStringIndex(s, -1) {
		if reDietNeg.MatchString(s[max(0, ix[0]-40):ix[0]]) {
			continue
		}
		m := strings.ToLower(strings.Join(strings.Fields(s[ix[0]:ix[1]]), " "))
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return strings.Join(out, ", ")
}
