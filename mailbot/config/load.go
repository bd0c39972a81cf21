package config

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
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
		sort.SliceStable(l.errs, func(i, j int) bool {
			a, b := l.errs[i], l.errs[j]
			if a.Line != b.Line {
				return a.Line < b.Line
			}
			return a.Key < b.Key
		})
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
	l.decodeTable(top, reflect.ValueOf(cfg).Elem(), "", "")
	return cfg
}

// decodeTable decodes the keys of one TOML table into the struct rv, key
// by key: a bad value is reported and leaves its field as it was (the
// default) without hiding the other keys' problems, and a key rv has no
// field for is reported as unknown. path is the table's indexed path,
// plain the same without indices.
func (l *loader) decodeTable(m map[string]toml.Primitive, rv reflect.Value, path, plain string) {
	t := rv.Type()
	names := fieldNames(t)
	for key, p := range m {
		kpath, kplain := join(path, key), join(plain, key)
		f, ok := fieldByName(t, key)
		if !ok {
			l.unknown(kpath, key, names)
			continue
		}
		l.decodeValue(p, rv.FieldByIndex(f.Index), kpath, kplain)
	}
}

func (l *loader) decodeValue(p toml.Primitive, rv reflect.Value, path, plain string) {
	t := rv.Type()
	switch {
	case isTable(t):
		var m map[string]toml.Primitive
		if err := l.md.PrimitiveDecode(p, &m); err != nil {
			l.decodeErr(err, path, plain)
			return
		}
		l.decodeTable(m, rv, path, plain)
	case t.Kind() == reflect.Slice && isTable(t.Elem()): // [[mailbox]], [[event]]
		var ps []toml.Primitive
		if err := l.md.PrimitiveDecode(p, &ps); err != nil {
			l.decodeErr(err, path, plain)
			return
		}
		rv.Set(reflect.MakeSlice(t, len(ps), len(ps)))
		for i, ep := range ps {
			ipath := index(path, i)
			l.decodeValue(ep, rv.Index(i), ipath, plain)
			if e, ok := rv.Index(i).Addr().Interface().(*Event); ok {
				var times eventTimes
				_ = l.md.PrimitiveDecode(ep, &times) // never fails: rawTime ignores non-times
				l.eventTimes(ipath, e, &times)
			}
		}
	default:
		if err := l.md.PrimitiveDecode(p, rv.Addr().Interface()); err != nil {
			l.decodeErr(err, path, plain)
		}
	}
}

// isTable: a struct decoded key by key (not a value type like Date).
func isTable(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t != typeDate && t != typeDuration && t != typeTime
}

// fieldByName finds the field a TOML key goes to: its toml tag, exactly
// or else ignoring case (as BurntSushi/toml matches).
func fieldByName(t reflect.Type, key string) (reflect.StructField, bool) {
	var fold reflect.StructField
	found := false
	for i := range t.NumField() {
		f := t.Field(i)
		name := tomlName(f)
		if name == "" {
			continue
		}
		if name == key {
			return f, true
		}
		if !found && strings.EqualFold(name, key) {
			fold, found = f, true
		}
	}
	return fold, found
}

func fieldNames(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		if n := tomlName(t.Field(i)); n != "" {
			out = append(out, n)
		}
	}
	return out
}

func tomlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	if name == "" {
		return f.Name
	}
	return name
}

var (
	reLastKey    = regexp.MustCompile(`^toml: (?:line \d+ )?\(last key ("(?:[^"\\]|\\.)*")\): (.*)$`)
	reIncompat   = regexp.MustCompile(`^incompatible types: TOML value has type (.+); destination has type (.+)$`)
	reTableWant  = regexp.MustCompile(`^type mismatch for .*: expected table but found (.+)$`)
	reIntOverflw = regexp.MustCompile(`^.* is out of range for (.+)$`)
)

// typeNames turns the Go and BurntSushi type names in decode errors into
// TOML words.
var typeNames = map[string]string{
	"int64": "an integer", "float64": "a float", "bool": "a boolean", "string": "a string",
	"time.Time": "a datetime", "[]any": "an array", "map[string]any": "a table",
	"[]map[string]any": "an array of tables", "integer": "an integer", "float": "a number",
	"boolean": "true or false", "slice": "an array", "map": "a table",
	"primitive (string-like)": "a string",
}

func typeName(t string) string {
	if n, ok := typeNames[strings.TrimSpace(t)]; ok {
		return n
	}
	return t
}

// decodeErr turns a BurntSushi decode error for the value at path (plain:
// the same without indices) into an Error. The error's last key may be
// below plain (a map entry, an array element): that part is kept.
func (l *loader) decodeErr(err error, path, plain string) {
	key, msg := plain, err.Error()
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
		msg = fmt.Sprintf("must be %s, not %s", typeName(m[2]), typeName(m[1]))
	} else if m := reTableWant.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("must be a table, not %s", typeName(m[1]))
	} else if m := reIntOverflw.FindStringSubmatch(msg); m != nil {
		msg = "number out of range for " + m[1]
	}
	if key == plain || strings.HasPrefix(key, plain+".") {
		key = path + strings.TrimPrefix(key, plain)
	} else {
		key = path
	}
	l.failed[key] = true
	l.failed[path] = true
	l.errs = append(l.errs, &Error{File: l.file, Line: l.lines.line(key), Key: key, Msg: msg})
}

// secretKeys are keys people write by habit; secrets are never inline.
var secretKeys = map[string]string{
	"password":      `secrets are never written in the config: use password_env = "MAILBOT_..._PASSWORD" or password_file = "/path"`,
	"pass":          `secrets are never written in the config: use password_env = "MAILBOT_..._PASSWORD" or password_file = "/path"`,
	"client_secret": `secrets are never written in the config: use client_secret_env = "MAILBOT_..._CLIENT_SECRET" or client_secret_file = "/path"`,
	"secret":        `secrets are never written in the config: use client_secret_env = "MAILBOT_..._CLIENT_SECRET" or client_secret_file = "/path"`,
}

// unknown reports a key no field takes, with a hint: the secret-key rule,
// the nearest known key by edit distance, or the known keys.
func (l *loader) unknown(path, key string, siblings []string) {
	msg := "unknown key"
	if hint, ok := secretKeys[strings.ToLower(key)]; ok {
		msg = "not allowed: " + hint
	} else if s := suggest(key, siblings); s != "" {
		msg = fmt.Sprintf("unknown key (did you mean %q?)", s)
	} else if len(siblings) > 0 && len(siblings) <= 12 {
		msg = "unknown key (known here: " + strings.Join(siblings, ", ") + ")"
	}
	l.failed[path] = true
	l.errs = append(l.errs, &Error{File: l.file, Line: l.lines.line(path), Key: path, Msg: msg})
}

// unknownKeys is a safety net behind decodeTable: MetaData.Undecoded lists
// keys no decode reached. Those under a key already reported (an unknown
// table's contents) are skipped; anything else is reported where written.
func (l *loader) unknownKeys() {
	for _, k := range l.md.Undecoded() {
		plain := k.String()
		locs := l.lines.occurrences(plain)
		for _, loc := range locs {
			covered := false
			for p := loc.path; p != ""; p = parentPath(p) {
				if l.failed[p] {
					covered = true
					break
				}
			}
			if !covered {
				l.failed[loc.path] = true
				l.errs = append(l.errs, &Error{File: l.file, Line: loc.line, Key: loc.path, Msg: "unknown key"})
			}
		}
	}
}

var (
	typeDate     = reflect.TypeFor[Date]()
	typeDuration = reflect.TypeFor[Duration]()
	typeTime     = reflect.TypeFor[time.Time]()
)

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
