package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Danish formatting. Written out by hand (no locale tables in Go): the
// conventions follow Retskrivningsordbogen and ordinary Danish office mail:
// lower-case weekday and month names, "den" before the day, a full stop after
// the day number, "kl. 9.00" with a full stop between hours and minutes and
// no leading zero, an en dash between the two ends of a time span.

var weekdaysDA = [...]string{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"}

var monthsDA = [...]string{"januar", "februar", "marts", "april", "maj", "juni", "juli",
	"august", "september", "oktober", "november", "december"}

// in returns t in loc (nil: t's own location).
func in(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		return t
	}
	return t.In(loc)
}

// DanishDate formats the calendar day of t in loc: "torsdag den 25. juni 2026".
// The zero time gives "".
func DanishDate(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	t = in(t, loc)
	return fmt.Sprintf("%s den %d. %s %d", weekdaysDA[t.Weekday()], t.Day(), monthsDA[t.Month()-1], t.Year())
}

// DanishShortDate formats t in loc without the weekday: "25. juni 2026".
func DanishShortDate(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	t = in(t, loc)
	return fmt.Sprintf("%d. %s %d", t.Day(), monthsDA[t.Month()-1], t.Year())
}

// DanishClock formats the time of day of t in loc: "9.00", "13.30".
func DanishClock(t time.Time, loc *time.Location) string {
	t = in(t, loc)
	return fmt.Sprintf("%d.%02d", t.Hour(), t.Minute())
}

// DanishDateTime formats t in loc: "onsdag den 17. juni 2026 kl. 12.00".
// A time at or after 23.59 is a whole-day deadline and is given as the date
// alone; so is exactly midnight (a TOML local date).
func DanishDateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	lt := in(t, loc)
	if wholeDay(lt) {
		return DanishDate(lt, nil)
	}
	return DanishDate(lt, nil) + " kl. " + DanishClock(lt, nil)
}

func wholeDay(t time.Time) bool {
	h, m, s := t.Clock()
	return (h == 23 && m == 59) || (h == 0 && m == 0 && s == 0)
}

// DanishSpan formats a meeting's time span in loc:
// "torsdag den 25. juni 2026 kl. 9.00–13.00" on one day,
// "torsdag den 25. juni 2026 kl. 9.00 til fredag den 26. juni 2026 kl. 13.00"
// across days, and DanishDateTime(start) when end is zero or not after start.
func DanishSpan(start, end time.Time, loc *time.Location) string {
	if start.IsZero() {
		return ""
	}
	s := in(start, loc)
	if end.IsZero() || !end.After(start) {
		return DanishDate(s, nil) + " kl. " + DanishClock(s, nil)
	}
	e := in(end, loc)
	if s.Year() == e.Year() && s.YearDay() == e.YearDay() {
		return DanishDate(s, nil) + " kl. " + DanishClock(s, nil) + "–" + DanishClock(e, nil)
	}
	return DanishDate(s, nil) + " kl. " + DanishClock(s, nil) + " til " + DanishDate(e, nil) + " kl. " + DanishClock(e, nil)
}

// DaysLeft counts calendar days in loc from now's day to deadline's day:
// 0 on the deadline's day, negative after it.
func DaysLeft(now, deadline time.Time, loc *time.Location) int {
	n, d := in(now, loc), in(deadline, loc)
	nd := time.Date(n.Year(), n.Month(), n.Day(), 12, 0, 0, 0, time.UTC)
	dd := time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.UTC)
	return int(dd.Sub(nd).Round(24*time.Hour) / (24 * time.Hour))
}

// DaysLeftText says DaysLeft in Danish: "8 dage", "1 dag", "i dag",
// "overskredet for 3 dage siden". Meant after "Fristen er ..." / "Frist: ...".
func DaysLeftText(days int) string {
	switch {
	case days > 1:
		return fmt.Sprintf("%d dage tilbage", days)
	case days == 1:
		return "1 dag tilbage"
	case days == 0:
		return "i dag"
	case days == -1:
		return "overskredet for 1 dag siden"
	default:
		return fmt.Sprintf("overskredet for %d dage siden", -days)
	}
}

// DanishSize formats a byte count the Danish way: "812 B", "34 kB", "1,2 MB"
// (decimal units, decimal comma).
func DanishSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return strconv.FormatInt((n+500)/1000, 10) + " kB"
	case n < 1000*1000*1000:
		return decimalComma(float64(n)/1e6) + " MB"
	default:
		return decimalComma(float64(n)/1e9) + " GB"
	}
}

func decimalComma(f float64) string {
	return strings.Replace(strconv.FormatFloat(f, 'f', 1, 64), ".", ",", 1)
}

// Role values of CONTRACT.md in the order used for columns and sorting.
var roleOrder = []string{"handicapraad", "udsatteraad", "politiker_voksen", "politiker_boern", "direktoer", "chef", "andet"}

var roleLabels = map[string]string{
	"handicapraad":     "Handicapråd",
	"udsatteraad":      "Udsatteråd",
	"politiker_voksen": "Politiker, voksenudvalg",
	"politiker_boern":  "Politiker, børneudvalg",
	"direktoer":        "Direktør",
	"chef":             "Chef",
	"andet":            "Anden deltager",
}

// roleShort are column headings for the digest matrix.
var roleShort = map[string]string{
	"handicapraad":     "Handicapråd",
	"udsatteraad":      "Udsatteråd",
	"politiker_voksen": "Pol. voksen",
	"politiker_boern":  "Pol. børn",
	"direktoer":        "Direktør",
	"chef":             "Chef",
	"andet":            "Andet",
}

// RoleLabel gives a role's Danish name; "" gives "rolle ikke oplyst" and an
// unknown value is returned as it is.
func RoleLabel(role string) string {
	if role == "" {
		return "rolle ikke oplyst"
	}
	if l, ok := roleLabels[role]; ok {
		return l
	}
	return role
}

func roleShortLabel(role string) string {
	if role == "" {
		return "Ukendt"
	}
	if l, ok := roleShort[role]; ok {
		return l
	}
	return role
}

func roleRank(role string) int {
	for i, r := range roleOrder {
		if r == role {
			return i
		}
	}
	return len(roleOrder)
}

var statusLabels = map[string]string{
	"accepted":   "tilmeldt",
	"tentative":  "foreløbigt tilmeldt",
	"declined":   "afbud",
	"cancelled":  "afmeldt",
	"waitlisted": "på venteliste",
}

// StatusLabel gives a participant status in Danish ("tilmeldt", "på venteliste").
func StatusLabel(status string) string {
	if l, ok := statusLabels[status]; ok {
		return l
	}
	return status
}

// LunchLabel says a participant's lunch choice: "med frokost", "uden frokost",
// "frokost ikke oplyst".
func LunchLabel(l *bool) string {
	switch {
	case l == nil:
		return "frokost ikke oplyst"
	case *l:
		return "med frokost"
	default:
		return "uden frokost"
	}
}

var classLabels = map[string]string{
	"rsvp":         "mødesvar",
	"registration": "tilmelding",
	"cancellation": "afbud",
	"remark":       "bemærkning",
	"auto_reply":   "autosvar",
	"bounce":       "returmail",
	"list":         "listemail",
	"other":        "andet",
}

func classLabel(c string) string {
	if l, ok := classLabels[c]; ok {
		return l
	}
	if c == "" {
		return "ukendt"
	}
	return c
}

var msgStatusLabels = map[string]string{
	"new":       "ikke behandlet",
	"processed": "behandlet",
	"review":    "til gennemsyn",
	"ignored":   "ignoreret",
}

func msgStatusLabel(s string) string {
	if l, ok := msgStatusLabels[s]; ok {
		return l
	}
	return s
}

// plural picks the singular or plural Danish form by n: plural(1,"dag","dage").
func plural(n int, one, many string) string {
	if n == 1 || n == -1 {
		return one
	}
	return many
}

var replyKindLabels = map[string]string{
	"registration":     "svar på tilmelding",
	"cancellation":     "svar på afbud",
	"substitution":     "svar på udskiftning",
	"rsvp_accepted":    "svar på mødesvar (accepteret)",
	"rsvp_tentative":   "svar på mødesvar (foreløbig)",
	"rsvp_declined":    "svar på mødesvar (afvist)",
	"rsvp_counter":     "svar på forslag til nyt tidspunkt",
	"receipt":          "kvittering for bemærkninger",
	"review":           "kvittering (til gennemsyn)",
	"reminder":         "påmindelse",
	"participant_list": "deltagerliste",
	"digest":           "dagligt overblik",
	"waitlisted":       "besked om venteliste",
}

// replyKindLabel says an outbox kind in Danish ("ack_registration" →
// "svar på tilmelding"); unknown kinds are returned as they are.
func replyKindLabel(kind string) string {
	if l, ok := replyKindLabels[strings.TrimPrefix(kind, "ack_")]; ok {
		return l
	}
	return kind
}
