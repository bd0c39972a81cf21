package freetext

import (
	"regexp"
	"strings"
)

var (
	// "-----Oprindelig meddelelse-----", "-----Original Message-----",
	// "---------- Forwarded message ---------", "Begin forwarded message:".
	reSeparator    = regexp.MustCompile(`(?i)^\s*[>*]*\s*-{2,}\s*(oprindelig meddelelse|original message|oprindelig besked|videresendt meddelelse|videresendt besked|videresendt mail|forwarded message|weitergeleitete nachricht|ursprüngliche nachricht|message d'origine)\s*-*\s*$`)
	reForwardStart = regexp.MustCompile(`(?i)^\s*(begin forwarded message|start på videresendt (meddelelse|besked)|videresendt meddelelse|anfang der weitergeleiteten nachricht)\s*:?\s*$`)
	reUnderscore   = regexp.MustCompile(`^\s*_{10,}\s*$`)
	// Outlook header lines, Danish, English, German; also bold "*Fra:*" from HTML.
	reHdrFrom = regexp.MustCompile(`(?i)^\s*[>*]*\s*(fra|from|von|de)\s*:\s*\*?\s*\S`)
	reHdrMore = regexp.MustCompile(`(?i)^\s*[>*]*\s*(sendt|sent|dato|date|til|to|emne|subject|gesendet|an|betreff|cc|vigtighed|importance)\s*:`)
	// Gmail/Apple/Thunderbird attribution: "Den 12. jun. 2026 kl. 10.03 skrev Anne <a@b.dk>:",
	// "On Tue, Jun 9, 2026 at 10:03 AM Anne <a@b.dk> wrote:", "Am 12.06.2026 schrieb ...:".
	reAttribution = regexp.MustCompile(`(?i)^\s*(den|d\.|on|am|le|tirsdag|mandag|onsdag|torsdag|fredag|lørdag|søndag)\b.{0,250}\b(skrev|wrote|schrieb|a écrit)(( følgende)?\s*:?|\s.{0,120}:)\s*$`)
	reAttrStart   = regexp.MustCompile(`(?i)^\s*(den|d\.|on|am|le)\s+\S`)
	reAttrEnd     = regexp.MustCompile(`(?i)\b(skrev|wrote|schrieb|a écrit)(( følgende)?\s*:?|\s.{0,120}:)\s*$|^\s*\S*@\S*>?\s*:\s*$`)
	// Sign-offs that start a signature block.
	reSignOff   = regexp.MustCompile(`(?i)^\s*(med\s+)?(venlig(st|e)?|venli|vennlig)\s+hils(en|ner)\b|^\s*(mvh|m\.v\.h|vh|kh|vh\.|mvh\.)\b\.?|^\s*(de\s+)?bedste\s+hilsne?r?\b|^\s*(mange\s+)?(hilsen|hilsner)\b|^\s*kærlig\s+hilsen|^\s*(kind|best|warm)\s+regards\b|^\s*regards\b|^\s*best\b,?\s*$|^\s*cheers\b|^\s*--\s*$|^\s*(sendt|sent)\s+(fra|from)\s+(min|my|outlook|mail\s+til|mail\s+for|yahoo|samsung)\b|^\s*(få|get)\s+outlook\s+(til|for)\b|^\s*tak\s*$|^\s*på\s+forhånd\s+tak\b.{0,30}$`)
	rePhone     = regexp.MustCompile(`(?i)(tlf|telefon|mobil|mob|direkte|phone|tel)\.?\s*:?\s*(\+45)?\s*\d|(\+45\s*)?\b\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b`)
	reEmailWord = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}`)
)

// StripQuotes splits a plain-text mail body into what the sender wrote now
// (newText), the quoted or forwarded mail below it (quoted) and the sender's
// signature (signature, kept for identity: name, title, municipality).
//
// Quoted mail starts at the first of: an Outlook header block ("Fra:" with
// "Sendt:"/"Til:"/"Emne:" within the next lines, in Danish, English or
// German, also bold "*Fra:*" from HTML), a "-----Oprindelig meddelelse-----"
// or "-----Original Message-----" or forwarded-message separator, a line of
// underscores (Outlook's HTML reply separator), a Gmail/Apple/Thunderbird
// attribution ("Den 12. jun. 2026 kl. 10.03 skrev Anne <a@b.dk>:", "On ...
// wrote:", "Am ... schrieb:", also wrapped over two lines). Lines starting
// with ">" anywhere are quoted too. The signature starts at the first
// sign-off line ("Med venlig hilsen", "Venlig hilsen", "Mvh", "Bedste
// hilsner", "Kind regards", "-- ", "Sendt fra min iPhone") in what remains,
// or, without a sign-off, is the last paragraph when it looks like a
// signature block (short lines with a phone number, an address or a
// municipality). Text is trimmed; line breaks are "\n".
func StripQuotes(text string) (newText, quoted, signature string) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(text)
	lines := strings.Split(text, "\n")
	cut := quoteStart(lines)
	resume := bottomPosted(lines, cut)
	var keep, q []string
	for i, l := range lines {
		if i >= cut && (resume < 0 || i < resume) {
			q = append(q, l)
			continue
		}
		if resume >= 0 && i == resume {
			// the answer below the quote may itself end in quoted mail
			if c := quoteStart(lines[resume:]); c < len(lines)-resume {
				cut, resume = resume+c, -1
				if i >= cut {
					q = append(q, l)
					continue
				}
			}
		}
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), ">") {
			q = append(q, l)
			continue
		}
		keep = append(keep, l)
	}
	sigAt := signatureStart(keep)
	var body, sig []string
	if sigAt >= 0 {
		body, sig = keep[:sigAt], keep[sigAt:]
	} else {
		body = keep
	}
	return trimBlock(body), trimBlock(q), trimBlock(sig)
}

// bottomPosted: the line where a reply typed below the quote starts, or
// -1. Thunderbird and Apple Mail users may answer under the quote: "Den
// 01-06-2026 kl. 10:00 skrev Sekretariatet:", then the invitation as "> "
// lines, then "Jeg kommer gerne." A quote whose every line carries ">" ends
// where the ">" lines end; unquoted text after it is the writer's own.
// Outlook quotes ("Fra:"/"Sendt:" headers, separators) carry no ">", so
// everything under them stays quoted.
func bottomPosted(lines []string, cut int) int {
	if cut >= len(lines) || !reAttribution.MatchString(strings.TrimSpace(lines[cut])) && !reAttrStart.MatchString(strings.TrimSpace(lines[cut])) {
		return -1
	}
	i := cut + 1
	if !reAttribution.MatchString(strings.TrimSpace(lines[cut])) {
		i++ // the attribution wrapped over two lines
	}
	quoted := 0
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, ">") {
			break
		}
		quoted++
	}
	if quoted == 0 || i >= len(lines) {
		return -1
	}
	return i
}

func trimBlock(lines []string) string {
	s := strings.Join(lines, "\n")
	return strings.TrimSpace(s)
}

// quoteStart returns the index of the first line of quoted mail, or len(lines).
func quoteStart(lines []string) int {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if reSeparator.MatchString(t) || reForwardStart.MatchString(t) || reUnderscore.MatchString(t) {
			return i
		}
		if reHdrFrom.MatchString(t) {
			n := 0
			for j := i + 1; j < len(lines) && j <= i+6; j++ {
				if reHdrMore.MatchString(lines[j]) {
					n++
				}
			}
			if n >= 2 {
				return i
			}
		}
		if reAttribution.MatchString(t) {
			return i
		}
		if reAttrStart.MatchString(t) && i+1 < len(lines) && reAttrEnd.MatchString(lines[i+1]) && len(t) < 200 && strings.Contains(t+lines[i+1], "@") {
			return i
		}
	}
	return len(lines)
}

// signatureStart returns the index of the first signature line, or -1.
// A sign-off line starts it; without one (or above one, "Jens Ploug /
// Handicaprådet / Sendt fra min iPad") a line that is only a name, followed
// by nothing but short title/organisation lines, starts it.
func signatureStart(lines []string) int {
	at := signOffStart(lines)
	end := len(lines)
	if at >= 0 {
		end = at
	}
	if n := nameLineStart(lines[:end]); n >= 0 {
		return n
	}
	return at
}

// nameLineStart finds a trailing "name line + short lines" block.
func nameLineStart(lines []string) int {
	last := len(lines) - 1
	for last >= 0 && strings.TrimSpace(lines[last]) == "" {
		last--
	}
	for i := last; i >= 1 && i >= last-4; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			break
		}
		if h, ok := leadingName(t, nil); ok && h.end >= len(strings.TrimRight(t, " .,")) {
			for _, l := range lines[i+1 : last+1] {
				lt := strings.TrimSpace(l)
				if len(lt) > 70 || strings.HasSuffix(lt, ".") && !strings.HasSuffix(lt, "Kommune.") || lineHasCue(lt) {
					return -1
				}
			}
			return i
		}
		if len(t) > 70 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") {
			break
		}
	}
	return -1
}

// pipeSignature: a one-line signature of short cells, as Outlook writes
// it: "Gitte Ravn | Formand for Udsatterådet | Stevns Kommune | Tlf. 5657
// 5657 | gira@stevns.dk".
func pipeSignature(l string) bool {
	cells := strings.Split(l, "|")
	if len(cells) < 3 || !rePhone.MatchString(l) {
		return false
	}
	for _, c := range cells {
		if len(strings.TrimSpace(c)) > 45 {
			return false
		}
	}
	return true
}

func signOffStart(lines []string) int {
	for i, l := range lines {
		if reSignOff.MatchString(l) {
			// A sign-off must not be followed by a long body paragraph:
			// "Hilsen fra handicaprådet: vi kommer tre" is text.
			if strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), "hilsen") && len(strings.TrimSpace(l)) > 40 {
				continue
			}
			return i
		}
	}
	// No sign-off: the last paragraph, if it looks like a signature block.
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	start := end
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if start == 0 || end-start > 9 {
		return -1
	}
	long, marks := 0, 0
	for _, l := range lines[start:end] {
		t := strings.TrimSpace(l)
		if reFormLine.MatchString(t) || reBullet.MatchString(t) {
			return -1 // a form or a list, not a signature
		}
		if len(t) > 70 && !(end-start == 1 && pipeSignature(t)) {
			long++
		}
		lt := strings.ToLower(t)
		if rePhone.MatchString(t) || reEmailWord.MatchString(t) || strings.Contains(lt, "kommune") || strings.HasPrefix(lt, "region ") || strings.Contains(lt, "www.") {
			marks++
		}
	}
	if long == 0 && marks > 0 {
		return start
	}
	return -1
}
