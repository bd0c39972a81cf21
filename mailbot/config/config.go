// Package config loads and validates mailbot's TOML configuration.
// Every problem is reported with file, line and key (see Error).
package config

import "time"

// Config is the whole configuration after defaults are applied.
type Config struct {
	Path      string              `toml:"-"` // the file it came from
	Store     string              `toml:"store"`
	Timezone  string              `toml:"timezone"`
	Location  *time.Location      `toml:"-"`
	Retention Duration            `toml:"retention"` // how long raw mails/personal data are kept after the event; 0 = forever
	Templates string              `toml:"templates"` // dir of reply templates overriding the embedded ones; "" = embedded
	Log       Log                 `toml:"log"`
	Mailboxes []Mailbox           `toml:"mailbox"`
	Digest    Digest              `toml:"digest"`
	HTTP      HTTP                `toml:"http"`
	Sets      map[string][]string `toml:"sets"`
	Events    []Event             `toml:"event"`
	Send      Send                `toml:"send"`
}

type Log struct {
	Level  string `toml:"level"`  // debug|info|warn|error (default info)
	Format string `toml:"format"` // text|json (default text)
}

// Send holds outbox settings.
type Send struct {
	RatePerMinute int  `toml:"rate_per_minute"` // global breaker, default 30 (Microsoft 365's limit)
	MaxAttempts   int  `toml:"max_attempts"`    // default 20, then failed
	Disabled      bool `toml:"disabled"`        // dry run: queue but never send
}

// Mailbox is one secretariat mailbox: IMAP in, SMTP out.
type Mailbox struct {
	ID          string   `toml:"id"`
	Address     string   `toml:"address"` // lower-case after load
	Name        string   `toml:"name"`    // display name for From
	Folders     []string `toml:"folders"` // default ["INBOX"]
	Since       Date     `toml:"since"`
	AnswerSince Date     `toml:"answer_since"`
	Poll        Duration `toml:"poll_interval"` // when IDLE is unavailable, default 1m
	// After processing: move handled mail to MoveTo (created if missing) or
	// flag it; "" leaves it. Review mail goes to ReviewFolder if set.
	MoveTo       string `toml:"move_to"`
	ReviewFolder string `toml:"review_folder"`
	MarkSeen     bool   `toml:"mark_seen"`
	SentFolder   string `toml:"sent_folder"` // where to look for in-doubt replies and append sent ones; "" = none
	IMAP         Server `toml:"imap"`
	SMTP         Server `toml:"smtp"`
	OAuth2       OAuth2 `toml:"oauth2"`
}

// Server is an IMAP or SMTP endpoint.
type Server struct {
	Host               string   `toml:"host"`
	Port               int      `toml:"port"`
	TLS                string   `toml:"tls"` // implicit|starttls|none
	Username           string   `toml:"username"`
	PasswordEnv        string   `toml:"password_env"`
	PasswordFile       string   `toml:"password_file"`
	Auth               string   `toml:"auth"` // plain|login|xoauth2 (default plain)
	InsecureSkipVerify bool     `toml:"insecure_skip_verify"`
	Timeout            Duration `toml:"timeout"` // dial/command timeout, default 30s
}

// OAuth2 is the client-credentials grant used where auth = "xoauth2".
type OAuth2 struct {
	Tenant           string   `toml:"tenant"`
	ClientID         string   `toml:"client_id"`
	ClientSecretEnv  string   `toml:"client_secret_env"`
	ClientSecretFile string   `toml:"client_secret_file"`
	TokenURL         string   `toml:"token_url"`
	Scopes           []string `toml:"scopes"`
}

type Digest struct {
	Schedule string   `toml:"schedule"` // cron, default "0 7 * * 1-5"
	To       []string `toml:"to"`
	Mailbox  string   `toml:"mailbox"` // which mailbox sends it; default: the event's
}

type HTTP struct {
	Listen     string   `toml:"listen"`
	StaleAfter Duration `toml:"stale_after"` // /healthz fails when a mailbox was not fetched for this long (default 15m)
}

// Event is a meeting or a consultation.
type Event struct {
	ID                   string         `toml:"id"`
	Kind                 string         `toml:"kind"` // meeting|consultation
	Mailbox              string         `toml:"mailbox"`
	Title                string         `toml:"title"`
	Starts               time.Time      `toml:"starts"`
	Ends                 time.Time      `toml:"ends"`
	Location             string         `toml:"location"`
	RegistrationDeadline time.Time      `toml:"registration_deadline"`
	Deadline             time.Time      `toml:"deadline"`
	ICalUID              string         `toml:"ical_uid"`
	SubjectKeywords      []string       `toml:"subject_keywords"`
	Municipalities       string         `toml:"municipalities"` // a set name
	Lunch                bool           `toml:"lunch"`
	Quota                map[string]int `toml:"quota"`
	Contact              string         `toml:"contact"` // who to contact, said in replies; default the mailbox address
	Areas                []string       `toml:"areas"`   // development areas of a consultation
	// Contacts: municipality canonical name (parser/dk; variants like
	// "Køge" are canonicalised on load) -> the addresses reminders go to.
	// A municipality left out gets no reminder.
	Contacts map[string][]string `toml:"contacts"`
	// Schedules.
	ParticipantList ParticipantList `toml:"participant_list"`
	Reminders       Reminders       `toml:"reminders"`
}

// ParticipantList: the program and participant list sent before a meeting.
type ParticipantList struct {
	DaysBefore int    `toml:"days_before"` // default 7; 0 with Disabled = off
	To         string `toml:"to"`          // "secretariat" (default) | "participants"
	Disabled   bool   `toml:"disabled"`
	Program    string `toml:"program"` // program text or a file path
}

// Reminders to expected senders (municipalities of the event's set) that
// have not registered (meeting) or submitted (consultation) yet. They go to
// Event.Contacts of each such municipality.
type Reminders struct {
	// Days before registration_deadline (meeting) or deadline
	// (consultation), e.g. [7, 2]; 0 = on the day; empty = off.
	DaysBefore []int `toml:"days_before"`
}

// Date is a calendar day (TOML local date or datetime).
type Date struct{ time.Time }

// Duration is a TOML string like "15m" or "720h".
type Duration struct{ time.Duration }
