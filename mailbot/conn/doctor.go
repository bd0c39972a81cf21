package conn

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/wneessen/go-mail"

	"mailbot/mailbot/config"
)

// CertWarnDays: Doctor warns when a server certificate expires sooner.
const CertWarnDays = 14

// doctor writes the check lines and counts failures.
type doctor struct {
	w     io.Writer
	fails int
	d     *Dialer
	cfg   *config.Config
	now   func() time.Time
}

func (dr *doctor) ok(mb, format string, args ...any) {
	fmt.Fprintf(dr.w, "ok   %s%s\n", prefix(mb), fmt.Sprintf(format, args...))
}

func (dr *doctor) note(mb, format string, args ...any) {
	fmt.Fprintf(dr.w, "note %s%s\n", prefix(mb), fmt.Sprintf(format, args...))
}

func (dr *doctor) warn(mb, format string, args ...any) {
	fmt.Fprintf(dr.w, "warn %s%s\n", prefix(mb), fmt.Sprintf(format, args...))
}

// fail writes "FAIL <what>: <plain words>" and counts it.
func (dr *doctor) fail(mb, what string, err error) {
	dr.fails++
	fmt.Fprintf(dr.w, "FAIL %s%s: %s\n", prefix(mb), what, oneLine(Explain(err)))
}

// failWords writes a FAIL line with words of its own.
func (dr *doctor) failWords(mb, what, words string) {
	dr.fails++
	fmt.Fprintf(dr.w, "FAIL %s%s: %s\n", prefix(mb), what, oneLine(words))
}

func prefix(mb string) string {
	if mb == "" {
		return ""
	}
	return mb + ": "
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Doctor checks everything mailbot needs from the outside, writes one line
// per check to w and returns the number of failed checks. A line is
// "ok   <what>", "FAIL <what>: <what it means and what to do>" (Explain),
// "warn <what>" (works now but will not for long, e.g. a certificate that
// expires within CertWarnDays) or "note <what>" (works, with a limit, e.g. a
// server without IDLE); only FAIL lines count.
//
// Per mailbox, in order: the OAuth2 token (auth = "xoauth2"); for IMAP and
// SMTP each: DNS, TCP connect, TLS handshake with the certificate's expiry,
// login; for IMAP also the capabilities IDLE, MOVE and UIDPLUS and the
// folders (folders, sent_folder must exist; move_to and review_folder are
// created by mailbot when missing). A failed step skips the steps that need
// it, so one defect gives one FAIL line. With sendTest, a test mail goes
// from the mailbox to its own address. cfg is already loaded (a config
// error never reaches here). Doctor never writes secrets.
func Doctor(ctx context.Context, cfg *config.Config, w io.Writer, sendTest bool) (fails int) {
	return DoctorWith(ctx, &Dialer{Tokens: TokensFor(cfg)}, cfg, w, sendTest)
}

// DoctorWith is Doctor with a given Dialer (token cache, private roots).
func DoctorWith(ctx context.Context, d *Dialer, cfg *config.Config, w io.Writer, sendTest bool) (fails int) {
	if d.Tokens == nil {
		d = &Dialer{Tokens: TokensFor(cfg), RootCAs: d.RootCAs}
	}
	dr := &doctor{w: w, d: d, cfg: cfg, now: time.Now}
	return dr.run(ctx, sendTest)
}

func (dr *doctor) run(ctx context.Context, sendTest bool) int {
	path := dr.cfg.Path
	if path == "" {
		path = "(built in)"
	}
	dr.ok("", "config %s: %d mailbox(es), %d event(s)", path, len(dr.cfg.Mailboxes), len(dr.cfg.Events))
	for i := range dr.cfg.Mailboxes {
		if ctx.Err() != nil {
			dr.fail("", "doctor", ctx.Err())
			break
		}
		mb := &dr.cfg.Mailboxes[i]
		dr.mailbox(ctx, mb, sendTest)
	}
	return dr.fails
}

func (dr *doctor) mailbox(ctx context.Context, mb *config.Mailbox, sendTest bool) {
	tokenOK := true
	if authMode(&mb.IMAP) == AuthXOAUTH2 || authMode(&mb.SMTP) == AuthXOAUTH2 {
		tctx, cancel := context.WithTimeout(ctx, timeout(&mb.IMAP))
		tok, err := dr.d.Tokens.Token(tctx, mb)
		cancel()
		if err != nil {
			dr.fail(mb.ID, "oauth2 token", err)
			tokenOK = false
		} else {
			dr.ok(mb.ID, "oauth2 token for client %s (expires in %s)", mb.OAuth2.ClientID,
				tok.Expiry.Sub(dr.now()).Round(time.Second))
		}
	}
	if mb.IMAP.Host != "" {
		dr.imap(ctx, mb, tokenOK || authMode(&mb.IMAP) != AuthXOAUTH2)
	}
	if mb.SMTP.Host != "" {
		if dr.smtp(ctx, mb, tokenOK || authMode(&mb.SMTP) != AuthXOAUTH2) && sendTest {
			dr.sendTest(ctx, mb)
		}
	} else {
		dr.note(mb.ID, "smtp: no server configured, mailbot cannot reply from this mailbox")
	}
}

// reach checks DNS, TCP and TLS for s and reports whether login may follow.
func (dr *doctor) reach(ctx context.Context, mb *config.Mailbox, proto string, s *config.Server) bool {
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	cctx, cancel := context.WithTimeout(ctx, timeout(s))
	defer cancel()

	if ip := net.ParseIP(s.Host); ip == nil {
		addrs, err := net.DefaultResolver.LookupHost(cctx, s.Host)
		if err != nil {
			dr.fail(mb.ID, proto+" DNS "+s.Host, err)
			return false
		}
		dr.ok(mb.ID, "%s DNS %s: %s", proto, s.Host, strings.Join(addrs, ", "))
	}

	var nd net.Dialer
	raw, err := nd.DialContext(cctx, "tcp", addr)
	if err != nil {
		dr.fail(mb.ID, proto+" connect "+addr, ctxErr(cctx, err))
		return false
	}
	defer raw.Close()
	dr.ok(mb.ID, "%s connect %s", proto, addr)

	mode := tlsMode(s)
	if mode == TLSNone {
		if !isLoopback(s.Host) && (s.Username != "" || authMode(s) == AuthXOAUTH2) {
			dr.warn(mb.ID, "%s: tls = \"none\" sends the login in clear text over the network", proto)
		} else {
			dr.note(mb.ID, "%s: no TLS (tls = \"none\")", proto)
		}
		return true
	}
	if dl, ok := cctx.Deadline(); ok {
		raw.SetDeadline(dl)
	}
	if mode == TLSStartTLS {
		if err := startTLSPreamble(raw, proto); err != nil {
			dr.fail(mb.ID, proto+" STARTTLS "+addr, err)
			return false
		}
	}
	tc := tls.Client(raw, tlsConfig(nil, s, dr.d.RootCAs))
	if err := tc.HandshakeContext(cctx); err != nil {
		dr.fail(mb.ID, proto+" TLS "+addr, ctxErr(cctx, err))
		return false
	}
	st := tc.ConnectionState()
	if len(st.PeerCertificates) == 0 {
		dr.fail(mb.ID, proto+" TLS "+addr, errors.New("the server sent no certificate"))
		return false
	}
	cert := st.PeerCertificates[0]
	left := cert.NotAfter.Sub(dr.now())
	days := int(left.Hours() / 24)
	how := "verified"
	if s.InsecureSkipVerify {
		how = "NOT verified (insecure_skip_verify: test servers only)"
	}
	switch {
	case left <= 0:
		dr.fail(mb.ID, proto+" TLS certificate", fmt.Errorf("x509: certificate has expired on %s", cert.NotAfter.Format(time.DateOnly)))
		return !s.InsecureSkipVerify
	case days < CertWarnDays:
		dr.warn(mb.ID, "%s %s, certificate %s, expires in %d day(s) on %s: renew it", proto, tls.VersionName(st.Version), how, days, cert.NotAfter.Format(time.DateOnly))
	default:
		dr.ok(mb.ID, "%s %s, certificate %s, valid until %s (%d days)", proto, tls.VersionName(st.Version), how, cert.NotAfter.Format(time.DateOnly), days)
	}
	return true
}

// startTLSPreamble speaks just enough IMAP or SMTP on conn to ask for
// STARTTLS; on return the next bytes are the TLS handshake.
func startTLSPreamble(conn net.Conn, proto string) error {
	br := bufio.NewReader(conn)
	readLine := func() (string, error) {
		l, err := br.ReadString('\n')
		return strings.TrimRight(l, "\r\n"), err
	}
	if proto == "imap" {
		greet, err := readLine()
		if err != nil {
			return fmt.Errorf("read greeting: %w", err)
		}
		if !strings.HasPrefix(greet, "* OK") {
			return fmt.Errorf("unexpected greeting %q", greet)
		}
		if _, err := io.WriteString(conn, "d1 STARTTLS\r\n"); err != nil {
			return err
		}
		for {
			l, err := readLine()
			if err != nil {
				return fmt.Errorf("read STARTTLS answer: %w", err)
			}
			if strings.HasPrefix(l, "d1 ") {
				if !strings.HasPrefix(strings.ToUpper(l), "D1 OK") {
					return fmt.Errorf("server does not support STARTTLS: %s", l)
				}
				return nil
			}
		}
	}
	// SMTP (RFC 3207).
	readReply := func() (string, error) {
		var all []string
		for {
			l, err := readLine()
			if err != nil {
				return strings.Join(all, " | "), err
			}
			all = append(all, l)
			if len(l) < 4 || l[3] != '-' {
				return strings.Join(all, "\n"), nil
			}
		}
	}
	if r, err := readReply(); err != nil || !strings.HasPrefix(r, "220") {
		return fmt.Errorf("unexpected greeting %q: %v", r, err)
	}
	if _, err := io.WriteString(conn, "EHLO mailbot-doctor\r\n"); err != nil {
		return err
	}
	r, err := readReply()
	if err != nil || !strings.HasPrefix(r, "250") {
		return fmt.Errorf("EHLO refused %q: %v", r, err)
	}
	if !strings.Contains(strings.ToUpper(r), "STARTTLS") {
		return errors.New("target host does not support STARTTLS")
	}
	if _, err := io.WriteString(conn, "STARTTLS\r\n"); err != nil {
		return err
	}
	if r, err := readReply(); err != nil || !strings.HasPrefix(r, "220") {
		return fmt.Errorf("STARTTLS refused %q: %v", r, err)
	}
	return nil
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (dr *doctor) imap(ctx context.Context, mb *config.Mailbox, canLogin bool) {
	s := &mb.IMAP
	if !dr.reach(ctx, mb, "imap", s) || !canLogin {
		return
	}
	c, err := dr.d.DialIMAP(ctx, dr.cfg, mb, nil)
	if err != nil {
		dr.fail(mb.ID, "imap login", err)
		return
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	user := s.Username
	if user == "" {
		user = mb.Address
	}
	dr.ok(mb.ID, "imap login as %s (%s)", user, authMode(s))

	caps := c.Caps()
	if caps == nil {
		dr.fail(mb.ID, "imap capabilities", errors.New("the server did not answer CAPABILITY"))
		return
	}
	var have, lack []string
	for _, cp := range []imap.Cap{imap.CapIdle, imap.CapMove, imap.CapUIDPlus} {
		if caps.Has(cp) {
			have = append(have, string(cp))
		} else {
			lack = append(lack, string(cp))
		}
	}
	if len(have) > 0 {
		dr.ok(mb.ID, "imap capabilities %s", strings.Join(have, " "))
	}
	for _, l := range lack {
		switch imap.Cap(l) {
		case imap.CapIdle:
			dr.note(mb.ID, "imap: no IDLE, mailbot polls every poll_interval")
		case imap.CapMove:
			dr.note(mb.ID, "imap: no MOVE, mailbot copies, flags \\Deleted and expunges instead")
		case imap.CapUIDPlus:
			dr.note(mb.ID, "imap: no UIDPLUS, expunges after a move may touch other \\Deleted mail")
		}
	}

	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		dr.fail(mb.ID, "imap list folders", err)
		return
	}
	exists := map[string]bool{}
	for _, l := range list {
		name := l.Mailbox
		if strings.EqualFold(name, "INBOX") {
			name = "INBOX"
		}
		exists[name] = true
	}
	has := func(f string) bool {
		if strings.EqualFold(f, "INBOX") {
			return exists["INBOX"]
		}
		return exists[f]
	}
	folders := mb.Folders
	if len(folders) == 0 {
		folders = []string{"INBOX"}
	}
	for _, f := range folders {
		if !has(f) {
			dr.failWords(mb.ID, fmt.Sprintf("imap folder %q", f), missingFolder(list))
			continue
		}
		// SELECT proves access (Exchange: "User is authenticated but not connected").
		if _, err := c.Select(f, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
			dr.fail(mb.ID, fmt.Sprintf("imap folder %q", f), err)
			continue
		}
		dr.ok(mb.ID, "imap folder %q", f)
	}
	if mb.SentFolder != "" {
		if has(mb.SentFolder) {
			dr.ok(mb.ID, "imap sent_folder %q", mb.SentFolder)
		} else {
			dr.failWords(mb.ID, fmt.Sprintf("imap sent_folder %q", mb.SentFolder), missingFolder(list))
		}
	}
	for _, f := range []struct{ key, name string }{{"move_to", mb.MoveTo}, {"review_folder", mb.ReviewFolder}} {
		switch {
		case f.name == "":
		case has(f.name):
			dr.ok(mb.ID, "imap %s %q", f.key, f.name)
		default:
			dr.note(mb.ID, "imap %s %q does not exist yet; mailbot creates it on first use", f.key, f.name)
		}
	}
	c.Logout().Wait()
}

func missingFolder(list []*imap.ListData) string {
	return "the folder does not exist on the server; it has " + folderNames(list) +
		": correct the name in the config (names are case-sensitive, Exchange in Danish says \"Slettet post\", \"Sendt post\") or create the folder"
}

func folderNames(list []*imap.ListData) string {
	names := make([]string, 0, len(list))
	for _, l := range list {
		names = append(names, strconv.Quote(l.Mailbox))
	}
	if len(names) > 12 {
		names = append(names[:12], "…")
	}
	return strings.Join(names, ", ")
}

// smtp reports whether the login worked (so a test mail may follow).
func (dr *doctor) smtp(ctx context.Context, mb *config.Mailbox, canLogin bool) bool {
	s := &mb.SMTP
	if !dr.reach(ctx, mb, "smtp", s) || !canLogin {
		return false
	}
	c, err := dr.d.SMTPClient(ctx, dr.cfg, mb)
	if err != nil {
		dr.fail(mb.ID, "smtp client", err)
		return false
	}
	if err := c.DialWithContext(ctx); err != nil {
		dr.fail(mb.ID, "smtp login", err)
		return false
	}
	c.Close()
	switch {
	case authMode(s) == AuthXOAUTH2:
		dr.ok(mb.ID, "smtp login (xoauth2)")
	case s.Username == "" && s.PasswordEnv == "" && s.PasswordFile == "":
		dr.ok(mb.ID, "smtp session without AUTH (relay)")
	default:
		dr.ok(mb.ID, "smtp login as %s (%s)", s.Username, authMode(s))
	}
	return true
}

func (dr *doctor) sendTest(ctx context.Context, mb *config.Mailbox) {
	m := mail.NewMsg()
	if err := m.From(mb.Address); err != nil {
		dr.fail(mb.ID, "smtp test mail", fmt.Errorf("from address %q: %w", mb.Address, err))
		return
	}
	if err := m.To(mb.Address); err != nil {
		dr.fail(mb.ID, "smtp test mail", fmt.Errorf("to address %q: %w", mb.Address, err))
		return
	}
	m.Subject("mailbot doctor test " + dr.now().Format(time.RFC3339))
	m.SetGenHeader("Auto-Submitted", "auto-generated")
	m.SetBodyString(mail.TypeTextPlain, "This is a test mail from `mailbot doctor --send-test`. It can be deleted.\n")
	c, err := dr.d.SMTPClient(ctx, dr.cfg, mb)
	if err == nil {
		err = c.DialAndSendWithContext(ctx, m)
	}
	if err != nil {
		dr.fail(mb.ID, "smtp test mail to "+mb.Address, err)
		return
	}
	dr.ok(mb.ID, "smtp test mail sent to %s", mb.Address)
}
