package mailbot

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"mailbot/mailbot/config"
	"mailbot/mailbot/conn"
	"mailbot/mailbot/metrics"
	"mailbot/mailbot/render"
	"mailbot/store"
)

// App is one configured mailbot with its open store. Commands build one,
// use it, and Close it.
type App struct {
	cfg     *config.Config
	store   *store.Store
	log     *slog.Logger
	tmpl    *render.Templates
	metrics *metrics.Metrics
	now     func() time.Time

	// Network edges, replaceable in tests (func fields, consumer side).
	dialIMAP func(ctx context.Context, mb *config.Mailbox, opts *imapclient.Options) (*imapclient.Client, error)
	sendMail func(ctx context.Context, mb *config.Mailbox, from string, to []string, raw []byte) error

	// processMu serialises processing: the rules read the facts and then
	// commit, so only one message is processed at a time.
	processMu sync.Mutex
	// facts caches the participants while processing (under processMu).
	facts factCache
	// stateOverlay holds the state set by the uncommitted batch, and
	// batchFrom the senders of its messages (mailbox \x00 Message-ID).
	stateOverlay map[string]string
	batchFrom    map[string]string
	// outboxKick wakes the outbox sender, processKick a processBeside loop
	// (chan size 1, never blocks).
	outboxKick  chan struct{}
	processKick chan struct{}
	// sendTimes is the global send-rate breaker's window.
	rateMu    sync.Mutex
	sendTimes []time.Time
	// smtpConns are the SMTP sessions open during a flush, per mailbox.
	smtpMu    sync.Mutex
	smtpConns map[string]*smtpConn
	// flushFailures counts the sends that failed in the last flush (the
	// replies stay queued); lastSendErr says why, in plain words.
	flushFailures int
	lastSendErr   string
	// firstRun is when this store was first used: the default answer_since.
	firstRun time.Time
	// reparsing: messages processed before get no reply at all (reparse
	// re-reads facts; it never sends a second, different answer).
	reparsing bool
}

// openApp opens the store and loads the templates for cfg.
func openApp(cfg *config.Config, logw io.Writer) (*App, error) {
	return openAppWith(cfg, logw, store.Options{Timeout: 30 * time.Second})
}

// daemonStore: the daemon lets go of the store file when idle, so that
// export, digest --print and review can run beside it (bbolt allows one
// process at a time).
var daemonStore = store.Options{Timeout: time.Minute, IdleClose: 2 * time.Second}

func openAppWith(cfg *config.Config, logw io.Writer, so store.Options) (*App, error) {
	log := newLogger(cfg, logw)
	st, err := store.Open(cfg.Store, so)
	if err != nil {
		return nil, err
	}
	tmpl, err := render.LoadTemplates(cfg.Templates)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("templates: %w", err)
	}
	a := &App{
		cfg:         cfg,
		store:       st,
		log:         log,
		tmpl:        tmpl,
		metrics:     metrics.New(),
		now:         time.Now,
		outboxKick:  make(chan struct{}, 1),
		processKick: make(chan struct{}, 1),
	}
	a.dialIMAP = func(ctx context.Context, mb *config.Mailbox, opts *imapclient.Options) (*imapclient.Client, error) {
		return conn.DialIMAP(ctx, cfg, mb, opts)
	}
	a.sendMail = a.smtpSend
	conn.TokensFor(cfg).OnToken = a.metrics.TokenExpiry
	if err := a.initFirstRun(); err != nil {
		st.Close()
		return nil, err
	}
	return a, nil
}

func (a *App) initFirstRun() error {
	v, err := a.store.State("first_run")
	if err != nil {
		return err
	}
	if t, err := time.Parse(time.RFC3339Nano, v); err == nil {
		a.firstRun = t
		return nil
	}
	a.firstRun = a.now()
	return a.store.SetState("first_run", a.firstRun.Format(time.RFC3339Nano))
}

// Close closes the store.
func (a *App) Close() error { return a.store.Close() }

// kickOutbox wakes the outbox sender without blocking.
func (a *App) kickOutbox() {
	select {
	case a.outboxKick <- struct{}{}:
	default:
	}
}

// answerSince is the time before which mail of mb is read but never
// answered: answer_since, else one day before the first run's start.
func (a *App) answerSince(mb *config.Mailbox) time.Time {
	if !mb.AnswerSince.IsZero() {
		return mb.AnswerSince.Time
	}
	// The backlog of an old shared mailbox is read, not answered; mail of
	// the last day before the first run (the day mailbot was set up) is
	// new mail and is answered.
	return a.firstRun.Add(-answerGrace)
}

// answerGrace is how much mail before the first run still counts as new
// when answer_since is not set.
const answerGrace = 24 * time.Hour

// ownAddresses are all our mailbox addresses, lower-case.
func (a *App) ownAddresses() []string {
	var out []string
	for _, mb := range a.cfg.Mailboxes {
		out = append(out, strings.ToLower(mb.Address))
	}
	return out
}

func (a *App) mailbox(id string) *config.Mailbox {
	for i := range a.cfg.Mailboxes {
		if a.cfg.Mailboxes[i].ID == id {
			return &a.cfg.Mailboxes[i]
		}
	}
	return nil
}

func (a *App) event(id string) *config.Event {
	for i := range a.cfg.Events {
		if a.cfg.Events[i].ID == id {
			return &a.cfg.Events[i]
		}
	}
	return nil
}

// stderrLog is where commands log when not told otherwise.
var stderrLog io.Writer = os.Stderr
