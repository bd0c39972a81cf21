package freetext

import (
	"regexp"
	"strings"
)

var (
	// The new text points at answers typed into the quoted mail: "Svar
	// nedenfor.", "Se mine svar herunder", "Har udfyldt formularen
	// nedenfor", "Answers inline", "See my answers below".
	reAnswersBelow = regexp.MustCompile(`(?i)\b(svar(et|ene|er)?|besvaret|besvarer|udfyldt|udfylder|skrevet|se|ser|answers?|answered|replies|see|filled\s+in|comments?)\b.{0,40}?(nedenfor|herunder|nedenunder|forneden|længere\s+nede|i\s+(teksten|mailen|invitationen|formularen|skemaet)|below|inline|in\s+line)\b`)
	// A form line of the quoted invitation, with an optional hint between
	// the field and the colon: "Rolle (fx handicapråd, udvalg): ".
	reQuotedForm = regexp.MustCompile(`(?i)^\s*[-*•]?\s*(navn|name|deltager|fulde\s+navn|e-?mail|mail|mailadresse|rolle|funktion|titel|stilling|repræsenterer|kommune|organisation|frokost|lunch|kost[\p{L}\p{N}_]*|diæt|allergi[\p{L}\p{N}_]*|madønsker|særlige\s+hensyn)\s*(?:\([^)]{0,120}\))?\s*[:=]\s*(.*)$`)
	// An unfilled value: a choice ("ja/nej", "ja eller nej"), a hint
	// ("fx handicapråd", "[navn]", "(udfyldes)"), blanks ("____", "...").
	reChoice      = regexp.MustCompile(`(?i)^(ja|nej|yes|no)\s*(/|eller|or)\s*(ja|nej|yes|no)\b`)
	reHintValue   = regexp.MustCompile(`(?i)^(fx|f\.eks\.?|eks\.?|e\.g\.?|evt\.?|udfyldes|skriv\b)|^[\[(<{].*[\])>}]$`)
	rePlaceholder = regexp.MustCompile(`^[\s_.…\-–:=*xX?]*$`)
)

// inlineAnswers reads the answers a writer typed into the invitation they
// quote, when their new text points there ("Svar nedenfor.", "Se mine svar
// herunder"): a quoted form line they filled in ("> Navn: Jens Olsen",
// "> Frokost (ja/nej): ja") and an unquoted line typed under a quoted form
// line or question ("> Navn:" then "Jens Olsen"; "> Ønsker du frokost?"
// then "Ja"). It returns them as the writer's own form lines ("Navn: Jens
// Olsen", "Frokost: ja"), one a line, and the indices of the unquoted answer
// lines (which the caller removes from the new text, so the answer is read
// once). The invitation's own unfilled form ("> Navn:", "> Frokost: ja/nej")
// and its instructions give nothing. Without a pointer in newText, or
// without any answer, it returns "".
func inlineAnswers(newText string, lines []string) (answers string, used map[int]bool) {
	if !reAnswersBelow.MatchString(newText) {
		return "", nil
	}
	start := quoteStart(lines)
	for i, l := range lines[:start] {
		if isQuotedLine(l) {
			start = i
			break
		}
	}
	if start >= len(lines) {
		return "", nil
	}
	var out []string
	used = map[int]bool{}
	pendingKey := ""    // a quoted unfilled form field waiting for its answer
	var para []string   // the quoted paragraph so far (a question may wrap)
	prevQuoted := false // the previous non-blank line was quoted
	for i := start; i < len(lines); i++ {
		l := lines[i]
		if isQuotedLine(l) {
			t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "> "))
			prevQuoted = true
			if t == "" {
				para = nil
				continue
			}
			if m := reQuotedForm.FindStringSubmatch(t); m != nil {
				key, val := formKey(m[1]), strings.TrimSpace(m[2])
				para = nil
				if filledValue(val) {
					out = append(out, key+": "+val)
					pendingKey = ""
				} else {
					pendingKey = key
				}
				continue
			}
			para = append(para, t)
			pendingKey = ""
			if strings.HasSuffix(t, "?") {
				pendingKey = questionKey(strings.Join(para, " "))
				para = nil
			}
			continue
		}
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		para = nil
		if !prevQuoted {
			continue // an unquoted quote (Outlook style) or the writer's text
		}
		if i > 0 && !isQuotedLine(lines[i-1]) && strings.TrimSpace(lines[i-1]) != "" {
			continue // only the first line typed under a quoted line answers it
		}
		switch {
		case pendingKey == "" || pendingKey == "?":
			continue
		case pendingKey == "deltager":
			switch yesNo(t) {
			case "ja":
				out = append(out, "Jeg deltager.")
			case "nej":
				out = append(out, "Jeg kan ikke deltage.")
			default:
				out = append(out, t)
			}
		default:
			out = append(out, pendingKey+": "+t)
		}
		used[i] = true
		pendingKey = ""
	}
	if len(out) == 0 {
		return "", nil
	}
	return strings.Join(out, "\n"), used
}

func isQuotedLine(l string) bool {
	return strings.HasPrefix(strings.TrimLeft(l, " \t"), ">")
}

// formKey is the canonical Danish field name of a form key.
func formKey(k string) string {
	k = strings.ToLower(strings.Join(strings.Fields(k), " "))
	switch {
	case k == "name" || k == "deltager" || k == "fulde navn":
		return "Navn"
	case strings.Contains(k, "mail"):
		return "E-mail"
	case k == "lunch":
		return "Frokost"
	}
	return strings.ToUpper(k[:1]) + k[1:]
}

// filledValue: the writer wrote something in the field, not the
// invitation's choice, hint or blank.
func filledValue(v string) bool {
	v = strings.TrimSpace(v)
	return !rePlaceholder.MatchString(v) && !reChoice.MatchString(v) && !reHintValue.MatchString(v)
}

// questionKey: the form field a quoted question asks for ("Ønsker du
// frokost?" -> Frokost), "deltager" for "Deltager du?", "?" for another
// question (its answer is not read).
func questionKey(q string) string {
	q = strings.ToLower(q)
	switch {
	case strings.Contains(q, "kost") || strings.Contains(q, "diæt") || strings.Contains(q, "allergi") || strings.Contains(q, "vegetar"):
		if strings.Contains(q, "frokost") && !strings.Contains(q, "hensyn") && !strings.Contains(q, "allergi") {
			return "Frokost"
		}
		return "Kosthensyn"
	case strings.Contains(q, "lunch") || strings.Contains(q, "spise med"):
		return "Frokost"
	case strings.Contains(q, "navn") || strings.Contains(q, "hvem"):
		return "Navn"
	case strings.Contains(q, "rolle") || strings.Contains(q, "repræsent") || strings.Contains(q, "funktion"):
		return "Rolle"
	case strings.Contains(q, "kommune"):
		return "Kommune"
	case strings.Contains(q, "mail"):
		return "E-mail"
	case strings.Contains(q, "deltag") || strings.Contains(q, "komme") || strings.Contains(q, "tilmeld"):
		return "deltager"
	}
	return "?"
}

// answersRegister: the answers fill in who comes or their lunch ("Navn:
// Jens Olsen", "Frokost: ja"), which is how the invitation asked to register.
func answersRegister(answers string) bool {
	for _, l := range strings.Split(answers, "\n") {
		if m := reFormLine.FindStringSubmatch(l); m != nil {
			switch strings.ToLower(m[1]) {
			case "navn", "frokost", "rolle", "kommune":
				return true
			}
		}
	}
	return false
}

func hasIntent(hits []hit, intent string) bool {
	for _, h := range hits {
		if h.intent == intent {
			return true
		}
	}
	return false
}
