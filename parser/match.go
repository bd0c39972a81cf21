package parser

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MatchEvent returns the ID of the event r is about, "" if none:
//
//  1. the event whose UID equals the iCalendar UID (RFC 5545 3.8.4.7) of
//     r.Calendar;
//  2. else the event with the most subject keywords found in r.Subject
//     (case- and diacritic-insensitive: "dialogmøde", "dialogmode" and
//     "dialogmoede" are the same word), preferring events whose mailbox the
//     mail was sent to (To/Cc) and, for a calendar, whose start date equals
//     DTSTART's;
//  3. else, when exactly one event uses a mailbox the mail was addressed to,
//     that event (a low-confidence match: the caller may review it).
//
// Ties between different events give "" (not guessed).
func MatchEvent(r *Result, events []EventHint) string {
	id, _ := matchEvent(r, events, "")
	return id
}

// matchEvent is MatchEvent with the address of the mailbox the mail was
// found in, which counts as addressed (Bcc, lists, forwards into it), and
// says how it matched ("uid", "keyword", "date", "mailbox"). A calendar mail is
// never matched by its mailbox alone: its UID and summary name its meeting,
// and when neither is ours it is about another one.
func matchEvent(r *Result, events []EventHint, mailbox string) (string, string) {
	if r == nil || len(events) == 0 {
		return "", ""
	}
	if r.Calendar != nil && r.Calendar.UID != "" {
		for _, e := range events {
			if e.UID != "" && e.UID == r.Calendar.UID {
				return e.ID, "uid"
			}
		}
	}
	addressed := map[string]bool{}
	if mailbox != "" {
		addressed[strings.ToLower(mailbox)] = true
	}
	for _, a := range r.To {
		addressed[a.Email] = true
	}
	for _, a := range r.Cc {
		addressed[a.Email] = true
	}
	subject := foldText(r.Subject)
	if r.Calendar != nil && r.Calendar.Summary != "" {
		subject += " " + foldText(r.Calendar.Summary)
	}
	bestID, bestScore, tie := "", 0, false
	for _, e := range events {
		score := 0
		for _, k := range e.Keywords {
			if fk := foldText(k); fk != "" && strings.Contains(subject, fk) {
				score += 10
			}
		}
		if score == 0 {
			continue
		}
		if addressed[strings.ToLower(e.Mailbox)] {
			score += 5
		}
		if r.Calendar != nil && !r.Calendar.Start.IsZero() && !e.Starts.IsZero() &&
			r.Calendar.Start.In(e.Starts.Location()).Format("2006-01-02") == e.Starts.Format("2006-01-02") {
			score += 3
		}
		switch {
		case score > bestScore:
			bestID, bestScore, tie = e.ID, score, false
		case score == bestScore && e.ID != bestID:
			tie = true
		}
	}
	if bestID != "" && !tie {
		return bestID, "keyword"
	}
	if bestID != "" {
		return "", ""
	}
	if r.Calendar != nil && !r.Calendar.FromSubject {
		// A response with neither our UID nor our words: ours only if it is
		// for the day of exactly one of our events.
		var sameDay []string
		for _, e := range events {
			if !r.Calendar.Start.IsZero() && !e.Starts.IsZero() &&
				r.Calendar.Start.In(e.Starts.Location()).Format("2006-01-02") == e.Starts.Format("2006-01-02") {
				sameDay = append(sameDay, e.ID)
			}
		}
		if len(sameDay) == 1 {
			return sameDay[0], "date"
		}
		return "", ""
	}
	var byMailbox []string
	for _, e := range events {
		if e.Mailbox != "" && addressed[strings.ToLower(e.Mailbox)] {
			byMailbox = append(byMailbox, e.ID)
		}
	}
	if len(byMailbox) == 1 {
		return byMailbox[0], "mailbox"
	}
	return "", ""
}

var foldReplacer = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "ß", "ss", "œ", "oe", "ð", "d", "þ", "th")

// foldText lower-cases s, removes diacritics and writes Danish letters out
// so that spelling variants compare equal: æ/ae/a, ø/oe/o, å/aa/a.
func foldText(s string) string {
	s = strings.ToLower(s)
	s = foldReplacer.Replace(s)
	s = norm.NFD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	// "oe"/"ae"/"aa" and their plain forms are the same word.
	return strings.NewReplacer("oe", "o", "ae", "a", "aa", "a").Replace(s)
}
