package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// UnmarshalTOML accepts a TOML local date (2026-01-01), a local datetime
// or an offset datetime, or the same as a string. A date or local datetime
// is placed in the config's timezone by Load (until then its Location is
// BurntSushi's "date-local"/"datetime-local" marker).
func (d *Date) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		d.Time = v
		return nil
	case string:
		for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05"} {
			if t, err := time.ParseInLocation(layout, v, localDate); err == nil {
				if layout == time.RFC3339 {
					d.Time = t
				} else {
					d.Time = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, localDate)
				}
				return nil
			}
		}
		return fmt.Errorf("must be a date like 2026-01-01 (got %q)", v)
	default:
		return fmt.Errorf("must be a date like 2026-01-01 (got %s)", tomlType(v))
	}
}

// MarshalText writes the day as 2006-01-02 (the time of day if not midnight).
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if h, m, s := d.Clock(); h == 0 && m == 0 && s == 0 {
		return []byte(d.Format("2006-01-02")), nil
	}
	return []byte(d.Format(time.RFC3339)), nil
}

// localDate marks a Date parsed from a string without an offset, like
// BurntSushi's own local-date zone; Load replaces it with the timezone.
var localDate = time.FixedZone("date-local", 0)

// isLocal reports whether t came from a TOML value without an offset.
func isLocal(t time.Time) bool {
	switch t.Location().String() {
	case "date-local", "datetime-local", "time-local":
		return true
	}
	return false
}

// UnmarshalTOML accepts a string for time.ParseDuration ("15m", "1h30m")
// or a whole number of days ("90d"). A bare integer is rejected: its unit
// would be a guess.
func (d *Duration) UnmarshalTOML(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("must be a duration string like \"15m\" or \"90d\" (got %s)", tomlType(v))
	}
	dur, err := ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = dur
	return nil
}

// ParseDuration parses time.ParseDuration's syntax plus "<n>d" for days.
// Negative durations are rejected.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	var d time.Duration
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil {
			return 0, fmt.Errorf("must be a duration like \"15m\", \"2h\" or \"90d\" (got %q)", s)
		}
		d = time.Duration(days) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("must be a duration like \"15m\", \"2h\" or \"90d\" (got %q)", s)
		}
	}
	if d < 0 {
		return 0, fmt.Errorf("must not be negative (got %q)", s)
	}
	return d, nil
}

// MarshalText writes the duration as time.Duration.String does.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// tomlType names the TOML type of a decoded value for messages.
func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		return "a datetime"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	case []map[string]any:
		return "an array of tables"
	}
	return fmt.Sprintf("%T", v)
}

// eventTimes captures an event's times with BurntSushi's local markers
// intact (a time.Time field loses them: it is filled via MarshalText).
type eventTimes struct {
	Starts               rawTime `toml:"starts"`
	Ends                 rawTime `toml:"ends"`
	RegistrationDeadline rawTime `toml:"registration_deadline"`
	Deadline             rawTime `toml:"deadline"`
}

type rawTime struct {
	t   time.Time
	set bool
}

func (r *rawTime) UnmarshalTOML(v any) error {
	if t, ok := v.(time.Time); ok {
		r.t, r.set = t, true
	}
	return nil // other types: the Event decode reports them
}
