package conn

import (
	"context"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/textproto"
	"strings"
	"syscall"

	"github.com/emersion/go-imap/v2"
	"github.com/wneessen/go-mail"
	"golang.org/x/oauth2"
)

// explanation is one known failure: match reports whether err (or its text)
// is that failure; words say what it means and what to do.
type explanation struct {
	match  func(err error, text string) bool
	words  string
	config bool // the mailbox's setup is wrong, not the message
}

func contains(subs ...string) func(error, string) bool {
	return func(_ error, text string) bool {
		for _, s := range subs {
			if strings.Contains(text, strings.ToLower(s)) {
				return true
			}
		}
		return false
	}
}

// explanations, most specific first.
var explanations = []explanation{
	{match: contains("User is authenticated but not connected"), config: true,
		words: "Exchange Online accepted the app's token, but the app has no access to this mailbox: " +
			"give the app's service principal FullAccess with Add-MailboxPermission -Identity <mailbox> " +
			"-User <service principal id> -AccessRights FullAccess (docs/exchange-online.md)"},
	{match: contains("5.7.139"), config: true,
		words: "the SMTP server refuses logins for this mailbox: SMTP AUTH is disabled for the mailbox or the " +
			"whole tenant (535 5.7.139); enable it with Set-CASMailbox -Identity <mailbox> " +
			"-SmtpClientAuthenticationDisabled $false (and check Get-TransportConfig)"},
	{match: contains("AADSTS7000222"), config: true,
		words: "the app's client secret has expired (AADSTS7000222): create a new secret under the app " +
			"registration's Certificates & secrets and put its Value in the client_secret_env variable or file"},
	{match: contains("AADSTS7000215"), config: true,
		words: "the client secret is wrong (AADSTS7000215): use the secret's Value, not its Secret ID, " +
			"from the app registration's Certificates & secrets"},
	{match: contains("AADSTS700016"), config: true,
		words: "no app with this client_id in the tenant (AADSTS700016): check oauth2.client_id (the " +
			"Application (client) ID) and oauth2.tenant"},
	{match: contains("AADSTS90002", "AADSTS900023", "AADSTS90013"), config: true,
		words: "the tenant is wrong or unknown (AADSTS90002): set oauth2.tenant to the Directory (tenant) ID " +
			"or the tenant's domain, e.g. contoso.onmicrosoft.com"},
	{match: contains("AADSTS1002012", "AADSTS70011", "invalid_scope"), config: true,
		words: "the token request's scope is invalid: use scopes = [\"https://outlook.office365.com/.default\"]"},
	{match: contains("AADSTS7000218", "invalid_client"), config: true,
		words: "the token endpoint rejected the app's credentials (invalid_client): check oauth2.client_id " +
			"and the client secret"},
	{match: contains("AccessTokenExpired"),
		words: "the server ended the session because its access token expired; mailbot reconnects with a " +
			"fresh token by itself, nothing to do unless this repeats every few seconds"},
	{match: contains("5.7.60", "SendAsDenied", "send as this sender"), config: true,
		words: "the mailbox may not send as this From address: grant Send As with Add-RecipientPermission " +
			"-Identity <mailbox> -Trustee <service principal id> -AccessRights SendAs, or send from the mailbox's own address"},
	{match: contains("5.7.57"), config: true,
		words: "the SMTP server wants a login before sending: set username and password (or auth = \"xoauth2\") " +
			"under [mailbox.smtp]"},
	{match: func(err error, text string) bool {
		var ua x509.UnknownAuthorityError
		return errors.As(err, &ua) || strings.Contains(text, "certificate signed by unknown authority")
	}, config: true,
		words: "the server's certificate is not signed by a known authority (self-signed?): install a certificate " +
			"from a real CA on the server, or for a test server only set insecure_skip_verify = true"},
	{match: func(err error, text string) bool {
		var he x509.HostnameError
		return errors.As(err, &he) || strings.Contains(text, "certificate is valid for")
	}, config: true,
		words: "the server's certificate is for another host name: set host to the name on the certificate, " +
			"or fix the certificate"},
	{match: func(err error, text string) bool {
		var ce x509.CertificateInvalidError
		return (errors.As(err, &ce) && ce.Reason == x509.Expired) || strings.Contains(text, "certificate has expired")
	}, config: true,
		words: "the server's certificate has expired (or this machine's clock is wrong): renew the certificate"},
	{match: contains("first record does not look like a tls handshake"), config: true,
		words: "the server speaks plain text on this port, not TLS: use tls = \"starttls\" (IMAP 143, SMTP 587) " +
			"or the implicit-TLS port (IMAP 993, SMTP 465)"},
	{match: contains("does not support starttls", "target host does not support starttls"), config: true,
		words: "the server does not offer STARTTLS on this port: use tls = \"implicit\" if it is a TLS port, " +
			"or check host and port"},
	{match: contains("LOGINDISABLED"), config: true,
		words: "the server refuses passwords on an unencrypted connection: use tls = \"starttls\" or \"implicit\""},
	{match: func(err error, text string) bool {
		var de *net.DNSError
		return errors.As(err, &de) && (de.IsNotFound || strings.Contains(text, "no such host"))
	}, config: true,
		words: "the host name does not resolve (DNS): check host for typos"},
	{match: func(err error, text string) bool {
		return errors.Is(err, syscall.ECONNREFUSED) || strings.Contains(text, "connection refused")
	}, config: true,
		words: "connection refused: nothing listens on this host and port; check host and port (IMAP 993/143, " +
			"SMTP 587/465) or whether the server is down"},
	{match: func(err error, text string) bool {
		return errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) ||
			strings.Contains(text, "no route to host") || strings.Contains(text, "network is unreachable")
	},
		words: "the host cannot be reached (no route): check the network, firewall and host"},
	{match: func(err error, text string) bool {
		var ne net.Error
		return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) ||
			strings.Contains(text, "timed out") || strings.Contains(text, "i/o timeout")
	},
		words: "no answer in time: a firewall may drop the connection, the port may be wrong, or the server is " +
			"overloaded; check host and port, or raise timeout"},
	{match: func(err error, text string) bool {
		return strings.Contains(text, "xoauth2") && (strings.Contains(text, "authenticationfailed") ||
			strings.Contains(text, "\"status\":\"401\"") || strings.Contains(text, "535"))
	}, config: true,
		words: "the server rejected the OAuth2 token: the app needs the IMAP.AccessAsApp / SMTP.SendAsApp " +
			"application permission with admin consent, a service principal (New-ServicePrincipal) and " +
			"FullAccess on the mailbox; check oauth2.scopes and the user name (the mailbox address)"},
	{match: func(err error, text string) bool {
		var ie *imap.Error
		return (errors.As(err, &ie) && ie.Code == imap.ResponseCodeAuthenticationFailed) ||
			strings.Contains(text, "[authenticationfailed]")
	}, config: true,
		words: "the IMAP server rejected the user name or password: check username and the password in " +
			"password_env / password_file"},
	{match: func(err error, text string) bool {
		var te *textproto.Error
		return (errors.As(err, &te) && te.Code == 535) || strings.Contains(text, "535 ")
	}, config: true,
		words: "the SMTP server rejected the login (535): check username and the password in password_env / " +
			"password_file (with auth = \"xoauth2\": the app's SMTP.SendAsApp permission and the mailbox's FullAccess)"},
	{match: contains("server does not support smtp auth"), config: true,
		words: "the SMTP server offers no AUTH here: for a local relay leave username and password unset; " +
			"otherwise the server wants TLS first (tls = \"starttls\") or this is the wrong port"},
	{match: contains("[nonexistent]", "mailbox doesn't exist", "no such mailbox", "mailbox does not exist"), config: true,
		words: "the folder does not exist on the server: check the folder name (Exchange in Danish: " +
			"\"Slettet post\", \"Sendt post\"), or create it"},
}

// Explain returns what err means in plain words and what to do about it,
// for the failures mailbot knows (Exchange Online and Entra ID errors,
// certificates, refused or silent ports, wrong passwords, expired tokens).
// For anything else it returns err's own text; for nil, "".
func Explain(err error) string {
	if err == nil {
		return ""
	}
	text := strings.ToLower(err.Error())
	for _, e := range explanations {
		if e.match(err, text) {
			return e.words
		}
	}
	return err.Error()
}

// IsConfigError reports whether err says the mailbox's setup is wrong
// (credentials, permissions, certificate, host or port) rather than
// anything about one message: the daemon should keep the message queued,
// retry slowly and tell the operator (Explain), not mark it failed.
func IsConfigError(err error) bool {
	if err == nil {
		return false
	}
	text := strings.ToLower(err.Error())
	for _, e := range explanations {
		if e.match(err, text) {
			return e.config
		}
	}
	return false
}

// IsTransient reports whether a dial or send error is worth retrying soon:
// network failures, timeouts, a session ended by the server, SMTP 4xx
// replies, token endpoint 5xx. SMTP 5xx replies are not transient. A config
// problem (IsConfigError, e.g. 535 5.7.139 or a refused connection) is not
// transient either, though refused connections are reported by both: the
// server may be down for a moment or the port may be wrong; retry slowly.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var se *mail.SendError
	if errors.As(err, &se) {
		if se.IsTemp() {
			return true
		}
		if c := se.ErrorCode(); c >= 500 {
			return false
		}
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code >= 400 && te.Code < 500
	}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		return re.Response.StatusCode >= 500 || re.Response.StatusCode == 429
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		return ie.Type == imap.StatusResponseTypeBye || ie.Code == imap.ResponseCodeUnavailable ||
			strings.Contains(strings.ToLower(ie.Text), "accesstokenexpired")
	}
	if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, net.ErrClosed) || errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	var de *net.DNSError
	if errors.As(err, &de) {
		return de.IsTemporary || de.IsTimeout
	}
	text := strings.ToLower(err.Error())
	switch {
	case strings.Contains(text, "accesstokenexpired"),
		strings.Contains(text, "connection reset"),
		strings.Contains(text, "broken pipe"),
		strings.Contains(text, "connection closed"):
		return true
	}
	return false
}
