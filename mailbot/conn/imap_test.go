package conn

import (
	"bytes"
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// lockedBuffer collects a wire trace written by the client's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestDialIMAPModes(t *testing.T) {
	cert, roots := testCert(t, time.Now().Add(365*24*time.Hour))
	cases := []struct {
		name, tls, auth string
		mechs           []string
		wantCmd         string // command the wire trace must show
	}{
		{"implicit/plain", TLSImplicit, AuthPlain, nil, "AUTHENTICATE PLAIN"},
		{"starttls/plain", TLSStartTLS, AuthPlain, nil, "AUTHENTICATE PLAIN"},
		{"none/plain", TLSNone, AuthPlain, nil, "AUTHENTICATE PLAIN"},
		{"implicit/login", TLSImplicit, AuthLogin, nil, `LOGIN "` + testUser + `"`},
		{"starttls/login", TLSStartTLS, AuthLogin, nil, `LOGIN "` + testUser + `"`},
		{"none/login", TLSNone, AuthLogin, nil, `LOGIN "` + testUser + `"`},
		// No AUTH=PLAIN offered: plain falls back to LOGIN.
		{"implicit/plain-without-AUTH=PLAIN", TLSImplicit, AuthPlain, []string{"XOAUTH2"}, `LOGIN "` + testUser + `"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := startIMAP(t, imapOpts{tls: tc.tls, cert: cert, mechs: tc.mechs})
			cfg, mb := testMailbox(t, tc.tls, srv.port, TLSNone, 1)
			mb.IMAP.Auth = tc.auth
			var wire lockedBuffer
			d := &Dialer{Tokens: NewTokens(cfg), RootCAs: roots}
			c, err := d.DialIMAP(context.Background(), cfg, mb, &imapclient.Options{DebugWriter: &wire})
			if err != nil {
				t.Fatalf("DialIMAP: %v\nexplained: %s", err, Explain(err))
			}
			defer c.Close()
			if st := c.State(); st != imap.ConnStateAuthenticated {
				t.Fatalf("state %v, want authenticated", st)
			}
			if _, err := c.Select("INBOX", nil).Wait(); err != nil {
				t.Fatalf("select INBOX after login: %v", err)
			}
			trace := wire.String()
			if !strings.Contains(trace, tc.wantCmd) {
				t.Errorf("wire trace lacks %q:\n%s", tc.wantCmd, trace)
			}
		})
	}
}

func TestDialIMAPFailures(t *testing.T) {
	cert, roots := testCert(t, time.Now().Add(365*24*time.Hour))

	t.Run("wrong password", func(t *testing.T) {
		srv := startIMAP(t, imapOpts{tls: TLSImplicit, cert: cert})
		cfg, mb := testMailbox(t, TLSImplicit, srv.port, TLSNone, 1)
		t.Setenv(testPWEnv, "wrong")
		_, err := (&Dialer{RootCAs: roots}).DialIMAP(context.Background(), cfg, mb, nil)
		if err == nil {
			t.Fatal("login with a wrong password succeeded")
		}
		if got := Explain(err); !strings.Contains(got, "rejected the user name or password") {
			t.Errorf("Explain(%v) = %q", err, got)
		}
		if !IsConfigError(err) || IsTransient(err) {
			t.Errorf("wrong password: config=%v transient=%v, want true/false", IsConfigError(err), IsTransient(err))
		}
	})

	t.Run("self-signed with verification", func(t *testing.T) {
		srv := startIMAP(t, imapOpts{tls: TLSImplicit, cert: cert})
		cfg, mb := testMailbox(t, TLSImplicit, srv.port, TLSNone, 1)
		_, err := DialIMAP(context.Background(), cfg, mb, nil)
		if err == nil {
			t.Fatal("self-signed certificate accepted with verification on")
		}
		if got := Explain(err); !strings.Contains(got, "self-signed") || !strings.Contains(got, "insecure_skip_verify") {
			t.Errorf("Explain(%v) = %q", err, got)
		}
		mb.IMAP.InsecureSkipVerify = true
		c, err := DialIMAP(context.Background(), cfg, mb, nil)
		if err != nil {
			t.Fatalf("insecure_skip_verify: %v", err)
		}
		c.Close()
	})

	t.Run("starttls self-signed", func(t *testing.T) {
		srv := startIMAP(t, imapOpts{tls: TLSStartTLS, cert: cert})
		cfg, mb := testMailbox(t, TLSStartTLS, srv.port, TLSNone, 1)
		_, err := DialIMAP(context.Background(), cfg, mb, nil)
		if got := Explain(err); err == nil || !strings.Contains(got, "self-signed") {
			t.Errorf("starttls with unknown CA: err %v, Explain %q", err, got)
		}
	})

	t.Run("implicit TLS against a plain port", func(t *testing.T) {
		srv := startIMAP(t, imapOpts{tls: TLSNone, cert: cert})
		cfg, mb := testMailbox(t, TLSImplicit, srv.port, TLSNone, 1)
		_, err := DialIMAP(context.Background(), cfg, mb, nil)
		if got := Explain(err); err == nil || !strings.Contains(got, "plain text on this port") {
			t.Errorf("implicit against plain: err %v, Explain %q", err, got)
		}
	})

	t.Run("refused", func(t *testing.T) {
		port := closedPort(t)
		cfg, mb := testMailbox(t, TLSImplicit, port, TLSNone, 1)
		_, err := DialIMAP(context.Background(), cfg, mb, nil)
		if got := Explain(err); err == nil || !strings.Contains(got, "connection refused") {
			t.Errorf("closed port: err %v, Explain %q", err, got)
		}
		if !IsTransient(err) {
			t.Errorf("refused connection should be retried")
		}
	})

	t.Run("silent server honours ctx", func(t *testing.T) {
		// Accepts and never greets.
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		go func() {
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				defer c.Close()
			}
		}()
		cfg, mb := testMailbox(t, TLSNone, l.Addr().(*net.TCPAddr).Port, TLSNone, 1)
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		start := time.Now()
		_, err = DialIMAP(ctx, cfg, mb, nil)
		took := time.Since(start)
		if err == nil {
			t.Fatal("dial to a silent server succeeded")
		}
		if took > 2*time.Second {
			t.Errorf("DialIMAP took %v after a 300ms context", took)
		}
		if got := Explain(err); !strings.Contains(got, "no answer in time") {
			t.Errorf("Explain(%v) = %q", err, got)
		}
		// The mailbox's own timeout bounds it too.
		mb.IMAP.Timeout.Duration = 200 * time.Millisecond
		start = time.Now()
		_, err = DialIMAP(context.Background(), cfg, mb, nil)
		if err == nil || time.Since(start) > 2*time.Second {
			t.Errorf("timeout 200ms: err %v after %v", err, time.Since(start))
		}
	})

	t.Run("missing password env", func(t *testing.T) {
		cfg, mb := testMailbox(t, TLSNone, 1, TLSNone, 1)
		mb.IMAP.PasswordEnv = "MAILBOT_CONN_TEST_UNSET"
		_, err := DialIMAP(context.Background(), cfg, mb, nil)
		if err == nil || !strings.Contains(err.Error(), "MAILBOT_CONN_TEST_UNSET") {
			t.Errorf("unset password variable: %v", err)
		}
	})
}

// closedPort returns a loopback port nobody listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}
