package parser

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
)

// icalProp is one content line of an iCalendar object (RFC 5545 3.1):
// name upper-case, parameters, and the value with text escapes undone.
type icalProp struct {
	Name   string
	Params map[string][]string
	Value  string
}

func (p icalProp) param(name string) string {
	for k, v := range p.Params {
		if strings.EqualFold(k, name) && len(v) > 0 {
			return v[0]
		}
	}
	return ""
}

// ParseCalendar reads an iCalendar object carried by iMIP (RFC 6047) and
// returns the iTIP fields (RFC 5546) the bot needs: METHOD, and of the first
// VEVENT (else VTODO) its UID, SEQUENCE, DTSTAMP, SUMMARY, DTSTART/DTEND
// (for COUNTER the proposed time, RFC 5546 3.2.7), ORGANIZER, ATTENDEEs with
// CN and PARTSTAT, and COMMENT.
//
// It decodes with github.com/emersion/go-ical. When that fails (go-ical is
// strict about content lines) it falls back to a line reader that unfolds
// lines (RFC 5545 3.1) and splits NAME;PARAMS:VALUE, so a slightly broken
// calendar still yields its METHOD and attendees; the error is then nil
// unless not even a VCALENDAR or METHOD was found.
// QUIRK: imip/invalid-imip-tine20.eml.
//
// ORGANIZER is optional: Exchange's REPLYs often have none (RFC 5546 3.2.3
// requires it; accept anyway). QUIRK: imip/apple-ical-reply-missing-organizer-ccs.eml.
func ParseCalendar(data []byte) (*Calendar, error) {
	calProps, evProps, err := decodeICal(data)
	if err != nil {
		var ok bool
		calProps, evProps, ok = scanICal(data)
		if !ok {
			return nil, fmt.Errorf("read iCalendar: %w", err)
		}
	}
	cal := &Calendar{}
	for _, p := range calProps {
		if p.Name == "METHOD" && cal.Method == "" {
			cal.Method = strings.ToUpper(strings.TrimSpace(p.Value))
		}
	}
	for _, p := range evProps {
		switch p.Name {
		case "UID":
			if cal.UID == "" {
				cal.UID = strings.TrimSpace(p.Value)
			}
		case "SEQUENCE":
			cal.Sequence, _ = strconv.Atoi(strings.TrimSpace(p.Value))
		case "DTSTAMP":
			cal.DTStamp = icalTime(p)
		case "SUMMARY":
			cal.Summary = p.Value
		case "DTSTART":
			cal.Start = icalTime(p)
		case "DTEND":
			cal.End = icalTime(p)
		case "ORGANIZER":
			cal.Organizer = calAddress(p.Value)
		case "ATTENDEE":
			cal.Attendees = append(cal.Attendees, Attendee{
				Email:    calAddress(p.Value),
				Name:     strings.Trim(p.param("CN"), `"`),
				PartStat: strings.ToUpper(p.param("PARTSTAT")),
			})
		case "COMMENT":
			if cal.Comment != "" {
				cal.Comment += "\n"
			}
			cal.Comment += p.Value
		}
	}
	if cal.Method == "" && cal.UID == "" && len(evProps) == 0 {
		return cal, errors.New("read iCalendar: no METHOD and no VEVENT")
	}
	return cal, nil
}

// decodeICal decodes with go-ical and flattens the calendar's properties and
// those of its first VEVENT (else VTODO, VJOURNAL).
//
// QUIRK: go-ical panics (index out of range) on a content line that ends
// inside a parameter, e.g. "0;0=" (testdata/fuzz/FuzzParseCalendar/7c7719636ce76d77,
// found by FuzzParseCalendar); the panic is turned into an error here so the
// line reader takes over.
func decodeICal(data []byte) (calProps, evProps []icalProp, err error) {
	defer func() {
		if r := recover(); r != nil {
			calProps, evProps, err = nil, nil, fmt.Errorf("go-ical: %v", r)
		}
	}()
	dec := ical.NewDecoder(bytes.NewReader(data))
	cal, err := dec.Decode()
	if err != nil {
		return nil, nil, err
	}
	flatten := func(props ical.Props) []icalProp {
		var out []icalProp
		for name, list := range props {
			for _, p := range list {
				v := p.Value
				if name == "SUMMARY" || name == "COMMENT" || name == "DESCRIPTION" {
					if t, err := p.Text(); err == nil {
						v = t
					}
				}
				out = append(out, icalProp{Name: strings.ToUpper(name), Params: p.Params, Value: v})
			}
		}
		return out
	}
	calProps = flatten(cal.Props)
	for _, want := range []string{"VEVENT", "VTODO", "VJOURNAL"} {
		for _, c := range cal.Children {
			if c.Name == want {
				return calProps, flatten(c.Props), nil
			}
		}
	}
	return calProps, nil, nil
}

// scanICal is the fallback reader: unfold, split content lines, keep the
// VCALENDAR-level properties and those of the first VEVENT/VTODO.
func scanICal(data []byte) (calProps, evProps []icalProp, ok bool) {
	var lines []string
	rest := data
	for len(rest) > 0 {
		var line []byte
		line, rest = cutLine(rest)
		if (len(line) > 0 && (line[0] == ' ' || line[0] == '\t')) && len(lines) > 0 {
			lines[len(lines)-1] += string(line[1:])
			continue
		}
		lines = append(lines, string(line))
	}
	depth := 0 // 1: in VCALENDAR; 2+: in a component
	inEvent, eventDone := false, false
	for _, l := range lines {
		p, good := parseContentLine(l)
		if !good {
			continue
		}
		switch p.Name {
		case "BEGIN":
			v := strings.ToUpper(strings.TrimSpace(p.Value))
			if v == "VCALENDAR" {
				ok = true
			}
			depth++
			if depth == 2 && !eventDone && (v == "VEVENT" || v == "VTODO") {
				inEvent = true
			}
			continue
		case "END":
			if depth == 2 && inEvent {
				inEvent, eventDone = false, true
			}
			depth--
			continue
		}
		switch {
		case depth == 1:
			calProps = append(calProps, p)
		case depth == 2 && inEvent:
			evProps = append(evProps, p)
		}
	}
	return calProps, evProps, ok || len(calProps) > 0
}

// parseContentLine splits NAME;P=V;P="V":VALUE (RFC 5545 3.1) and undoes
// TEXT escapes (RFC 5545 3.3.11) in the value.
func parseContentLine(l string) (icalProp, bool) {
	inQuote := false
	colon := -1
	for i := 0; i < len(l); i++ {
		if l[i] == '"' {
			inQuote = !inQuote
		} else if l[i] == ':' && !inQuote {
			colon = i
			break
		}
	}
	if colon <= 0 {
		return icalProp{}, false
	}
	head, value := l[:colon], l[colon+1:]
	parts := splitOutsideQuotes(head, ';')
	p := icalProp{Name: strings.ToUpper(strings.TrimSpace(parts[0])), Params: map[string][]string{}}
	for _, kv := range parts[1:] {
		k, v, _ := strings.Cut(kv, "=")
		p.Params[strings.ToUpper(strings.TrimSpace(k))] = []string{strings.Trim(v, `"`)}
	}
	r := strings.NewReplacer(`\n`, "\n", `\N`, "\n", `\,`, ",", `\;`, ";", `\\`, `\`)
	p.Value = r.Replace(value)
	return p, true
}

func splitOutsideQuotes(s string, sep byte) []string {
	var out []string
	inQuote := false
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			inQuote = !inQuote
		case sep:
			if !inQuote {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// calAddress turns a CAL-ADDRESS ("mailto:Anne@X.dk", RFC 5545 3.3.3) into a
// lower-case e-mail.
func calAddress(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 7 && strings.EqualFold(v[:7], "mailto:") {
		v = v[7:]
	}
	return strings.ToLower(strings.TrimSpace(v))
}

// windowsZones maps the Windows time-zone names Outlook/Exchange put in TZID
// to IANA names. QUIRK: imip/exchange2010-request-iso8859-1-notmuch.eml uses
// TZID="W. Europe Standard Time".
var windowsZones = map[string]string{
	"romance standard time":          "Europe/Copenhagen",
	"w. europe standard time":        "Europe/Berlin",
	"central europe standard time":   "Europe/Budapest",
	"central european standard time": "Europe/Warsaw",
	"gmt standard time":              "Europe/London",
	"greenwich standard time":        "Atlantic/Reykjavik",
	"fle standard time":              "Europe/Helsinki",
	"e. europe standard time":        "Europe/Chisinau",
	"utc":                            "UTC",
	"eastern standard time":          "America/New_York",
	"pacific standard time":          "America/Los_Angeles",
	"central standard time":          "America/Chicago",
	"tokyo standard time":            "Asia/Tokyo",
}

// icalTime parses a DATE or DATE-TIME value (RFC 5545 3.3.4, 3.3.5): UTC
// ("Z"), with TZID (IANA, Windows names, or "/"-prefixed), or floating
// (read as UTC). Unreadable values give the zero time.
func icalTime(p icalProp) time.Time {
	v := strings.TrimSpace(p.Value)
	if strings.HasSuffix(v, "Z") {
		if t, err := time.Parse("20060102T150405Z", v); err == nil {
			return t
		}
	}
	loc := time.UTC
	if tz := strings.Trim(p.param("TZID"), `"/ `); tz != "" {
		if l, err := time.LoadLocation(tz); err == nil {
			loc = l
		} else if name, ok := windowsZones[strings.ToLower(tz)]; ok {
			if l, err := time.LoadLocation(name); err == nil {
				loc = l
			}
		} else if strings.Contains(strings.ToLower(tz), "copenhagen") || strings.Contains(strings.ToLower(tz), "romance") {
			if l, err := time.LoadLocation("Europe/Copenhagen"); err == nil {
				loc = l
			}
		}
	}
	for _, layout := range []string{"20060102T150405", "20060102T1504", "20060102"} {
		if t, err := time.ParseInLocation(layout, v, loc); err == nil {
			return t
		}
	}
	return time.Time{}
}

// finishCalendar reads the top message's calendar parts (the first that
// parses wins; one with a METHOD is preferred) into Result.Calendar, or,
// with none, reads a meeting-response subject prefix (subjectResponse).
func (w *walker) finishCalendar() {
	var best *Calendar
	for _, data := range w.calendars {
		cal, err := ParseCalendar(data)
		if err != nil {
			w.problem("calendar part unreadable: " + err.Error())
			continue
		}
		if best == nil || (best.Method == "" && cal.Method != "") {
			best = cal
		}
	}
	if best != nil {
		w.res.Calendar = best
		return
	}
	if method, partstat, prefix, ok := subjectResponse(w.res.Subject); ok {
		w.res.Calendar = &Calendar{
			Method:      method,
			Summary:     strings.TrimSpace(w.res.Subject),
			FromSubject: true,
			Attendees:   []Attendee{{Email: w.res.From.Email, Name: w.res.From.Name, PartStat: partstat}},
		}
		w.res.Evidence = append(w.res.Evidence, fmt.Sprintf("subject prefix %q with no calendar part", prefix))
	}
}

// responsePrefixes maps a normalized subject prefix (lower-case, no colon)
// of a meeting response to its iTIP method and PARTSTAT. Sources and
// evidence levels: ../shared/corpus/real/LOCALIZED_PREFIXES.md section 1.
// QUIRK: imip/apple-event-accepted-subject-no-calendar-part-ccs.eml ("Event accepted:").
var responsePrefixes = buildResponsePrefixes()

func buildResponsePrefixes() map[string][2]string {
	m := map[string][2]string{}
	add := func(method, partstat string, words ...string) {
		for _, w := range words {
			m[w] = [2]string{method, partstat}
		}
	}
	add("REPLY", PartStatAccepted, "accepteret", "accepted", "angenommen", "akzeptiert", "godkänt", "godkendt",
		"accepterad", "accepterat", "godtatt", "akseptert", "geaccepteerd", "accepté", "acceptée", "hyväksytty",
		"aceptado", "accettato", "event accepted", "invitation accepted")
	add("REPLY", PartStatTentative, "tentative", "tentatively accepted", "foreløbig", "foreløbigt", "foreløbigt accepteret",
		"mit vorbehalt angenommen", "vorläufig", "vorläufig angenommen", "preliminär", "preliminärt", "foreløpig", "med forbehold",
		"voorlopig", "provisoire", "proposée", "alustava", "hyväksytty alustavasti", "provisional", "event tentatively accepted")
	add("REPLY", PartStatDeclined, "afvist", "afslået", "declined", "invitation afvist", "abgelehnt", "einladung abgelehnt",
		"avböjd", "avböjt", "avböjde", "inbjudan avvisades", "avslått", "invitasjon avvist", "geweigerd", "afgewezen",
		"uitnodiging geweigerd", "refusé", "invitation refusée", "hylätty", "kutsu hylätty", "rechazado",
		"invitación declinada", "invitation declined", "event declined", "rifiutato")
	add("COUNTER", "", "new time proposed", "ny tid foreslået", "nyt tidspunkt foreslået", "neue uhrzeit vorgeschlagen",
		"neuer zeitpunkt vorgeschlagen", "ny tid föreslås", "ny tid föreslagen", "nytt tidspunkt foreslått",
		"nieuwe tijd voorgesteld", "nouvelle heure proposée", "uutta aikaa ehdotettu", "nueva hora propuesta")
	return m
}

// replyPrefixes are reply markers that may stack in front of a response
// prefix ("SV: Accepteret: ..."). Forward markers (FW, VS, WG) are not
// listed: a forwarded response is not the sender's own answer.
var replyPrefixes = []string{"re", "sv", "aw", "antw", "antwort", "odp", "ynt", "vs:re"}

// subjectResponse reads a localized meeting-response prefix from subject
// (case-insensitive, NBSP or space allowed before the colon, reply markers
// stacked in front). ok is false when the subject has none.
func subjectResponse(subject string) (method, partstat, prefix string, ok bool) {
	s := strings.ReplaceAll(subject, "\u00a0", " ")
	for range 5 {
		head, rest, found := strings.Cut(s, ":")
		if !found {
			return "", "", "", false
		}
		key := strings.ToLower(strings.Join(strings.Fields(head), " "))
		// strip a bracketed tag before the prefix: "[EXT] Accepted:"
		if strings.HasPrefix(key, "[") {
			if i := strings.IndexByte(key, ']'); i > 0 {
				key = strings.TrimSpace(key[i+1:])
			}
		}
		if v, hit := responsePrefixes[key]; hit {
			return v[0], v[1], strings.TrimSpace(head) + ":", true
		}
		isReply := false
		for _, r := range replyPrefixes {
			if key == r {
				isReply = true
				break
			}
		}
		if !isReply {
			return "", "", "", false
		}
		s = rest
	}
	return "", "", "", false
}
