package mailbot

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"net"
	"net/mail"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-smtp"

	"mailbot/mailbot/config"
	"mailbot/parser"
	"mailbot/store"
)

//go:embed demo/demo.toml demo/mails/*.eml
var demoFS embed.FS

const demoPassword = "demo"

// demoUsers are the mailboxes of the in-process IMAP server: ours, the
// secretariat's (the digest lands there), and the senders' (replies land
// there, so a mail client can read them).
var demoUsers = []string{"posk@greve.dk", "ern@viborg.dk", "sekretariat@greve.dk"}

// mailServers is the demo's in-process IMAP server and SMTP sink on
// loopback. Mail the sink accepts is delivered into the IMAP server's
// INBOX of each recipient that has one, and kept for printing.
type mailServers struct {
	imapAddr, smtpAddr string
	mem                *imapmemserver.Server
	users              map[string]*imapmemserver.User
	imapSrv            *imapserver.Server
	smtpSrv            *smtp.Server

	mu        sync.Mutex
	delivered []sunkMail
	onMail    func(sunkMail)
}

type sunkMail struct {
	From string
	To   []string
	Raw  []byte
}

func startMailServers() (*mailServers, error) {
	ms := &mailServers{mem: imapmemserver.New(), users: map[string]*imapmemserver.User{}}
	for _, u := range demoUsers {
		ms.addUser(u)
	}
	ms.imapSrv = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return ms.mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       discardLogger{},
	})
	iln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("demo imap listen: %w", err)
	}
	go ms.imapSrv.Serve(iln)
	ms.imapAddr = iln.Addr().String()

	ms.smtpSrv = smtp.NewServer(sinkBackend{ms})
	ms.smtpSrv.Domain = "localhost"
	ms.smtpSrv.AllowInsecureAuth = true
	ms.smtpSrv.MaxMessageBytes = 50 << 20
	sln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		iln.Close()
		return nil, fmt.Errorf("demo smtp listen: %w", err)
	}
	go ms.smtpSrv.Serve(sln)
	ms.smtpAddr = sln.Addr().String()
	return ms, nil
}

type discardLogger struct{}

func (discardLogger) Printf(string, ...any) {}

func (ms *mailServers) addUser(addr string) *imapmemserver.User {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	if u, ok := ms.users[addr]; ok {
		return u
	}
	u := imapmemserver.NewUser(addr, demoPassword)
	u.Create("INBOX", nil)
	ms.mem.AddUser(u)
	ms.users[addr] = u
	return u
}

func (ms *mailServers) close() {
	ms.imapSrv.Close()
	ms.smtpSrv.Close()
}

func (ms *mailServers) port(addr string) string {
	_, p, _ := net.SplitHostPort(addr)
	return p
}

// sinkBackend is the SMTP sink: no auth, accepts every recipient.
type sinkBackend struct{ ms *mailServers }

func (b sinkBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{ms: b.ms}, nil }

type sinkSession struct {
	ms   *mailServers
	from string
	to   []string
}

func (s *sinkSession) Reset()        { s.from, s.to = "", nil }
func (s *sinkSession) Logout() error { return nil }
func (s *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	s.from = from
	return nil
}
func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.to = append(s.to, strings.ToLower(to))
	return nil
}
func (s *sinkSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m := sunkMail{From: s.from, To: append([]string{}, s.to...), Raw: raw}
	for _, rcpt := range m.To {
		// Deliver into the recipient's INBOX (created on first mail), so
		// a person's mail client sees what was sent to them.
		s.ms.addUser(rcpt)
		if err := deliver(s.ms.imapAddr, rcpt, raw, time.Now()); err != nil {
			return fmt.Errorf("deliver to %s: %w", rcpt, err)
		}
	}
	s.ms.mu.Lock()
	s.ms.delivered = append(s.ms.delivered, m)
	cb := s.ms.onMail
	s.ms.mu.Unlock()
	if cb != nil {
		cb(m)
	}
	return nil
}

// deliver APPENDs raw to user's INBOX over IMAP, with the given INTERNALDATE.
func deliver(addr, user string, raw []byte, date time.Time) error {
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.Login(user, demoPassword).Wait(); err != nil {
		return err
	}
	raw = toCRLF(raw)
	cmd := c.Append("INBOX", int64(len(raw)), &imap.AppendOptions{Time: date})
	if _, err := cmd.Write(raw); err != nil {
		return err
	}
	if err := cmd.Close(); err != nil {
		return err
	}
	if _, err := cmd.Wait(); err != nil {
		return err
	}
	return c.Logout().Wait()
}

// toCRLF turns bare LF line ends into CRLF, as IMAP serves mail.
func toCRLF(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

// seedDemo appends the sample mails to our mailboxes, addressed by their To
// header, with their Date as INTERNALDATE.
func (ms *mailServers) seedDemo() (int, error) {
	entries, err := demoFS.ReadDir("demo/mails")
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		raw, err := demoFS.ReadFile(path.Join("demo/mails", e.Name()))
		if err != nil {
			return n, err
		}
		msg, err := mail.ReadMessage(bytes.NewReader(raw))
		if err != nil {
			return n, fmt.Errorf("demo mail %s: %w", e.Name(), err)
		}
		to, err := mail.ParseAddress(msg.Header.Get("To"))
		if err != nil {
			return n, fmt.Errorf("demo mail %s: To: %w", e.Name(), err)
		}
		date, _ := msg.Header.Date()
		if err := deliver(ms.imapAddr, strings.ToLower(to.Address), raw, date); err != nil {
			return n, fmt.Errorf("seed %s: %w", e.Name(), err)
		}
		n++
	}
	return n, nil
}

// demoConfig is the embedded demo config with the servers' ports and a
// store path filled in.
func demoConfig(ms *mailServers, storePath string) (*config.Config, error) {
	data, err := demoFS.ReadFile("demo/demo.toml")
	if err != nil {
		return nil, err
	}
	s := strings.NewReplacer("{{IMAP_PORT}}", ms.port(ms.imapAddr), "{{SMTP_PORT}}", ms.port(ms.smtpAddr),
		"{{STORE}}", filepath.ToSlash(storePath)).Replace(string(data))
	return config.Parse("(embedded demo.toml)", []byte(s))
}

func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("demo", stderr)
	serve := f.Bool("serve", false, "keep running so a person can send mail to it with any client")
	keep := f.String("store", "", "keep the demo store in this file (default: a temporary file, removed at exit)")
	if err := f.parse(args); err != nil {
		return err
	}
	os.Setenv("MAILBOT_DEMO_PASSWORD", demoPassword)
	ms, err := startMailServers()
	if err != nil {
		return err
	}
	defer ms.close()
	storePath := *keep
	if storePath == "" {
		dir, err := os.MkdirTemp("", "mailbot-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		storePath = filepath.Join(dir, "demo.db")
	}
	cfg, err := demoConfig(ms, storePath)
	if err != nil {
		return fmt.Errorf("demo config: %w", err)
	}
	n, err := ms.seedDemo()
	if err != nil {
		return err
	}
	so := store.Options{Timeout: 30 * time.Second}
	if *serve {
		so = daemonStore // so that export or review can look at the demo store meanwhile
	}
	a, err := openAppWith(cfg, stderr, so)
	if err != nil {
		return err
	}
	defer a.Close()

	fmt.Fprintf(stdout, "mailbot demo: in-process IMAP server on %s and SMTP sink on %s\n", ms.imapAddr, ms.smtpAddr)
	fmt.Fprintf(stdout, "seeded %d sample mails into posk@greve.dk and ern@viborg.dk; one pass:\n\n", n)
	if err := a.pollOnce(ctx, stdout); err != nil {
		return fmt.Errorf("demo pass: %w", err)
	}
	a.printDemoSummary(stdout)
	ms.mu.Lock()
	sent := append([]sunkMail{}, ms.delivered...)
	ms.mu.Unlock()
	fmt.Fprintf(stdout, "\n==== %d replies sent through SMTP ====\n", len(sent))
	for _, m := range sent {
		printSunk(stdout, m, true)
	}
	fmt.Fprintf(stdout, "\n==== digest (as `mailbot digest --print` shows it) ====\n\n")
	if err := a.printDigests(stdout, "", false); err != nil {
		return err
	}
	// The digest mail (with the XLSX and CSV lists) goes to the
	// secretariat's mailbox on the demo IMAP server.
	if err := a.sendDigests(ctx, "", "manual"); err != nil {
		return fmt.Errorf("demo digest: %w", err)
	}
	n, err = a.flushOutbox(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n%d digest mail(s) sent to %s, with the lists attached as XLSX and CSV.\n", n, strings.Join(a.cfg.Digest.To, ", "))
	if !*serve {
		return nil
	}
	fmt.Fprintf(stdout, "\n==== serving ====\nIMAP %s  (users posk@greve.dk, ern@viborg.dk, sekretariat@greve.dk and every address mailed; password %q; no TLS)\nSMTP %s  (no auth, no TLS; mail to posk@greve.dk or ern@viborg.dk is processed)\nstore %s\nCtrl-C stops.\n",
		ms.imapAddr, demoPassword, ms.smtpAddr, storePath)
	ms.mu.Lock()
	ms.onMail = func(m sunkMail) {
		// Only what mailbot sends is printed: mail from our addresses.
		for _, own := range a.ownAddresses() {
			if strings.EqualFold(m.From, own) {
				printSunk(stdout, m, false)
			}
		}
	}
	ms.mu.Unlock()
	return a.run(ctx)
}

func printSunk(w io.Writer, m sunkMail, body bool) {
	res, err := parser.Parse(m.Raw, parser.Options{})
	if res == nil {
		fmt.Fprintf(w, "\n--- to %s: (unreadable: %v)\n", strings.Join(m.To, ", "), err)
		return
	}
	fmt.Fprintf(w, "\n--- To: %s\n    Subject: %s\n", strings.Join(m.To, ", "), res.Subject)
	if !body {
		return
	}
	text := strings.TrimSpace(res.Text)
	if len(res.Attachments) > 0 {
		var names []string
		for _, at := range res.Attachments {
			names = append(names, at.Filename)
		}
		fmt.Fprintf(w, "    Attachments: %s\n", strings.Join(names, ", "))
		if r := []rune(text); len(r) > 600 {
			text = string(r[:600]) + "\n[...]"
		}
	}
	for _, line := range strings.Split(text, "\n") {
		fmt.Fprintf(w, "    | %s\n", strings.TrimRight(line, "\r"))
	}
}

// printDemoSummary prints what the pass made of each message.
func (a *App) printDemoSummary(w io.Writer) {
	msgs, err := a.store.Messages(nil)
	if err != nil {
		return
	}
	sort.Slice(msgs, func(i, j int) bool { return msgs[i].ReceivedAt.Before(msgs[j].ReceivedAt) })
	fmt.Fprintf(w, "==== %d messages ====\n", len(msgs))
	for _, m := range msgs {
		reason := ""
		if m.ReviewReason != "" {
			reason = "  (" + m.ReviewReason + ")"
		}
		fmt.Fprintf(w, "%-12s %-9s %-16s %-26s %s%s\n", m.Class, m.Status, orDash(m.Event), m.From, strconv.Quote(m.Subject), reason)
	}
}
