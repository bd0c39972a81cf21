package config

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"mailbot/parser/dk"
)

// Mailbox returns the mailbox with this id, or nil.
func (c *Config) Mailbox(id string) *Mailbox {
	for i := range c.Mailboxes {
		if c.Mailboxes[i].ID == id {
			return &c.Mailboxes[i]
		}
	}
	return nil
}

// Event returns the event with this id, or nil.
func (c *Config) Event(id string) *Event {
	for i := range c.Events {
		if c.Events[i].ID == id {
			return &c.Events[i]
		}
	}
	return nil
}

// Set returns the canonical names (parser/dk's) of a municipality set: a
// [sets] entry of the config if it has that name, else a built-in KKR set
// (dk.Sets: kkr_hovedstaden, kkr_sjaelland, kkr_syddanmark,
// kkr_midtjylland, kkr_nordjylland). The slice is a fresh copy.
func (c *Config) Set(name string) ([]string, error) {
	if s, ok := c.Sets[name]; ok {
		return slices.Clone(s), nil
	}
	builtin := dk.Sets()
	if s, ok := builtin[name]; ok {
		return s, nil
	}
	var known []string
	for k := range builtin {
		known = append(known, k)
	}
	for k := range c.Sets {
		known = append(known, k)
	}
	sort.Strings(known)
	hint := ""
	if s := suggest(name, known); s != "" {
		hint = fmt.Sprintf("did you mean %q? ", s)
	}
	return nil, fmt.Errorf("unknown municipality set %q (%sknown: %s)", name, hint, strings.Join(known, ", "))
}

// Password returns the password of s: the value of the environment
// variable password_env, or the content of password_file with surrounding
// white space trimmed (a relative path is taken from the config file's
// directory). A file readable by group or others is used but logged as a
// warning. Neither set: "", nil (SMTP without AUTH). An unset or empty
// variable, or an unreadable or empty file, is an error naming it.
func (c *Config) Password(s Server) (string, error) {
	return c.secret("password", s.PasswordEnv, s.PasswordFile)
}

// ClientSecret returns the OAuth2 client secret of o from
// client_secret_env or client_secret_file, as Password does.
func (c *Config) ClientSecret(o OAuth2) (string, error) {
	return c.secret("client secret", o.ClientSecretEnv, o.ClientSecretFile)
}

func (c *Config) secret(what, env, file string) (string, error) {
	switch {
	case env != "":
		v, ok := os.LookupEnv(env)
		if !ok {
			return "", fmt.Errorf("%s: environment variable %s is not set", what, env)
		}
		if v == "" {
			return "", fmt.Errorf("%s: environment variable %s is empty", what, env)
		}
		return v, nil
	case file != "":
		path := file
		if !filepath.IsAbs(path) && c.Path != "" {
			path = filepath.Join(filepath.Dir(c.Path), path)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("%s: read %s file: %w", what, what, err)
		}
		if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
			slog.Warn("secret file is readable by group or others; chmod 600 it", "file", path, "mode", fi.Mode().Perm().String())
		}
		v := strings.TrimSpace(string(b))
		if v == "" {
			return "", fmt.Errorf("%s: file %s is empty", what, path)
		}
		return v, nil
	}
	return "", nil
}
