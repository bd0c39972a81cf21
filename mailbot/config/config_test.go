package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func cph(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestExampleConfig(t *testing.T) {
	c, err := Load("../../config.example.toml")
	if err != nil {
		t.Fatalf("config.example.toml: %v", err)
	}
	if c.Store != "mailbot.db" || c.Timezone != "Europe/Copenhagen" || c.Location.String() != "Europe/Copenhagen" {
		t.Errorf("store/timezone = %q/%q/%v", c.Store, c.Timezone, c.Location)
	}
	posk, ern := c.Mailbox("posk"), c.Mailbox("ern")
	if posk == nil || ern == nil {
		t.Fatalf("mailboxes posk/ern missing: %+v", c.Mailboxes)
	}
	if posk.Address != "posk@greve.dk" || ern.Address != "ern@viborg.dk" {
		t.Errorf("addresses %q %q", posk.Address, ern.Address)
	}
	if posk.IMAP.TLS != "implicit" || posk.IMAP.Port != 993 || posk.SMTP.TLS != "starttls" || posk.SMTP.Port != 587 {
		t.Errorf("posk servers %+v %+v", posk.IMAP, posk.SMTP)
	}
	if posk.IMAP.PasswordEnv == "" || ern.IMAP.PasswordFile == "" {
		t.Errorf("credentials must come from env or file: %+v %+v", posk.IMAP, ern.IMAP)
	}

	d := c.Event("dialog2026")
	if d == nil {
		t.Fatal("event dialog2026 missing")
	}
	loc := cph(t)
	want := map[string][2]time.Time{
		"starts/ends": {time.Date(2026, 6, 25, 9, 0, 0, 0, loc), time.Date(2026, 6, 25, 13, 0, 0, 0, loc)},
	}
	if !d.Starts.Equal(want["starts/ends"][0]) || !d.Ends.Equal(want["starts/ends"][1]) {
		t.Errorf("dialog2026 starts/ends = %v/%v", d.Starts, d.Ends)
	}
	if !d.RegistrationDeadline.Equal(time.Date(2026, 6, 17, 23, 59, 59, 0, loc)) {
		t.Errorf("dialog2026 registration_deadline = %v", d.RegistrationDeadline)
	}
	if d.Kind != "meeting" || d.Title != "Dialogmøde om Rammeaftale 2027-2028" || d.Location != "Ringsted Kongrescenter" ||
		d.Mailbox != "posk" || d.Municipalities != "kkr_sjaelland" || !d.Lunch {
		t.Errorf("dialog2026 = %+v", d)
	}
	wantQuota := map[string]int{"handicapraad": 2, "udsatteraad": 2, "politiker_voksen": 2, "politiker_boern": 2}
	if len(d.Quota) != len(wantQuota) {
		t.Errorf("quota = %v, want %v (direktoer, chef unlimited)", d.Quota, wantQuota)
	}
	for k, v := range wantQuota {
		if d.Quota[k] != v {
			t.Errorf("quota[%s] = %d, want %d", k, d.Quota[k], v)
		}
	}
	if d.ParticipantList.DaysBefore != 7 || d.ParticipantList.Disabled || d.ParticipantList.Program == "" {
		t.Errorf("participant list = %+v", d.ParticipantList)
	}
	if d.Contact != "posk@greve.dk" {
		t.Errorf("contact = %q", d.Contact)
	}
	sj, err := c.Set(d.Municipalities)
	if err != nil || len(sj) != 18 || !slices.Contains(sj, "Ringsted Kommune") || sj[len(sj)-1] != "Region Sjælland" {
		t.Errorf("kkr_sjaelland = %v, %v (want 17 municipalities + Region Sjælland)", sj, err)
	}

	r := c.Event("rammeaftale2023")
	if r == nil {
		t.Fatal("event rammeaftale2023 missing")
	}
	if r.Kind != "consultation" || r.Mailbox != "ern" || r.Municipalities != "kkr_midtjylland" || r.Contact != "ern@viborg.dk" {
		t.Errorf("rammeaftale2023 = %+v", r)
	}
	if r.Deadline.Year() != 2022 || r.Deadline.Month() != 7 || r.Deadline.Day() != 1 {
		t.Errorf("deadline = %v, want 1 July 2022", r.Deadline)
	}
	if !r.Starts.Equal(time.Date(2023, 1, 26, 14, 0, 0, 0, loc)) || !r.Ends.Equal(time.Date(2023, 1, 26, 17, 0, 0, 0, loc)) {
		t.Errorf("KKR conference = %v-%v, want 26 Jan 2023 14-17", r.Starts, r.Ends)
	}
	for _, kw := range []string{"rammeaftale", "udviklingsområde", "bemærkninger"} {
		if !slices.Contains(r.SubjectKeywords, kw) {
			t.Errorf("subject_keywords %v lacks %q", r.SubjectKeywords, kw)
		}
	}
	if len(r.Areas) == 0 {
		t.Error("no areas")
	}
	mj, err := c.Set("kkr_midtjylland")
	if err != nil || len(mj) != 20 || mj[len(mj)-1] != "Region Midtjylland" {
		t.Errorf("kkr_midtjylland = %v, %v (want 19 + Region Midtjylland)", mj, err)
	}
	if u, err := c.Set("udvalg"); err != nil || !slices.Equal(u, []string{"Greve Kommune", "Køge Kommune", "Region Sjælland"}) {
		t.Errorf("[sets] udvalg = %v, %v", u, err)
	}
	if _, err := c.Set("kkr_sjælland"); err == nil || !strings.Contains(err.Error(), `did you mean "kkr_sjaelland"`) {
		t.Errorf("unknown set error = %v", err)
	}
	if c.Digest.Schedule != "0 7 * * 1-5" || !slices.Equal(c.Digest.To, []string{"sekretariat@greve.dk"}) {
		t.Errorf("digest = %+v", c.Digest)
	}
}

// contractMinimal is CONTRACT.md's block of fixed keys, verbatim.
const contractMinimal = `store    = "mailbot.db"              # bbolt file, created 0600
timezone = "Europe/Copenhagen"

[[mailbox]]
id       = "posk"
address  = "posk@greve.dk"           # our own address: never answered, used as From
folders  = ["INBOX"]                 # default ["INBOX"]
since    = 2026-01-01                # fetch nothing older (default: everything)
answer_since = 2026-01-01            # never reply to mail dated before this (default: first run's start)
[mailbox.imap]
host = "outlook.office365.com"
port = 993
tls  = "implicit"                    # implicit | starttls | none
username = "posk@greve.dk"
password_env  = "MAILBOT_POSK_PASSWORD"  # or password_file = "..."
insecure_skip_verify = false
[mailbox.smtp]
host = "smtp.office365.com"
port = 587
tls  = "starttls"
username = "posk@greve.dk"
password_env  = "MAILBOT_POSK_PASSWORD"   # no username and password: no AUTH (a local relay)
# auth = "plain"                    # in [mailbox.imap] and [mailbox.smtp]: plain (default) | login | xoauth2
# [mailbox.oauth2]                  # used where auth = "xoauth2" (Microsoft 365: client-credentials grant)
# tenant    = "contoso.onmicrosoft.com"
# client_id = "00000000-0000-0000-0000-000000000000"
# client_secret_env = "MAILBOT_POSK_CLIENT_SECRET"   # or client_secret_file = "..."
# token_url = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"   # the default; set it for another issuer
# scopes    = ["https://outlook.office365.com/.default"]                       # the default

[digest]
schedule = "0 7 * * 1-5"             # cron, in timezone
to       = ["sekretariat@greve.dk"]

[http]                               # optional
listen = "127.0.0.1:9464"            # GET /metrics (Prometheus) and /healthz under ` + "`mailbot run`" + `; "" = off

[sets]                               # optional: built in are kkr_hovedstaden, kkr_sjaelland,
                                     # kkr_syddanmark, kkr_midtjylland, kkr_nordjylland (each the
                                     # region's municipalities + the region); here you add or override
udvalg = ["Greve Kommune", "Køge Kommune", "Region Sjælland"]

[[event]]
id       = "dialog2026"
kind     = "meeting"                 # meeting | consultation
mailbox  = "posk"
title    = "Dialogmøde om Rammeaftale 2027-2028"
starts   = 2026-06-25T09:00:00+02:00
ends     = 2026-06-25T13:00:00+02:00
location = "Ringsted Kongrescenter"
registration_deadline = 2026-06-17T23:59:59+02:00   # consultation: deadline = ...
ical_uid = "040000008200E00074C5B7101A82E008..."     # optional
subject_keywords = ["dialogmøde", "rammeaftale"]
municipalities = "kkr_sjaelland"     # the set of expected senders / participants' municipalities
lunch    = true
[event.quota]                        # per municipality; a role left out is unlimited
handicapraad = 2
udsatteraad = 2
politiker_voksen = 2
politiker_boern = 2
`

func TestContractKeysWithDefaults(t *testing.T) {
	c, err := Parse("mailbot.toml", []byte(contractMinimal))
	if err != nil {
		t.Fatal(err)
	}
	m := c.Mailboxes[0]
	loc := cph(t)
	if !m.Since.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, loc)) || m.Since.Location().String() != loc.String() {
		t.Errorf("since = %v, want 2026-01-01 00:00 Europe/Copenhagen", m.Since)
	}
	if m.Poll.Duration != time.Minute || m.IMAP.Auth != "plain" || m.IMAP.Timeout.Duration != 30*time.Second || m.Name != "" {
		t.Errorf("mailbox defaults: %+v", m)
	}
	e := c.Events[0]
	if e.Contact != "posk@greve.dk" || e.ParticipantList.DaysBefore != 7 || e.ParticipantList.To != "secretariat" {
		t.Errorf("event defaults: contact %q, participant list %+v", e.Contact, e.ParticipantList)
	}
	if c.Send.RatePerMinute != 30 || c.Send.MaxAttempts != 20 || c.HTTP.StaleAfter.Duration != 15*time.Minute ||
		c.Log.Level != "info" || c.Log.Format != "text" {
		t.Errorf("top-level defaults: send %+v http %+v log %+v", c.Send, c.HTTP, c.Log)
	}
	if c.Path != "mailbot.toml" {
		t.Errorf("path = %q", c.Path)
	}
}

// base is a small valid config the error cases break.
const base = `store = "t.db"
[[mailbox]]
id = "posk"
address = "posk@greve.dk"
[mailbox.imap]
host = "imap.example.dk"
password_env = "P"
[mailbox.smtp]
host = "smtp.example.dk"
[[event]]
id = "m"
kind = "meeting"
title = "Møde"
starts = 2026-06-25T09:00:00+02:00
`

func TestBaseDefaults(t *testing.T) {
	c, err := Parse("t.toml", []byte(base))
	if err != nil {
		t.Fatal(err)
	}
	m := c.Mailboxes[0]
	if !slices.Equal(m.Folders, []string{"INBOX"}) || m.IMAP.Port != 993 || m.IMAP.TLS != "implicit" ||
		m.IMAP.Username != "posk@greve.dk" || m.SMTP.Port != 587 || m.SMTP.TLS != "starttls" || m.SMTP.Username != "" {
		t.Errorf("mailbox defaults: %+v", m)
	}
	if !m.Since.IsZero() || !m.AnswerSince.IsZero() {
		t.Errorf("since/answer_since default must be zero: %v %v", m.Since, m.AnswerSince)
	}
	if c.Events[0].Mailbox != "posk" {
		t.Errorf("event mailbox defaults to the only mailbox, got %q", c.Events[0].Mailbox)
	}
	if c.Digest.Schedule != DefaultDigestSchedule || c.Timezone != DefaultTimezone {
		t.Errorf("digest/timezone defaults: %+v %q", c.Digest, c.Timezone)
	}
}

func TestPortsByTLS(t *testing.T) {
	for _, tc := range []struct {
		imapTLS, smtpTLS   string
		imapPort, smtpPort int
	}{
		{"implicit", "implicit", 993, 465},
		{"starttls", "starttls", 143, 587},
		{"none", "none", 143, 25},
	} {
		src := strings.Replace(base, `host = "imap.example.dk"`, `host = "imap.example.dk"`+"\ntls = \""+tc.imapTLS+`"`, 1)
		src = strings.Replace(src, `host = "smtp.example.dk"`, `host = "smtp.example.dk"`+"\ntls = \""+tc.smtpTLS+`"`, 1)
		c, err := Parse("t.toml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if p := c.Mailboxes[0].IMAP.Port; p != tc.imapPort {
			t.Errorf("imap tls %s: port %d, want %d", tc.imapTLS, p, tc.imapPort)
		}
		if p := c.Mailboxes[0].SMTP.Port; p != tc.smtpPort {
			t.Errorf("smtp tls %s: port %d, want %d", tc.smtpTLS, p, tc.smtpPort)
		}
	}
}

// lineOf returns the 1-based line of the first line of src containing s.
func lineOf(t *testing.T, src, s string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("%q not in source", s)
	return 0
}

func TestErrors(t *testing.T) {
	second := base + `[[mailbox]]
id = "ern"
address = "ern@viborg.dk"
[mailbox.imap]
host = "imap.viborg.dk"
tls = "ssl"
password_env = "E"
[mailbox.smtp]
host = "smtp.viborg.dk"
`
	cases := []struct {
		name string
		src  string
		key  string
		at   string // text on the expected line ("" = line 0)
		msg  string
	}{
		{"bad tls", strings.Replace(base, `password_env = "P"`, "password_env = \"P\"\ntls = \"ssl\"", 1),
			"mailbox[0].imap.tls", `tls = "ssl"`, `must be implicit, starttls or none (got "ssl")`},
		{"bad tls in second mailbox", second, "mailbox[1].imap.tls", `tls = "ssl"`, `must be implicit, starttls or none`},
		{"unknown key with suggestion", strings.Replace(base, `host = "imap.example.dk"`, `hots = "imap.example.dk"`, 1),
			"mailbox[0].imap.hots", `hots =`, `unknown key (did you mean "host"?)`},
		{"unknown top-level key", "timezon = \"Europe/Copenhagen\"\n" + base, "timezon", `timezon =`, `did you mean "timezone"?`},
		{"unknown table", base + "[digst]\nschedule = \"0 7 * * *\"\n", "digst", `[digst]`, `did you mean "digest"?`},
		{"inline password", strings.Replace(base, `password_env = "P"`, `password = "hunter2"`, 1),
			"mailbox[0].imap.password", `password = "hunter2"`, `use password_env`},
		{"inline client secret", strings.Replace(base, "[mailbox.smtp]", "[mailbox.oauth2]\nclient_secret = \"s3cret\"\n[mailbox.smtp]", 1),
			"mailbox[0].oauth2.client_secret", `client_secret =`, `use client_secret_env`},
		{"no mailbox", `store = "x.db"` + "\n", "mailbox", "", "at least one [[mailbox]] is required"},
		{"bad cron", base + "[digest]\nschedule = \"0 7 * *\"\n", "digest.schedule", `schedule =`, `invalid cron expression "0 7 * *"`},
		{"bad cron field", base + "[digest]\nschedule = \"61 7 * * *\"\n", "digest.schedule", `schedule =`, `invalid cron expression`},
		{"duplicate mailbox id", strings.Replace(second, `id = "ern"`, `id = "posk" # dup`, 1), "mailbox[1].id", `# dup`, `duplicate id "posk"`},
		{"duplicate event id", base + "[[event]]\nid = \"m\" # again\nkind = \"consultation\"\ntitle = \"x\"\ndeadline = 2022-07-01\n",
			"event[1].id", `# again`, `duplicate id "m" (also event[0])`},
		{"bad address", strings.Replace(base, `address = "posk@greve.dk"`, `address = "posk(at)greve.dk"`, 1),
			"mailbox[0].address", `address =`, `must be an e-mail address`},
		{"auth unknown", strings.Replace(base, `password_env = "P"`, "password_env = \"P\"\nauth = \"cram-md5\"", 1),
			"mailbox[0].imap.auth", `auth = "cram-md5"`, `must be plain, login or xoauth2 (got "cram-md5")`},
		{"xoauth2 without oauth2", strings.Replace(base, `password_env = "P"`, `auth = "xoauth2"`, 1),
			"mailbox[0].oauth2.client_id", `[[mailbox]]`, `required where auth = "xoauth2"`},
		{"password env and file", strings.Replace(base, `password_env = "P"`, "password_env = \"P\"\npassword_file = \"p.txt\"", 1),
			"mailbox[0].imap.password_file", `password_file =`, `not both`},
		{"imap without password", strings.Replace(base, `password_env = "P"`, ``, 1),
			"mailbox[0].imap.password_env", `[mailbox.imap]`, `IMAP needs a password`},
		{"event mailbox unknown", strings.Replace(base, `kind = "meeting"`, "kind = \"meeting\"\nmailbox = \"posq\"", 1),
			"event[0].mailbox", `mailbox = "posq"`, `no [[mailbox]] has id "posq" (did you mean "posk"?)`},
		{"event kind", strings.Replace(base, `kind = "meeting"`, `kind = "møde"`, 1), "event[0].kind", `kind = "møde"`, `must be meeting or consultation`},
		{"meeting without starts", strings.Replace(base, "starts = 2026-06-25T09:00:00+02:00\n", "", 1),
			"event[0].starts", `[[event]]`, `required for a meeting`},
		{"ends before starts", base + "ends = 2026-06-25T08:00:00+02:00\n", "event[0].ends", `ends =`, `must be after starts`},
		{"consultation without deadline", strings.Replace(base, `kind = "meeting"`, `kind = "consultation"`, 1),
			"event[0].deadline", `[[event]]`, `required for a consultation`},
		{"unknown set", base + "municipalities = \"kkr_sjælland\"\n", "event[0].municipalities", `municipalities =`, `did you mean "kkr_sjaelland"?`},
		{"quota role", base + "[event.quota]\n\"handicapråd\" = 2\n", `event[0].quota."handicapråd"`, `handicapråd`, `did you mean "handicapraad"?`},
		{"quota negative", base + "[event.quota]\nchef = -1\n", "event[0].quota.chef", `chef = -1`, `must be 0 or more`},
		{"bad timezone", strings.Replace(base, `store = "t.db"`, "store = \"t.db\"\ntimezone = \"Europe/Kobenhavn\"", 1),
			"timezone", `timezone =`, `unknown time zone "Europe/Kobenhavn"`},
		{"http listen", base + "[http]\nlisten = \"9464\"\n", "http.listen", `listen =`, `must be host:port`},
		{"log level", base + "[log]\nlevel = \"verbose\"\n", "log.level", `level =`, `must be debug, info, warn or error (got "verbose")`},
		{"digest to", base + "[digest]\nto = [\"a@b.dk\", \"sekretariatet\"]\n", "digest.to[1]", `to = [`, `must be an e-mail address`},
		{"type mismatch", strings.Replace(base, `host = "imap.example.dk"`, "host = \"imap.example.dk\"\nport = \"993\"", 1),
			"mailbox[0].imap.port", `port = "993"`, `must be an integer, not a string`},
		{"bad duration", strings.Replace(base, `address = "posk@greve.dk"`, "address = \"posk@greve.dk\"\npoll_interval = \"5 minutes\"", 1),
			"mailbox[0].poll_interval", `poll_interval =`, `must be a duration`},
		{"integer duration", base + "[http]\nstale_after = 900\n", "http.stale_after", `stale_after =`, `must be a duration string`},
		{"unknown municipality in set", base + "[sets]\nmine = [\"Greve\", \"Gotham\"]\n", "sets.mine[1]", `mine =`, `unknown municipality or region "Gotham"`},
		{"contact not in set", base + "municipalities = \"kkr_sjaelland\"\n[event.contacts]\n\"Aarhus\" = [\"x@aarhus.dk\"]\n",
			`event[0].contacts.Aarhus`, `"Aarhus" =`, `"Aarhus Kommune" is not in the set "kkr_sjaelland"`},
		{"syntax error", base + "title = \"unterminated\n", "", `title = "unterminated`, `strings cannot contain newlines`},
		{"time only", base + "ends = 13:00:00\n", "event[0].ends", `ends = 13:00:00`, `needs a date`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("mailbot.toml", []byte(tc.src))
			if err == nil {
				t.Fatalf("no error for:\n%s", tc.src)
			}
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("error is %T, want Errors: %v", err, err)
			}
			line := 0
			if tc.at != "" {
				line = lineOf(t, tc.src, tc.at)
			}
			var found *Error
			for _, e := range es {
				if e.Key == tc.key && strings.Contains(e.Msg, tc.msg) {
					found = e
				}
			}
			if tc.key == "" && len(es) == 1 && strings.Contains(es[0].Msg, tc.msg) {
				found = es[0]
			}
			if found == nil {
				t.Fatalf("no error with key %q and %q in:\n%v", tc.key, tc.msg, err)
			}
			if found.File != "mailbot.toml" || found.Line != line {
				t.Errorf("%v: at %s:%d, want mailbot.toml:%d", found, found.File, found.Line, line)
			}
			if !strings.HasPrefix(found.Error(), "mailbot.toml:") || (tc.key != "" && !strings.Contains(found.Error(), tc.key+": ")) {
				t.Errorf("message %q lacks file or key", found.Error())
			}
		})
	}
}

func TestErrorFormat(t *testing.T) {
	e := &Error{File: "mailbot.toml", Line: 12, Key: "mailbox[0].imap.tls", Msg: `must be implicit, starttls or none (got "ssl")`}
	if got, want := e.Error(), `mailbot.toml:12: mailbox[0].imap.tls: must be implicit, starttls or none (got "ssl")`; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got := (&Error{File: "f", Key: "mailbox", Msg: "m"}).Error(); got != "f: mailbox: m" {
		t.Errorf("no line: %q", got)
	}
}

// TestAllErrorsAtOnce: problems in different sections, including a type
// error, are all reported in one pass, ordered by line.
func TestAllErrorsAtOnce(t *testing.T) {
	src := strings.Replace(base, `host = "imap.example.dk"`, "host = \"imap.example.dk\"\nport = \"x\"\ntls = \"ssl\"", 1) +
		"kind2 = 1\n[digest]\nschedule = \"every day\"\n[log]\nformat = \"xml\"\n"
	_, err := Parse("mailbot.toml", []byte(src))
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("got %v", err)
	}
	keys := []string{}
	for _, e := range es {
		keys = append(keys, e.Key)
	}
	want := []string{"mailbox[0].imap.port", "mailbox[0].imap.tls", "event[0].kind2", "digest.schedule", "log.format"}
	if !slices.Equal(keys, want) {
		t.Errorf("keys = %v\nwant %v\n%v", keys, want, err)
	}
	for i := 1; i < len(es); i++ {
		if es[i].Line < es[i-1].Line {
			t.Errorf("not ordered by line: %v", err)
		}
	}
}

func TestLocalDatesAndTimes(t *testing.T) {
	src := strings.Replace(base, `store = "t.db"`, "store = \"t.db\"\ntimezone = \"America/New_York\"", 1)
	src = strings.Replace(src, `address = "posk@greve.dk"`, "address = \"POSK@Greve.dk\"\nsince = 2026-01-01\nanswer_since = 2026-03-01T12:30:00", 1)
	src = strings.Replace(src, "starts = 2026-06-25T09:00:00+02:00", "starts = 2026-06-25T09:00:00\nends = 2026-06-25T19:00:00+02:00\nregistration_deadline = 2026-06-17", 1)
	c, err := Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	m := c.Mailboxes[0]
	if m.Address != "posk@greve.dk" {
		t.Errorf("address not lower-cased: %q", m.Address)
	}
	if !m.Since.Equal(time.Date(2026, 1, 1, 0, 0, 0, 0, ny)) {
		t.Errorf("since = %v, want midnight New York", m.Since)
	}
	if !m.AnswerSince.Equal(time.Date(2026, 3, 1, 12, 30, 0, 0, ny)) {
		t.Errorf("answer_since = %v", m.AnswerSince)
	}
	e := c.Events[0]
	if !e.Starts.Equal(time.Date(2026, 6, 25, 9, 0, 0, 0, ny)) || e.Starts.Location().String() != ny.String() {
		t.Errorf("local starts = %v, want 09:00 New York", e.Starts)
	}
	if !e.Ends.Equal(time.Date(2026, 6, 25, 17, 0, 0, 0, time.UTC)) || e.Ends.Location().String() != ny.String() {
		t.Errorf("offset ends = %v, want 17:00Z shown in New York", e.Ends)
	}
	if !e.RegistrationDeadline.Equal(time.Date(2026, 6, 17, 23, 59, 59, 0, ny)) {
		t.Errorf("date-only registration_deadline = %v, want end of that day", e.RegistrationDeadline)
	}

	// since as a string, too.
	src2 := strings.Replace(base, `address = "posk@greve.dk"`, "address = \"posk@greve.dk\"\nsince = \"2025-08-15\"", 1)
	c2, err := Parse("t.toml", []byte(src2))
	if err != nil {
		t.Fatal(err)
	}
	if got := c2.Mailboxes[0].Since; !got.Equal(time.Date(2025, 8, 15, 0, 0, 0, 0, cph(t))) {
		t.Errorf("string since = %v", got)
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{"15m": 15 * time.Minute, "1h30m": 90 * time.Minute, "90d": 90 * 24 * time.Hour, "0s": 0} {
		if got, err := ParseDuration(in); err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "5", "5x", "-1m", "1.5d"} {
		if _, err := ParseDuration(in); err == nil {
			t.Errorf("ParseDuration(%q): no error", in)
		}
	}
}

func TestSecrets(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "pw"), []byte("  s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "empty"), []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	c := Default()
	c.Path = filepath.Join(dir, "mailbot.toml")
	t.Setenv("MAILBOT_TEST_PW", "from-env")

	if got, err := c.Password(Server{PasswordEnv: "MAILBOT_TEST_PW"}); err != nil || got != "from-env" {
		t.Errorf("env: %q, %v", got, err)
	}
	if got, err := c.Password(Server{PasswordFile: "pw"}); err != nil || got != "s3cret" {
		t.Errorf("relative file: %q, %v", got, err)
	}
	if got, err := c.Password(Server{PasswordFile: filepath.Join(dir, "pw")}); err != nil || got != "s3cret" {
		t.Errorf("absolute file: %q, %v", got, err)
	}
	if got, err := c.Password(Server{}); err != nil || got != "" {
		t.Errorf("none: %q, %v", got, err)
	}
	if _, err := c.Password(Server{PasswordEnv: "MAILBOT_TEST_UNSET_XYZ"}); err == nil || !strings.Contains(err.Error(), "MAILBOT_TEST_UNSET_XYZ is not set") {
		t.Errorf("unset env: %v", err)
	}
	t.Setenv("MAILBOT_TEST_EMPTY", "")
	if _, err := c.Password(Server{PasswordEnv: "MAILBOT_TEST_EMPTY"}); err == nil || !strings.Contains(err.Error(), "MAILBOT_TEST_EMPTY is empty") {
		t.Errorf("empty env: %v", err)
	}
	if _, err := c.Password(Server{PasswordFile: "missing"}); err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "missing")) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := c.Password(Server{PasswordFile: "empty"}); err == nil || !strings.Contains(err.Error(), "is empty") {
		t.Errorf("empty file: %v", err)
	}
	t.Setenv("MAILBOT_TEST_CS", "cs")
	if got, err := c.ClientSecret(OAuth2{ClientSecretEnv: "MAILBOT_TEST_CS"}); err != nil || got != "cs" {
		t.Errorf("client secret: %q, %v", got, err)
	}
	if _, err := c.ClientSecret(OAuth2{ClientSecretEnv: "MAILBOT_TEST_UNSET_XYZ"}); err == nil || !strings.Contains(err.Error(), "client secret") {
		t.Errorf("client secret unset: %v", err)
	}
}

func TestOAuth2Defaults(t *testing.T) {
	src := strings.Replace(base, `password_env = "P"`, `auth = "xoauth2"`, 1)
	src = strings.Replace(src, "[mailbox.smtp]", "[mailbox.oauth2]\ntenant = \"greve.onmicrosoft.com\"\nclient_id = \"abc\"\nclient_secret_env = \"CS\"\n[mailbox.smtp]", 1)
	c, err := Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	o := c.Mailboxes[0].OAuth2
	if o.TokenURL != "https://login.microsoftonline.com/greve.onmicrosoft.com/oauth2/v2.0/token" ||
		!slices.Equal(o.Scopes, []string{"https://outlook.office365.com/.default"}) {
		t.Errorf("oauth2 = %+v", o)
	}
	// Another issuer: token_url without {tenant}, no tenant needed.
	src = strings.Replace(src, `tenant = "greve.onmicrosoft.com"`, `token_url = "https://idp.example.dk/token"`, 1)
	c, err = Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Mailboxes[0].OAuth2.TokenURL != "https://idp.example.dk/token" {
		t.Errorf("token_url = %q", c.Mailboxes[0].OAuth2.TokenURL)
	}
}

func TestSetsAndContacts(t *testing.T) {
	src := base + "municipalities = \"mine\"\n[event.contacts]\n\"Køge\" = [\"Sekretariat@Koege.dk\"]\n" +
		"[sets]\nmine = [\"koege kommune\", \"Region Sjaelland\", \"Køge\"]\nkkr_sjaelland = [\"Greve\"]\n"
	c, err := Parse("t.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := c.Set("mine"); !slices.Equal(got, []string{"Køge Kommune", "Region Sjælland"}) {
		t.Errorf("mine = %v", got)
	}
	if got, _ := c.Set("kkr_sjaelland"); !slices.Equal(got, []string{"Greve Kommune"}) {
		t.Errorf("overridden built-in = %v", got)
	}
	if got := c.Events[0].Contacts; len(got) != 1 || !slices.Equal(got["Køge Kommune"], []string{"sekretariat@koege.dk"}) {
		t.Errorf("contacts = %v", got)
	}
}

func TestLineScanner(t *testing.T) {
	src := `a = """
multi
line"""
b = [
  1, # comment ]
  2,
]
[t]
c = { d = 1, "e f" = 'x' }
[[arr]]
g = 1
[[arr]]
g = 2
[arr.sub]
h = 'lit'
"q.k" = 1
`
	ix := scanLines(src)
	for path, want := range map[string]int{
		"a": 1, "b": 4, "t": 8, "t.c": 9, "t.c.d": 9, `t.c."e f"`: 9, "arr[0]": 10, "arr[0].g": 11,
		"arr[1].g": 13, "arr[1].sub.h": 15, `arr[1].sub."q.k"`: 16, "arr[1].sub.missing": 14,
	} {
		if got := ix.line(path); got != want {
			t.Errorf("line(%s) = %d, want %d", path, got, want)
		}
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c.Location == nil || c.Location.String() != DefaultTimezone || c.Store != DefaultStore ||
		c.Digest.Schedule != DefaultDigestSchedule || c.Send.RatePerMinute != 30 || c.Send.MaxAttempts != 20 {
		t.Errorf("Default() = %+v", c)
	}
}

func TestSuggest(t *testing.T) {
	if s := suggest("hots", []string{"host", "port"}); s != "host" {
		t.Errorf("hots -> %q", s)
	}
	if s := suggest("zzzzzz", []string{"host", "port"}); s != "" {
		t.Errorf("zzzzzz -> %q", s)
	}
}

// FuzzParse: any input gives a Config or Errors, never a panic, and every
// Error names the file.
func FuzzParse(f *testing.F) {
	// The 10 kB example as a seed makes the engine spend its time
	// minimising; the small base covers the same decoder paths.
	f.Add([]byte(base))
	f.Add([]byte(contractMinimal))
	f.Add([]byte("a = { b = [1, {c = 2}], 'd.e' = \"\"\"x\ny\"\"\" }\n[[x.y]]\n[x.y.z]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.toml", data)
		if err == nil {
			if c == nil || c.Location == nil || len(c.Mailboxes) == 0 {
				t.Fatalf("valid config without location or mailbox: %+v", c)
			}
			return
		}
		var es Errors
		if !errors.As(err, &es) || len(es) == 0 {
			t.Fatalf("error is not Errors: %v", err)
		}
		for _, e := range es {
			if e.File != "f.toml" || e.Line < 0 {
				t.Fatalf("bad error %+v", e)
			}
		}
	})
}

// TestExampleDocumentsEveryKey: each key the Config types take is written
// in config.example.toml, set or in a comment.
func TestExampleDocumentsEveryKey(t *testing.T) {
	b, err := os.ReadFile("../../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var walk func(rt reflect.Type, prefix string)
	walk = func(rt reflect.Type, prefix string) {
		for i := range rt.NumField() {
			name := tomlName(rt.Field(i))
			if name == "" {
				continue
			}
			ft := rt.Field(i).Type
			if ft.Kind() == reflect.Slice && isTable(ft.Elem()) {
				ft = ft.Elem()
			}
			if isTable(ft) || ft.Kind() == reflect.Map {
				if !strings.Contains(text, "["+join(prefix, name)+"]") {
					t.Errorf("table %s not in config.example.toml", join(prefix, name))
				}
				if isTable(ft) {
					walk(ft, join(prefix, name))
				}
				continue
			}
			if !regexp.MustCompile(`(?m)^[# ]*` + regexp.QuoteMeta(name) + `\s*=`).MatchString(text) {
				t.Errorf("key %s not in config.example.toml", join(prefix, name))
			}
		}
	}
	walk(reflect.TypeFor[Config](), "")
}
