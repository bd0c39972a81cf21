// Package oauthtest is an OAuth2 authorization server on loopback for tests:
// the client-credentials token endpoint of the Microsoft identity platform
// (POST /{tenant}/oauth2/v2.0/token, RFC 6749 section 4.4) that issues
// short-lived opaque tokens, and a token introspection endpoint (RFC 7662,
// POST /introspect with token=...) that Dovecot's oauth2 passdb asks
// (introspection_mode = post). Errors carry Entra ID's AADSTS codes so that
// the code under test meets the texts it meets in production.
package oauthtest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Client is an app registration known to the server.
type Client struct {
	ID, Secret string
	// Mailbox the app may open (its FullAccess grant); introspection
	// answers it as "username", which Dovecot compares with the login name.
	Mailbox string
	// SecretExpired makes the token endpoint answer AADSTS7000222.
	SecretExpired bool
}

// Server is a running token and introspection server.
type Server struct {
	// Tenant accepted in the token URL's path.
	Tenant string
	// Scope every token request must ask for and every token carries.
	Scope string
	// Lifetime of issued tokens (expires_in); may be changed between requests.
	Lifetime time.Duration

	srv *httptest.Server

	mu      sync.Mutex
	clients map[string]Client
	tokens  map[string]token
	issued  int
	checks  int
	now     func() time.Time
}

type token struct {
	client, mailbox string
	expiry          time.Time
}

// Start starts a server on 127.0.0.1 with the given clients. Close it when done.
func Start(tenant, scope string, lifetime time.Duration, clients ...Client) *Server {
	s := &Server{Tenant: tenant, Scope: scope, Lifetime: lifetime,
		clients: map[string]Client{}, tokens: map[string]token{}, now: time.Now}
	for _, c := range clients {
		s.clients[c.ID] = c
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /{tenant}/oauth2/v2.0/token", s.token)
	mux.HandleFunc("/introspect", s.introspect)
	s.srv = httptest.NewUnstartedServer(mux)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(fmt.Sprintf("oauthtest: listen: %v", err))
	}
	s.srv.Listener = l
	s.srv.Start()
	return s
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// URL is the server's base URL, http://127.0.0.1:PORT.
func (s *Server) URL() string { return s.srv.URL }

// TokenURL is the token endpoint with a {tenant} placeholder, the shape of
// mailbot's oauth2.token_url.
func (s *Server) TokenURL() string { return s.srv.URL + "/{tenant}/oauth2/v2.0/token" }

// IntrospectURL is the RFC 7662 endpoint for Dovecot's introspection_url.
func (s *Server) IntrospectURL() string { return s.srv.URL + "/introspect" }

// Issued returns how many tokens the server has issued.
func (s *Server) Issued() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.issued
}

// Introspections returns how many introspection requests it answered.
func (s *Server) Introspections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.checks
}

// Valid reports whether tok is a live token and, if so, the mailbox it
// grants (for in-process servers that validate tokens directly).
func (s *Server) Valid(tok string) (mailbox string, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[tok]
	if !ok || !s.now().Before(t.expiry) {
		return "", false
	}
	return t.mailbox, true
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func aadError(w http.ResponseWriter, code int, kind, aadsts, text string) {
	writeJSON(w, code, map[string]any{
		"error":             kind,
		"error_description": aadsts + ": " + text + "\r\nTrace ID: 00000000-0000-0000-0000-000000000000",
		"error_codes":       []int{},
	})
}

func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		aadError(w, 400, "invalid_request", "AADSTS900144", "The request body must contain the following parameter: 'grant_type'.")
		return
	}
	if tenant := r.PathValue("tenant"); tenant != s.Tenant {
		aadError(w, 400, "invalid_request", "AADSTS90002", fmt.Sprintf("Tenant '%s' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.", tenant))
		return
	}
	if gt := r.PostForm.Get("grant_type"); gt != "client_credentials" {
		aadError(w, 400, "unsupported_grant_type", "AADSTS70003", fmt.Sprintf("The app requested an unsupported grant type '%s'.", gt))
		return
	}
	id, secret, basic := r.BasicAuth()
	if !basic {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	s.mu.Lock()
	c, known := s.clients[id]
	s.mu.Unlock()
	switch {
	case !known:
		aadError(w, 400, "unauthorized_client", "AADSTS700016", fmt.Sprintf("Application with identifier '%s' was not found in the directory '%s'.", id, s.Tenant))
		return
	case c.SecretExpired:
		aadError(w, 401, "invalid_client", "AADSTS7000222", fmt.Sprintf("The provided client secret keys for app '%s' are expired.", id))
		return
	case secret != c.Secret:
		aadError(w, 401, "invalid_client", "AADSTS7000215", "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.")
		return
	}
	if scope := r.PostForm.Get("scope"); scope != s.Scope {
		aadError(w, 400, "invalid_scope", "AADSTS1002012", fmt.Sprintf("The provided value for scope %s is not valid.", scope))
		return
	}
	var b [24]byte
	rand.Read(b[:])
	tok := "tok-" + hex.EncodeToString(b[:])
	s.mu.Lock()
	life := s.Lifetime
	s.tokens[tok] = token{client: id, mailbox: c.Mailbox, expiry: s.now().Add(life)}
	s.issued++
	s.mu.Unlock()
	writeJSON(w, 200, map[string]any{
		"token_type":     "Bearer",
		"expires_in":     int(life / time.Second),
		"ext_expires_in": int(life / time.Second),
		"access_token":   tok,
	})
}

// introspect answers RFC 7662: {"active": true, "sub", "username", "scope",
// "client_id", "exp"} for a live token, {"active": false} otherwise. The
// token comes as form field token (POST), query parameter token (GET) or an
// Authorization: Bearer header.
func (s *Server) introspect(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	tok := r.Form.Get("token")
	if tok == "" {
		tok = r.Form.Get("access_token")
	}
	if tok == "" {
		if h := r.Header.Get("Authorization"); strings.HasPrefix(h, "Bearer ") {
			tok = strings.TrimPrefix(h, "Bearer ")
		}
	}
	s.mu.Lock()
	s.checks++
	t, ok := s.tokens[tok]
	live := ok && s.now().Before(t.expiry)
	s.mu.Unlock()
	if !live {
		writeJSON(w, 200, map[string]any{"active": false})
		return
	}
	writeJSON(w, 200, map[string]any{
		"active":    true,
		"sub":       t.client,
		"client_id": t.client,
		"username":  t.mailbox,
		"scope":     s.Scope,
		"exp":       t.expiry.Unix(),
	})
}
