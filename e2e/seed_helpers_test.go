package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The seed events of config.example.toml, as the tests TestRealCorpusNoReplies
// and TestSeedEvents configure them: ids, titles, kinds, mailboxes, places,
// keywords, sets and quotas as in the example; only the dates of the meeting
// move (a month ahead of the test run) so that mail arriving now is before
// its registration deadline.

// dialogUID is the iCalendar UID of the dialogue meeting's invitation, in the
// shape Outlook gives it; the test config names it in ical_uid.
const dialogUID = "040000008200E00074C5B7101A82E00800000000A07C3E1F64C5DC01000000000000000010000000D2E9B7C04C1E8A4F9B2E43D0A6F1C5E7"

// seedConfigOpts describes a config with the seed events.
type seedConfigOpts struct {
	Dir          string
	Now          time.Time // the meeting is 30 days after, its registration deadline 22 days after
	PoskSince    time.Time // since and answer_since of posk@greve.dk
	Consultation bool      // also the ern@viborg.dk mailbox and the Midtjylland input round
	ErnSince     time.Time // since and answer_since of ern@viborg.dk
	DigestTo     []string
}

// meetingTimes are the dialogue meeting's start, end and registration
// deadline for a test run at now (Europe/Copenhagen).
func meetingTimes(t *testing.T, now time.Time) (starts, ends, deadline time.Time) {
	t.Helper()
	tz, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatalf("time zone: %v", err)
	}
	day := now.In(tz).AddDate(0, 0, 30)
	starts = time.Date(day.Year(), day.Month(), day.Day(), 9, 0, 0, 0, tz)
	ends = starts.Add(4 * time.Hour)
	dl := now.In(tz).AddDate(0, 0, 22)
	deadline = time.Date(dl.Year(), dl.Month(), dl.Day(), 23, 59, 59, 0, tz)
	return starts, ends, deadline
}

// consultationDeadline is the Midtjylland round's deadline as in
// config.example.toml: 1 July 2022, 23:59:59 Danish summer time.
var consultationDeadline = time.Date(2022, 7, 1, 23, 59, 59, 0, time.FixedZone("CEST", 2*3600))

// writeSeedConfig writes mailbot.toml into o.Dir and returns its path. Both
// mailboxes read over STARTTLS IMAP and send through the submission port
// with AUTH, as the real Exchange Online setup does.
func writeSeedConfig(t *testing.T, st stack, o seedConfigOpts) string {
	t.Helper()
	starts, ends, deadline := meetingTimes(t, o.Now)
	mailbox := func(id, addr, name string, since time.Time) string {
		var b strings.Builder
		fmt.Fprintf(&b, "[[mailbox]]\nid = %q\naddress = %q\nname = %q\nfolders = [\"INBOX\"]\nsince = %s\nanswer_since = %s\n",
			id, addr, name, since.Format("2006-01-02"), since.Format("2006-01-02"))
		for _, s := range []struct {
			table string
			port  int
		}{{"imap", st.IMAPPort}, {"smtp", st.SubmissionPort}} {
			fmt.Fprintf(&b, "[mailbox.%s]\nhost = %q\nport = %d\ntls = \"starttls\"\ninsecure_skip_verify = true\nusername = %q\npassword_env = %q\n",
				s.table, st.Host, s.port, addr, passwordEnv)
		}
		return b.String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, `# written by mailbot's e2e tests (seed events of config.example.toml)
store    = %q
timezone = "Europe/Copenhagen"

[send]
rate_per_minute = 100000

`, filepath.Join(o.Dir, "mailbot.db"))
	b.WriteString(mailbox("posk", "posk@greve.dk", "Sekretariatet for Rammeaftale Sjælland", o.PoskSince))
	if o.Consultation {
		b.WriteString("\n" + mailbox("ern", "ern@viborg.dk", "Rammeaftalesekretariatet, KKR Midtjylland", o.ErnSince))
	}
	to, _ := json.Marshal(o.DigestTo)
	if len(o.DigestTo) == 0 {
		to = []byte("[]")
	}
	fmt.Fprintf(&b, `
[digest]
schedule = "0 7 * * 1-5"
to       = %s

[[event]]
id       = "dialog2026"
kind     = "meeting"
mailbox  = "posk"
title    = "Dialogmøde om Rammeaftale 2027-2028"
starts   = %s
ends     = %s
location = "Ringsted Kongrescenter"
registration_deadline = %s
ical_uid = %q
subject_keywords = ["dialogmøde", "rammeaftale 2027-2028", "rammeaftale"]
municipalities = "kkr_sjaelland"
lunch    = true
contact  = "posk@greve.dk"
[event.quota]
handicapraad     = 2
udsatteraad      = 2
politiker_voksen = 2
politiker_boern  = 2
[event.participant_list]
days_before = 7
to          = "secretariat"
program     = "Program og deltagerliste for dialogmødet sendes en uge før mødet."
`, to, starts.Format(time.RFC3339), ends.Format(time.RFC3339), deadline.Format(time.RFC3339), dialogUID)
	if o.Consultation {
		fmt.Fprintf(&b, `
[[event]]
id       = "rammeaftale2023"
kind     = "consultation"
mailbox  = "ern"
title    = "Input til Rammeaftale 2023-2024 – udviklingsområder"
deadline = %s
starts   = 2023-01-26T14:00:00+01:00
ends     = 2023-01-26T17:00:00+01:00
location = "KKR Midtjyllands konference"
subject_keywords = ["rammeaftale", "udviklingsområde", "udviklingsområder", "bemærkninger", "input"]
municipalities = "kkr_midtjylland"
lunch    = false
areas    = [
  "Borgere med komplekse problemstillinger",
  "Specialiserede tilbud til børn og unge",
  "Rekruttering og fastholdelse af fagpersoner",
]
[event.participant_list]
disabled = true
`, consultationDeadline.Format(time.RFC3339))
	}
	path := filepath.Join(o.Dir, "mailbot.toml")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatalf("write config: %v", err)
	}
	return path
}

// --- the export's participants and submissions ------------------------------

// participantJSON is a participant of the export (CONTRACT.md).
type participantJSON struct {
	Event        string   `json:"event"`
	Email        string   `json:"email"`
	Name         string   `json:"name"`
	Municipality string   `json:"municipality"`
	Role         string   `json:"role"`
	Status       string   `json:"status"`
	Source       string   `json:"source"`
	Late         bool     `json:"late"`
	OverQuota    bool     `json:"over_quota"`
	Lunch        *bool    `json:"lunch"`
	Replaces     string   `json:"replaces"`
	ReplacedBy   string   `json:"replaced_by"`
	MessageIDs   []string `json:"message_ids"`
}

func (p participantJSON) String() string {
	lunch := "nil"
	if p.Lunch != nil {
		lunch = fmt.Sprint(*p.Lunch)
	}
	return fmt.Sprintf("{%s %q <%s> %q role=%s status=%s source=%s late=%v over_quota=%v lunch=%s}",
		p.Event, p.Name, p.Email, p.Municipality, p.Role, p.Status, p.Source, p.Late, p.OverQuota, lunch)
}

// submissionJSON is a submission of the export (CONTRACT.md).
type submissionJSON struct {
	Event        string `json:"event"`
	Municipality string `json:"municipality"`
	From         string `json:"from"`
	Subject      string `json:"subject"`
	ReceivedAt   string `json:"received_at"`
	Late         bool   `json:"late"`
	MessageID    string `json:"message_id"`
	Attachments  []struct {
		Filename    string `json:"filename"`
		ContentType string `json:"content_type"`
		Size        int64  `json:"size"`
		SHA256      string `json:"sha256"`
	} `json:"attachments"`
}

func (e export) participants(t *testing.T) []participantJSON {
	t.Helper()
	var out []participantJSON
	for _, raw := range e.Participants {
		var p participantJSON
		if err := json.Unmarshal(raw, &p); err != nil {
			t.Fatalf("export participant %s: %v", raw, err)
		}
		out = append(out, p)
	}
	return out
}

func (e export) submissions(t *testing.T) []submissionJSON {
	t.Helper()
	var out []submissionJSON
	for _, raw := range e.Submissions {
		var s submissionJSON
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatalf("export submission %s: %v", raw, err)
		}
		out = append(out, s)
	}
	return out
}

// --- raw files --------------------------------------------------------------

// rawHeader returns the unfolded values of header field name in the header
// block of raw (up to the first empty line; LF, CRLF or mixed line ends),
// read leniently: real-world files may have headers net/mail refuses.
func rawHeader(raw []byte, name string) []string {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	var out []string
	var cur *string
	for _, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		if len(bytes.TrimSpace(line)) == 0 {
			break // the end of the header block
		}
		if line[0] == ' ' || line[0] == '\t' {
			if cur != nil {
				*cur += " " + strings.TrimSpace(string(line))
			}
			continue
		}
		cur = nil
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(strings.TrimSpace(string(k)), name) {
			out = append(out, strings.TrimSpace(string(v)))
			cur = &out[len(out)-1]
		}
	}
	return out
}

// rawMessageID is raw's Message-ID without <>, "" if it has none.
func rawMessageID(raw []byte) string {
	vs := rawHeader(raw, "Message-Id")
	if len(vs) == 0 {
		return ""
	}
	v := strings.TrimSpace(vs[0])
	if i := strings.IndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			v = v[i+1 : i+j]
		}
	}
	return strings.TrimSpace(v)
}

// keptDir is a work directory that survives a failed test (its export and
// mails can then be read) and is removed after a passing one.
func keptDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "mailbot-e2e-"+strings.ToLower(t.Name())+"-")
	if err != nil {
		t.Fatalf("work dir: %v", err)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("work dir kept for diagnosis: %s", dir)
			return
		}
		os.RemoveAll(dir)
	})
	return dir
}
