package freetext

import (
	"regexp"
	"strings"

	"mailbot/parser/dk"
)

// cand is a person being read, with the text that is about them.
type cand struct {
	Person
	seg      string // text about this person only
	sentence int    // index in analysis.sents; -1 for list/table/form lines
	start    int    // offset in the body
	self     bool   // the sender
	listLine bool
	// headRole: the role of the heading the list line stands under
	// ("Vi tilmelder følgende fra Handicaprådet:").
	headRole string
	// lunchBlank: a table row with an empty lunch cell
	lunchBlank bool
}

var (
	reGreeting = regexp.MustCompile(`(?i)^\s*(hej|hejsa|kære|dear|hi|hello|goddag|god\s+morgen|til|att\.?|attn)\b`)
	reBullet   = regexp.MustCompile(`^\s*([-*•·–—▪o]|\d{1,2}[.)])\s+`)
	reFormLine = regexp.MustCompile(`(?i)^\s*[-*•]?\s*(navn|name|deltager|fulde\s+navn|e-?mail|mail|mailadresse|rolle|funktion|titel|stilling|repræsenterer|kommune|organisation|frokost|lunch|kost[\p{L}\p{N}_]*|diæt|allergi[\p{L}\p{N}_]*|madønsker|særlige\s+hensyn|bemærkning)\s*[:=]\s*(.*)$`)
	// spaces only around a separator: two tabs are an empty cell between
	reTableCell = regexp.MustCompile(`[ \x{a0}]*[|\t][ \x{a0}]*`)
	reSelf      = regexp.MustCompile(`(?i)\b(jeg\s+selv|tilm(e|æ)?l(d|e)[\p{L}]*\s+(hermed\s+|gerne\s+)?mig\b|tilmeld[\p{L}\p{N}_]*\s+(hermed\s+|gerne\s+|også\s+)?mig|meld[\p{L}\p{N}_]*\s+(mig|hermed\s+mig)|jeg\s+([\p{L}\p{N}_]+\s+){0,3}(deltage|deltager|kommer|komme|være\s+med|er\s+med|er\s+forhindret|bliver\s+forhindret|melder|må\s+melde|kan\s+ikke|kan\s+desværre|kunne\s+ikke|har\s+desværre|må\s+desværre|er\s+desværre|glæder)|(deltager|kommer)\s+jeg\b|mig\s+og\b|og\s+jeg\b|og\s+mig\b|min\s+(deltagelse|tilmelding|plads)|i\s+mit\s+sted|i\s*stedet\s+for\s+mig|mig\s+selv|mit\s+afbud|afbud\s+fra\s+mig|I(\s+(will|would|can['’]t|cannot|am|won['’]t)|\s*['’](m|ll|d))\b|count\s+me)`)
	// "I" only capitalised: the Danish "i" is a preposition
	reSelfOnly  = regexp.MustCompile(`(?i:\b(jeg|mig|min|mit|me|my)\b)|\bI\b`)
	reEmailAny  = reEmailWord
	reLeaveMark = regexp.MustCompile(`(?i)\bi\s*stedet\s+for\b|\binstead\s+of\b`)
	reReplaceBy = regexp.MustCompile(`(?i)\b(erstatter|erstatte|afløser|overtager|replaces|will\s+replace|replacing)\b`)
	// passive: "Jonas erstattes af Mie" (the one before leaves)
	reReplacedBy = regexp.MustCompile(`(?i)\b(erstattes|afløses|is\s+replaced|will\s+be\s+replaced)\s+(af|by)\b`)
	reMyPlace    = regexp.MustCompile(`(?i)\bi\s+mit\s+sted\b|\bmin\s+plads\b|\bin\s+my\s+place\b|\bi\s*stedet\s+for\s+mig\b|\binstead\s+of\s+me\b`)
	reTheirPl    = regexp.MustCompile(`(?i)\bi\s+(hans|hendes|dennes)\s+sted\b|\b(hans|hendes)\s+plads\b|\bin\s+(his|her)\s+place\b`)
	// a sentence about the person just named: "Hun spiser også med",
	// "Hendes mail er hali@x.dk", "His e-mail is ..."
	rePronoun   = regexp.MustCompile(`(?i)^\s*(han|hun|vedkommende|he|she|hans|hendes|dennes|his|her)\b`)
	rePronounPl = regexp.MustCompile(`(?i)^\s*(de|begge|they|both)\b`)
	// "De andre kommer som planlagt": the others, not the ones just named
	reOthers = regexp.MustCompile(`(?i)^\s*(de|the)\s+(andre|øvrige|resterende|others|other|rest)\b|^\s*resten\b`)
	// the writer speaks of themselves
	reWriterRef = regexp.MustCompile(`(?i:\bjeg\b|\bmig\b)|\bI\b|\bme\b|\bmyself\b`)
	reGeneral   = regexp.MustCompile(`(?i)\b(alle|vi|begge|ingen\s+af\s+(os|dem)|all\s+of\s+us|we)\b`)
)

// persons reads the people the mail is about.
func (a *analysis) persons() []Person {
	extra := map[string]bool{}
	if f := strings.Fields(a.fromName); len(f) > 0 {
		extra[strings.ToLower(f[0])] = true
	}
	body := a.body
	var cands []*cand
	consumed := make([]bool, len(body)+1)
	markConsumed := func(s, e int) {
		for i := s; i < e && i < len(consumed); i++ {
			consumed[i] = true
		}
	}

	// 1. Lines: greeting, forms, tables, lists.
	lineStart := 0
	var header []string // table header fields, lower-case
	var form *cand
	var tableRows []*cand // rows of the current table
	xMarks := false       // its lunch column is marked with "x"
	headRole := ""        // the role of the heading above a list
	lines := strings.Split(body, "\n")
	listish := 0
	for _, l := range lines {
		if reBullet.MatchString(l) {
			listish++
		} else if h, ok := leadingName(l, extra); ok && nameLineTail(l[h.end:]) {
			listish++
		}
	}
	firstLine := true
	for _, l := range lines {
		ls, le := lineStart, lineStart+len(l)
		lineStart = le + 1
		t := strings.TrimSpace(l)
		if t == "" {
			form = nil
			continue
		}
		if firstLine {
			firstLine = false
			if reGreeting.MatchString(t) && len(t) < 60 {
				markConsumed(ls, le)
				continue
			}
		}
		if m := reFormLine.FindStringSubmatch(l); m != nil {
			key, val := strings.ToLower(m[1]), strings.TrimSpace(m[2])
			switch {
			case key == "navn" || key == "name" || key == "deltager" || strings.HasPrefix(key, "fulde"):
				if h, ok := leadingName(val, extra); ok {
					form = &cand{Person: Person{Name: h.name}, sentence: -1, start: ls, listLine: true, seg: strings.TrimSpace(val[h.end:])}
					cands = append(cands, form)
					markConsumed(ls, le)
					continue
				}
			case form != nil:
				markConsumed(ls, le)
				switch {
				case strings.Contains(key, "mail"):
					form.Email = strings.ToLower(reEmailAny.FindString(val))
				case key == "kommune" || key == "organisation":
					if mu, ok := dk.Canonical(val); ok {
						form.Municipality = mu
					} else if b := bestMention(val); b != "" {
						form.Municipality = b
					}
				case key == "frokost" || key == "lunch":
					form.seg += "\nfrokost: " + yesNo(val)
				default:
					form.seg += "\n" + key + ": " + val
				}
				continue
			}
		}
		cells := reTableCell.Split(strings.Trim(t, "|\t "), -1)
		if strings.ContainsAny(t, "|\t") && len(cells) >= 2 {
			if isHeader(cells) {
				header = make([]string, len(cells))
				for i, c := range cells {
					header[i] = strings.ToLower(c)
				}
				markBlankLunch(tableRows, xMarks)
				tableRows, xMarks = nil, false
				markConsumed(ls, le)
				continue
			}
			if p, ok := tableRow(cells, header, extra); ok {
				p.start = ls
				p.headRole = headRole
				cands = append(cands, p)
				tableRows = append(tableRows, p)
				xMarks = xMarks || strings.Contains(p.seg, "frokost: x")
				markConsumed(ls, le)
				continue
			}
		}
		bullet := reBullet.FindString(l)
		rest := l[len(bullet):]
		if h, ok := leadingName(rest, extra); ok && (bullet != "" || listish >= 2 || reEmailAny.MatchString(rest) && !lineHasCue(rest)) && nameLineTail(rest[h.end:]) {
			cands = append(cands, &cand{Person: Person{Name: h.name}, seg: rest[h.end:], sentence: -1, start: ls, listLine: true, headRole: headRole})
			markConsumed(ls, le)
			continue
		}
		// A heading ending in ":" gives its role to the list under it; any
		// other line ends the list.
		if strings.HasSuffix(t, ":") {
			headRole = roleOf(stripEmails(t))
		} else {
			headRole = ""
		}
	}
	markBlankLunch(tableRows, xMarks)

	// 2. Sentences.
	var prev []*cand
	var general []string
	var groups []groupLunch
	for si, s := range a.sents {
		if consumed[min(s.start, len(consumed)-1)] {
			continue
		}
		if s.question && !s.soft {
			prev = nil
			continue
		}
		if g, rest, ok := matchGroupLunch(s.text, extra); ok {
			// "Alle deltager i frokosten undtagen Inge", "Begge deltager i
			// frokosten, Hanne er diabetiker": the lunch clause is about
			// everyone; the rest of the sentence is read as usual.
			groups = append(groups, g)
			if strings.TrimSpace(rest) == "" {
				continue
			}
			s = sentence{text: rest, start: s.start + len(s.text) - len(rest)}
		}
		hasAct := a.sentenceHas(si, IntentRegistration) || a.sentenceHas(si, IntentCancellation) || a.sentenceHas(si, IntentSubstitution)
		lone := a.sentenceHas(si, IntentSubstitution) || a.othersCancel(si)
		var hits []nameHit
		for _, h := range findNames(s.text, extra, lone) {
			if !consumed[min(s.start+h.start, len(consumed)-1)] {
				hits = append(hits, h)
			}
		}
		if len(hits) == 0 {
			// "Mona er glutenfri": a first name alone, of someone already read
			var attached []*cand
			for _, h := range findNames(s.text, extra, true) {
				for _, cd := range cands {
					if sameName(h.name, cd.Name) {
						cd.seg += " " + s.text
						attached = append(attached, cd)
					}
				}
			}
			switch {
			case len(attached) > 0:
				prev = attached
			case rePronoun.MatchString(s.text) && len(prev) > 0:
				prev[len(prev)-1].seg += " " + s.text
			case len(prev) > 0 && titleRef(s.text, prev[len(prev)-1].seg):
				// "På vegne af borgmester Lars Bech tilmelder jeg ..
				// Borgmesteren deltager som formand for Børne- og
				// Skoleudvalget": the title names the person just read
				prev[len(prev)-1].seg += " " + s.text
			case rePronounPl.MatchString(s.text) && !reOthers.MatchString(s.text) && len(prev) > 0:
				for _, p := range prev {
					p.seg += " " + s.text
				}
			default:
				general = append(general, s.text)
				prev = nil
			}
			continue
		}
		segs := splitSegments(s.text, hits)
		var these []*cand
		for i, h := range hits {
			cd := &cand{Person: Person{Name: h.name}, seg: segs[i], sentence: si, start: s.start + h.start}
			these = append(these, cd)
		}
		// "Anne Hansen og Bo Jensen fra handicaprådet": a name joined by
		// "og"/"," alone shares the next one's description.
		for i := len(these) - 2; i >= 0; i-- {
			if joinedOnly(s.text[hits[i].end:hits[i+1].start]) {
				these[i].seg += " " + these[i+1].seg
			}
		}
		// "Fra Handicaprådet kommer Anna Friis (mail: ..) og Bo Møller": a
		// role before the first name, not the writer's own, is everyone's
		// in the sentence who has none of their own.
		if lead := s.text[:hits[0].start]; roleOf(stripEmails(lead)) != "" && !reWriterRef.MatchString(lead) {
			for _, cd := range these[1:] {
				if roleOf(stripEmails(cd.seg)) == "" {
					cd.seg += " " + lead
				}
			}
		}
		var keep []*cand
		for _, cd := range these {
			if hasAct || roleOf(cd.seg) != "" || reEmailAny.MatchString(cd.seg) {
				keep = append(keep, cd)
			}
		}
		cands = append(cands, keep...)
		prev = keep
		if len(keep) == 0 {
			general = append(general, s.text)
		}
	}

	// 3. The sender.
	selfSeg := a.selfText()
	// Every mention of the sender by name or address is the sender: "Gitte
	// Ravn, formand for Udsatterådet" on a line of its own and again in a
	// one-line signature is one person.
	var self *cand
	kept := cands[:0]
	for _, cd := range cands {
		if (a.fromName != "" && sameName(cd.Name, a.fromName)) || (a.fromEmail != "" && strings.EqualFold(reEmailAny.FindString(cd.seg), a.fromEmail)) {
			if self == nil {
				cd.self = true
				self = cd
			} else {
				self.seg += " ; " + cd.seg
				if self.Municipality == "" {
					self.Municipality = cd.Municipality
				}
				continue
			}
		}
		kept = append(kept, cd)
	}
	cands = kept
	if self == nil && selfSeg == "" && len(cands) == 0 && reNamesUnknown.MatchString(a.statements(false)) {
		// "Vi kommer nok to fra Handicaprådet. Navne følger": who comes
		// is not known yet, and the writer has not said it is them
		return nil
	}
	if self == nil && (selfSeg != "" || len(cands) == 0) {
		self = &cand{Person: Person{Name: a.fromName}, sentence: -2, self: true, seg: selfSeg}
		cands = append([]*cand{self}, cands...)
	}
	if self != nil {
		if self.Name == "" {
			self.Name = a.fromName
		}
		self.seg += " " + selfSeg
	}

	// 4. Attributes.
	generalText := strings.Join(general, " ")
	for _, cd := range cands {
		if cd.Email == "" && !cd.self {
			cd.Email = strings.ToLower(reEmailAny.FindString(cd.seg))
		}
		if cd.self && a.fromEmail != "" {
			cd.Email = a.fromEmail
		}
		var r string
		if cd.self && cd.sentence == -2 {
			// the sender's own title is in the signature; their sentences may
			// speak of others' roles too. A generic title ("Byrådsmedlem")
			// gives way to the committee their own words name.
			if r = roleOf(signatureTitle(a.signature)); r == "" || r == rolePoliticianUnknown {
				if own := roleOf(stripEmails(cd.seg)); own != "" {
					r = own
				}
			}
		} else if r = roleOf(stripEmails(cd.seg)); r == "" && cd.self {
			r = roleOf(signatureTitle(a.signature))
		}
		if (r == "" || r == rolePoliticianUnknown) && cd.headRole != "" {
			r = cd.headRole
		}
		if r == "" && cd.self && len(cands) == 1 && !reReplySubject.MatchString(a.in.Subject) {
			// "Tilmelding: Ole Brink, Udsatterådet, Lolland - frokost ja":
			// all said in the subject
			r = roleOf(stripEmails(a.in.Subject))
		}
		if r == rolePoliticianUnknown {
			a.reviews = append(a.reviews, "Det fremgår ikke, hvilket udvalg politikeren sidder i")
			r = ""
		}
		cd.Role = r
		if cd.Municipality == "" {
			if m, ok := dk.ByDomain(cd.Email); ok {
				cd.Municipality = m
			} else if m := bestMention(stripEmails(cd.seg)); m != "" && !cd.self {
				cd.Municipality = m
			} else {
				cd.Municipality = a.municipality
			}
		}
		cd.Lunch = lunchOf(cd.seg)
		if cd.Lunch == nil && cd.listLine && reLunchItem.MatchString(cd.seg) {
			// "Anne Hansen, Handicaprådet - frokost", "Bo Holm (frokost)":
			// lunch named as an item of the line is a yes
			yes := true
			cd.Lunch = &yes
		}
		cd.Diet = dietOf(cd.seg)
		for _, g := range groups {
			if cd.Lunch == nil {
				cd.Lunch = g.of(cd.Name)
			}
		}
		if cd.Lunch == nil {
			if len(cands) == 1 {
				if cd.Lunch = lunchOf(a.statements(false)); cd.Lunch == nil && cd.self && !reReplySubject.MatchString(a.in.Subject) {
					cd.Lunch = lunchOf(a.in.Subject)
				}
			} else if reGeneral.MatchString(generalText) {
				cd.Lunch = lunchOf(generalText)
			}
		}
		if cd.Diet == "" && len(cands) == 1 {
			cd.Diet = dietOf(a.statements(true))
		}
	}

	// 5. Actions.
	for _, cd := range cands {
		cd.Action = a.actionOf(cd)
	}
	if a.intent == IntentSubstitution {
		a.linkSubstitution(cands)
	}
	if a.intent == IntentRegistration && self != nil && self.Action == ActionRegister {
		// "Fra Lolland deltager Kirsten Møller og Per Holm. Jeg deltager
		// ikke selv.": a coordinator who says she does not come is not a
		// participant
		reg, can := a.writerSays()
		others := false
		for _, cd := range cands {
			others = others || cd != self && cd.Action == ActionRegister
		}
		if can && !reg && others {
			self.Action = ""
		}
	}

	var out []Person
	seen := map[string]bool{}
	for _, cd := range cands {
		key := strings.ToLower(cd.Name) + "|" + cd.Email
		if seen[key] || cd.Action == "" || shortFor(cd, cands) {
			continue
		}
		seen[key] = true
		out = append(out, cd.Person)
	}
	return out
}

// reNamesUnknown: the mail says how many come, or that the names follow,
// without naming them.
var reNamesUnknown = regexp.MustCompile(`(?i)\bnavne(ne)?\s+(følger|kommer|sendes|eftersendes)|\bvender\s+tilbage\s+med\s+(navne|hvem)|\b(sender|giver|oplyser)\s+([\p{L}]+\s+){0,2}navne(ne)?\s+(senere|snarest|når|efter|i\s+næste)|\bnames\s+(to\s+follow|will\s+follow|later)|\b(vi|de)\s+(kommer|bliver|er|deltager)\s+([\p{L}]+\s+)?(to|tre|fire|fem|seks|[2-9])\b|\b(sender|stiller\s+med)\s+([\p{L}]+\s+)?(to|tre|fire|fem|seks|[2-9])\b`)

// reReplySubject: a reply's or forward's subject, the invitation's words
// and not the writer's.
var reReplySubject = regexp.MustCompile(`(?i)^\s*(sv|re|aw|vs|fw|fwd|wg|vb)\s*:`)

// shortFor: cd is a first name alone ("I stedet for Mette kommer ..")
// of a person the mail names in full elsewhere ("Mette Bang er blevet
// forhindret") with the same action: the same person, said once.
func shortFor(cd *cand, cands []*cand) bool {
	if cd.Email != "" || cd.self || len(strings.Fields(cd.Name)) != 1 {
		return false
	}
	for _, o := range cands {
		if o != cd && o.Action == cd.Action && len(strings.Fields(o.Name)) > 1 && sameName(o.Name, cd.Name) {
			return true
		}
	}
	return false
}

// reLunchItem: "frokost" as an item of a list line, between separators:
// "- frokost", "(frokost)", ", frokost", "+ frokost".
var reLunchItem = regexp.MustCompile(`(?i)(^|[-–—,;(/|+])\s*frokost(en)?\s*(\)|[,;.]|$)`)

var reFirstWord = regexp.MustCompile(`^\s*(\p{Lu}\p{Ll}{3,})(en|et)\b`)

// titleRef: s opens with a title in the definite form ("Borgmesteren",
// "Direktøren", "Formanden") that seg used of its person ("borgmester
// Lars Bech", "vores direktør Anne").
func titleRef(s, seg string) bool {
	m := reFirstWord.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	stem := strings.ToLower(m[1])
	if roleOf(stem) == "" && stem != "formand" && stem != "næstformand" {
		return false
	}
	for _, w := range reNonWord.Split(strings.ToLower(seg), -1) {
		if w == stem || w == stem+"en" {
			return true
		}
	}
	return false
}

// groupLunch is a lunch answer given once for several people, with the
// names excepted from it.
type groupLunch struct {
	val    *bool
	except []string
}

// of returns the answer for the person named name: the opposite for an
// excepted name.
func (g groupLunch) of(name string) *bool {
	if g.val == nil {
		return nil
	}
	for _, e := range g.except {
		if sameName(e, name) {
			v := !*g.val
			return &v
		}
	}
	return g.val
}

var (
	// a sentence whose subject is everyone, and that speaks of lunch
	reGroupLunch = regexp.MustCompile(`(?i)^\s*((og|men|and|but)\s+)?(alle(\s+(to|tre|fire|fem|seks|syv|otte|[2-9]))?(\s+(af\s+)?(os|dem|deltagerne))?|begge(\s+to)?|vi(\s+(alle|begge|to|tre|fire))?|de(\s+(alle|begge|to|tre|fire))?|ingen\s+af\s+(dem|os|de\s+[\p{L}]+)|ingen|hverken\s+[\p{L}]+\s+eller\s+[\p{L}]+|both(\s+of\s+(them|us))?|all(\s+of\s+(them|us))?|none\s+of\s+(them|us)|everyone|we(\s+all|\s+both)?|they(\s+all|\s+both)?)\s+[^.;:,]*?(\bfrokost(en)?\b|\blunch\b|\bspise[rs]?\s+([\p{L}]+\s+){0,2}med\b)`)
	// a lunch line after a list: "Frokost: alle undtagen Michael"
	reLunchHead = regexp.MustCompile(`(?i)^\s*frokost(?:en)?\s*[:–-]\s*(alle|ingen)\b`)
	reExcept    = regexp.MustCompile(`(?i)^\s*,?\s*(undtagen|bortset\s+fra|except(\s+for)?|men\s+ikke|dog\s+ikke|på\s+nær)\s+[^.;,]*(\s+(og|and)\s+[^.;,]*)?`)
	reExceptIn  = regexp.MustCompile(`(?i)\b(undtagen|bortset\s+fra|except(\s+for)?|på\s+nær)\s+`)
	reRestLead  = regexp.MustCompile(`(?i)^[\s,;–-]*((og|men|and|but)\s+)?`)
)

// matchGroupLunch reads a lunch clause said once for several people at the
// start of s ("Alle deltager i frokosten undtagen Inge", "Ingen af dem
// deltager i frokosten", "Begge spiser med"): the answer, the excepted
// names, and the rest of the sentence.
func matchGroupLunch(s string, extra map[string]bool) (g groupLunch, rest string, ok bool) {
	m := reGroupLunch.FindStringIndex(s)
	var head *bool
	if m == nil {
		// "Frokost: alle undtagen Michael", "Frokost: ingen"
		hm := reLunchHead.FindStringSubmatchIndex(s)
		if hm == nil {
			return g, s, false
		}
		v := strings.EqualFold(s[hm[2]:hm[3]], "alle")
		head, m = &v, hm[:2]
	}
	clause := s[:m[1]]
	end := m[1]
	if e := reExcept.FindStringIndex(s[end:]); e != nil {
		clause += s[end : end+e[1]]
		end += e[1]
	}
	answer := clause
	if i := reExceptIn.FindStringIndex(clause); i != nil {
		for _, h := range findNames(clause[i[1]:], extra, true) {
			g.except = append(g.except, h.name)
		}
		answer = clause[:i[0]] + " " + clause[m[1]:]
	} else if i := reExcept.FindStringIndex(clause[m[1]:]); i != nil {
		for _, h := range findNames(clause[m[1]:], extra, true) {
			g.except = append(g.except, h.name)
		}
		answer = clause[:m[1]]
	}
	g.val = lunchOf(answer)
	if head != nil {
		g.val = head
	}
	if g.val == nil {
		return g, s, false
	}
	rest = s[end:]
	rest = rest[len(reRestLead.FindString(rest)):]
	return g, rest, true
}

func yesNo(v string) string {
	l := strings.ToLower(strings.TrimSpace(v))
	switch {
	case strings.HasPrefix(l, "ja"), strings.HasPrefix(l, "yes"), l == "x", strings.HasPrefix(l, "gerne"):
		return "ja"
	case strings.HasPrefix(l, "nej"), strings.HasPrefix(l, "no"), strings.HasPrefix(l, "ikke"), l == "-":
		return "nej"
	}
	return l
}

// nameLineTail: what may follow a name on a list line: nothing, or a
// separator before a description ("Anne Hansen, handicaprådet", "Anne
// Hansen (anne@x.dk)", "Anne Hansen – direktør").
func nameLineTail(s string) bool {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return true
	}
	switch t[0] {
	case ',', '(', '-', ':', '/', '<', '[', ';':
		return true
	}
	return strings.HasPrefix(t, "–") || strings.HasPrefix(t, "—")
}

// markBlankLunch: in a table whose lunch column is marked "x", an empty
// cell is a no.
func markBlankLunch(rows []*cand, xMarks bool) {
	if !xMarks {
		return
	}
	for _, r := range rows {
		if r.lunchBlank {
			r.seg += " ; frokost: nej"
		}
	}
}

func isHeader(cells []string) bool {
	hasName := false
	for _, c := range cells {
		l := strings.ToLower(c)
		if strings.Contains(l, "@") {
			return false
		}
		if l == "navn" || l == "name" || l == "deltager" || strings.HasPrefix(l, "navn") || l == "fulde navn" {
			hasName = true
		}
	}
	return hasName
}

// tableRow reads a table row by the header's column names, or by content
// where there is no header.
func tableRow(cells, header []string, extra map[string]bool) (*cand, bool) {
	cd := &cand{sentence: -1, listLine: true}
	var desc []string
	for i := len(cells); i < len(header); i++ {
		// trailing empty cells were trimmed off
		if strings.Contains(header[i], "frokost") || strings.Contains(header[i], "lunch") {
			cd.lunchBlank = true
		}
	}
	for i, c := range cells {
		h := ""
		if i < len(header) {
			h = header[i]
		}
		switch {
		case strings.Contains(h, "navn") || h == "name" || h == "deltager":
			if hit, ok := leadingName(c, extra); ok {
				cd.Name = hit.name
			} else if strings.TrimSpace(c) != "" {
				cd.Name = strings.TrimSpace(c)
			}
		case strings.Contains(h, "mail"):
			cd.Email = strings.ToLower(reEmailAny.FindString(c))
		case strings.Contains(h, "frokost") || strings.Contains(h, "lunch"):
			if v := strings.TrimSpace(c); v == "" {
				cd.lunchBlank = true
			} else if strings.EqualFold(v, "x") {
				desc = append(desc, "frokost: x")
			} else {
				desc = append(desc, "frokost: "+yesNo(c))
			}
		case strings.Contains(h, "kommune"):
			if m, ok := dk.Canonical(c); ok {
				cd.Municipality = m
			}
		case h == "" && cd.Name == "":
			if hit, ok := leadingName(c, extra); ok {
				cd.Name = hit.name
				continue
			}
			desc = append(desc, c)
		default:
			desc = append(desc, c)
		}
	}
	cd.seg = strings.Join(desc, " ; ")
	if cd.Email == "" {
		cd.Email = strings.ToLower(reEmailAny.FindString(cd.seg))
	}
	return cd, cd.Name != ""
}

// splitSegments cuts a sentence into the part about each name: a name's
// part runs to the last connector ("og", ",", ";", "samt") before the next
// name; the first name also gets what precedes it ("vores direktør Anne").
func splitSegments(s string, hits []nameHit) []string {
	segs := make([]string, len(hits))
	from := 0
	if len(hits) > 0 {
		// "deltager jeg selv samt kontorchef Anne": Anne's part starts after
		// "samt"; so does it after the writer's words about themselves ("mig
		// selv (centerchef) og min kollega Dorte").
		if cut := lastConnector(s[:hits[0].start]); cut < hits[0].start && (roleOf(s[cut:hits[0].start]) != "" || writersOwnRole(s[:cut])) {
			from = cut
		}
	}
	for i, h := range hits {
		end := len(s)
		next := len(s)
		if i+1 < len(hits) {
			between := s[h.end:hits[i+1].start]
			cut := lastConnector(between)
			end = h.end + cut
			next = end
		}
		segs[i] = s[from:end]
		from = next
	}
	return segs
}

var reConnector = regexp.MustCompile(`(?i)(\s+og\s+|\s*,\s*|\s*;\s*|\s+samt\s+|\s*&\s*|\s+and\s+|\s+mens\s+|\s+men\s+)`)

// writersOwnRole: s ends with the writer's words about their own role:
// "mig selv (centerchef for Voksen og Handicap)". A role before the
// writer's "mig" ("Vi kommer to fra Handicaprådet: mig selv") is shared.
func writersOwnRole(s string) bool {
	ms := reWriterRef.FindAllStringIndex(s, -1)
	if len(ms) == 0 {
		return false
	}
	rest := s[ms[len(ms)-1][1]:]
	// "jeg ... vil gerne tilmelde vores chef for X, Maja Lind": a role
	// with a possessive before it is someone else's
	return roleOf(rest) != "" && !rePossessive.MatchString(rest)
}

// reOtherObject: a registering phrase whose object is someone else.
var reOtherObject = regexp.MustCompile(`(?i)\btilmeld[\p{L}]*\s+(hermed\s+|gerne\s+|også\s+)?(vores|min|mit|hende|ham|dem|følgende)\b`)

var rePossessive = regexp.MustCompile(`(?i)\b(vores|min|mit|hans|hendes|deres|our|my)\b`)

// lastConnector: the offset of the last connector in between, or
// len(between). "Social- og Sundhedsudvalget" has no connector.
func lastConnector(between string) int {
	ms := reConnector.FindAllStringIndex(between, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i][0] > 0 && between[ms[i][0]-1] == '-' {
			continue
		}
		return ms[i][0]
	}
	return len(between)
}

// reJoinedWriter: "og jeg (", "og mig selv,": a connector, the writer, and
// an opening parenthesis or a connector before the next name.
var reJoinedWriter = regexp.MustCompile(`^(og|,|&|samt)\s*(jeg|mig)(\s+selv)?\s*[(,]?$`)

// joinedOnly: the names are joined by a bare connector: "og", ",", "&".
//
// The writer between them counts as one of the joined: "Søren Bæk og jeg
// (Ulla Ørsted) fra Handicaprådet" shares "fra Handicaprådet" with Søren.
func joinedOnly(between string) bool {
	t := strings.ToLower(strings.TrimSpace(between))
	if w := reJoinedWriter.FindStringSubmatch(t); w != nil {
		t = w[1]
	}
	return t == "og" || t == "," || t == "&" || t == "samt" || t == "and" || t == ", og"
}

func stripEmails(s string) string {
	return reEmailAny.ReplaceAllString(s, " ")
}

// signatureTitle: the signature without e-mail addresses, web addresses
// and phone lines: the lines that carry a title.
func signatureTitle(sig string) string {
	var keep []string
	for _, l := range strings.Split(sig, "\n") {
		if rePhone.MatchString(l) || strings.Contains(l, "www.") || strings.Contains(l, "http") {
			continue
		}
		keep = append(keep, stripEmails(l))
	}
	return strings.Join(keep, "\n")
}

// statements: the sentences of the body that say something of the
// writer's own: no instructions quoted from an invitation ("skriv om du
// deltager i frokosten"), and no questions unless questions is true.
func (a *analysis) statements(questions bool) string {
	var parts []string
	for _, s := range a.sents {
		if s.aside || !questions && s.question && !s.soft || instruction(s.text) {
			continue
		}
		parts = append(parts, s.text)
	}
	return strings.Join(parts, "\n")
}

// selfText: the sentences in which the sender speaks of themselves about
// taking part ("jeg kommer", "tilmelde mig", "jeg sidder i
// handicaprådet"), or "" if the sender does not.
func (a *analysis) selfText() string {
	var parts []string
	found := false
	for si, s := range a.sents {
		if s.question && !s.soft || s.aside || instruction(s.text) {
			continue
		}
		if reSelf.MatchString(s.text) {
			found = true
			parts = append(parts, ownPart(s.text))
		} else if reSelfOnly.MatchString(s.text) && len(findNames(s.text, nil, false)) == 0 {
			parts = append(parts, s.text)
			// "Jeg er DH's repræsentant i Handicaprådet og vil gerne
			// deltage": the writer is the subject of the act
			if reWriterRef.MatchString(s.text) && (a.sentenceHas(si, IntentRegistration) || a.sentenceHas(si, IntentCancellation)) {
				found = true
			}
		}
	}
	if !found {
		return ""
	}
	return strings.Join(parts, " ")
}

// ownPart: the writer's part of a sentence that goes on to speak of
// someone else: "Jeg må melde afbud, men Hanne Bjerg fra Handicaprådet
// kommer" -> "Jeg må melde afbud". A sentence that names someone before
// the writer ("Anne og jeg deltager fra Handicaprådet") is shared.
func ownPart(s string) string {
	hits := findNames(s, nil, false)
	if len(hits) == 0 {
		return s
	}
	before := s[:hits[0].start]
	refs := reWriterRef.FindAllStringIndex(before, -1)
	if len(refs) == 0 {
		return s
	}
	// "jeg selv og Sonja Bak fra Udsatterådet", "jeg, Erik og Jytte –
	// alle fra Handicaprådet": joined by a bare "og" or ",", the writer
	// shares what follows
	if joinedOnly(strings.TrimPrefix(strings.TrimSpace(before[refs[len(refs)-1][1]:]), "selv")) {
		return s
	}
	cut := lastConnector(before)
	if !reWriterRef.MatchString(before[:cut]) {
		return s
	}
	return s[:cut]
}

// writerSays: whether the writer's own words (the part of a sentence about
// them, see ownPart) register or cancel themselves.
func (a *analysis) writerSays() (reg, can bool) {
	for si, s := range a.sents {
		if s.question && !s.soft || s.aside || !reSelf.MatchString(s.text) && !reWriterRef.MatchString(s.text) {
			continue
		}
		own := len(ownPart(s.text))
		for _, h := range a.hits {
			if h.sentence != si || h.start-s.start >= own {
				continue
			}
			switch h.intent {
			case IntentRegistration:
				// "tilmelde vores chef", "tilmelde hende": the writer
				// registers someone else
				if !reOtherObject.MatchString(h.text) {
					reg = true
				}
			case IntentCancellation:
				can = true
			}
		}
	}
	return reg, can
}

// othersCancel: sentence si has a cancellation that is not only the
// writer's own "jeg kan ikke den dag": then a first name alone in it may be
// the one who cancels ("Birgit kan ikke"). In "Birgit har tilmeldt mig, men
// jeg kan ikke den dag" Birgit is only mentioned.
func (a *analysis) othersCancel(si int) bool {
	for _, h := range a.hits {
		if h.sentence != si || h.intent != IntentCancellation {
			continue
		}
		s := a.sents[si]
		if at := h.start - s.start; at >= 0 && at <= len(s.text) && reWriterSubject.MatchString(strings.ToLower(s.text[:at])) {
			continue
		}
		return true
	}
	return false
}

var reWriterSubject = regexp.MustCompile(`(?:^|[,;]|\bmen|\bog)\s*(jeg|vi)\s+((desværre|altså|bare|simpelthen|så|nok)\s+)*$`)

func (a *analysis) sentenceHas(si int, intent string) bool {
	for _, h := range a.hits {
		if h.sentence == si && h.intent == intent {
			return true
		}
	}
	return false
}

var reUnchanged = regexp.MustCompile(`(?i)\b(er|står|bliver)\s+(stadig|fortsat|som\s+planlagt)\s+(tilmeldt|på\s+(listen|deltagerlisten))\b|\b(kommer|deltager)\s+(stadig|fortsat|som\s+planlagt)\b|\bis\s+still\s+(registered|coming|attending)\b`)

var reComingClause = regexp.MustCompile(`(?i)\bi\s*stedet\b|\binstead\b|\bwill\s+(come|attend|join|participate|replace|take)\b|\b(kommer|deltager|erstatter|overtager|afløser)\b|\btage[rs]?\s+(hans|hendes|min|deres|dennes)\s+plads\b|\boverta[gk]e[rs]?\b|\btakes?\s+(his|her|my|their)\s+(place|seat)\b`)

var reRegisterLine = regexp.MustCompile(`(?i)\b(deltager|kommer|tilmeld[\p{L}]*|deltager\s+gerne|ja)\b`)

var reCancelLine = regexp.MustCompile(`(?i)\bafbud\b|forhindret|kan\s+([\p{L}\p{N}_]+\s+)?ikke|deltager\s+ikke\b|melder\s+fra|framelde|udgår|\bsyg\b|\bcan['’]?t\b|\bcannot\b|\bunable\s+to\b|\b(won['’]t|will\s+not)\s+be\b|\bnot\s+be\s+able\b|\bcancel|\bwithdraw|\bapologies\b`)

// actionOf: the cue in the person's own sentence or line, else the mail's.
// In an afbud, a person "still registered" is not changed by the mail:
// "Jeg melder afbud, men min kollega Lasse Brink er stadig tilmeldt." (In
// a registration, "Anne kommer stadig, men spiser ikke med" updates Anne.)
func (a *analysis) actionOf(cd *cand) string {
	seg := cd.seg
	if !cd.self && cd.sentence >= 0 && a.intent == IntentCancellation && reUnchanged.MatchString(clauseOf(seg, cd.Name)) {
		return ""
	}
	if cd.sentence >= 0 {
		can, reg := a.sentenceHas(cd.sentence, IntentCancellation), a.sentenceHas(cd.sentence, IntentRegistration)
		if can && !reg {
			return ActionCancel
		}
		if reg && !can {
			return ActionRegister
		}
	}
	if cd.listLine && reRegisterLine.MatchString(seg) && !reCancelLine.MatchString(seg) {
		return ActionRegister
	}
	if cd.listLine && reCancelLine.MatchString(seg) && !reLunchAfter.MatchString(strings.ToLower(seg)) {
		if lunchOf(seg) == nil || !strings.Contains(strings.ToLower(seg), "frokost") {
			return ActionCancel
		}
	}
	if cd.self && cd.sentence == -2 {
		l := strings.ToLower(seg)
		if reCancelLine.MatchString(l) && a.intent != IntentRegistration {
			return ActionCancel
		}
	}
	if a.intent == IntentCancellation {
		return ActionCancel
	}
	return ActionRegister
}

// linkSubstitution decides who leaves and who comes and links them.
func (a *analysis) linkSubstitution(cands []*cand) {
	leaving := map[*cand]bool{}
	coming := map[*cand]bool{}
	var self *cand
	for _, cd := range cands {
		if cd.self {
			self = cd
		}
	}
	bySentence := func(si int) []*cand {
		var out []*cand
		for _, cd := range cands {
			if cd.sentence == si {
				out = append(out, cd)
			}
		}
		return out
	}
	for si, s := range a.sents {
		in := bySentence(si)
		if m := reLeaveMark.FindStringIndex(s.text); m != nil {
			after := s.start + m[1]
			var best *cand
			for _, cd := range in {
				if cd.start >= after && cd.start-after <= 12 {
					best = cd
				}
			}
			if best != nil {
				leaving[best] = true
				for _, cd := range in {
					if cd != best {
						coming[cd] = true
					}
				}
			}
		}
		if m := reReplacedBy.FindStringIndex(s.text); m != nil {
			pos := s.start + m[0]
			for _, cd := range in {
				if cd.start > pos {
					coming[cd] = true
				} else if !coming[cd] {
					leaving[cd] = true
				}
			}
			// "Han erstattes af Mie": the one named before leaves.
			if len(in) > 0 && in[0].start > pos && rePronoun.MatchString(s.text) {
				for si2 := si - 1; si2 >= 0; si2-- {
					var prev []*cand
					for _, cd := range cands {
						if cd.sentence == si2 {
							prev = append(prev, cd)
						}
					}
					if len(prev) > 0 {
						leaving[prev[len(prev)-1]] = true
						break
					}
				}
			}
		} else if m := reReplaceBy.FindStringIndex(s.text); m != nil {
			pos := s.start + m[0]
			for _, cd := range in {
				if cd.start < pos {
					coming[cd] = true
				} else if !coming[cd] {
					leaving[cd] = true
				}
			}
		}
		if reMyPlace.MatchString(s.text) && self != nil {
			leaving[self] = true
			for _, cd := range in {
				if cd != self {
					coming[cd] = true
				}
			}
		}
		if a.sentenceHas(si, IntentCancellation) {
			for _, cd := range in {
				// "Erik kan ikke komme, men Signe kommer i stedet": judge by
				// each name's own clause
				cl := clauseOf(cd.seg, cd.Name)
				if !coming[cd] && reComingClause.MatchString(cl) && !reCancelLine.MatchString(cl) {
					coming[cd] = true
				}
				if !coming[cd] {
					leaving[cd] = true
				}
			}
			before := s.text
			if len(in) > 0 {
				before = s.text[:max(0, in[0].start-s.start)]
			}
			if self != nil && !coming[self] && reSelfOnly.MatchString(before) && reCancelLine.MatchString(before) {
				leaving[self] = true
			}
		}
		if reTheirPl.MatchString(s.text) || a.sentenceHas(si, IntentSubstitution) || a.sentenceHas(si, IntentRegistration) {
			for _, cd := range in {
				if !leaving[cd] {
					coming[cd] = true
				}
			}
		}
	}
	// list lines: a cancel cue leaves, the rest come
	for _, cd := range cands {
		if cd.listLine {
			if cd.Action == ActionCancel {
				leaving[cd] = true
			} else {
				coming[cd] = true
			}
		}
	}
	if len(leaving) == 0 && self != nil && !coming[self] {
		leaving[self] = true
	}
	var ls []*cand
	for _, cd := range cands {
		if leaving[cd] {
			ls = append(ls, cd)
		}
	}
	k := 0
	for _, cd := range cands {
		if leaving[cd] {
			cd.Action = ActionCancel
			cd.Replaces = ""
			continue
		}
		if !coming[cd] && cd.self {
			// the sender only reports the change
			cd.Action = ""
			continue
		}
		cd.Action = ActionRegister
		if len(ls) > 0 {
			l := ls[min(k, len(ls)-1)]
			cd.Replaces = l.Name
			if cd.Replaces == "" {
				cd.Replaces = l.Email
			}
			if cd.Role == "" {
				cd.Role = l.Role // a substitute takes the seat
			}
			k++
		}
	}
}

// countListPersons counts list, table and form lines that begin with a name.
func countListPersons(body string) int {
	n := 0
	for _, l := range strings.Split(body, "\n") {
		if m := reFormLine.FindStringSubmatch(l); m != nil && (strings.EqualFold(m[1], "navn") || strings.EqualFold(m[1], "name")) {
			n++
			continue
		}
		rest := l[len(reBullet.FindString(l)):]
		if strings.ContainsAny(rest, "|\t") {
			rest = reTableCell.Split(strings.Trim(rest, "|\t "), -1)[0]
		}
		if h, ok := leadingName(rest, nil); ok && nameLineTail(rest[h.end:]) {
			n++
		}
	}
	return n
}

// lineHasCue: the line says something (a verb of registering, cancelling,
// replacing): it is a sentence, not a list entry.
func lineHasCue(l string) bool {
	for _, cu := range cues {
		if cu.intent != IntentOther && cu.intent != IntentQuestion && cu.re.MatchString(l) {
			return true
		}
	}
	return false
}

var reClauseBreak = regexp.MustCompile(`(?i),|;|–|—|\s-\s|\bså\b|\bmen\b|\bbut\b|\bso\b`)

// clauseOf: the clause of seg in which name stands: from the last clause
// break (",", "så", "men") before the name to the end.
func clauseOf(seg, name string) string {
	i := strings.Index(seg, name)
	if i < 0 {
		return seg
	}
	ms := reClauseBreak.FindAllStringIndex(seg[:i], -1)
	if len(ms) == 0 {
		return seg
	}
	return seg[ms[len(ms)-1][1]:]
}
