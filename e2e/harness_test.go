// Package e2e runs the mailbot binary against real Dovecot and Postfix
// (scripts/mailstack.sh) and checks the outside contract (CONTRACT.md) end to
// end: what is APPENDed or sent into a mailbox lands exactly once in the
// export, and every human sender finds exactly one acknowledgement in their
// own mailbox, read back over IMAP.
//
// The tests run only with MAILBOT_E2E=1 and a running stack; the stack's
// coordinates come from `scripts/mailstack.sh env` (MAILSTACK_* variables,
// defaults as in the script). scripts/e2e.sh does all of that.
//
// The tests are sequential (no t.Parallel): they share the Dovecot users and
// each one empties the INBOXes it uses before it starts.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"
	gomail "github.com/emersion/go-message/mail"
)

// passwordEnv is the variable the generated configs name in password_env.
const passwordEnv = "MAILBOT_E2E_PASSWORD"

// stack is where the mail servers listen (see scripts/mailstack.sh).
type stack struct {
	Dir            string // MAILSTACK_DIR: state dir, holds postfix/ (config) and the logs
	Host           string
	Password       string // every user's password
	IMAPPort       int    // plain + STARTTLS
	IMAPSPort      int    // implicit TLS
	SubmissionPort int    // STARTTLS + AUTH
	SMTPPort       int    // open relay from loopback, no AUTH
}

// requireStack skips t unless MAILBOT_E2E=1, and fails it if the stack does
// not answer.
func requireStack(t *testing.T) stack {
	t.Helper()
	if os.Getenv("MAILBOT_E2E") != "1" {
		t.Skip("end-to-end test: needs real Dovecot+Postfix; run scripts/e2e.sh (or scripts/mailstack.sh start and MAILBOT_E2E=1)")
	}
	st := stack{
		Dir:            envOr("MAILSTACK_DIR", "/tmp/mailbot-mailstack"),
		Host:           envOr("MAILSTACK_HOST", "127.0.0.1"),
		Password:       envOr("MAILSTACK_PASSWORD", "secret"),
		IMAPPort:       envInt(t, "MAILSTACK_IMAP_PORT", 10143),
		IMAPSPort:      envInt(t, "MAILSTACK_IMAPS_PORT", 10993),
		SubmissionPort: envInt(t, "MAILSTACK_SUBMISSION_PORT", 10587),
		SMTPPort:       envInt(t, "MAILSTACK_SMTP_PORT", 10025),
	}
	for _, p := range []int{st.IMAPPort, st.IMAPSPort, st.SubmissionPort, st.SMTPPort} {
		c, err := net.DialTimeout("tcp", st.addr(p), 2*time.Second)
		if err != nil {
			t.Fatalf("mail stack not reachable on %s (start it with scripts/mailstack.sh start): %v", st.addr(p), err)
		}
		c.Close()
	}
	return st
}

func (st stack) addr(port int) string { return net.JoinHostPort(st.Host, strconv.Itoa(port)) }

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envInt(t *testing.T, k string, def int) int {
	v := os.Getenv(k)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		t.Fatalf("%s=%q: not a port number", k, v)
	}
	return n
}

// --- the binary ------------------------------------------------------------

var (
	buildOnce sync.Once
	buildDir  string
	buildBin  string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// mailbotBinary builds ./cmd/mailbot once per test process and returns its path.
func mailbotBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		buildDir, buildErr = os.MkdirTemp("", "mailbot-e2e-bin-")
		if buildErr != nil {
			return
		}
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = "/usr/local/go/bin/go"
		}
		buildBin = filepath.Join(buildDir, "mailbot")
		cmd := exec.Command(goTool, "build", "-o", buildBin, "./cmd/mailbot")
		cmd.Dir = ".." // the module root: go test runs in the package directory
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build ./cmd/mailbot: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return buildBin
}

// run is one finished mailbot invocation.
type run struct {
	Args     []string
	Code     int // exit code; -1 when killed by a signal
	Stdout   string
	Stderr   string
	Duration time.Duration
}

func (r run) String() string {
	return fmt.Sprintf("mailbot %s: exit %d after %v\n--- stderr (tail) ---\n%s", strings.Join(r.Args, " "), r.Code, r.Duration.Round(time.Millisecond), tail(r.Stderr, 60))
}

// mailbot runs the binary with args to completion (at most 10 minutes).
func mailbot(t *testing.T, st stack, args ...string) run {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := mailbotCmd(ctx, t, st, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := run{Args: args, Stdout: stdout.String(), Stderr: stderr.String(), Duration: time.Since(start)}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.Code = ee.ExitCode()
	default:
		t.Fatalf("mailbot %s: %v", strings.Join(args, " "), err)
	}
	return r
}

func mailbotCmd(ctx context.Context, t *testing.T, st stack, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, mailbotBinary(t), args...)
	cmd.Env = append(os.Environ(), passwordEnv+"="+st.Password)
	cmd.Stdin = nil
	return cmd
}

// pollOnce runs `mailbot poll --once` and fails t unless it exits 0.
func pollOnce(t *testing.T, st stack, cfg string) run {
	t.Helper()
	r := mailbot(t, st, "poll", "--once", "--config", cfg)
	if r.Code != 0 {
		t.Fatalf("%v", r)
	}
	t.Logf("poll --once: %v", r.Duration.Round(time.Millisecond))
	return r
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("[... %d lines before]", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// --- config ----------------------------------------------------------------

// endpoint is the [mailbox.imap] or [mailbox.smtp] table of a test config.
type endpoint struct {
	Port int
	TLS  string // none | starttls | implicit
	Auth bool   // username + password_env; false: no AUTH (SMTP relay)
}

// configOpts describes a one-mailbox, one-event test config.
type configOpts struct {
	Dir      string // store and config go here
	Mailbox  string // the secretariat's address, e.g. posk@greve.dk
	IMAP     endpoint
	SMTP     endpoint
	Now      time.Time // the event lies 40 days after, its deadline 30 days after
	Since    time.Time // since and answer_since
	Filename string    // default mailbot.toml
}

// writeConfig writes a config with only the keys CONTRACT.md fixes (plus
// [send] rate_per_minute, so 200 replies do not wait for the 30/min default)
// and returns its path.
func writeConfig(t *testing.T, st stack, o configOpts) string {
	t.Helper()
	if o.Filename == "" {
		o.Filename = "mailbot.toml"
	}
	id := strings.SplitN(o.Mailbox, "@", 2)[0]
	tz, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatalf("time zone: %v", err)
	}
	day := o.Now.In(tz).AddDate(0, 0, 40)
	starts := time.Date(day.Year(), day.Month(), day.Day(), 9, 0, 0, 0, tz)
	ends := starts.Add(4 * time.Hour)
	deadline := starts.AddDate(0, 0, -10).Add(15*time.Hour - time.Second)

	server := func(name string, e endpoint) string {
		var b strings.Builder
		fmt.Fprintf(&b, "[mailbox.%s]\nhost = %q\nport = %d\ntls = %q\ninsecure_skip_verify = true\n", name, st.Host, e.Port, e.TLS)
		if e.Auth {
			fmt.Fprintf(&b, "username = %q\npassword_env = %q\n", o.Mailbox, passwordEnv)
		}
		return b.String()
	}
	cfg := fmt.Sprintf(`# written by mailbot's e2e tests
store    = %q
timezone = "Europe/Copenhagen"

[send]
rate_per_minute = 100000

[[mailbox]]
id       = %q
address  = %q
folders  = ["INBOX"]
since    = %s
answer_since = %s
%s
%s
[digest]
schedule = "0 7 * * 1-5"
to       = ["sekretariat@greve.dk"]

[[event]]
id       = "dialog"
kind     = "meeting"
mailbox  = %q
title    = "Dialogmøde om Rammeaftale 2027-2028"
starts   = %s
ends     = %s
location = "Ringsted Kongrescenter"
registration_deadline = %s
subject_keywords = ["dialogmøde", "rammeaftale"]
municipalities = "kkr_sjaelland"
lunch    = true
[event.quota]
handicapraad = 2
udsatteraad = 2
politiker_voksen = 2
politiker_boern = 2
`, filepath.Join(o.Dir, "mailbot.db"), id, o.Mailbox,
		o.Since.Format("2006-01-02"), o.Since.Format("2006-01-02"),
		server("imap", o.IMAP), server("smtp", o.SMTP), id,
		starts.Format(time.RFC3339), ends.Format(time.RFC3339), deadline.Format(time.RFC3339))
	path := filepath.Join(o.Dir, o.Filename)
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatalf("write config: %v", err)
	}
	return path
}

// --- export ----------------------------------------------------------------

// export is the part of `mailbot export --format json` the tests read.
type export struct {
	Events []struct {
		ID, Title, Kind string
	} `json:"events"`
	Messages     []exportMessage   `json:"messages"`
	Participants []json.RawMessage `json:"participants"`
	Submissions  []json.RawMessage `json:"submissions"`
	Replies      []exportReply     `json:"replies"`
	raw          string
}

type exportMessage struct {
	MessageID    string `json:"message_id"`
	Mailbox      string `json:"mailbox"`
	From         string `json:"from"`
	Subject      string `json:"subject"`
	ReceivedAt   string `json:"received_at"`
	Class        string `json:"class"`
	Event        string `json:"event"`
	Status       string `json:"status"`
	ReviewReason string `json:"review_reason"`
}

type exportReply struct {
	To        string `json:"to"`
	InReplyTo string `json:"in_reply_to"`
	Kind      string `json:"kind"`
	Status    string `json:"status"`
}

// exportJSON runs `mailbot export --format json` and decodes it.
func exportJSON(t *testing.T, st stack, cfg string) export {
	t.Helper()
	r := mailbot(t, st, "export", "--format", "json", "--config", cfg)
	if r.Code != 0 {
		t.Fatalf("%v", r)
	}
	var e export
	if err := json.Unmarshal([]byte(r.Stdout), &e); err != nil {
		t.Fatalf("export is not the JSON of CONTRACT.md: %v\n%s", err, tail(r.Stdout, 40))
	}
	e.raw = r.Stdout
	return e
}

// save writes the export next to the test's other files and says where, so
// a failure can be read in full.
func (e export) save(t *testing.T, dir, name string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(e.raw), 0o644); err == nil {
		t.Logf("export saved: %s", p)
	}
}

// summary counts messages by class/status and replies by kind/status.
func (e export) summary() string {
	count := func(keys []string) string {
		m := map[string]int{}
		for _, k := range keys {
			m[k]++
		}
		var out []string
		for k, n := range m {
			out = append(out, fmt.Sprintf("%s=%d", k, n))
		}
		sort.Strings(out)
		return strings.Join(out, " ")
	}
	var mk, rk []string
	for _, m := range e.Messages {
		mk = append(mk, m.Class+"/"+m.Status)
	}
	for _, r := range e.Replies {
		rk = append(rk, r.Kind+"/"+r.Status)
	}
	return fmt.Sprintf("%d messages [%s]; %d participants; %d replies [%s]",
		len(e.Messages), count(mk), len(e.Participants), len(e.Replies), count(rk))
}

// normID strips the angle brackets and spaces around a Message-ID.
func normID(s string) string {
	return strings.Trim(strings.TrimSpace(s), "<>")
}

// --- IMAP ------------------------------------------------------------------

// dialIMAP logs user in over plain IMAP (the stack accepts that on loopback).
func dialIMAP(t *testing.T, st stack, user string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(st.addr(st.IMAPPort), nil)
	if err != nil {
		t.Fatalf("imap dial %s: %v", st.addr(st.IMAPPort), err)
	}
	if err := c.Login(user, st.Password).Wait(); err != nil {
		c.Close()
		t.Fatalf("imap login %s: %v", user, err)
	}
	return c
}

// appendMails APPENDs every mail to user's INBOX with its Date as INTERNALDATE.
func appendMails(t *testing.T, st stack, user string, mails []testMail) {
	t.Helper()
	c := dialIMAP(t, st, user)
	defer c.Close()
	for _, m := range mails {
		cmd := c.Append("INBOX", int64(len(m.Raw)), &imap.AppendOptions{Time: m.Date})
		if _, err := cmd.Write(m.Raw); err != nil {
			t.Fatalf("append %s: %v", m.MessageID, err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatalf("append %s: %v", m.MessageID, err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("append %s: %v", m.MessageID, err)
		}
	}
	if err := c.Logout().Wait(); err != nil {
		t.Logf("imap logout %s: %v", user, err)
	}
}

// clearInboxes deletes every message in each user's INBOX.
func clearInboxes(t *testing.T, st stack, users ...string) {
	t.Helper()
	for _, u := range users {
		c := dialIMAP(t, st, u)
		sel, err := c.Select("INBOX", nil).Wait()
		if err != nil {
			c.Close()
			t.Fatalf("select INBOX of %s: %v", u, err)
		}
		if sel.NumMessages > 0 {
			all := imap.SeqSet{}
			all.AddRange(1, 0)
			if err := c.Store(all, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close(); err != nil {
				c.Close()
				t.Fatalf("flag \\Deleted in %s: %v", u, err)
			}
			if err := c.Expunge().Close(); err != nil {
				c.Close()
				t.Fatalf("expunge %s: %v", u, err)
			}
		}
		c.Logout().Wait()
		c.Close()
	}
}

// fetched is one message read back from a mailbox.
type fetched struct {
	UID    imap.UID
	Header mail.Header
	Raw    []byte
}

// readInbox returns every message in user's INBOX, without setting \Seen.
func readInbox(t *testing.T, st stack, user string) []fetched {
	t.Helper()
	c := dialIMAP(t, st, user)
	defer c.Close()
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatalf("select INBOX of %s: %v", user, err)
	}
	if sel.NumMessages == 0 {
		return nil
	}
	all := imap.SeqSet{}
	all.AddRange(1, 0)
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(all, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	if err != nil {
		t.Fatalf("fetch INBOX of %s: %v", user, err)
	}
	var out []fetched
	for _, b := range bufs {
		raw := b.FindBodySection(section)
		msg, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("message uid %d in %s's INBOX does not parse: %v\n%s", b.UID, user, err, tail(string(raw), 20))
		}
		out = append(out, fetched{UID: b.UID, Header: msg.Header, Raw: raw})
	}
	c.Logout().Wait()
	return out
}

// inboxCount is the number of messages in user's INBOX (STATUS).
func inboxCount(t *testing.T, st stack, user string) int {
	t.Helper()
	c := dialIMAP(t, st, user)
	defer c.Close()
	d, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatalf("status INBOX of %s: %v", user, err)
	}
	c.Logout().Wait()
	return int(*d.NumMessages)
}

// --- SMTP ------------------------------------------------------------------

// swaks sends raw from from to to with swaks through Postfix's relay port.
func swaks(t *testing.T, st stack, from, to string, raw []byte) {
	t.Helper()
	cmd := exec.Command("swaks", "--server", st.Host, "--port", strconv.Itoa(st.SMTPPort),
		"--from", from, "--to", to, "--data", "-", "--helo", "e2e.test")
	cmd.Stdin = bytes.NewReader(raw)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("swaks %s -> %s: %v\n%s", from, to, err, tail(string(out), 20))
	}
}

// waitPostfixIdle waits until Postfix's queue is empty, i.e. everything the
// binary submitted has been handed to Dovecot (or bounced). It fails t after
// a minute and shows the queue and the mail log.
func waitPostfixIdle(t *testing.T, st stack) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	var out []byte
	for time.Now().Before(deadline) {
		var err error
		out, err = exec.Command("postqueue", "-c", filepath.Join(st.Dir, "postfix"), "-p").CombinedOutput()
		if err != nil {
			t.Logf("postqueue: %v (%s); waiting 3s instead", err, bytes.TrimSpace(out))
			time.Sleep(3 * time.Second)
			return
		}
		if bytes.Contains(out, []byte("Mail queue is empty")) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("postfix queue not empty after 1m:\n%s\n--- postfix.log ---\n%s", tail(string(out), 30), logTail(st, "postfix.log", 30))
}

func logTail(st stack, name string, n int) string {
	b, err := os.ReadFile(filepath.Join(st.Dir, name))
	if err != nil {
		return err.Error()
	}
	return tail(string(b), n)
}

// closedPort returns a loopback port nothing listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	p := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return p
}

// firstLines is the first n lines of s (for showing a reply's body).
func firstLines(s string, n int) string {
	sc := bufio.NewScanner(strings.NewReader(s))
	var out []string
	for sc.Scan() && len(out) < n {
		out = append(out, sc.Text())
	}
	return strings.Join(out, "\n")
}

// bodyText is the first text/plain part of raw, decoded (for diagnostics).
func bodyText(raw []byte) string {
	mr, err := gomail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	for {
		p, err := mr.NextPart()
		if err != nil && !message.IsUnknownCharset(err) {
			return ""
		}
		if h, ok := p.Header.(*gomail.InlineHeader); ok {
			if ct, _, _ := h.ContentType(); ct == "text/plain" {
				b, _ := io.ReadAll(p.Body)
				return strings.TrimSpace(string(b))
			}
		}
	}
}
