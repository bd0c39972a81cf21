// Package conn dials mailbot's IMAP and SMTP servers: TLS modes (implicit,
// STARTTLS, none) with certificate verification on unless a mailbox sets
// insecure_skip_verify, authentication plain/login/xoauth2 (OAuth2 tokens
// from the client-credentials grant, see Tokens), plain-words explanations
// of known failures (Explain), the transient/permanent split for retries
// (IsTransient) and the checks behind `mailbot doctor` (Doctor).
package conn

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"

	"mailbot/mailbot/config"
)

// DefaultTimeout bounds a dial plus login when the server's timeout is unset.
const DefaultTimeout = 30 * time.Second

// TLS modes of [config.Server].TLS.
const (
	TLSImplicit = "implicit"
	TLSStartTLS = "starttls"
	TLSNone     = "none"
)

// Auth mechanisms of [config.Server].Auth.
const (
	AuthPlain   = "plain"
	AuthLogin   = "login"
	AuthXOAUTH2 = "xoauth2"
)

// Dialer dials with a given token cache. The package-level DialIMAP and
// SMTPClient use TokensFor(cfg).
type Dialer struct {
	Tokens *Tokens
	// RootCAs, if set, replaces the system's roots when verifying server
	// certificates (a private CA; tests).
	RootCAs *x509.CertPool
}

// DialIMAP connects per mb.IMAP and logs in; see [Dialer.DialIMAP].
func DialIMAP(ctx context.Context, cfg *config.Config, mb *config.Mailbox, opts *imapclient.Options) (*imapclient.Client, error) {
	return (&Dialer{Tokens: TokensFor(cfg)}).DialIMAP(ctx, cfg, mb, opts)
}

// DialIMAP connects per mb.IMAP and returns a logged-in client (state
// authenticated), or an error that names the address and the step that
// failed and wraps the cause (Explain turns it into plain words).
//
// TLS: "implicit" handshakes right after connecting, "starttls" upgrades
// before authenticating (a server that refuses STARTTLS is an error, never a
// fallback to clear text), "none" stays in clear text. The certificate is
// verified against mb.IMAP.Host unless mb.IMAP.InsecureSkipVerify.
//
// Auth: "plain" (default) uses AUTHENTICATE PLAIN where the server offers
// AUTH=PLAIN and LOGIN otherwise; "login" always LOGIN; "xoauth2"
// AUTHENTICATE XOAUTH2 with a token from d.Tokens (user = mb.IMAP.Username,
// or mb.Address if that is empty).
//
// opts may carry UnilateralDataHandler and DebugWriter (the latter sees the
// credentials); its TLSConfig, if set, is the base of ours. ctx and
// mb.IMAP.Timeout (default 30s) bound the dial and the login: when either
// ends first, the connection is closed and the error says so. After
// DialIMAP returns, ctx no longer affects the client; the caller closes it.
func (d *Dialer) DialIMAP(ctx context.Context, cfg *config.Config, mb *config.Mailbox, opts *imapclient.Options) (*imapclient.Client, error) {
	s := &mb.IMAP
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	var o imapclient.Options
	if opts != nil {
		o = *opts
	}
	o.TLSConfig = tlsConfig(o.TLSConfig, s, d.RootCAs)

	// The credential first: a missing secret should not cost a connection.
	var auth func(c *imapclient.Client) error
	user := s.Username
	if user == "" {
		user = mb.Address
	}
	switch authMode(s) {
	case AuthXOAUTH2:
		tokens := d.Tokens
		if tokens == nil {
			tokens = TokensFor(cfg)
		}
		tok, err := tokens.Token(ctx, mb)
		if err != nil {
			return nil, fmt.Errorf("imap %s: %w", addr, err)
		}
		auth = func(c *imapclient.Client) error {
			return authenticateXOAUTH2(c, user, tok.AccessToken)
		}
	case AuthLogin:
		pass, err := password(cfg, s)
		if err != nil {
			return nil, fmt.Errorf("imap %s: mailbox %s: %w", addr, mb.ID, err)
		}
		auth = func(c *imapclient.Client) error { return c.Login(user, pass).Wait() }
	case AuthPlain:
		pass, err := password(cfg, s)
		if err != nil {
			return nil, fmt.Errorf("imap %s: mailbox %s: %w", addr, mb.ID, err)
		}
		auth = func(c *imapclient.Client) error {
			caps := c.Caps()
			if caps.Has(imap.AuthCap(sasl.Plain)) {
				return c.Authenticate(sasl.NewPlainClient("", user, pass))
			}
			if caps.Has(imap.CapLoginDisabled) {
				return errors.New("server refuses LOGIN on this connection (LOGINDISABLED) and offers no AUTH=PLAIN: use tls = \"starttls\" or \"implicit\"")
			}
			return c.Login(user, pass).Wait()
		}
	default:
		return nil, fmt.Errorf("imap %s: unknown auth %q (plain, login or xoauth2)", addr, s.Auth)
	}

	dctx, cancel := context.WithTimeout(ctx, timeout(s))
	defer cancel()
	c, err := dialIMAPConn(dctx, addr, s, &o)
	if err != nil {
		return nil, fmt.Errorf("imap %s: %w", addr, ctxErr(dctx, err))
	}
	// go-imap takes no context: closing the connection unblocks it.
	stop := context.AfterFunc(dctx, func() { c.Close() })
	err = c.WaitGreeting()
	if err == nil && c.State() == imap.ConnStateNotAuthenticated {
		if err = auth(c); err != nil {
			err = fmt.Errorf("login as %s (%s): %w", user, authMode(s), err)
		}
	}
	if !stop() {
		c.Close()
		return nil, fmt.Errorf("imap %s: %w", addr, ctxErr(dctx, context.Cause(dctx)))
	}
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("imap %s: %w", addr, err)
	}
	waitAuthenticated(c)
	return c, nil
}

// waitAuthenticated waits (briefly) until the client's own state says
// authenticated. QUIRK: go-imap v2.0.0-beta.8 completes a LOGIN/AUTHENTICATE
// command (Wait returns) before its reader goroutine sets the state, so
// State() right after a successful login may still say not-authenticated
// (seen under -race in TestDialIMAPModes).
func waitAuthenticated(c *imapclient.Client) {
	for range 1000 {
		if c.State() != imap.ConnStateNotAuthenticated {
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// dialIMAPConn connects and sets up TLS per s.TLS; ctx bounds the TCP connect
// and the TLS handshake.
func dialIMAPConn(ctx context.Context, addr string, s *config.Server, o *imapclient.Options) (*imapclient.Client, error) {
	var nd net.Dialer
	raw, err := nd.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	switch tlsMode(s) {
	case TLSImplicit:
		cfg := o.TLSConfig.Clone()
		if cfg.NextProtos == nil {
			cfg.NextProtos = []string{"imap"}
		}
		tc := tls.Client(raw, cfg)
		if err := tc.HandshakeContext(ctx); err != nil {
			raw.Close()
			return nil, fmt.Errorf("tls handshake: %w", err)
		}
		return imapclient.New(tc, o), nil
	case TLSStartTLS:
		stop := context.AfterFunc(ctx, func() { raw.Close() })
		defer stop()
		c, err := imapclient.NewStartTLS(raw, o)
		if err != nil {
			return nil, fmt.Errorf("starttls: %w", err)
		}
		return c, nil
	case TLSNone:
		return imapclient.New(raw, o), nil
	default:
		raw.Close()
		return nil, fmt.Errorf("unknown tls mode %q (implicit, starttls or none)", s.TLS)
	}
}

// tlsConfig returns base (or a new config) with the server name, verification,
// roots (if not nil) and a TLS 1.2 floor set for s.
func tlsConfig(base *tls.Config, s *config.Server, roots *x509.CertPool) *tls.Config {
	var c *tls.Config
	if base != nil {
		c = base.Clone()
	} else {
		c = &tls.Config{}
	}
	if c.ServerName == "" {
		c.ServerName = s.Host
	}
	if s.InsecureSkipVerify {
		c.InsecureSkipVerify = true
	}
	if roots != nil && c.RootCAs == nil {
		c.RootCAs = roots
	}
	if c.MinVersion == 0 {
		c.MinVersion = tls.VersionTLS12
	}
	return c
}

func tlsMode(s *config.Server) string {
	if s.TLS == "" {
		return TLSImplicit
	}
	return strings.ToLower(s.TLS)
}

func authMode(s *config.Server) string {
	if s.Auth == "" {
		return AuthPlain
	}
	return strings.ToLower(s.Auth)
}

func timeout(s *config.Server) time.Duration {
	if s.Timeout.Duration > 0 {
		return s.Timeout.Duration
	}
	return DefaultTimeout
}

// ctxErr prefers the context's reason over the error a closed connection
// produced, so a timeout reads as a timeout.
func ctxErr(ctx context.Context, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		if errors.Is(cerr, context.DeadlineExceeded) {
			return fmt.Errorf("timed out: %w", cerr)
		}
		return cerr
	}
	return err
}

// authenticateXOAUTH2 runs AUTHENTICATE XOAUTH2. A server that rejects the
// token sends a JSON challenge ({"status":"401",...}) and waits for an empty
// response; go-imap can only send "=", which Dovecot answers with BAD, so we
// stop there and return the challenge in the error (the caller closes the
// connection).
func authenticateXOAUTH2(c *imapclient.Client, user, token string) error {
	return c.Authenticate(&xoauth2Client{user: user, token: token})
}

// xoauth2Client is the client side of Google's and Microsoft's XOAUTH2 SASL
// mechanism (https://developers.google.com/gmail/imap/xoauth2-protocol):
// initial response "user=" U ^A "auth=Bearer " T ^A ^A. go-sasl has none.
type xoauth2Client struct {
	user, token string
}

var _ sasl.Client = (*xoauth2Client)(nil)

// NewXOAUTH2Client returns a sasl.Client for XOAUTH2 with user and an
// OAuth2 access token. A server challenge (the rejection) ends the exchange
// with an error that quotes it.
func NewXOAUTH2Client(user, token string) sasl.Client {
	return &xoauth2Client{user: user, token: token}
}

func (x *xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + x.user + "\x01auth=Bearer " + x.token + "\x01\x01"), nil
}

func (x *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	return nil, fmt.Errorf("xoauth2: server rejected the token: %s", challenge)
}
