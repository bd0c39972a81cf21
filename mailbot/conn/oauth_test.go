package conn

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"mailbot/mailbot/config"
	"mailbot/mailbot/conn/oauthtest"
)

const (
	testTenant   = "greve.onmicrosoft.com"
	testClientID = "11111111-2222-3333-4444-555555555555"
	testSecret   = "s3cr3t~value"
	testSecEnv   = "MAILBOT_CONN_TEST_CLIENT_SECRET"
)

// oauthMailbox points mb at the oauthtest server with auth = xoauth2.
func oauthMailbox(t *testing.T, mb *config.Mailbox, as *oauthtest.Server) {
	t.Helper()
	t.Setenv(testSecEnv, testSecret)
	mb.IMAP.Auth = AuthXOAUTH2
	mb.SMTP.Auth = AuthXOAUTH2
	mb.OAuth2 = config.OAuth2{Tenant: testTenant, ClientID: testClientID, ClientSecretEnv: testSecEnv,
		TokenURL: as.TokenURL()}
}

func startAS(t *testing.T, lifetime time.Duration, clients ...oauthtest.Client) *oauthtest.Server {
	t.Helper()
	if clients == nil {
		clients = []oauthtest.Client{{ID: testClientID, Secret: testSecret, Mailbox: testUser}}
	}
	as := oauthtest.Start(testTenant, DefaultScope, lifetime, clients...)
	t.Cleanup(as.Close)
	return as
}

func TestTokensCacheAndRenew(t *testing.T) {
	as := startAS(t, 2*time.Second)
	cfg, mb := testMailbox(t, TLSNone, 1, TLSNone, 1)
	oauthMailbox(t, mb, as)
	tokens := NewTokens(cfg)
	var seen []time.Time
	tokens.OnToken = func(id string, exp time.Time) {
		if id != "posk" {
			t.Errorf("OnToken mailbox %q", id)
		}
		seen = append(seen, exp)
	}
	ctx := context.Background()

	t1, err := tokens.Token(ctx, mb)
	if err != nil {
		t.Fatal(err)
	}
	t2, err := tokens.Token(ctx, mb)
	if err != nil {
		t.Fatal(err)
	}
	if t1.AccessToken != t2.AccessToken || as.Issued() != 1 {
		t.Fatalf("second Token call fetched again (issued %d)", as.Issued())
	}
	if exp := tokens.Expiry("posk"); !exp.Equal(t1.Expiry) || time.Until(exp) > 2*time.Second {
		t.Fatalf("Expiry %v, token expiry %v", exp, t1.Expiry)
	}
	// Past half the 2s lifetime the cache renews (RenewEarly is capped at
	// half the lifetime for short-lived tokens).
	time.Sleep(1100 * time.Millisecond)
	t3, err := tokens.Token(ctx, mb)
	if err != nil {
		t.Fatal(err)
	}
	if t3.AccessToken == t1.AccessToken || as.Issued() != 2 {
		t.Fatalf("token not renewed before expiry (issued %d)", as.Issued())
	}
	if _, ok := as.Valid(t3.AccessToken); !ok {
		t.Fatal("renewed token is not valid at the server")
	}
	if len(seen) != 2 {
		t.Fatalf("OnToken called %d times, want 2", len(seen))
	}
	tokens.Invalidate("posk")
	if _, err := tokens.Token(ctx, mb); err != nil || as.Issued() != 3 {
		t.Fatalf("after Invalidate: err %v issued %d", err, as.Issued())
	}
}

func TestTokensConcurrentFetchOnce(t *testing.T) {
	as := startAS(t, time.Hour)
	cfg, mb := testMailbox(t, TLSNone, 1, TLSNone, 1)
	oauthMailbox(t, mb, as)
	tokens := NewTokens(cfg)
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := tokens.Token(context.Background(), mb); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if as.Issued() != 1 {
		t.Fatalf("10 concurrent callers fetched %d tokens, want 1", as.Issued())
	}
}

func TestTokenErrorsExplained(t *testing.T) {
	cases := []struct {
		name   string
		client oauthtest.Client
		tenant string
		secret string
		want   string
	}{
		{"wrong secret", oauthtest.Client{ID: testClientID, Secret: testSecret}, testTenant, "nope", "client secret is wrong"},
		{"expired secret", oauthtest.Client{ID: testClientID, Secret: testSecret, SecretExpired: true}, testTenant, testSecret, "client secret has expired"},
		{"wrong tenant", oauthtest.Client{ID: testClientID, Secret: testSecret}, "contoso.onmicrosoft.com", testSecret, "tenant is wrong"},
		{"unknown app", oauthtest.Client{ID: "other", Secret: testSecret}, testTenant, testSecret, "no app with this client_id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			as := startAS(t, time.Hour, tc.client)
			cfg, mb := testMailbox(t, TLSNone, 1, TLSNone, 1)
			oauthMailbox(t, mb, as)
			mb.OAuth2.Tenant = tc.tenant
			t.Setenv(testSecEnv, tc.secret)
			_, err := NewTokens(cfg).Token(context.Background(), mb)
			if err == nil {
				t.Fatal("token fetched")
			}
			if got := Explain(err); !strings.Contains(got, tc.want) {
				t.Errorf("Explain(%v) = %q, want it to say %q", err, got, tc.want)
			}
			if !IsConfigError(err) || IsTransient(err) {
				t.Errorf("config=%v transient=%v, want true/false", IsConfigError(err), IsTransient(err))
			}
		})
	}
}

func TestDialIMAPXOAUTH2InProcess(t *testing.T) {
	cert, roots := testCert(t, time.Now().Add(time.Hour))
	as := startAS(t, 2*time.Second)
	srv := startIMAP(t, imapOpts{tls: TLSImplicit, cert: cert, oauth: as})
	cfg, mb := testMailbox(t, TLSImplicit, srv.port, TLSNone, 1)
	oauthMailbox(t, mb, as)
	d := &Dialer{Tokens: NewTokens(cfg), RootCAs: roots}

	var wire lockedBuffer
	c, err := d.DialIMAP(context.Background(), cfg, mb, &imapclient.Options{DebugWriter: &wire})
	if err != nil {
		t.Fatalf("xoauth2 login: %v (%s)", err, Explain(err))
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	c.Close()
	if !strings.Contains(wire.String(), "AUTHENTICATE XOAUTH2 ") {
		t.Errorf("no AUTHENTICATE XOAUTH2 with initial response on the wire:\n%s", wire.String())
	}

	// After the token's life the next connection logs in with a new one.
	time.Sleep(2100 * time.Millisecond)
	c, err = d.DialIMAP(context.Background(), cfg, mb, nil)
	if err != nil {
		t.Fatalf("login after expiry: %v", err)
	}
	c.Close()
	if as.Issued() != 2 {
		t.Fatalf("issued %d tokens, want 2", as.Issued())
	}

	// A token for another mailbox (no FullAccess here) is rejected with
	// the JSON challenge, and Explain says what to grant.
	mb.IMAP.Username = "ern@viborg.dk"
	_, err = d.DialIMAP(context.Background(), cfg, mb, nil)
	if err == nil {
		t.Fatal("token accepted for a mailbox it does not grant")
	}
	if !strings.Contains(err.Error(), `"status":"401"`) {
		t.Errorf("error lacks the server's challenge: %v", err)
	}
	if got := Explain(err); !strings.Contains(got, "rejected the OAuth2 token") {
		t.Errorf("Explain(%v) = %q", err, got)
	}
}

func TestSMTPXOAUTH2(t *testing.T) {
	cert, roots := testCert(t, time.Now().Add(time.Hour))
	as := startAS(t, time.Hour)
	sink := startSMTP(t, TLSStartTLS, cert, &testSMTP{auth: func(mech, user, secret string) error {
		if mech != "XOAUTH2" {
			return &smtpErr535
		}
		if mb, ok := as.Valid(secret); !ok || mb != user {
			return &smtpErr535
		}
		return nil
	}})
	cfg, mb := testMailbox(t, TLSNone, 1, TLSStartTLS, sink.port)
	oauthMailbox(t, mb, as)
	d := &Dialer{Tokens: NewTokens(cfg), RootCAs: roots}

	if err := sendOne(t, d, cfg, mb, "ack 1"); err != nil {
		t.Fatalf("send with xoauth2: %v (%s)", err, Explain(err))
	}
	if got := sink.Received(); len(got) != 1 || !strings.Contains(got[0], "ack 1") {
		t.Fatalf("sink got %q", got)
	}

	// A token the server rejects: a 535 that Explain names.
	mb.SMTP.Username = "ern@viborg.dk"
	err := sendOne(t, d, cfg, mb, "ack 2")
	if err == nil {
		t.Fatal("rejected token sent mail")
	}
	if got := Explain(err); !strings.Contains(got, "rejected the OAuth2 token") {
		t.Errorf("Explain(%v) = %q", err, got)
	}
	if IsTransient(err) {
		t.Errorf("auth failure reported transient")
	}
}
