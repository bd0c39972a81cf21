package conn

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"mailbot/mailbot/config"
)

// doctorLines runs the doctor and returns its fail count, all lines and
// the FAIL lines.
func doctorLines(t *testing.T, d *Dialer, cfg *config.Config, sendTest bool) (int, string, []string) {
	t.Helper()
	var out bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	n := DoctorWith(ctx, d, cfg, &out, sendTest)
	var fails []string
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "FAIL ") {
			fails = append(fails, l)
		}
	}
	if n != len(fails) {
		t.Errorf("Doctor returned %d but printed %d FAIL lines", n, len(fails))
	}
	return n, out.String(), fails
}

// doctorSetup: an IMAP server (implicit TLS, folders INBOX and Arkiv) and
// an SMTP relay (STARTTLS, password auth) on loopback, and a mailbox
// config that reaches both.
func doctorSetup(t *testing.T, notAfter time.Time) (*testIMAP, *testSMTP, *config.Config, *config.Mailbox, *Dialer) {
	cert, roots := testCert(t, notAfter)
	imapSrv := startIMAP(t, imapOpts{tls: TLSImplicit, cert: cert, folders: []string{"Arkiv", "Sendt post"}})
	smtpSrv := startSMTP(t, TLSStartTLS, cert, &testSMTP{auth: func(mech, user, secret string) error {
		if user != testUser || secret != testPass {
			return &smtpErr535
		}
		return nil
	}})
	cfg, mb := testMailbox(t, TLSImplicit, imapSrv.port, TLSStartTLS, smtpSrv.port)
	cfg.Path = "/etc/mailbot/mailbot.toml"
	mb.Folders = []string{"INBOX", "Arkiv"}
	mb.SentFolder = "Sendt post"
	mb.MoveTo = "Behandlet"
	return imapSrv, smtpSrv, cfg, mb, &Dialer{RootCAs: roots}
}

func TestDoctorHealthy(t *testing.T) {
	_, smtpSrv, cfg, _, d := doctorSetup(t, time.Now().Add(90*24*time.Hour))
	n, out, fails := doctorLines(t, d, cfg, true)
	if n != 0 {
		t.Fatalf("healthy setup: %d FAIL(s): %q\n%s", n, fails, out)
	}
	for _, want := range []string{
		"ok   config /etc/mailbot/mailbot.toml: 1 mailbox(es)",
		"ok   posk: imap connect 127.0.0.1:",
		"ok   posk: imap TLS 1.3, certificate verified, valid until",
		"ok   posk: imap login as posk@greve.dk (plain)",
		"ok   posk: imap capabilities IDLE MOVE UIDPLUS",
		`ok   posk: imap folder "INBOX"`,
		`ok   posk: imap folder "Arkiv"`,
		`ok   posk: imap sent_folder "Sendt post"`,
		`note posk: imap move_to "Behandlet" does not exist yet`,
		"ok   posk: smtp TLS",
		"ok   posk: smtp login as posk@greve.dk (plain)",
		"ok   posk: smtp test mail sent to posk@greve.dk",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("doctor output lacks %q:\n%s", want, out)
		}
	}
	if got := smtpSrv.Received(); len(got) != 1 || !strings.Contains(got[0], "mailbot doctor test") ||
		!strings.Contains(got[0], "Auto-Submitted: auto-generated") {
		t.Errorf("test mail: %q", got)
	}
	if strings.Contains(out, testPass) {
		t.Error("doctor printed the password")
	}
}

// Each defect gives exactly one FAIL line, in plain words.
func TestDoctorOneFailEach(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(t *testing.T, mb *config.Mailbox, d *Dialer)
		what   string // the FAIL line's subject
		words  string // and its plain words
	}{
		{"wrong password", func(t *testing.T, mb *config.Mailbox, d *Dialer) {
			mb.IMAP.PasswordEnv = "MAILBOT_CONN_TEST_WRONG"
			t.Setenv("MAILBOT_CONN_TEST_WRONG", "forkert")
		}, "posk: imap login", "rejected the user name or password"},
		{"wrong port", func(t *testing.T, mb *config.Mailbox, d *Dialer) {
			mb.IMAP.Port = closedPort(t)
		}, "posk: imap connect 127.0.0.1:", "connection refused: nothing listens on this host and port"},
		{"self-signed certificate", func(t *testing.T, mb *config.Mailbox, d *Dialer) {
			d.RootCAs = nil // system roots: the test CA is unknown
			mb.SMTP.InsecureSkipVerify = true
		}, "posk: imap TLS 127.0.0.1:", "not signed by a known authority (self-signed?)"},
		{"missing folder", func(t *testing.T, mb *config.Mailbox, d *Dialer) {
			mb.Folders = []string{"INBOX", "Slettet post"}
		}, `posk: imap folder "Slettet post"`, "the folder does not exist on the server"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, cfg, mb, d := doctorSetup(t, time.Now().Add(90*24*time.Hour))
			tc.break_(t, mb, d)
			n, out, fails := doctorLines(t, d, cfg, false)
			if n != 1 {
				t.Fatalf("%d FAIL lines, want 1:\n%s", n, out)
			}
			if !strings.HasPrefix(fails[0], "FAIL "+tc.what) || !strings.Contains(fails[0], tc.words) {
				t.Errorf("FAIL line %q\nwant subject %q and words %q", fails[0], tc.what, tc.words)
			}
			t.Logf("%s", fails[0])
		})
	}
}

func TestDoctorCertificateExpirySoon(t *testing.T) {
	_, _, cfg, _, d := doctorSetup(t, time.Now().Add(5*24*time.Hour))
	n, out, _ := doctorLines(t, d, cfg, false)
	if n != 0 {
		t.Fatalf("a certificate expiring in 5 days is a warning, not a FAIL:\n%s", out)
	}
	if !strings.Contains(out, "warn posk: imap TLS 1.3, certificate verified, expires in 4 day(s)") &&
		!strings.Contains(out, "warn posk: imap TLS 1.3, certificate verified, expires in 5 day(s)") {
		t.Errorf("no expiry warning:\n%s", out)
	}
}

func TestDoctorXOAUTH2(t *testing.T) {
	_, _, cfg, mb, d := doctorSetup(t, time.Now().Add(90*24*time.Hour))
	as := startAS(t, time.Hour)
	oauthMailbox(t, mb, as)
	mb.SMTP.Auth = AuthPlain // the SMTP sink checks passwords
	t.Setenv(testSecEnv, "expired?")
	n, out, fails := doctorLines(t, d, cfg, false)
	if n != 1 || !strings.HasPrefix(fails[0], "FAIL posk: oauth2 token: the client secret is wrong") {
		t.Fatalf("wrong client secret: %d fails:\n%s", n, out)
	}
	if strings.Contains(out, "imap login") {
		t.Errorf("imap login attempted without a token:\n%s", out)
	}
}
