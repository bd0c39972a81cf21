package conn

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"mailbot/mailbot/config"
	"mailbot/mailbot/conn/oauthtest"
)

const (
	testUser  = "posk@greve.dk"
	testPass  = "hemmelig-123"
	testPWEnv = "MAILBOT_CONN_TEST_PASSWORD"
)

// testCert makes a self-signed certificate for 127.0.0.1 and localhost,
// valid until notAfter, and a pool that trusts it.
func testCert(t *testing.T, notAfter time.Time) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "mailbot test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              notAfter,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}, pool
}

// imapOpts configures a test IMAP server.
type imapOpts struct {
	tls     string // implicit | starttls | none
	cert    tls.Certificate
	mechs   []string          // AUTHENTICATE mechanisms offered; default PLAIN, XOAUTH2
	oauth   *oauthtest.Server // validates XOAUTH2 tokens
	folders []string          // besides INBOX
}

// testIMAP is a go-imap imapmemserver on 127.0.0.1 with user testUser.
type testIMAP struct {
	port int
	mem  *imapmemserver.Server
	user *imapmemserver.User
}

func startIMAP(t *testing.T, o imapOpts) *testIMAP {
	t.Helper()
	mem := imapmemserver.New()
	user := imapmemserver.NewUser(testUser, testPass)
	for _, f := range append([]string{"INBOX"}, o.folders...) {
		if err := user.Create(f, nil); err != nil {
			t.Fatal(err)
		}
	}
	mem.AddUser(user)
	mechs := o.mechs
	if mechs == nil {
		mechs = []string{sasl.Plain, "XOAUTH2"}
	}
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &saslSession{user: user, mechs: mechs, oauth: o.oauth}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		Logger:       log.New(io.Discard, "", 0),
		InsecureAuth: o.tls == TLSNone,
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tc := &tls.Config{Certificates: []tls.Certificate{o.cert}}
	switch o.tls {
	case TLSImplicit:
		l = tls.NewListener(l, tc)
	case TLSStartTLS:
		opts.TLSConfig = tc
	}
	srv := imapserver.New(opts)
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return &testIMAP{port: l.Addr().(*net.TCPAddr).Port, mem: mem, user: user}
}

// saslSession is an imapmemserver session that also speaks XOAUTH2,
// checking tokens with an oauthtest server like Dovecot's oauth2 passdb.
type saslSession struct {
	*imapmemserver.UserSession
	user  *imapmemserver.User
	mechs []string
	oauth *oauthtest.Server
}

func (s *saslSession) Login(username, password string) error {
	if username != testUser {
		return imapserver.ErrAuthFailed
	}
	if err := s.user.Login(username, password); err != nil {
		return err
	}
	s.UserSession = imapmemserver.NewUserSession(s.user)
	return nil
}

func (s *saslSession) Close() error {
	if s.UserSession != nil {
		return s.UserSession.Close()
	}
	return nil
}

func (s *saslSession) AuthenticateMechanisms() []string { return s.mechs }

func (s *saslSession) Authenticate(mech string) (sasl.Server, error) {
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(identity, username, password string) error {
			return s.Login(username, password)
		}), nil
	case "XOAUTH2":
		if s.oauth != nil {
			return &xoauth2Server{oauth: s.oauth, scope: s.oauth.Scope, login: func() {
				s.UserSession = imapmemserver.NewUserSession(s.user)
			}, fail: &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed,
				Text: "AUTHENTICATE failed."}}, nil
		}
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "mechanism not supported"}
}

// xoauth2Server is the server side of XOAUTH2: a bad token gets the JSON
// challenge, then fail after the client's empty response.
type xoauth2Server struct {
	oauth    *oauthtest.Server
	scope    string
	login    func()
	fail     error
	rejected bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.rejected {
		return nil, true, x.fail
	}
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, tok string
	for _, kv := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(kv, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(kv, "auth=Bearer "); ok {
			tok = v
		}
	}
	if mb, ok := x.oauth.Valid(tok); ok && strings.EqualFold(mb, user) {
		x.login()
		return nil, true, nil
	}
	x.rejected = true
	ch, _ := json.Marshal(map[string]string{"status": "401", "schemes": "bearer", "scope": x.scope})
	return ch, false, nil
}

// testSMTP is a go-smtp server that keeps what it receives.
type testSMTP struct {
	port int
	mu   sync.Mutex
	msgs []string // "from -> to: data"
	// auth decides a login; nil = no AUTH offered.
	auth func(mech, user, secret string) error
	// rcptErr, if set, is returned for every RCPT TO.
	rcptErr error
}

func startSMTP(t *testing.T, mode string, cert tls.Certificate, s *testSMTP) *testSMTP {
	t.Helper()
	srv := smtp.NewServer(s)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = mode == TLSNone
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	srv.ErrorLog = log.New(io.Discard, "", 0)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tc := &tls.Config{Certificates: []tls.Certificate{cert}}
	switch mode {
	case TLSImplicit:
		l = tls.NewListener(l, tc)
	case TLSStartTLS:
		srv.TLSConfig = tc
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	s.port = l.Addr().(*net.TCPAddr).Port
	return s
}

func (s *testSMTP) Received() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.msgs...)
}

func (s *testSMTP) NewSession(*smtp.Conn) (smtp.Session, error) { return &smtpSession{srv: s}, nil }

type smtpSession struct {
	srv      *testSMTP
	from, to string
	authed   bool
}

func (s *smtpSession) AuthMechanisms() []string {
	if s.srv.auth == nil {
		return nil
	}
	return []string{sasl.Plain, sasl.Login, "XOAUTH2"}
}

func (s *smtpSession) Auth(mech string) (sasl.Server, error) {
	fail := &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication unsuccessful"}
	check := func(m, user, secret string) error {
		if err := s.srv.auth(m, user, secret); err != nil {
			return err
		}
		s.authed = true
		return nil
	}
	switch mech {
	case sasl.Plain:
		return sasl.NewPlainServer(func(_, user, pass string) error { return check(mech, user, pass) }), nil
	case sasl.Login:
		return &loginServer{check: check}, nil
	case "XOAUTH2":
		return &smtpXOAUTH2Server{check: check, fail: fail}, nil
	}
	return nil, errors.New("unsupported mechanism")
}

// loginServer is the server side of AUTH LOGIN (go-sasl has only a client).
type loginServer struct {
	step  int
	user  string
	check func(mech, user, secret string) error
}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	l.step++
	switch l.step {
	case 1:
		if resp != nil && len(resp) > 0 {
			l.user = string(resp)
			l.step++
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 2:
		l.user = string(resp)
		return []byte("Password:"), false, nil
	default:
		return nil, true, l.check(sasl.Login, l.user, string(resp))
	}
}

type smtpXOAUTH2Server struct {
	check    func(mech, user, secret string) error
	fail     error
	rejected error
}

func (x *smtpXOAUTH2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.rejected != nil {
		return nil, true, x.rejected
	}
	if resp == nil {
		return []byte{}, false, nil
	}
	var user, tok string
	for _, kv := range strings.Split(string(resp), "\x01") {
		if v, ok := strings.CutPrefix(kv, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(kv, "auth=Bearer "); ok {
			tok = v
		}
	}
	if err := x.check("XOAUTH2", user, tok); err != nil {
		x.rejected = err
		return []byte(`{"status":"401","schemes":"bearer"}`), false, nil
	}
	return nil, true, nil
}

func (s *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.srv.auth != nil && !s.authed {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 57}, Message: "Client not authenticated to send mail"}
	}
	s.from = from
	return nil
}

func (s *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if s.srv.rcptErr != nil {
		return s.srv.rcptErr
	}
	s.to = to
	return nil
}

func (s *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.srv.mu.Lock()
	s.srv.msgs = append(s.srv.msgs, fmt.Sprintf("%s -> %s: %s", s.from, s.to, b))
	s.srv.mu.Unlock()
	return nil
}

func (s *smtpSession) Reset()        { s.from, s.to = "", "" }
func (s *smtpSession) Logout() error { return nil }

// testMailbox returns a config with one mailbox pointing at the ports,
// password from testPWEnv.
func testMailbox(t *testing.T, imapMode string, imapPort int, smtpMode string, smtpPort int) (*config.Config, *config.Mailbox) {
	t.Helper()
	t.Setenv(testPWEnv, testPass)
	cfg := &config.Config{Mailboxes: []config.Mailbox{{
		ID:      "posk",
		Address: testUser,
		Folders: []string{"INBOX"},
		IMAP: config.Server{Host: "127.0.0.1", Port: imapPort, TLS: imapMode, Username: testUser,
			PasswordEnv: testPWEnv, Auth: AuthPlain, Timeout: config.Duration{Duration: 5 * time.Second}},
		SMTP: config.Server{Host: "127.0.0.1", Port: smtpPort, TLS: smtpMode, Username: testUser,
			PasswordEnv: testPWEnv, Auth: AuthPlain, Timeout: config.Duration{Duration: 5 * time.Second}},
	}}}
	return cfg, &cfg.Mailboxes[0]
}
