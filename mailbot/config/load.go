package config

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // a bare container has no /usr/share/zoneinfo

	"github.com/BurntSushi/toml"
)

// Defaults, as documented in config.example.toml.
const (
	DefaultStore          = "mailbot.db"
	DefaultTimezone       = "Europe/Copenhagen"
	DefaultDigestSchedule = "0 7 * * 1-5"
	DefaultRatePerMinute  = 30
	DefaultMaxAttempts    = 20
	DefaultPollInterval   = time.Minute
	DefaultStaleAfter     = 15 * time.Minute
	DefaultTimeout        = 30 * time.Second
	DefaultTokenURL       = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
	DefaultScope          = "https://outlook.office365.com/.default"
	DefaultListDaysBefore = 7
)

// Default returns a Config with every default set and no mailboxes or
// events (so it does not validate by itself).
func Default() *Config {
	loc, err := time.LoadLocation(DefaultTimezone)
	if err != nil { // cannot happen: time/tzdata is embedded
		panic(fmt.Sprintf("config: load %s: %v", DefaultTimezone, err))
	}
	return &Config{
		Store:    DefaultStore,
		Timezone: DefaultTimezone,
		Location: loc,
		Log:      Log{Level: "info", Format: "text"},
		Digest:   Digest{Schedule: DefaultDigestSchedule},
		HTTP:     HTTP{StaleAfter: Duration{DefaultStaleAfter}},
		Send:     Send{RatePerMinute: DefaultRatePerMinute, MaxAttempts: DefaultMaxAttempts},
	}
}

// Load reads the TOML file at path and returns the configuration with
// defaults applied, or Errors naming file, line and key of every problem
// (syntax errors: the first only, as the TOML parser stops there). A file
// that cannot be read gives a plain wrapped error.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data)
}

// Parse is Load for data already read; path is used in messages, as
// Config.Path, and to resolve relative password_file/client_secret_file
// paths (relative to the file's directory).
//
// Decoding is strict: a key the Config types do not know is an error with
// a "did you mean" hint. Top-level tables and each [[mailbox]]/[[event]]
// are decoded separately, so a type error in one does not hide problems
// in the others.
func Parse(path string, data []byte) (*Config, error) {
	l := &loader{file: path, src: string(data)}
	var top map[string]toml.Primitive
	md, err := toml.Decode(l.src, &top)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, Errors{{File: path, Line: pe.Position.Line, Key: pe.LastKey, Msg: pe.Message}}
		}
		return nil, Errors{{File: path, Msg: err.Error()}}
	}
	l.md = &md
	l.lines = scanLines(l.src)
	cfg := l.decode(top)
	cfg.Path = path
	l.unknownKeys()
	l.resolve(cfg)
	l.validate(cfg)
	if len(l.errs) > 0 {
		sort.SliceStable(l.errs, func(i, j int) bool { return l.errs[i].Line < l.errs[j].Line })
		return nil, l.errs
	}
	return cfg, nil
}

type loader struct {
	file  string
	src   string
	md    *toml.MetaData
	lines *lineIndex
	errs  Errors
	// failed holds the indexed paths whose decode failed; validation
	// skips checks that would only repeat the problem.
	failed map[string]bool
	// tenantInURL[i]: mailbox i's token_url has a {tenant} to fill.
	tenantInURL map[int]bool
}

// errf records a problem at key (an indexed path).
func (l *loader) errf(key, format string, args ...any) {
	l.errs = append(l.errs, &Error{File: l.file, Line: l.lines.line(key), Key: key, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) decode(top map[string]toml.Primitive) *Config {
	cfg := Default()
	l.failed = map[string]bool{}
	targets := map[string]any{
		"store": &cfg.Store, "timezone": &cfg.Timezone, "retention": &cfg.Retention,
		"templates": &cfg.Templates, "log": &cfg.Log, "digest": &cfg.Digest, "http": &cfg.HTTP,
		"sets": &cfg.Sets, "send": &cfg.Send,
	}
	for _, name := range l.topKeys() {
		p, ok := top[name]
		if !ok {
			continue
		}
		switch name {
		case "mailbox":
			var ps []toml.Primitive
			if err := l.md.PrimitiveDecode(p, &ps); err != nil {
				l.decodeErr(err, name, "")
				continue
			}
			for i, p := range ps {
				var m Mailbox
				if err := l.md.PrimitiveDecode(p, &m); err != nil {
					l.decodeErr(err, name, index(name, i))
				}
				cfg.Mailboxes = append(cfg.Mailboxes, m)
			}
		case "event":
			var ps []toml.Primitive
			if err := l.md.PrimitiveDecode(p, &ps); err != nil {
				l.decodeErr(err, name, "")
				continue
			}
			for i, p := range ps {
				var e Event
				if err := l.md.PrimitiveDecode(p, &e); err != nil {
					l.decodeErr(err, name, index(name, i))
				}
				var t eventTimes
				_ = l.md.PrimitiveDecode(p, &t) // never fails: rawTime ignores non-times
				l.eventTimes(index(name, i), &e, &t)
				cfg.Events = append(cfg.Events, e)
			}
		default:
			target, ok := targets[name]
			if !ok {
				continue // reported by unknownKeys
			}
			if err := l.md.PrimitiveDecode(p, target); err != nil {
				l.decodeErr(err, name, "")
			}
		}
	}
	return cfg
}

// topKeys lists the top-level keys in document order, once each.
func (l *loader) topKeys() []string {
	var out []string
	for _, k := range l.md.Keys() {
		if !slices.Contains(out, k[0]) {
			out = append(out, k[0])
		}
	}
	return out
}

var (
	reLastKey    = regexp.MustCompile(`^toml: (?:line \d+ )?\(last key ("(?:[^"\\]|\\.)*")\): (.*)$`)
	reIncompat   = regexp.MustCompile(`^incompatible types: TOML value has type (.+); destination has type (.+)$`)
	reTableWant  = regexp.MustCompile(`^type mismatch for .*: expected table but found (.+)$`)
	reIntOverflw = regexp.MustCompile(`^.* is out of range for (.+)$`)
)

// decodeErr turns a BurntSushi decode error into an Error. section is the
// top-level key being decoded and indexed its indexed form ("mailbox[2]"),
// or "" when it is not an array of tables.
func (l *loader) decodeErr(err error, section, indexed string) {
	key, msg := section, err.Error()
	var pe toml.ParseError
	if errors.As(err, &pe) {
		key, msg = pe.LastKey, pe.Message
	} else if m := reLastKey.FindStringSubmatch(msg); m != nil {
		if k, uerr := strconv.Unquote(m[1]); uerr == nil {
			key = k
		}
		msg = m[2]
	}
	if m := reIncompat.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("must be %s, not %s", article(m[2]), article(m[1]))
	} else if m := reTableWant.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("must be a table, not %s", article(m[1]))
	} else if m := reIntOverflw.FindStringSubmatch(msg); m != nil {
		msg = "number out of range for " + m[1]
	}
	if indexed != "" && (key == section || strings.HasPrefix(key, section+".")) {
		key = indexed + strings.TrimPrefix(key, section)
	}
	l.failed[key] = true
	l.errs = append(l.errs, &Error{File: l.file, Line: l.lines.line(key), Key: key, Msg: msg})
}

func article(t string) string {
	t = strings.TrimSpace(t)
	switch {
	case t == "":
		return t
	case strings.HasPrefix(t, "a ") || strings.HasPrefix(t, "an "):
		return t
	case strings.ContainsRune("aeiouAEIOU", rune(t[0])):
		return "an " + t
	}
	return "a " + t
}

// secretKeys are keys people write by habit; secrets are never inline.
var secretKeys = map[string]string{
	"password":      `secrets are never written in the config: use password_env = "MAILBOT_..._PASSWORD" or password_file = "/path"`,
	"pass":          `secrets are never written in the config: use password_env = "MAILBOT_..._PASSWORD" or password_file = "/path"`,
	"client_secret": `secrets are never written in the config: use client_secret_env = "MAILBOT_..._CLIENT_SECRET" or client_secret_file = "/path"`,
	"secret":        `secrets are never written in the config: use client_secret_env = "MAILBOT_..._CLIENT_SECRET" or client_secret_file = "/path"`,
}

// unknownKeys reports every key of the file that no Config field takes.
// MetaData.Undecoded lists the candidates; each is checked against the Go
// types (a key merely skipped because an earlier value in its table failed
// to decode is not unknown), and reported once per place it is written.
func (l *loader) unknownKeys() {
	var reported []string
	for _, k := range l.md.Undecoded() {
		plain := k.String()
		if slices.ContainsFunc(reported, func(r string) bool { return strings.HasPrefix(plain, r+".") }) {
			continue // inside an unknown table already reported
		}
		ok, siblings := resolveKey(reflect.TypeFor[Config](), k)
		if ok {
			continue
		}
		reported = append(reported, plain)
		last := k[len(k)-1]
		msg := "unknown key"
		if hint, ok := secretKeys[last]; ok {
			msg = "not allowed: " + hint
		} else if s := suggest(last, siblings); s != "" {
			msg = fmt.Sprintf("unknown key (did you mean %q?)", s)
		} else if len(siblings) > 0 && len(siblings) <= 12 {
			msg = "unknown key (known here: " + strings.Join(siblings, ", ") + ")"
		}
		locs := l.lines.occurrences(plain)
		if len(locs) == 0 {
			l.errs = append(l.errs, &Error{File: l.file, Key: plain, Msg: msg})
		}
		for _, loc := range locs {
			l.errs = append(l.errs, &Error{File: l.file, Line: loc.line, Key: loc.path, Msg: msg})
		}
	}
}

var (
	typeDate     = reflect.TypeFor[Date]()
	typeDuration = reflect.TypeFor[Duration]()
	typeTime     = reflect.TypeFor[time.Time]()
)

// resolveKey reports whether key names a field reachable in t by toml
// tags (maps take any key); if not, siblings are the names valid where it
// failed.
func resolveKey(t reflect.Type, key toml.Key) (bool, []string) {
	for _, comp := range key {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		switch {
		case t.Kind() == reflect.Map:
			t = t.Elem()
		case t.Kind() == reflect.Struct && t != typeDate && t != typeDuration && t != typeTime:
			var names []string
			var next reflect.Type
			for i := range t.NumField() {
				f := t.Field(i)
				name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
				if name == "-" || !f.IsExported() {
					continue
				}
				if name == "" {
					name = f.Name
				}
				names = append(names, name)
				if name == comp || strings.EqualFold(name, comp) {
					next = f.Type
				}
			}
			if next == nil {
				return false, names
			}
			t = next
		default:
			return false, nil
		}
	}
	return true, nil
}

// eventTimes places the event's times in time: offset datetimes keep
// their instant, local datetimes are read in the config's timezone, and a
// bare date means the start of that day for starts/ends and its last
// second (23:59:59) for the deadlines. The timezone is not known yet
// here, so local values are marked and resolved in resolve.
func (l *loader) eventTimes(key string, e *Event, t *eventTimes) {
	set := func(dst *time.Time, r rawTime, name string) {
		if !r.set {
			return
		}
		if r.t.Location().String() == "time-local" {
			l.errf(join(key, name), "needs a date, not only a time of day")
			l.failed[join(key, name)] = true
			return
		}
		*dst = r.t
	}
	set(&e.Starts, t.Starts, "starts")
	set(&e.Ends, t.Ends, "ends")
	set(&e.RegistrationDeadline, t.RegistrationDeadline, "registration_deadline")
	set(&e.Deadline, t.Deadline, "deadline")
}

// inZone resolves a decoded time into loc: local values (no offset in the
// file) get loc's offset on that wall clock, endOfDay moves a bare date to
// 23:59:59.
func inZone(t time.Time, loc *time.Location, endOfDay bool) time.Time {
	if t.IsZero() {
		return t
	}
	if !isLocal(t) {
		return t.In(loc)
	}
	if endOfDay && t.Location().String() == "date-local" {
		return time.Date(t.Year(), t.Month(), t.Day(), 23, 59, 59, 0, loc)
	}
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
}
