package conn

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"

	"mailbot/mailbot/config"
)

// DefaultTokenURL is the Microsoft identity platform's v2.0 token endpoint;
// {tenant} is replaced by [config.OAuth2].Tenant.
const DefaultTokenURL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"

// DefaultScope is the scope that covers IMAP.AccessAsApp and SMTP.SendAsApp
// in Exchange Online.
const DefaultScope = "https://outlook.office365.com/.default"

// DefaultRenewEarly is how long before its expiry a cached token is replaced.
const DefaultRenewEarly = 5 * time.Minute

// Tokens fetches OAuth2 access tokens with the client-credentials grant
// (RFC 6749 section 4.4, golang.org/x/oauth2/clientcredentials) and caches
// one per mailbox. Token returns the cached token until it is within
// RenewEarly of its expiry (or within half its lifetime, for short-lived
// tokens), then fetches a new one. Safe for concurrent use; concurrent
// callers for the same mailbox share one fetch.
//
// A token only matters at login: IMAP and SMTP check it when the session
// authenticates. A server may end a session when the token it logged in with
// expires (Exchange Online: "* BYE Session invalidated - AccessTokenExpired");
// the caller then dials again and Token hands out a fresh one.
type Tokens struct {
	cfg *config.Config
	// RenewEarly: replace a token this long before it expires (default 5m).
	RenewEarly time.Duration
	// HTTPClient for the token endpoint; nil = http.DefaultClient.
	HTTPClient *http.Client
	// OnToken, if set, is called after every fetch (e.g. metrics'
	// TokenExpiry). It must not block. Set it before the first Token call.
	OnToken func(mailbox string, expiry time.Time)

	mu      sync.Mutex
	entries map[string]*tokenEntry
	now     func() time.Time
}

type tokenEntry struct {
	mu     sync.Mutex // held during a fetch
	tok    *oauth2.Token
	issued time.Time
}

// NewTokens returns an empty token cache for the mailboxes of cfg (the client
// secrets are read through cfg.ClientSecret at each fetch, so a rotated
// secret file is picked up on the next renewal).
func NewTokens(cfg *config.Config) *Tokens {
	return &Tokens{cfg: cfg, entries: map[string]*tokenEntry{}, now: time.Now}
}

var (
	sharedMu     sync.Mutex
	sharedTokens = map[*config.Config]*Tokens{}
)

// TokensFor returns the process-wide token cache for cfg, creating it on
// first use. DialIMAP, SMTPClient and Doctor use it; the daemon may read
// expiries from it for metrics.
func TokensFor(cfg *config.Config) *Tokens {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	t := sharedTokens[cfg]
	if t == nil {
		t = NewTokens(cfg)
		sharedTokens[cfg] = t
	}
	return t
}

func (t *Tokens) entry(id string) *tokenEntry {
	t.mu.Lock()
	defer t.mu.Unlock()
	e := t.entries[id]
	if e == nil {
		e = &tokenEntry{}
		t.entries[id] = e
	}
	return e
}

func (t *Tokens) clock() time.Time {
	if t.now != nil {
		return t.now()
	}
	return time.Now()
}

// fresh reports whether tok can still be handed out at now.
func (t *Tokens) fresh(e *tokenEntry, now time.Time) bool {
	if e.tok == nil || e.tok.AccessToken == "" {
		return false
	}
	if e.tok.Expiry.IsZero() {
		return true // the server said nothing about expiry
	}
	early := t.RenewEarly
	if early <= 0 {
		early = DefaultRenewEarly
	}
	if life := e.tok.Expiry.Sub(e.issued); life > 0 && early > life/2 {
		early = life / 2
	}
	return now.Add(early).Before(e.tok.Expiry)
}

// Token returns a valid access token for mb, from the cache or freshly
// fetched. Errors from the token endpoint keep its text (AADSTS codes), so
// Explain can name the cause.
func (t *Tokens) Token(ctx context.Context, mb *config.Mailbox) (*oauth2.Token, error) {
	e := t.entry(mb.ID)
	e.mu.Lock()
	defer e.mu.Unlock()
	if t.fresh(e, t.clock()) {
		return e.tok, nil
	}
	cc, err := t.clientConfig(mb)
	if err != nil {
		return nil, err
	}
	if t.HTTPClient != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, t.HTTPClient)
	}
	issued := t.clock()
	tok, err := cc.Token(ctx)
	if err != nil {
		return nil, fmt.Errorf("oauth2 token for mailbox %s from %s: %w", mb.ID, cc.TokenURL, err)
	}
	e.tok, e.issued = tok, issued
	if t.OnToken != nil {
		t.OnToken(mb.ID, tok.Expiry)
	}
	return tok, nil
}

// Invalidate drops the cached token of a mailbox, so the next Token call
// fetches a new one (call it when a server rejects a token before its
// expiry, e.g. after the app's permissions changed).
func (t *Tokens) Invalidate(mailbox string) {
	e := t.entry(mailbox)
	e.mu.Lock()
	e.tok = nil
	e.mu.Unlock()
}

// Expiry returns the expiry of the cached token of a mailbox (zero if none).
func (t *Tokens) Expiry(mailbox string) time.Time {
	e := t.entry(mailbox)
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.tok == nil {
		return time.Time{}
	}
	return e.tok.Expiry
}

func (t *Tokens) clientConfig(mb *config.Mailbox) (*clientcredentials.Config, error) {
	o := &mb.OAuth2
	if o.ClientID == "" {
		return nil, fmt.Errorf("mailbox %s: oauth2.client_id is empty", mb.ID)
	}
	secret, err := clientSecret(t.cfg, o)
	if err != nil {
		return nil, fmt.Errorf("mailbox %s: oauth2 client secret: %w", mb.ID, err)
	}
	url := o.TokenURL
	if url == "" {
		url = DefaultTokenURL
	}
	if strings.Contains(url, "{tenant}") {
		if o.Tenant == "" {
			return nil, fmt.Errorf("mailbox %s: oauth2.tenant is empty and token_url needs it", mb.ID)
		}
		url = strings.ReplaceAll(url, "{tenant}", o.Tenant)
	}
	scopes := o.Scopes
	if len(scopes) == 0 {
		scopes = []string{DefaultScope}
	}
	return &clientcredentials.Config{
		ClientID:     o.ClientID,
		ClientSecret: secret,
		TokenURL:     url,
		Scopes:       scopes,
		// Microsoft's documentation sends the credentials in the form body.
		AuthStyle: oauth2.AuthStyleInParams,
	}, nil
}
