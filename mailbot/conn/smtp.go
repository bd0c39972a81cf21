package conn

import (
	"context"
	"fmt"

	"github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"mailbot/mailbot/config"
)

// SMTPClient returns a go-mail client per mb.SMTP; see [Dialer.SMTPClient].
func SMTPClient(ctx context.Context, cfg *config.Config, mb *config.Mailbox) (*mail.Client, error) {
	return (&Dialer{Tokens: TokensFor(cfg)}).SMTPClient(ctx, cfg, mb)
}

// SMTPClient returns a go-mail client configured per mb.SMTP. It does no
// network I/O except, for auth = "xoauth2", fetching a token (so the caller
// should dial soon after; a client kept for longer than the token's life
// fails to authenticate and must be made anew). The caller dials with
// DialAndSendWithContext, or DialWithContext + Send + Close.
//
// TLS: "implicit" is TLS from the first byte (port 465 style); "starttls"
// requires STARTTLS (a server without it is an error, never clear text);
// "none" never encrypts. Certificates are verified against mb.SMTP.Host
// unless insecure_skip_verify.
//
// Auth: none when username and password are both unset (a local relay);
// otherwise "plain" (AUTH PLAIN), "login" (AUTH LOGIN) or "xoauth2" (AUTH
// XOAUTH2 with a fresh token from d.Tokens; username, or mb.Address). With
// tls = "none", PLAIN and LOGIN are sent in clear text because the config
// asked for it. mb.SMTP.Timeout (default 30s) bounds each connection's
// dial and commands.
func (d *Dialer) SMTPClient(ctx context.Context, cfg *config.Config, mb *config.Mailbox) (*mail.Client, error) {
	s := &mb.SMTP
	opts := []mail.Option{
		mail.WithPort(s.Port),
		mail.WithTimeout(timeout(s)),
		mail.WithTLSConfig(tlsConfig(nil, s, d.RootCAs)),
	}
	mode := tlsMode(s)
	switch mode {
	case TLSImplicit:
		opts = append(opts, mail.WithSSL())
	case TLSStartTLS:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	case TLSNone:
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	default:
		return nil, fmt.Errorf("smtp %s:%d: unknown tls mode %q (implicit, starttls or none)", s.Host, s.Port, s.TLS)
	}

	user := s.Username
	switch authMode(s) {
	case AuthXOAUTH2:
		if user == "" {
			user = mb.Address
		}
		tokens := d.Tokens
		if tokens == nil {
			tokens = TokensFor(cfg)
		}
		tok, err := tokens.Token(ctx, mb)
		if err != nil {
			return nil, fmt.Errorf("smtp %s:%d: %w", s.Host, s.Port, err)
		}
		opts = append(opts, mail.WithSMTPAuthCustom(&smtpXOAUTH2{user: user, token: tok.AccessToken}))
	case AuthPlain, AuthLogin:
		if s.Username == "" && s.PasswordEnv == "" && s.PasswordFile == "" {
			break // local relay: no AUTH
		}
		pass, err := password(cfg, s)
		if err != nil {
			return nil, fmt.Errorf("smtp %s:%d: mailbox %s: %w", s.Host, s.Port, mb.ID, err)
		}
		if user == "" && pass == "" {
			break
		}
		var at mail.SMTPAuthType
		switch {
		case authMode(s) == AuthPlain && mode == TLSNone:
			at = mail.SMTPAuthPlainNoEnc
		case authMode(s) == AuthPlain:
			at = mail.SMTPAuthPlain
		case mode == TLSNone:
			at = mail.SMTPAuthLoginNoEnc
		default:
			at = mail.SMTPAuthLogin
		}
		opts = append(opts, mail.WithSMTPAuth(at), mail.WithUsername(user), mail.WithPassword(pass))
	default:
		return nil, fmt.Errorf("smtp %s:%d: unknown auth %q (plain, login or xoauth2)", s.Host, s.Port, s.Auth)
	}

	c, err := mail.NewClient(s.Host, opts...)
	if err != nil {
		return nil, fmt.Errorf("smtp %s:%d: %w", s.Host, s.Port, err)
	}
	return c, nil
}

// smtpXOAUTH2 is go-mail's XOAUTH2 (same initial response) except that a
// server challenge, which carries the reason a token was rejected
// ({"status":"401",...}), ends the exchange with an error quoting it, so the
// log and Explain see why instead of a bare 535.
type smtpXOAUTH2 struct {
	user, token string
}

func (a *smtpXOAUTH2) Start(_ *smtp.ServerInfo) (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

func (a *smtpXOAUTH2) Next(challenge []byte, more bool) ([]byte, error) {
	if more {
		return nil, fmt.Errorf("xoauth2: server rejected the token: %s", challenge)
	}
	return nil, nil
}
