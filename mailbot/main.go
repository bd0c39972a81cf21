// Package mailbot is the daemon and its commands: it fetches mail from the
// secretariat's mailboxes (mailbox.go), stores the raw bytes, parses and
// applies the events' rules (process.go, rules.go), answers through a
// durable outbox (outbox.go), and runs the digest, reminder and
// participant-list schedules (schedule.go). CONTRACT.md is its outside.
package mailbot

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"mailbot/mailbot/config"
)

// Version is set at build time with -ldflags "-X mailbot/mailbot.Version=...".
var Version = "dev"

// Exit codes (CONTRACT.md).
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageError is bad usage or an invalid config: exit 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

const usageText = `usage: mailbot <command> [--config FILE] [flags]

commands:
  demo [--serve]                       run the embedded demo (in-process IMAP and SMTP)
  run                                  the daemon: watch every mailbox until SIGINT/SIGTERM
  poll --once                          one pass over every mailbox, flush the outbox, exit
  digest --print|--send [--event ID]   build the digest now
  export --format json|csv|xlsx [--event ID] [-o FILE]
  review list | review show ID | review resolve ID [--note TEXT] [--reprocess]
  reparse                              parse the stored raw messages again (no reply twice)
  doctor [--send-test]                 check config, servers, TLS, login, folders
  version                              print the version

--config FILE defaults to ./mailbot.toml, else $MAILBOT_CONFIG.
`

// Main runs one command and returns the process exit code: 0 success, 1 a
// runtime failure, 2 bad usage or an invalid config.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	err := run(ctx, args, stdout, stderr)
	if err == nil {
		return exitOK
	}
	var ue usageError
	var ce config.Errors
	var ce1 *config.Error
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue), errors.As(err, &ce), errors.As(err, &ce1):
		fmt.Fprintf(stderr, "mailbot: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "mailbot: %v\n", err)
		return exitFailure
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return usagef("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usageText)
		return nil
	case "version", "--version":
		fmt.Fprintf(stdout, "mailbot %s\n", Version)
		return nil
	case "demo":
		return cmdDemo(ctx, rest, stdout, stderr)
	case "run":
		return cmdRun(ctx, rest, stdout, stderr)
	case "poll":
		return cmdPoll(ctx, rest, stdout, stderr)
	case "digest":
		return cmdDigest(ctx, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, rest, stdout, stderr)
	case "review":
		return cmdReview(ctx, rest, stdout, stderr)
	case "reparse":
		return cmdReparse(ctx, rest, stdout, stderr)
	case "doctor":
		return cmdDoctor(ctx, rest, stdout, stderr)
	default:
		fmt.Fprint(stderr, usageText)
		return usagef("unknown command %q", cmd)
	}
}

// flags is a FlagSet with the common --config flag. Both -flag and --flag
// work (package flag accepts both).
type flags struct {
	*flag.FlagSet
	config *string
}

func newFlags(name string, stderr io.Writer) *flags {
	fs := flag.NewFlagSet("mailbot "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return &flags{FlagSet: fs, config: fs.String("config", "", "config file (default ./mailbot.toml, else $MAILBOT_CONFIG)")}
}

func (f *flags) parse(args []string) error {
	if err := f.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if f.NArg() > 0 && f.Name() != "mailbot review" {
		return usagef("%s: unexpected argument %q", f.Name(), f.Arg(0))
	}
	return nil
}

// configPath resolves --config: the flag, else ./mailbot.toml if it exists,
// else $MAILBOT_CONFIG, else ./mailbot.toml.
func (f *flags) configPath() string {
	if *f.config != "" {
		return *f.config
	}
	if _, err := os.Stat("mailbot.toml"); err == nil {
		return "mailbot.toml"
	}
	if env := strings.TrimSpace(os.Getenv("MAILBOT_CONFIG")); env != "" {
		return env
	}
	return "mailbot.toml"
}

// loadConfig loads and validates the config; its errors are usage errors.
func (f *flags) loadConfig() (*config.Config, error) {
	path := f.configPath()
	cfg, err := config.Load(path)
	if err != nil {
		var ce config.Errors
		var ce1 *config.Error
		if errors.As(err, &ce) || errors.As(err, &ce1) {
			return nil, err
		}
		return nil, usageError{err}
	}
	return cfg, nil
}
