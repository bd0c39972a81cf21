package render

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/template"
	"time"

	"mailbot/mailbot/config"
	"mailbot/store"
)

//go:embed templates/*.tmpl
var embedded embed.FS

// Reply kinds: one template file each, "<kind>.tmpl".
const (
	KindRegistration    = "registration"
	KindCancellation    = "cancellation"
	KindSubstitution    = "substitution"
	KindRSVPAccepted    = "rsvp_accepted"
	KindRSVPTentative   = "rsvp_tentative"
	KindRSVPDeclined    = "rsvp_declined"
	KindRSVPCounter     = "rsvp_counter"
	KindReceipt         = "receipt"
	KindReview          = "review"
	KindReminder        = "reminder"
	KindParticipantList = "participant_list"
)

// Kinds lists every reply kind in a stable order.
var Kinds = []string{KindRegistration, KindCancellation, KindSubstitution, KindRSVPAccepted,
	KindRSVPTentative, KindRSVPDeclined, KindRSVPCounter, KindReceipt, KindReview, KindReminder,
	KindParticipantList}

// ReplyData is what a reply template sees, together with the fields
// replyView computes from it (templates/README.md lists both for the
// secretariat).
type ReplyData struct {
	Event    config.Event
	Location *time.Location // nil = the times' own zone

	ToName          string // the addressee's display name; "" = a neutral greeting
	OriginalSubject string // of the mail answered; reminder/participant list: unused
	// Participants this mail registered or changed, with their resulting
	// status (participant_list: everyone on the list).
	Participants []store.Participant
	Submission   *store.Submission
	Late         bool   // any of them arrived after the deadline
	OverQuota    bool   // any of them is waitlisted for quota
	Contact      string // whom to contact: event.Contact or the mailbox address
	Reason       string // review acknowledgement: why a person will look at it

	// Added fields.
	Now          time.Time // for days left; zero = time.Now()
	Municipality string    // reminder: the municipality reminded
	Program      string    // participant_list: program text ("" = Event.ParticipantList.Program)
	Sender       string    // signature, e.g. the mailbox's name; "" = "Sekretariatet"
}

// Templates holds the parsed reply templates. Safe for concurrent use.
type Templates struct {
	t      map[string]*template.Template
	source map[string]string // kind -> file it came from ("embedded:..." or a path)
}

// Source says where the template for kind was loaded from: a file path, or
// "embedded:templates/<kind>.tmpl".
func (t *Templates) Source(kind string) string { return t.source[kind] }

// LoadTemplates parses the embedded default templates, each overridden by a
// file of the same name ("registration.tmpl", ...) in dir when dir != "" and
// the file exists. A *.tmpl file in dir whose name is not a known kind is an
// error (a misspelt override would otherwise be silently ignored); other
// files are ignored.
//
// Every template is parsed and then executed once against sample data, so a
// syntax error or a reference to a field that does not exist is reported
// now, not when a sender is waiting for the answer: the error names the file
// and line ("template: /etc/mailbot/tmpl/registration.tmpl:12: ...").
//
// Template format: the output's first line must be "Emne: <subject>"; the
// rest, after blank lines are trimmed, is the body. The functions available
// are listed at funcMap.
func LoadTemplates(dir string) (*Templates, error) {
	ts := &Templates{t: map[string]*template.Template{}, source: map[string]string{}}
	known := map[string]bool{}
	for _, k := range Kinds {
		known[k+".tmpl"] = true
	}
	if dir != "" {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("load templates from %s: %w", dir, err)
		}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".tmpl") {
				continue
			}
			if !known[e.Name()] {
				return nil, fmt.Errorf("load templates: %s: unknown template name %q (known: %s.tmpl)",
					filepath.Join(dir, e.Name()), e.Name(), strings.Join(Kinds, ".tmpl, "))
			}
		}
	}
	for _, k := range Kinds {
		name := k + ".tmpl"
		src, err := fs.ReadFile(embedded, path.Join("templates", name))
		if err != nil {
			return nil, fmt.Errorf("load templates: embedded %s: %w", name, err)
		}
		source := "embedded:templates/" + name
		if dir != "" {
			p := filepath.Join(dir, name)
			b, err := os.ReadFile(p)
			switch {
			case err == nil:
				src, source = b, p
			case errors.Is(err, fs.ErrNotExist):
			default:
				return nil, fmt.Errorf("load template %s: %w", p, err)
			}
		}
		tm, err := template.New(source).Option("missingkey=error").Funcs(funcMap(nil)).Parse(string(src))
		if err != nil {
			return nil, fmt.Errorf("load template %s: %w", source, err)
		}
		ts.t[k], ts.source[k] = tm, source
		if _, _, err := ts.Reply(k, sampleReplyData(k)); err != nil {
			return nil, fmt.Errorf("load template %s: trial run: %w", source, err)
		}
	}
	return ts, nil
}

// Reply renders the template of kind with d. subject comes from the
// template's "Emne:" line, text is the body with runs of blank lines
// collapsed and trailing spaces removed.
func (t *Templates) Reply(kind string, d ReplyData) (subject, text string, err error) {
	tm, ok := t.t[kind]
	if !ok {
		return "", "", fmt.Errorf("reply %q: no such template", kind)
	}
	v := newReplyView(d)
	tm, err = tm.Clone()
	if err != nil {
		return "", "", fmt.Errorf("reply %s: %w", kind, err)
	}
	tm.Funcs(funcMap(v.Location))
	var buf bytes.Buffer
	if err := tm.Execute(&buf, v); err != nil {
		return "", "", fmt.Errorf("reply %s: %w", kind, err)
	}
	out := strings.TrimLeft(strings.ReplaceAll(buf.String(), "\r\n", "\n"), " \t\n")
	first, rest, _ := strings.Cut(out, "\n")
	s, ok := strings.CutPrefix(strings.TrimSpace(first), "Emne:")
	if !ok {
		return "", "", fmt.Errorf("reply %s: template %s: the first line must be \"Emne: <subject>\", got %q", kind, t.source[kind], first)
	}
	subject = strings.Join(strings.Fields(s), " ")
	if subject == "" {
		return "", "", fmt.Errorf("reply %s: template %s: empty subject", kind, t.source[kind])
	}
	return subject, tidyText(rest), nil
}

var blankRuns = regexp.MustCompile(`\n{3,}`)

// tidyText trims trailing spaces on each line, collapses runs of blank
// lines to one and ends the text with one newline.
func tidyText(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	s = blankRuns.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	return strings.Trim(s, "\n") + "\n"
}

var replyPrefix = regexp.MustCompile(`(?i)^\s*(re|sv|aw|antw|vs|r)\s*(\[\d+\]|\(\d+\))?\s*:\s*`)

// ReplySubject makes the subject of an answer: "Sv: " + orig without any
// leading reply prefixes ("Re:", "RE:", "SV:", "Sv:", "AW:", "Antw:",
// "Re[2]:" and stacks of them). An empty orig gives "Sv: " + fallback.
func ReplySubject(orig, fallback string) string {
	s := strings.TrimSpace(orig)
	for {
		loc := replyPrefix.FindStringIndex(s)
		if loc == nil {
			break
		}
		s = strings.TrimSpace(s[loc[1]:])
	}
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		s = strings.TrimSpace(fallback)
	}
	if s == "" {
		return "Sv:"
	}
	return "Sv: " + s
}

// replyView is the template's data: ReplyData and fields computed from it.
type replyView struct {
	ReplyData
	Svar        string      // the reply subject (ReplySubject)
	Hilsen      string      // "Kære <name>," or "Goddag,"
	Tidspunkt   string      // the event's span in Danish (DanishSpan)
	Frist       time.Time   // registration deadline (meeting) or deadline (consultation)
	FristTekst  string      // DanishDateTime(Frist)
	DageTilbage int         // DaysLeft(Now, Frist)
	Afsender    string      // Sender or "Sekretariatet"
	Moede       bool        // Event.Kind == "meeting"
	Kvoter      []RoleQuota // Event.Quota in role order, unlimited roles left out

	// Participants split by resulting status.
	Tilmeldte  []store.Participant // accepted or tentative
	Venteliste []store.Participant // waitlisted
	Afbud      []store.Participant // declined or cancelled
	Frokost    int                 // of Tilmeldte, how many with lunch
}

func newReplyView(d ReplyData) replyView {
	if d.Now.IsZero() {
		d.Now = time.Now()
	}
	if d.Contact == "" {
		d.Contact = d.Event.Contact
	}
	if d.Program == "" {
		d.Program = d.Event.ParticipantList.Program
	}
	v := replyView{ReplyData: d}
	v.Svar = ReplySubject(d.OriginalSubject, d.Event.Title)
	if n := strings.TrimSpace(d.ToName); n != "" {
		v.Hilsen = "Kære " + n + ","
	} else {
		v.Hilsen = "Goddag,"
	}
	v.Tidspunkt = DanishSpan(d.Event.Starts, d.Event.Ends, d.Location)
	v.Frist = eventDeadline(d.Event)
	v.FristTekst = DanishDateTime(v.Frist, d.Location)
	if !v.Frist.IsZero() {
		v.DageTilbage = DaysLeft(d.Now, v.Frist, d.Location)
	}
	v.Afsender = d.Sender
	if v.Afsender == "" {
		v.Afsender = "Sekretariatet"
	}
	v.Moede = d.Event.Kind != "consultation"
	v.Kvoter = quotaList(d.Event.Quota)
	ps := append([]store.Participant(nil), d.Participants...)
	sortParticipants(ps)
	for _, p := range ps {
		switch p.Status {
		case "accepted", "tentative":
			v.Tilmeldte = append(v.Tilmeldte, p)
			if p.Lunch != nil && *p.Lunch {
				v.Frokost++
			}
		case "waitlisted":
			v.Venteliste = append(v.Venteliste, p)
		case "declined", "cancelled":
			v.Afbud = append(v.Afbud, p)
		}
	}
	return v
}

// RoleQuota is one role's number of places per municipality.
type RoleQuota struct {
	Role string
	N    int
}

// quotaList returns q's limited roles, known roles in roleOrder first.
func quotaList(q map[string]int) []RoleQuota {
	var out []RoleQuota
	for r, n := range q {
		if n > 0 {
			out = append(out, RoleQuota{r, n})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := roleRank(out[i].Role), roleRank(out[j].Role); a != b {
			return a < b
		}
		return out[i].Role < out[j].Role
	})
	return out
}

// eventDeadline is the deadline that counts for ev: the registration
// deadline of a meeting, the deadline of a consultation (either if only one
// is set).
func eventDeadline(ev config.Event) time.Time {
	if ev.Kind == "consultation" && !ev.Deadline.IsZero() {
		return ev.Deadline
	}
	if !ev.RegistrationDeadline.IsZero() {
		return ev.RegistrationDeadline
	}
	return ev.Deadline
}

// sortParticipants orders by municipality, role, name.
func sortParticipants(ps []store.Participant) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Municipality != b.Municipality {
			return a.Municipality < b.Municipality
		}
		if ra, rb := roleRank(a.Role), roleRank(b.Role); ra != rb {
			return ra < rb
		}
		return strings.ToLower(a.Name) < strings.ToLower(b.Name)
	})
}

// funcMap is what templates can call. loc is the event's time zone.
//
//	dato t        "torsdag den 25. juni 2026"
//	kortdato t    "25. juni 2026"
//	datotid t     "onsdag den 17. juni 2026 kl. 12.00" (date only for 23.59)
//	klokken t     "9.00"
//	tidsrum a b   DanishSpan
//	rfc3339 s     parses an RFC 3339 string (a COUNTER's proposed time) to time
//	dage n        "8 dage tilbage", "i dag", "overskredet for 2 dage siden"
//	rolle r       "Handicapråd"
//	status s      "tilmeldt", "på venteliste"
//	frokost *bool "med frokost"
//	str n         "1,2 MB"
//	navn p        the participant's name, or e-mail, or "(navn ikke oplyst)"
//	flertal n a b a if n == 1 else b
//	indryk n s    s with every line indented by n spaces
func funcMap(loc *time.Location) template.FuncMap {
	return template.FuncMap{
		"dato":     func(t time.Time) string { return DanishDate(t, loc) },
		"kortdato": func(t time.Time) string { return DanishShortDate(t, loc) },
		"datotid":  func(t time.Time) string { return DanishDateTime(t, loc) },
		"klokken":  func(t time.Time) string { return DanishClock(t, loc) },
		"tidsrum":  func(a, b time.Time) string { return DanishSpan(a, b, loc) },
		"rfc3339": func(s string) (time.Time, error) {
			if s == "" {
				return time.Time{}, nil
			}
			return time.Parse(time.RFC3339, s)
		},
		"dage":    DaysLeftText,
		"rolle":   RoleLabel,
		"status":  StatusLabel,
		"frokost": LunchLabel,
		"str":     DanishSize,
		"navn":    personName,
		"flertal": func(n int, one, many string) string { return plural(n, one, many) },
		"indryk": func(n int, s string) string {
			pad := strings.Repeat(" ", n)
			return pad + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+pad)
		},
	}
}

// Kvote is the event's quota per municipality for role; 0 = unlimited.
// In a template: {{$.Kvote .Role}}.
func (v replyView) Kvote(role string) int { return v.Event.Quota[role] }

func personName(p store.Participant) string {
	switch {
	case strings.TrimSpace(p.Name) != "":
		return strings.TrimSpace(p.Name)
	case p.Email != "":
		return p.Email
	default:
		return "(navn ikke oplyst)"
	}
}

// sampleReplyData is realistic data for a trial run of kind's template at
// load time: every list non-empty so every branch that reads a field runs.
func sampleReplyData(kind string) ReplyData {
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		loc = time.FixedZone("CEST", 2*3600)
	}
	yes := true
	ev := config.Event{
		ID: "sample", Kind: "meeting", Mailbox: "posk", Title: "Dialogmøde om Rammeaftale 2027-2028",
		Starts:               time.Date(2026, 6, 25, 9, 0, 0, 0, loc),
		Ends:                 time.Date(2026, 6, 25, 13, 0, 0, 0, loc),
		Location:             "Ringsted Kongrescenter",
		RegistrationDeadline: time.Date(2026, 6, 17, 23, 59, 59, 0, loc),
		Lunch:                true, Contact: "posk@greve.dk",
		Quota: map[string]int{"handicapraad": 2},
	}
	if kind == KindReceipt {
		ev.Kind = "consultation"
		ev.Deadline = time.Date(2026, 7, 1, 23, 59, 59, 0, loc)
	}
	at := time.Date(2026, 6, 18, 10, 0, 0, 0, loc)
	return ReplyData{
		Event: ev, Location: loc, ToName: "Anne Prøve", OriginalSubject: "Tilmelding",
		Participants: []store.Participant{
			{Name: "Anne Prøve", Email: "ap@greve.dk", Municipality: "Greve Kommune", Role: "handicapraad", Status: "accepted", Lunch: &yes, Diet: "vegetar", Counter: at.Format(time.RFC3339), Replaces: "Bo Prøve"},
			{Name: "Bo Prøve", Municipality: "Greve Kommune", Role: "handicapraad", Status: "waitlisted", OverQuota: true, ReplacedBy: "Anne Prøve"},
			{Name: "Carl Prøve", Municipality: "Greve Kommune", Role: "chef", Status: "cancelled"},
		},
		Submission: &store.Submission{Municipality: "Greve Kommune", From: "ap@greve.dk", Subject: "Bemærkninger", ReceivedAt: at, Late: true,
			Areas:       []string{"Område 1"},
			Attachments: []store.AttachmentRef{{Filename: "bemærkninger.pdf", ContentType: "application/pdf", Size: 123456}}},
		Late: true, OverQuota: true, Contact: "posk@greve.dk", Reason: "prøve",
		Now: time.Date(2026, 6, 10, 8, 0, 0, 0, loc), Municipality: "Greve Kommune", Program: "9.00 Velkomst",
	}
}
