package render

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"sort"
	"strings"
	"text/template"
	"time"

	"mailbot/mailbot/config"
	"mailbot/store"
)

//go:embed digest/*.tmpl
var digestFS embed.FS

var (
	digestHTML = htmltemplate.Must(htmltemplate.New("digest.html.tmpl").Funcs(htmltemplate.FuncMap(viewFuncs)).ParseFS(digestFS, "digest/digest.html.tmpl"))
	digestText = template.Must(template.New("digest.txt.tmpl").Funcs(template.FuncMap(viewFuncs)).ParseFS(digestFS, "digest/digest.txt.tmpl"))
)

// viewFuncs are the digest templates' helpers; times are already in the
// event's zone when the view is built.
var viewFuncs = map[string]any{
	"dato":       func(t time.Time) string { return DanishDate(t, nil) },
	"kortdato":   func(t time.Time) string { return DanishShortDate(t, nil) },
	"datotid":    func(t time.Time) string { return DanishDateTime(t, nil) },
	"stempel":    stamp,
	"klokken":    func(t time.Time) string { return DanishClock(t, nil) },
	"rolle":      RoleLabel,
	"status":     StatusLabel,
	"frokost":    LunchLabel,
	"str":        DanishSize,
	"navn":       personName,
	"flertal":    func(n int, one, many string) string { return plural(n, one, many) },
	"pad":        func(n int, s string) string { return padRight(s, n) },
	"lpad":       func(n int, s string) string { return padLeft(s, n) },
	"kommune":    municipalityLabel,
	"join":       strings.Join,
	"add":        func(a, b int) int { return a + b },
	"classlabel": classLabel,
	"msgstatus":  msgStatusLabel,
	"replykind":  replyKindLabel,
	"tile": func(width, label string, n int, note string, warn bool) tileData {
		return tileData{Width: width, Label: label, N: n, Note: note, Warn: warn}
	},
	"ifwarn": func(n int) bool { return n > 0 },
	"neg":    func(n int) int { return -n },
	"split":  func(s string) []string { return strings.SplitN(s, "|", 2) },
	"people": func(ps []store.Participant, withStatus bool) peopleData {
		return peopleData{People: ps, WithStatus: withStatus}
	},
}

// stamp is a short Danish timestamp for tables: "9. jun. kl. 14.05".
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d. %s kl. %s", t.Day(), monthsDA[t.Month()-1][:3]+".", DanishClock(t, nil))
}

func municipalityLabel(m string) string {
	if m == "" {
		return "(kommune ikke oplyst)"
	}
	return m
}

func padRight(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func padLeft(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return strings.Repeat(" ", n-k) + s
	}
	return s
}

// DigestData is everything one event's digest shows.
type DigestData struct {
	Event    config.Event
	Location *time.Location // nil = the times' own zone
	Now      time.Time      // when the digest is made; zero = time.Now()
	Since    time.Time      // the previous digest; zero = the first one
	Quota    map[string]int // per municipality and role; nil = Event.Quota
	Expected []string       // canonical municipality names of the event's set, in display order

	Participants []store.Participant
	Submissions  []store.Submission
	New          []store.Message // messages that arrived since Since
	Review       []store.Message // the open review queue, ReviewReason set
	Replies      []store.Reply   // outbox entries; failed ones are flagged
}

// Matrix counts, per municipality and role, the participants holding a
// place (accepted and tentative) against the quota; waitlisted apart.
type Matrix struct {
	Roles  []string       // columns: roles with a quota (role order), then other roles present
	Rows   []MatrixRow    // Expected in their order, then other municipalities, then "" (unknown)
	Totals map[string]int // per role: places held (accepted + tentative) over all rows

	Cols   []MatrixColumn // Roles with labels and quotas, for templates
	Quota  map[string]int // per role, per municipality; 0 = unlimited
	Wait   map[string]int // per role: waitlisted over all rows
	Full   map[string]int // per role: how many municipalities have filled the quota
	Total  int            // places held, all roles
	Tent   int            // of Total, tentative
	WaitN  int            // waitlisted, all roles
	ByName map[string]int // municipality -> index in Rows
	Legend []string       // notes on the cell notation, Danish
}

// MatrixColumn is one role column.
type MatrixColumn struct {
	Role, Label string
	Quota       int // 0 = unlimited
}

// MatrixRow is one municipality.
type MatrixRow struct {
	Municipality string
	Expected     bool         // in the event's set
	Cells        []MatrixCell // aligned with Matrix.Roles
	Total        int          // places held (accepted + tentative)
	Waitlisted   int
	Declined     int // declined or cancelled
}

// MatrixCell is one municipality × role.
type MatrixCell struct {
	Role       string
	Accepted   int
	Tentative  int
	Waitlisted int
	Quota      int  // 0 = unlimited
	Full       bool // quota > 0 and places held >= quota
	Over       bool // places held > quota (should not happen: the rules waitlist)
}

// Held is the places held: accepted + tentative.
func (c MatrixCell) Held() int { return c.Accepted + c.Tentative }

// Text is the cell as the digest shows it: "1/2" against a quota, "3"
// without one, "" when empty and unlimited; "*" marks that tentative
// participants are included, "+n" that n are waitlisted: "2/2*+1".
func (c MatrixCell) Text() string {
	var s string
	switch {
	case c.Quota > 0:
		s = fmt.Sprintf("%d/%d", c.Held(), c.Quota)
	case c.Held() > 0:
		s = fmt.Sprint(c.Held())
	}
	if c.Tentative > 0 {
		s += "*"
	}
	if c.Waitlisted > 0 {
		if s == "" {
			s = "0"
		}
		s += fmt.Sprintf("+%d", c.Waitlisted)
	}
	return s
}

// BuildMatrix computes the municipality × role matrix of d.
func BuildMatrix(d DigestData) Matrix {
	quota := d.Quota
	if quota == nil {
		quota = d.Event.Quota
	}
	m := Matrix{Totals: map[string]int{}, Quota: map[string]int{}, Wait: map[string]int{}, Full: map[string]int{}, ByName: map[string]int{}}
	// Columns.
	present := map[string]bool{}
	for _, p := range d.Participants {
		switch p.Status {
		case "accepted", "tentative", "waitlisted":
			present[p.Role] = true
		}
	}
	var roles []string
	for _, q := range quotaList(quota) {
		roles = append(roles, q.Role)
		m.Quota[q.Role] = q.N
	}
	var extra []string
	for r := range present {
		if m.Quota[r] == 0 {
			extra = append(extra, r)
		}
	}
	sort.Slice(extra, func(i, j int) bool {
		a, b := extra[i], extra[j]
		ra, rb := roleRank(a), roleRank(b)
		if a == "" {
			ra = len(roleOrder) + 1
		}
		if b == "" {
			rb = len(roleOrder) + 1
		}
		if ra != rb {
			return ra < rb
		}
		return a < b
	})
	roles = append(roles, extra...)
	m.Roles = roles
	col := map[string]int{}
	for i, r := range roles {
		col[r] = i
		m.Cols = append(m.Cols, MatrixColumn{Role: r, Label: roleShortLabel(r), Quota: m.Quota[r]})
	}
	// Rows.
	addRow := func(name string, expected bool) int {
		if i, ok := m.ByName[name]; ok {
			return i
		}
		row := MatrixRow{Municipality: name, Expected: expected, Cells: make([]MatrixCell, len(roles))}
		for i, r := range roles {
			row.Cells[i] = MatrixCell{Role: r, Quota: m.Quota[r]}
		}
		m.Rows = append(m.Rows, row)
		m.ByName[name] = len(m.Rows) - 1
		return len(m.Rows) - 1
	}
	for _, name := range d.Expected {
		addRow(name, true)
	}
	var others []string
	seen := map[string]bool{}
	for _, p := range d.Participants {
		if _, ok := m.ByName[p.Municipality]; !ok && !seen[p.Municipality] && p.Municipality != "" {
			seen[p.Municipality] = true
			others = append(others, p.Municipality)
		}
	}
	sort.Strings(others)
	for _, name := range others {
		addRow(name, false)
	}
	for _, p := range d.Participants {
		if p.Municipality == "" {
			addRow("", false)
			break
		}
	}
	for _, p := range d.Participants {
		ri := m.ByName[p.Municipality]
		row := &m.Rows[ri]
		switch p.Status {
		case "declined", "cancelled":
			row.Declined++
			continue
		case "accepted", "tentative", "waitlisted":
		default:
			continue
		}
		c := &row.Cells[col[p.Role]]
		switch p.Status {
		case "accepted":
			c.Accepted++
		case "tentative":
			c.Tentative++
		case "waitlisted":
			c.Waitlisted++
		}
	}
	for ri := range m.Rows {
		row := &m.Rows[ri]
		for ci := range row.Cells {
			c := &row.Cells[ci]
			c.Full = c.Quota > 0 && c.Held() >= c.Quota
			c.Over = c.Quota > 0 && c.Held() > c.Quota
			if c.Full {
				m.Full[c.Role]++
			}
			row.Total += c.Held()
			row.Waitlisted += c.Waitlisted
			m.Totals[c.Role] += c.Held()
			m.Wait[c.Role] += c.Waitlisted
			m.Total += c.Held()
			m.Tent += c.Tentative
			m.WaitN += c.Waitlisted
		}
	}
	if len(quota) > 0 {
		m.Legend = append(m.Legend, "\"1/2\": 1 af kommunens 2 pladser er besat")
	}
	if m.Tent > 0 {
		m.Legend = append(m.Legend, "*: heraf foreløbigt tilmeldte")
	}
	if m.WaitN > 0 {
		m.Legend = append(m.Legend, "+1: 1 på venteliste (kvoten er fyldt)")
	}
	return m
}

// digestView is what the digest templates see: everything computed, times
// in the event's zone.
type digestView struct {
	Subject  string
	Event    config.Event
	Meeting  bool
	When     string // DanishSpan of the event
	Now      time.Time
	Since    time.Time // zero on the first digest
	Deadline time.Time
	// DaysLeft to Deadline; HasDeadline false when the event has none.
	DaysLeft     int
	DaysLeftText string
	HasDeadline  bool
	Past         bool // the deadline has passed

	// Meeting.
	Accepted, Tentative, Declined, Waitlisted int
	Lunch, LunchUnknown                       int
	Diets                                     []store.Participant // places held with a diet note
	Matrix                                    Matrix
	Missing                                   []string            // expected, nobody holding or waiting for a place
	MissingDeclined                           map[string]bool     // of Missing: has sent only declines
	DeclineList                               []store.Participant // declined/cancelled, newest first
	WaitList                                  []store.Participant
	LateList                                  []store.Participant
	ChangedSince                              int // participants created or changed since Since
	NewSince                                  int // of those, created since Since

	// Consultation.
	SubmittedRows []submissionRow // expected municipalities that submitted, then others
	NotSubmitted  []string
	LateSubs      []store.Submission
	SubmittedN    int // expected municipalities that submitted
	ExpectedN     int

	// Both.
	NewMsgs    []store.Message
	ReviewMsgs []store.Message
	Failed     []store.Reply
	NewByClass []classCount
	Attention  int    // review + failed + waitlisted + late: things to act on
	TileWidth  string // "14%": the headline tiles share the row equally
	// AttentionItems says Attention in Danish, one phrase per kind.
	AttentionItems []string
}

type submissionRow struct {
	Municipality string
	Expected     bool
	Submissions  []store.Submission // oldest first
	Attachments  int
	Late         bool
}

type tileData struct {
	Width string
	Label string
	N     int
	Note  string
	Warn  bool
}

type peopleData struct {
	People     []store.Participant
	WithStatus bool
}

type classCount struct {
	Label string
	N     int
}

// Digest renders the daily digest of d.Event: subject, a plain-text body
// and an HTML body with the same numbers. The HTML is made with
// html/template (everything a sender wrote is escaped) and inline CSS in
// tables only, so Outlook and web mail show it as designed; no scripts, no
// external images or fonts.
func Digest(d DigestData) (subject, text, html string, err error) {
	v := buildDigestView(d)
	var tb, hb bytes.Buffer
	if err := digestText.Execute(&tb, v); err != nil {
		return "", "", "", fmt.Errorf("digest %s: text: %w", d.Event.ID, err)
	}
	if err := digestHTML.Execute(&hb, v); err != nil {
		return "", "", "", fmt.Errorf("digest %s: html: %w", d.Event.ID, err)
	}
	return v.Subject, tidyText(tb.String()), hb.String(), nil
}

func buildDigestView(d DigestData) digestView {
	loc := d.Location
	if d.Now.IsZero() {
		d.Now = time.Now()
	}
	v := digestView{Event: d.Event, Meeting: d.Event.Kind != "consultation"}
	v.Now = in(d.Now, loc)
	if !d.Since.IsZero() {
		v.Since = in(d.Since, loc)
	}
	v.When = DanishSpan(d.Event.Starts, d.Event.Ends, loc)
	if dl := eventDeadline(d.Event); !dl.IsZero() {
		v.Deadline = in(dl, loc)
		v.HasDeadline = true
		v.DaysLeft = DaysLeft(d.Now, dl, loc)
		v.DaysLeftText = DaysLeftText(v.DaysLeft)
		v.Past = d.Now.After(dl)
	}
	v.Subject = fmt.Sprintf("Dagligt overblik: %s – %s", d.Event.Title, DanishShortDate(v.Now, nil))

	ps := make([]store.Participant, len(d.Participants))
	for i, p := range d.Participants {
		p.UpdatedAt, p.CreatedAt = in(p.UpdatedAt, loc), in(p.CreatedAt, loc)
		ps[i] = p
	}
	sortParticipants(ps)
	held := map[string]bool{}
	declinedOnly := map[string]bool{}
	for _, p := range ps {
		switch p.Status {
		case "accepted", "tentative":
			if p.Status == "accepted" {
				v.Accepted++
			} else {
				v.Tentative++
			}
			held[p.Municipality] = true
			switch {
			case p.Lunch == nil:
				v.LunchUnknown++
			case *p.Lunch:
				v.Lunch++
			}
			if strings.TrimSpace(p.Diet) != "" {
				v.Diets = append(v.Diets, p)
			}
		case "waitlisted":
			v.Waitlisted++
			held[p.Municipality] = true
			v.WaitList = append(v.WaitList, p)
		case "declined", "cancelled":
			v.Declined++
			declinedOnly[p.Municipality] = true
			v.DeclineList = append(v.DeclineList, p)
		}
		if p.Late {
			v.LateList = append(v.LateList, p)
		}
		if !v.Since.IsZero() {
			if p.CreatedAt.After(v.Since) {
				v.NewSince++
			}
			if p.UpdatedAt.After(v.Since) || p.CreatedAt.After(v.Since) {
				v.ChangedSince++
			}
		}
	}
	sort.SliceStable(v.DeclineList, func(i, j int) bool { return v.DeclineList[i].UpdatedAt.After(v.DeclineList[j].UpdatedAt) })
	v.Matrix = BuildMatrix(d)
	v.MissingDeclined = map[string]bool{}
	for _, name := range d.Expected {
		if !held[name] {
			v.Missing = append(v.Missing, name)
			if declinedOnly[name] {
				v.MissingDeclined[name] = true
			}
		}
	}

	// Consultation.
	v.ExpectedN = len(d.Expected)
	subs := make([]store.Submission, len(d.Submissions))
	for i, s := range d.Submissions {
		s.ReceivedAt = in(s.ReceivedAt, loc)
		subs[i] = s
	}
	sort.SliceStable(subs, func(i, j int) bool { return subs[i].ReceivedAt.Before(subs[j].ReceivedAt) })
	byMun := map[string]*submissionRow{}
	var order []string
	for _, name := range d.Expected {
		byMun[name] = &submissionRow{Municipality: name, Expected: true}
		order = append(order, name)
	}
	var others []string
	for _, s := range subs {
		r, ok := byMun[s.Municipality]
		if !ok {
			r = &submissionRow{Municipality: s.Municipality}
			byMun[s.Municipality] = r
			others = append(others, s.Municipality)
		}
		r.Submissions = append(r.Submissions, s)
		r.Attachments += len(s.Attachments)
		if s.Late {
			r.Late = true
			v.LateSubs = append(v.LateSubs, s)
		}
	}
	sort.Strings(others)
	for _, name := range append(order, others...) {
		r := byMun[name]
		if len(r.Submissions) == 0 {
			if r.Expected {
				v.NotSubmitted = append(v.NotSubmitted, name)
			}
			continue
		}
		if r.Expected {
			v.SubmittedN++
		}
		v.SubmittedRows = append(v.SubmittedRows, *r)
	}

	// Messages and replies.
	for _, m := range d.New {
		m.ReceivedAt = in(m.ReceivedAt, loc)
		v.NewMsgs = append(v.NewMsgs, m)
	}
	sort.SliceStable(v.NewMsgs, func(i, j int) bool { return v.NewMsgs[i].ReceivedAt.Before(v.NewMsgs[j].ReceivedAt) })
	counts := map[string]int{}
	var labels []string
	for _, m := range v.NewMsgs {
		l := classLabel(m.Class)
		if counts[l] == 0 {
			labels = append(labels, l)
		}
		counts[l]++
	}
	for _, l := range labels {
		v.NewByClass = append(v.NewByClass, classCount{l, counts[l]})
	}
	for _, m := range d.Review {
		m.ReceivedAt = in(m.ReceivedAt, loc)
		v.ReviewMsgs = append(v.ReviewMsgs, m)
	}
	sort.SliceStable(v.ReviewMsgs, func(i, j int) bool { return v.ReviewMsgs[i].ReceivedAt.Before(v.ReviewMsgs[j].ReceivedAt) })
	for _, r := range d.Replies {
		if r.Status == store.ReplyFailed {
			r.CreatedAt = in(r.CreatedAt, loc)
			v.Failed = append(v.Failed, r)
		}
	}
	tiles := 3 // consultation: submitted, missing, late
	if v.Meeting {
		tiles = 5 // accepted, tentative, declined, waitlisted, missing
		if d.Event.Lunch {
			tiles++
		}
	}
	if v.HasDeadline {
		tiles++
	}
	v.TileWidth = fmt.Sprintf("%d%%", 100/tiles)
	say := func(n int, one, many string) {
		if n > 0 {
			v.Attention += n
			v.AttentionItems = append(v.AttentionItems, fmt.Sprintf("%d %s", n, plural(n, one, many)))
		}
	}
	say(len(v.ReviewMsgs), "mail venter på gennemsyn", "mails venter på gennemsyn")
	say(len(v.Failed), "svar kunne ikke sendes", "svar kunne ikke sendes")
	if v.Meeting {
		say(len(v.WaitList), "deltager på venteliste", "deltagere på venteliste")
		say(len(v.LateList), "tilmelding efter fristen", "tilmeldinger efter fristen")
	} else {
		say(len(v.LateSubs), "indsendelse efter fristen", "indsendelser efter fristen")
	}
	return v
}
