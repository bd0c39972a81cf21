package config

import (
	"fmt"
	"net"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"mailbot/parser/dk"
)

// Allowed values.
var (
	TLSModes    = []string{"implicit", "starttls", "none"}
	AuthMethods = []string{"plain", "login", "xoauth2"}
	EventKinds  = []string{"meeting", "consultation"}
	// Roles are the quota keys and the export's participant roles.
	Roles          = []string{"handicapraad", "udsatteraad", "politiker_voksen", "politiker_boern", "direktoer", "chef", "andet"}
	LogLevels      = []string{"debug", "info", "warn", "error"}
	LogFormats     = []string{"text", "json"}
	ListRecipients = []string{"secretariat", "participants"}
)

var reID = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)

// resolve applies the defaults that depend on other values (ports by TLS
// mode, the event's contact from its mailbox, times in the timezone) and
// normalises addresses to lower case.
func (l *loader) resolve(c *Config) {
	if c.Timezone == "" {
		c.Timezone = DefaultTimezone
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil || c.Timezone == "Local" {
		l.errf("timezone", "unknown time zone %q (an IANA name like %q)", c.Timezone, DefaultTimezone)
		loc, _ = time.LoadLocation(DefaultTimezone)
	}
	c.Location = loc
	l.tenantInURL = map[int]bool{}
	if c.Store == "" {
		c.Store = DefaultStore
	}
	if c.Digest.Schedule == "" {
		c.Digest.Schedule = DefaultDigestSchedule
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	if c.Log.Format == "" {
		c.Log.Format = "text"
	}
	if c.Send.RatePerMinute == 0 {
		c.Send.RatePerMinute = DefaultRatePerMinute
	}
	if c.Send.MaxAttempts == 0 {
		c.Send.MaxAttempts = DefaultMaxAttempts
	}
	if c.HTTP.StaleAfter.Duration == 0 {
		c.HTTP.StaleAfter.Duration = DefaultStaleAfter
	}
	for i := range c.Digest.To {
		c.Digest.To[i] = strings.ToLower(strings.TrimSpace(c.Digest.To[i]))
	}
	for i := range c.Mailboxes {
		m := &c.Mailboxes[i]
		m.Address = strings.ToLower(strings.TrimSpace(m.Address))
		if len(m.Folders) == 0 {
			m.Folders = []string{"INBOX"}
		}
		if m.Poll.Duration == 0 {
			m.Poll.Duration = DefaultPollInterval
		}
		m.Since.Time = inZone(m.Since.Time, loc, false)
		m.AnswerSince.Time = inZone(m.AnswerSince.Time, loc, false)
		imapDefaults(&m.IMAP, m.Address)
		smtpDefaults(&m.SMTP)
		if m.OAuth2.Tenant != "" || m.IMAP.Auth == "xoauth2" || m.SMTP.Auth == "xoauth2" {
			if m.OAuth2.TokenURL == "" {
				m.OAuth2.TokenURL = DefaultTokenURL
			}
			if strings.Contains(m.OAuth2.TokenURL, "{tenant}") {
				l.tenantInURL[i] = true
			}
			m.OAuth2.TokenURL = strings.ReplaceAll(m.OAuth2.TokenURL, "{tenant}", m.OAuth2.Tenant)
			if len(m.OAuth2.Scopes) == 0 {
				m.OAuth2.Scopes = []string{DefaultScope}
			}
		}
	}
	for i := range c.Events {
		e := &c.Events[i]
		if e.Mailbox == "" && len(c.Mailboxes) == 1 {
			e.Mailbox = c.Mailboxes[0].ID
		}
		if e.Contact == "" {
			if m := c.Mailbox(e.Mailbox); m != nil {
				e.Contact = m.Address
			}
		}
		e.Contact = strings.ToLower(strings.TrimSpace(e.Contact))
		for k, addrs := range e.Contacts {
			for j := range addrs {
				addrs[j] = strings.ToLower(strings.TrimSpace(addrs[j]))
			}
			e.Contacts[k] = addrs
		}
		if e.ParticipantList.DaysBefore == 0 && !e.ParticipantList.Disabled {
			e.ParticipantList.DaysBefore = DefaultListDaysBefore
		}
		if e.ParticipantList.To == "" {
			e.ParticipantList.To = "secretariat"
		}
		e.Starts = inZone(e.Starts, loc, false)
		e.Ends = inZone(e.Ends, loc, false)
		e.RegistrationDeadline = inZone(e.RegistrationDeadline, loc, true)
		e.Deadline = inZone(e.Deadline, loc, true)
	}
}

func imapDefaults(s *Server, address string) {
	if s.TLS == "" {
		s.TLS = "implicit"
	}
	if s.Port == 0 {
		s.Port = 143
		if s.TLS == "implicit" {
			s.Port = 993
		}
	}
	if s.Auth == "" {
		s.Auth = "plain"
	}
	if s.Username == "" {
		s.Username = address
	}
	if s.Timeout.Duration == 0 {
		s.Timeout.Duration = DefaultTimeout
	}
}

func smtpDefaults(s *Server) {
	if s.TLS == "" {
		s.TLS = "starttls"
	}
	if s.Port == 0 {
		switch s.TLS {
		case "implicit":
			s.Port = 465
		case "none":
			s.Port = 25
		default:
			s.Port = 587
		}
	}
	if s.Auth == "" {
		s.Auth = "plain"
	}
	if s.Timeout.Duration == 0 {
		s.Timeout.Duration = DefaultTimeout
	}
}

// check records a problem unless the key already failed to decode.
func (l *loader) check(ok bool, key, format string, args ...any) bool {
	if !ok && !l.failed[key] {
		l.errf(key, format, args...)
	}
	return ok
}

func oneOf(v string, allowed []string) bool { return slices.Contains(allowed, v) }

func choices(allowed []string) string {
	switch len(allowed) {
	case 1:
		return allowed[0]
	case 2:
		return allowed[0] + " or " + allowed[1]
	}
	return strings.Join(allowed[:len(allowed)-1], ", ") + " or " + allowed[len(allowed)-1]
}

// checkOneOf: "must be implicit, starttls or none (got "ssl")".
func (l *loader) checkOneOf(v string, allowed []string, key string) {
	l.check(oneOf(v, allowed), key, "must be %s (got %q)", choices(allowed), v)
}

// isAddress reports whether s is a bare e-mail address (no display name).
func isAddress(s string) bool {
	a, err := mail.ParseAddress(s)
	return err == nil && strings.EqualFold(a.Address, s) && strings.Count(s, "@") == 1
}

func (l *loader) checkAddress(s, key string) {
	l.check(isAddress(s), key, "must be an e-mail address like name@example.dk (got %q)", s)
}

func (l *loader) validate(c *Config) {
	l.check(c.Store != "", "store", "must not be empty")
	if c.Retention.Duration != 0 {
		l.check(c.Retention.Duration >= 24*time.Hour, "retention", "must be at least a day (\"1d\") or 0 for forever (got %s)", c.Retention.Duration)
	}
	l.checkOneOf(c.Log.Level, LogLevels, "log.level")
	l.checkOneOf(c.Log.Format, LogFormats, "log.format")
	if _, err := cron.ParseStandard(c.Digest.Schedule); err != nil {
		l.check(false, "digest.schedule", "invalid cron expression %q: %v (5 fields \"min hour day month weekday\", e.g. %q, or @daily)", c.Digest.Schedule, err, DefaultDigestSchedule)
	} else {
		l.check(!strings.HasPrefix(c.Digest.Schedule, "TZ=") && !strings.HasPrefix(c.Digest.Schedule, "CRON_TZ="),
			"digest.schedule", "set the time zone with the top-level timezone key, not in the expression")
	}
	for i, a := range c.Digest.To {
		l.checkAddress(a, index("digest.to", i))
	}
	if c.Digest.Mailbox != "" {
		l.check(c.Mailbox(c.Digest.Mailbox) != nil, "digest.mailbox", "no [[mailbox]] has id %q%s", c.Digest.Mailbox, l.mailboxHint(c, c.Digest.Mailbox))
	}
	if c.HTTP.Listen != "" {
		l.checkListen(c.HTTP.Listen, "http.listen")
	}
	l.check(c.Send.RatePerMinute > 0, "send.rate_per_minute", "must be at least 1 (got %d)", c.Send.RatePerMinute)
	l.check(c.Send.MaxAttempts > 0, "send.max_attempts", "must be at least 1 (got %d)", c.Send.MaxAttempts)
	l.validateSets(c)

	if len(c.Mailboxes) == 0 && !l.failed["mailbox"] {
		l.errs = append(l.errs, &Error{File: l.file, Key: "mailbox", Msg: "at least one [[mailbox]] is required"})
	}
	seen := map[string]int{}
	for i := range c.Mailboxes {
		key := index("mailbox", i)
		m := &c.Mailboxes[i]
		if l.check(m.ID != "", join(key, "id"), "required") {
			if l.check(reID.MatchString(m.ID), join(key, "id"), "must be letters, digits, '_', '-' or '.' (got %q)", m.ID) {
				if j, dup := seen[m.ID]; dup {
					l.check(false, join(key, "id"), "duplicate id %q (also mailbox[%d])", m.ID, j)
				}
				seen[m.ID] = i
			}
		}
		if l.check(m.Address != "", join(key, "address"), "required (the mailbox's own address)") {
			l.checkAddress(m.Address, join(key, "address"))
		}
		for j, f := range m.Folders {
			l.check(strings.TrimSpace(f) != "", index(join(key, "folders"), j), "must not be empty")
		}
		l.check(m.Poll.Duration >= time.Second, join(key, "poll_interval"), "must be at least 1s (got %s)", m.Poll.Duration)
		if !m.Since.IsZero() && !m.AnswerSince.IsZero() {
			l.check(!m.AnswerSince.Before(m.Since.Time), join(key, "answer_since"), "is before since: mail older than since is never fetched")
		}
		l.validateServer(m, &m.IMAP, join(key, "imap"), true)
		l.validateServer(m, &m.SMTP, join(key, "smtp"), false)
		if m.IMAP.Auth == "xoauth2" || m.SMTP.Auth == "xoauth2" {
			ok := join(key, "oauth2")
			l.check(m.OAuth2.Tenant != "" || !l.tenantInURL[i], join(ok, "tenant"), "required where auth = \"xoauth2\" (your Microsoft 365 tenant, e.g. \"contoso.onmicrosoft.com\")")
			l.check(m.OAuth2.ClientID != "", join(ok, "client_id"), "required where auth = \"xoauth2\" (the app registration's application id)")
			l.check(m.OAuth2.ClientSecretEnv != "" || m.OAuth2.ClientSecretFile != "", join(ok, "client_secret_env"),
				"required where auth = \"xoauth2\": client_secret_env or client_secret_file")
		}
		l.check(m.OAuth2.ClientSecretEnv == "" || m.OAuth2.ClientSecretFile == "", join(join(key, "oauth2"), "client_secret_file"),
			"set client_secret_env or client_secret_file, not both")
		if m.OAuth2.TokenURL != "" {
			l.check(strings.HasPrefix(m.OAuth2.TokenURL, "https://") || strings.HasPrefix(m.OAuth2.TokenURL, "http://"),
				join(join(key, "oauth2"), "token_url"), "must be an http(s) URL (got %q)", m.OAuth2.TokenURL)
		}
	}

	seenEv := map[string]int{}
	for i := range c.Events {
		l.validateEvent(c, i, seenEv)
	}
}

func (l *loader) mailboxHint(c *Config, id string) string {
	ids := make([]string, len(c.Mailboxes))
	for i, m := range c.Mailboxes {
		ids[i] = m.ID
	}
	if s := suggest(id, ids); s != "" {
		return fmt.Sprintf(" (did you mean %q?)", s)
	}
	if len(ids) > 0 {
		return " (mailboxes: " + strings.Join(ids, ", ") + ")"
	}
	return ""
}

func (l *loader) checkListen(addr, key string) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		l.check(false, key, "must be host:port like \"127.0.0.1:9464\" (got %q)", addr)
		return
	}
	n, err := strconv.Atoi(port)
	l.check(err == nil && n >= 0 && n <= 65535, key, "port must be a number 0-65535 (got %q)", port)
	if host != "" && net.ParseIP(host) == nil {
		l.check(!strings.ContainsAny(host, " /"), key, "bad host %q", host)
	}
}

func (l *loader) validateServer(m *Mailbox, s *Server, key string, isIMAP bool) {
	l.check(s.Host != "", join(key, "host"), "required")
	l.check(s.Port > 0 && s.Port <= 65535, join(key, "port"), "must be 1-65535 (got %d)", s.Port)
	l.checkOneOf(s.TLS, TLSModes, join(key, "tls"))
	l.checkOneOf(s.Auth, AuthMethods, join(key, "auth"))
	l.check(s.PasswordEnv == "" || s.PasswordFile == "", join(key, "password_file"), "set password_env or password_file, not both")
	l.check(s.Timeout.Duration >= time.Second, join(key, "timeout"), "must be at least 1s (got %s)", s.Timeout.Duration)
	hasSecret := s.PasswordEnv != "" || s.PasswordFile != ""
	switch {
	case s.Auth == "xoauth2":
		l.check(s.Username != "", join(key, "username"), "required where auth = \"xoauth2\" (the mailbox to open)")
	case isIMAP:
		l.check(hasSecret, join(key, "password_env"), "IMAP needs a password: set password_env (an environment variable's name) or password_file")
	default:
		// SMTP: no username and no password means no AUTH (a local relay).
		l.check(s.Username != "" || !hasSecret, join(key, "username"), "required when a password is set")
		l.check(s.Username == "" || hasSecret, join(key, "password_env"), "username %q is set but no password: set password_env or password_file (or neither username nor password for a relay without AUTH)", s.Username)
	}
	if s.PasswordEnv != "" {
		l.check(!strings.ContainsAny(s.PasswordEnv, " =$"), join(key, "password_env"), "must be the name of an environment variable, not its value")
	}
}

func (l *loader) validateEvent(c *Config, i int, seen map[string]int) {
	key := index("event", i)
	e := &c.Events[i]
	k := func(name string) string { return join(key, name) }
	if l.check(e.ID != "", k("id"), "required") {
		if l.check(reID.MatchString(e.ID), k("id"), "must be letters, digits, '_', '-' or '.' (got %q)", e.ID) {
			if j, dup := seen[e.ID]; dup {
				l.check(false, k("id"), "duplicate id %q (also event[%d])", e.ID, j)
			}
			seen[e.ID] = i
		}
	}
	l.check(strings.TrimSpace(e.Title) != "", k("title"), "required")
	if l.check(e.Mailbox != "", k("mailbox"), "required: the id of the [[mailbox]] this event's mail arrives in") {
		l.check(c.Mailbox(e.Mailbox) != nil, k("mailbox"), "no [[mailbox]] has id %q%s", e.Mailbox, l.mailboxHint(c, e.Mailbox))
	}
	switch e.Kind {
	case "meeting":
		if l.check(!e.Starts.IsZero(), k("starts"), "required for a meeting (e.g. starts = 2026-06-25T09:00:00+02:00)") && !e.Ends.IsZero() {
			l.check(e.Ends.After(e.Starts), k("ends"), "must be after starts (%s)", e.Starts.Format(time.RFC3339))
		}
		if !e.RegistrationDeadline.IsZero() && !e.Starts.IsZero() {
			l.check(e.RegistrationDeadline.Before(e.Starts), k("registration_deadline"), "must be before starts (%s)", e.Starts.Format(time.RFC3339))
		}
	case "consultation":
		l.check(!e.Deadline.IsZero(), k("deadline"), "required for a consultation (e.g. deadline = 2022-07-01T12:00:00+02:00)")
		if !e.Starts.IsZero() && !e.Ends.IsZero() {
			l.check(e.Ends.After(e.Starts), k("ends"), "must be after starts (%s)", e.Starts.Format(time.RFC3339))
		}
	default:
		l.checkOneOf(e.Kind, EventKinds, k("kind"))
	}
	for j, kw := range e.SubjectKeywords {
		l.check(strings.TrimSpace(kw) != "", index(k("subject_keywords"), j), "must not be empty")
	}
	var members []string
	if e.Municipalities != "" {
		var err error
		members, err = c.Set(e.Municipalities)
		l.check(err == nil, k("municipalities"), "%v", err)
	}
	for role, n := range e.Quota {
		qk := join(k("quota"), role)
		if !oneOf(role, Roles) {
			hint := ""
			if s := suggest(role, Roles); s != "" {
				hint = fmt.Sprintf("did you mean %q? ", s)
			}
			l.check(false, qk, "unknown role (%sroles: %s)", hint, strings.Join(Roles, ", "))
			continue
		}
		l.check(n >= 0, qk, "must be 0 or more (got %d); leave the role out for unlimited", n)
	}
	if e.Contact != "" {
		l.checkAddress(e.Contact, k("contact"))
	}
	if e.Contacts != nil {
		canon := make(map[string][]string, len(e.Contacts))
		for name, addrs := range e.Contacts {
			ck := join(k("contacts"), name)
			cn, ok := dk.Canonical(name)
			if !l.check(ok, ck, "unknown municipality or region %q", name) {
				continue
			}
			if members != nil && !slices.Contains(members, cn) {
				l.check(false, ck, "%q is not in the set %q", cn, e.Municipalities)
			}
			for j, a := range addrs {
				l.checkAddress(a, index(ck, j))
			}
			canon[cn] = append(canon[cn], addrs...)
		}
		e.Contacts = canon
	}
	for j, d := range e.Reminders.DaysBefore {
		l.check(d >= 0, index(join(k("reminders"), "days_before"), j), "must be 0 or more (got %d)", d)
	}
	if len(e.Reminders.DaysBefore) > 0 {
		l.check(!e.RegistrationDeadline.IsZero() || !e.Deadline.IsZero(), join(k("reminders"), "days_before"),
			"reminders count back from registration_deadline or deadline; set one")
	}
	pl := k("participant_list")
	l.check(e.ParticipantList.DaysBefore >= 0, join(pl, "days_before"), "must be 0 or more (got %d)", e.ParticipantList.DaysBefore)
	l.checkOneOf(e.ParticipantList.To, ListRecipients, join(pl, "to"))
}

// validateSets canonicalises the members of [sets] ("Køge" -> "Køge
// Kommune") and reports names parser/dk does not know.
func (l *loader) validateSets(c *Config) {
	for name, members := range c.Sets {
		key := join("sets", name)
		l.check(reID.MatchString(name), key, "set name must be letters, digits, '_', '-' or '.'")
		l.check(len(members) > 0, key, "must not be empty")
		out := make([]string, 0, len(members))
		for j, m := range members {
			cn, ok := dk.Canonical(m)
			if !ok {
				hint := ""
				var names []string
				for _, e := range dk.All() {
					names = append(names, e.Name)
				}
				if s := suggest(m, names); s != "" {
					hint = fmt.Sprintf(" (did you mean %q?)", s)
				}
				l.check(false, index(key, j), "unknown municipality or region %q%s", m, hint)
				continue
			}
			if !slices.Contains(out, cn) {
				out = append(out, cn)
			}
		}
		c.Sets[name] = out
	}
}
