package conn

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/wneessen/go-mail"

	"mailbot/mailbot/config"
)

var smtpErr535 = smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication unsuccessful"}

// sendOne sends a small mail from mb to itself with body.
func sendOne(t *testing.T, d *Dialer, cfg *config.Config, mb *config.Mailbox, body string) error {
	t.Helper()
	m := mail.NewMsg()
	if err := m.From(mb.Address); err != nil {
		t.Fatal(err)
	}
	if err := m.To("kontakt@koege.dk"); err != nil {
		t.Fatal(err)
	}
	m.Subject("Kvittering")
	m.SetBodyString(mail.TypeTextPlain, body)
	c, err := d.SMTPClient(context.Background(), cfg, mb)
	if err != nil {
		return err
	}
	return c.DialAndSendWithContext(context.Background(), m)
}

func TestSMTPClientModes(t *testing.T) {
	cert, roots := testCert(t, time.Now().Add(time.Hour))
	passwordAuth := func(mech, user, secret string) error {
		if user != testUser || secret != testPass {
			return &smtpErr535
		}
		return nil
	}
	cases := []struct {
		name, tls, auth string
		noCreds         bool
	}{
		{"implicit/plain", TLSImplicit, AuthPlain, false},
		{"starttls/plain", TLSStartTLS, AuthPlain, false},
		{"starttls/login", TLSStartTLS, AuthLogin, false},
		{"none/plain", TLSNone, AuthPlain, false},
		{"none/login", TLSNone, AuthLogin, false},
		{"none/relay without auth", TLSNone, AuthPlain, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := &testSMTP{auth: passwordAuth}
			if tc.noCreds {
				srv.auth = nil
			}
			sink := startSMTP(t, tc.tls, cert, srv)
			cfg, mb := testMailbox(t, TLSNone, 1, tc.tls, sink.port)
			mb.SMTP.Auth = tc.auth
			if tc.noCreds {
				mb.SMTP.Username, mb.SMTP.PasswordEnv = "", ""
			}
			d := &Dialer{Tokens: NewTokens(cfg), RootCAs: roots}
			if err := sendOne(t, d, cfg, mb, "body "+tc.name); err != nil {
				t.Fatalf("send: %v (%s)", err, Explain(err))
			}
			got := sink.Received()
			if len(got) != 1 || !strings.Contains(got[0], "posk@greve.dk -> kontakt@koege.dk") || !strings.Contains(got[0], "body "+tc.name) {
				t.Fatalf("sink got %q", got)
			}
		})
	}
}

func TestSMTPFailures(t *testing.T) {
	cert, roots := testCert(t, time.Now().Add(time.Hour))

	t.Run("535 5.7.139", func(t *testing.T) {
		sink := startSMTP(t, TLSStartTLS, cert, &testSMTP{auth: func(string, string, string) error {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 139},
				Message: "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."}
		}})
		cfg, mb := testMailbox(t, TLSNone, 1, TLSStartTLS, sink.port)
		err := sendOne(t, &Dialer{RootCAs: roots}, cfg, mb, "x")
		if got := Explain(err); err == nil || !strings.Contains(got, "SMTP AUTH is disabled") || !strings.Contains(got, "Set-CASMailbox") {
			t.Errorf("err %v, Explain %q", err, got)
		}
		if IsTransient(err) || !IsConfigError(err) {
			t.Errorf("5.7.139: transient=%v config=%v", IsTransient(err), IsConfigError(err))
		}
	})

	t.Run("wrong password", func(t *testing.T) {
		sink := startSMTP(t, TLSStartTLS, cert, &testSMTP{auth: func(string, string, string) error { return &smtpErr535 }})
		cfg, mb := testMailbox(t, TLSNone, 1, TLSStartTLS, sink.port)
		err := sendOne(t, &Dialer{RootCAs: roots}, cfg, mb, "x")
		if got := Explain(err); err == nil || !strings.Contains(got, "SMTP server rejected the login") {
			t.Errorf("err %v, Explain %q", err, got)
		}
	})

	t.Run("starttls required but missing", func(t *testing.T) {
		sink := startSMTP(t, TLSNone, cert, &testSMTP{})
		cfg, mb := testMailbox(t, TLSNone, 1, TLSStartTLS, sink.port)
		mb.SMTP.Username, mb.SMTP.PasswordEnv = "", ""
		err := sendOne(t, &Dialer{RootCAs: roots}, cfg, mb, "x")
		if got := Explain(err); err == nil || !strings.Contains(got, "does not offer STARTTLS") {
			t.Errorf("err %v, Explain %q", err, got)
		}
	})

	t.Run("temporary recipient failure", func(t *testing.T) {
		sink := startSMTP(t, TLSNone, cert, &testSMTP{rcptErr: &smtp.SMTPError{Code: 451,
			EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "Try again later"}})
		cfg, mb := testMailbox(t, TLSNone, 1, TLSNone, sink.port)
		mb.SMTP.Username, mb.SMTP.PasswordEnv = "", ""
		err := sendOne(t, &Dialer{}, cfg, mb, "x")
		if err == nil || !IsTransient(err) {
			t.Errorf("451 on RCPT: err %v transient %v", err, IsTransient(err))
		}
	})

	t.Run("permanent recipient failure", func(t *testing.T) {
		sink := startSMTP(t, TLSNone, cert, &testSMTP{rcptErr: &smtp.SMTPError{Code: 550,
			EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such user"}})
		cfg, mb := testMailbox(t, TLSNone, 1, TLSNone, sink.port)
		mb.SMTP.Username, mb.SMTP.PasswordEnv = "", ""
		err := sendOne(t, &Dialer{}, cfg, mb, "x")
		if err == nil || IsTransient(err) || IsConfigError(err) {
			t.Errorf("550 on RCPT: err %v transient %v config %v", err, IsTransient(err), IsConfigError(err))
		}
	})
}
