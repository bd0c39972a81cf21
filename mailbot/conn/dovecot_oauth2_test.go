package conn

// The whole XOAUTH2 path against a real Dovecot (Debian's package): our
// token endpoint issues short-lived tokens via the client-credentials grant,
// Dovecot's oauth2 passdb validates them at our introspection endpoint,
// DialIMAP logs in with AUTHENTICATE XOAUTH2. Run with MAILBOT_E2E=1 (as
// root: Dovecot drops privileges to dovenull/mail). The test starts its own
// Dovecot with its own config and ports in t.TempDir() and stops it at the
// end; it installs dovecot-imapd with apt-get when missing.

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailbot/mailbot/config"
)

const dovecotPassword = "dovecot-test-pw"

type dovecotServer struct {
	imapPort, imapsPort int
	dir                 string
}

func freePort(t *testing.T) int {
	t.Helper()
	return closedPort(t)
}

func ensureDovecot(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("dovecot"); err == nil {
		if _, err := os.Stat("/usr/lib/dovecot/imap"); err == nil {
			return
		}
	}
	t.Log("installing dovecot-imapd with apt-get")
	for _, args := range [][]string{{"update"}, {"install", "-y", "--no-install-recommends", "dovecot-imapd"}} {
		cmd := exec.Command("apt-get", args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("apt-get %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// startDovecot writes a config into a temp dir and runs `dovecot -F` until
// the test ends. introspectURL is the oauthtest server's endpoint.
func startDovecot(t *testing.T, introspectURL string, certPEM, keyPEM []byte) *dovecotServer {
	t.Helper()
	ensureDovecot(t)
	dir := t.TempDir()
	// Dovecot's unprivileged processes (mail, dovenull) must reach the mail
	// and run directories.
	for d := dir; d != "/" && d != os.TempDir(); d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, sub := range []string{"run", "state", "mail"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := exec.Command("chown", "mail:mail", filepath.Join(dir, "mail")).CombinedOutput(); err != nil {
		t.Fatalf("chown mail dir: %v %s", err, out)
	}
	if err := os.WriteFile(filepath.Join(dir, "cert.pem"), certPEM, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "key.pem"), keyPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	ds := &dovecotServer{imapPort: freePort(t), imapsPort: freePort(t), dir: dir}
	oauthConf := fmt.Sprintf(`introspection_mode = post
introspection_url = %s
force_introspection = yes
active_attribute = active
active_value = true
username_attribute = username
username_format = %%Lu
scope = %s
`, introspectURL, DefaultScope)
	if err := os.WriteFile(filepath.Join(dir, "oauth2.conf"), []byte(oauthConf), 0o644); err != nil {
		t.Fatal(err)
	}
	mailUser, err := user.Lookup("mail")
	if err != nil {
		t.Fatalf("user mail: %v", err)
	}
	dh := ""
	if _, err := os.Stat("/usr/share/dovecot/dh.pem"); err == nil {
		dh = "ssl_dh = </usr/share/dovecot/dh.pem"
	}
	conf := fmt.Sprintf(`base_dir = %[1]s/run
state_dir = %[1]s/state
log_path = %[1]s/dovecot.log
info_log_path = %[1]s/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <%[1]s/cert.pem
ssl_key = <%[1]s/key.pem
%[4]s
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = %[6]s
first_valid_gid = %[7]s
mail_location = maildir:%[1]s/mail/%%d/%%n/Maildir
mail_fsync = never
auth_cache_size = 0
auth_failure_delay = 0
auth_verbose = yes

passdb {
  driver = static
  args = password=%[5]s
  mechanisms = plain login none
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = %[1]s/oauth2.conf
}
userdb {
  driver = static
  args = uid=mail gid=mail home=%[1]s/mail/%%d/%%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %[2]d
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %[3]d
    ssl = yes
  }
}
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
`, dir, ds.imapPort, ds.imapsPort, dh, dovecotPassword, mailUser.Uid, mailUser.Gid)
	confPath := filepath.Join(dir, "dovecot.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dovecot", "-F", "-c", confPath)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start dovecot: %v", err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if t.Failed() {
			log, _ := os.ReadFile(filepath.Join(dir, "dovecot.log"))
			t.Logf("dovecot output:\n%s\ndovecot.log:\n%s", stderr.String(), log)
		}
	})
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", ds.imapsPort), time.Second)
		if err == nil {
			c.Close()
			break
		}
		select {
		case <-done:
			log, _ := os.ReadFile(filepath.Join(dir, "dovecot.log"))
			t.Fatalf("dovecot exited: %s\n%s", stderr.String(), log)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("dovecot not listening on %d after 15s: %s", ds.imapsPort, stderr.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	return ds
}

func TestDovecotXOAUTH2(t *testing.T) {
	if os.Getenv("MAILBOT_E2E") != "1" {
		t.Skip("set MAILBOT_E2E=1 to run against a real Dovecot")
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root: Dovecot changes to the dovenull and mail users")
	}
	cert, roots := testCert(t, time.Now().Add(90*24*time.Hour))
	keyDER, err := x509.MarshalPKCS8PrivateKey(cert.PrivateKey)
	if err != nil {
		t.Fatal(err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Certificate[0]})
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})

	const lifetime = 3 * time.Second
	as := startAS(t, lifetime)
	dc := startDovecot(t, as.IntrospectURL(), certPEM, keyPEM)

	cfg, mb := testMailbox(t, TLSImplicit, dc.imapsPort, TLSNone, 1)
	mb.SMTP = config.Server{}
	oauthMailbox(t, mb, as)
	tokens := NewTokens(cfg)
	d := &Dialer{Tokens: tokens, RootCAs: roots}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()

	// 1. XOAUTH2 login, and a message stored in that session.
	c, err := d.DialIMAP(ctx, cfg, mb, nil)
	if err != nil {
		t.Fatalf("xoauth2 login: %v (%s)", err, Explain(err))
	}
	if as.Introspections() == 0 {
		t.Fatal("Dovecot logged us in without asking the introspection endpoint")
	}
	msg := "From: kontakt@koege.dk\r\nTo: posk@greve.dk\r\nSubject: Tilmelding\r\nMessage-ID: <oauth-1@koege.dk>\r\n\r\nJeg deltager.\r\n"
	appendMsg(t, c, msg)
	first := tokens.Expiry(mb.ID)
	firstTok, _ := tokens.Token(ctx, mb)
	c.Close()

	// 2. The token expires: Dovecot refuses it (the server really checks),
	// Tokens renews it, a fresh connection logs in and sees the message once.
	time.Sleep(time.Until(first) + 200*time.Millisecond)
	stale, err := dialRaw(ctx, mb, roots)
	if err != nil {
		t.Fatal(err)
	}
	err = authenticateXOAUTH2(stale, testUser, firstTok.AccessToken)
	stale.Close()
	if err == nil {
		t.Fatal("Dovecot accepted an expired token")
	}
	if !strings.Contains(err.Error(), `"status":"401"`) {
		t.Errorf("expired token: %v, want the server's 401 challenge", err)
	}
	t.Logf("expired token: %v", err)

	c, err = d.DialIMAP(ctx, cfg, mb, nil)
	if err != nil {
		t.Fatalf("login after renewal: %v (%s)", err, Explain(err))
	}
	if as.Issued() != 2 || !tokens.Expiry(mb.ID).After(first) {
		t.Fatalf("token not renewed: issued %d, expiry %v (was %v)", as.Issued(), tokens.Expiry(mb.ID), first)
	}
	if n := countMessageID(t, c, "<oauth-1@koege.dk>"); n != 1 {
		t.Fatalf("message seen %d times after re-login, want 1", n)
	}
	c.Close()

	// 3. Password login still works beside OAuth2, and a token is no password.
	pw := *mb
	pw.IMAP.Auth = AuthPlain
	t.Setenv(testPWEnv, dovecotPassword)
	c, err = d.DialIMAP(ctx, cfg, &pw, nil)
	if err != nil {
		t.Fatalf("password login beside oauth2: %v", err)
	}
	c.Close()
	tok, err := tokens.Token(ctx, mb)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(testPWEnv, tok.AccessToken)
	if _, err := d.DialIMAP(ctx, cfg, &pw, nil); err == nil {
		t.Fatal("a token was accepted as a password")
	}

	// 4. A token for an app without access to this mailbox.
	other := *mb
	other.IMAP.Username = "ern@viborg.dk"
	_, err = d.DialIMAP(ctx, cfg, &other, nil)
	if err == nil {
		t.Fatal("token accepted for a mailbox the app has no access to")
	}
	if got := Explain(err); !strings.Contains(got, "rejected the OAuth2 token") {
		t.Errorf("no access: Explain(%v) = %q", err, got)
	}

	// 5. Wrong client secret: plain words before any IMAP traffic.
	bad := *mb
	bad.ID = "posk-bad"
	t.Setenv("MAILBOT_CONN_TEST_BAD_SECRET", "not-the-secret")
	bad.OAuth2.ClientSecretEnv = "MAILBOT_CONN_TEST_BAD_SECRET"
	_, err = d.DialIMAP(ctx, cfg, &bad, nil)
	if got := Explain(err); err == nil || !strings.Contains(got, "client secret is wrong") {
		t.Errorf("wrong secret: err %v, Explain %q", err, got)
	}

	// 6. doctor, xoauth2 against Dovecot: no FAIL.
	var out bytes.Buffer
	if n := DoctorWith(ctx, d, cfg, &out, false); n != 0 {
		t.Errorf("doctor against Dovecot: %d FAIL(s)\n%s", n, out.String())
	}
	t.Logf("doctor:\n%s", out.String())
}

// dialRaw connects per mb.IMAP without logging in.
func dialRaw(ctx context.Context, mb *config.Mailbox, roots *x509.CertPool) (*imapclient.Client, error) {
	o := &imapclient.Options{TLSConfig: tlsConfig(nil, &mb.IMAP, roots)}
	c, err := dialIMAPConn(ctx, fmt.Sprintf("%s:%d", mb.IMAP.Host, mb.IMAP.Port), &mb.IMAP, o)
	if err != nil {
		return nil, err
	}
	return c, c.WaitGreeting()
}

func appendMsg(t *testing.T, c *imapclient.Client, msg string) {
	t.Helper()
	cmd := c.Append("INBOX", int64(len(msg)), nil)
	if _, err := cmd.Write([]byte(msg)); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		t.Fatalf("append: %v", err)
	}
}

func countMessageID(t *testing.T, c *imapclient.Client, id string) int {
	t.Helper()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	data, err := c.UIDSearch(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}}, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return len(data.AllUIDs())
}
