package conn

import (
	"context"
	"errors"
	"fmt"
	"net/textproto"
	"strings"
	"syscall"
	"testing"

	"github.com/emersion/go-imap/v2"
)

// Texts as the servers send them (Exchange Online, Entra ID, Dovecot).
func TestExplainKnownFailures(t *testing.T) {
	cases := []struct {
		err       error
		want      string
		config    bool
		transient bool
	}{
		{fmt.Errorf("select INBOX: %w", &imap.Error{Type: imap.StatusResponseTypeNo, Text: "User is authenticated but not connected."}),
			"Add-MailboxPermission", true, false},
		{fmt.Errorf("dial failed: SMTP AUTH failed: %w", &textproto.Error{Code: 535, Msg: "5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."}),
			"SMTP AUTH is disabled", true, false},
		{errors.New(`oauth2: "invalid_client" "AADSTS7000222: The provided client secret keys for app '1' are expired."`),
			"client secret has expired", true, false},
		{errors.New(`oauth2: "invalid_request" "AADSTS90002: Tenant 'x' not found."`), "tenant is wrong", true, false},
		{errors.New(`oauth2: "invalid_client" "AADSTS7000215: Invalid client secret provided."`), "client secret is wrong", true, false},
		{fmt.Errorf("fetch: %w", &imap.Error{Type: imap.StatusResponseTypeBye, Text: "Session invalidated - AccessTokenExpired"}),
			"reconnects with a fresh token", false, true},
		{fmt.Errorf("imap x: login: %w", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed, Text: "Authentication failed."}),
			"rejected the user name or password", true, false},
		{fmt.Errorf("connect: %w", syscall.ECONNREFUSED), "connection refused", true, true},
		{fmt.Errorf("imap x: %w", context.DeadlineExceeded), "no answer in time", false, true},
		{fmt.Errorf("send: %w", &textproto.Error{Code: 550, Msg: "5.7.60 SMTP; Client does not have permissions to send as this sender"}),
			"Add-RecipientPermission", true, false},
		{fmt.Errorf("rcpt: %w", &textproto.Error{Code: 452, Msg: "4.5.3 Too many recipients"}), "4.5.3 Too many recipients", false, true},
	}
	for _, tc := range cases {
		got := Explain(tc.err)
		if !strings.Contains(got, tc.want) {
			t.Errorf("Explain(%v) = %q, want %q in it", tc.err, got, tc.want)
		}
		if c := IsConfigError(tc.err); c != tc.config {
			t.Errorf("IsConfigError(%v) = %v", tc.err, c)
		}
		if tr := IsTransient(tc.err); tr != tc.transient {
			t.Errorf("IsTransient(%v) = %v", tc.err, tr)
		}
	}
	if Explain(nil) != "" || IsTransient(nil) || IsConfigError(nil) {
		t.Error("nil error explained")
	}
	if IsTransient(context.Canceled) {
		t.Error("a cancelled context is not worth retrying")
	}
}
