// Package metrics exports mailbot's counters and gauges in the Prometheus
// text format (github.com/prometheus/client_golang) and answers /healthz.
// Everything lives in a Metrics value with its own registry: no globals, so
// tests and several daemons in one process do not collide. All methods are
// safe for concurrent use and do nothing on a nil *Metrics, so callers need
// no "if m != nil".
//
// Metric names (prefix mailbot_):
//
//	messages_fetched_total{mailbox}                 counter
//	messages_processed_total{mailbox,class,status}  counter
//	messages_review_total{mailbox}                  counter (also counted in processed with status="review")
//	replies_sent_total{kind}                        counter
//	replies_failed_total                            counter
//	outbox_depth                                    gauge: replies queued or sending
//	last_fetch_timestamp_seconds{mailbox}           gauge: end of the last successful fetch pass
//	token_expiry_timestamp_seconds{mailbox}         gauge: expiry of the OAuth2 token in use
//	digest_last_sent_timestamp_seconds{event}       gauge
//
// Labels carry no personal data: mailbox ids, classes, statuses, reply kinds
// and event ids only.
package metrics

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

const namespace = "mailbot"

// Metrics holds mailbot's metrics and the registry that serves them.
type Metrics struct {
	reg *prometheus.Registry

	fetched     *prometheus.CounterVec
	processed   *prometheus.CounterVec
	review      *prometheus.CounterVec
	sent        *prometheus.CounterVec
	failed      prometheus.Counter
	outbox      prometheus.Gauge
	lastFetch   *prometheus.GaugeVec
	tokenExpiry *prometheus.GaugeVec
	digest      *prometheus.GaugeVec

	mu        sync.Mutex
	fetchedAt map[string]time.Time // for /healthz
	start     time.Time
	now       func() time.Time
}

// New returns Metrics registered in a new registry, with the Go runtime and
// process collectors added.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		fetched: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
			Name: "messages_fetched_total", Help: "Messages fetched from IMAP and stored."}, []string{"mailbox"}),
		processed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
			Name: "messages_processed_total", Help: "Messages processed, by class and resulting status."},
			[]string{"mailbox", "class", "status"}),
		review: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
			Name: "messages_review_total", Help: "Messages sent to the manual review queue."}, []string{"mailbox"}),
		sent: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace,
			Name: "replies_sent_total", Help: "Replies accepted by the SMTP server."}, []string{"kind"}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace,
			Name: "replies_failed_total", Help: "Send attempts that failed (transient or permanent)."}),
		outbox: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace,
			Name: "outbox_depth", Help: "Replies waiting in the outbox (queued or sending)."}),
		lastFetch: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace,
			Name: "last_fetch_timestamp_seconds", Help: "Unix time of the last successful fetch pass."}, []string{"mailbox"}),
		tokenExpiry: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace,
			Name: "token_expiry_timestamp_seconds", Help: "Unix time the mailbox's OAuth2 access token expires."}, []string{"mailbox"}),
		digest: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace,
			Name: "digest_last_sent_timestamp_seconds", Help: "Unix time the event's digest was last sent."}, []string{"event"}),
		fetchedAt: map[string]time.Time{},
		now:       time.Now,
	}
	m.start = m.now()
	m.reg.MustRegister(m.fetched, m.processed, m.review, m.sent, m.failed, m.outbox,
		m.lastFetch, m.tokenExpiry, m.digest,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Registry returns the registry, for adding the caller's own collectors.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// Fetched counts n messages fetched and stored for mailbox.
func (m *Metrics) Fetched(mailbox string, n int) {
	if m == nil || n <= 0 {
		return
	}
	m.fetched.WithLabelValues(mailbox).Add(float64(n))
}

// Processed counts one message processed with its class (rsvp,
// registration, ...) and status (processed, review, ignored); status
// "review" also counts in messages_review_total.
func (m *Metrics) Processed(mailbox, class, status string) {
	if m == nil {
		return
	}
	m.processed.WithLabelValues(mailbox, class, status).Inc()
	if status == "review" {
		m.review.WithLabelValues(mailbox).Inc()
	}
}

// ReplySent counts a reply of kind accepted by the SMTP server.
func (m *Metrics) ReplySent(kind string) {
	if m == nil {
		return
	}
	m.sent.WithLabelValues(kind).Inc()
}

// ReplyFailed counts a failed send attempt.
func (m *Metrics) ReplyFailed() {
	if m == nil {
		return
	}
	m.failed.Inc()
}

// OutboxDepth sets the number of replies waiting to be sent.
func (m *Metrics) OutboxDepth(n int) {
	if m == nil {
		return
	}
	m.outbox.Set(float64(n))
}

// FetchOK records a successful fetch pass of mailbox at t (all its
// folders, or one IDLE wake-up); /healthz reads it.
func (m *Metrics) FetchOK(mailbox string, t time.Time) {
	if m == nil {
		return
	}
	m.lastFetch.WithLabelValues(mailbox).Set(float64(t.UnixNano()) / 1e9)
	m.mu.Lock()
	if t.After(m.fetchedAt[mailbox]) {
		m.fetchedAt[mailbox] = t
	}
	m.mu.Unlock()
}

// TokenExpiry records when the OAuth2 token of mailbox expires (the shape
// of conn.Tokens.OnToken).
func (m *Metrics) TokenExpiry(mailbox string, t time.Time) {
	if m == nil {
		return
	}
	m.tokenExpiry.WithLabelValues(mailbox).Set(float64(t.Unix()))
}

// DigestSent records that the digest of event was sent at t.
func (m *Metrics) DigestSent(event string, t time.Time) {
	if m == nil {
		return
	}
	m.digest.WithLabelValues(event).Set(float64(t.Unix()))
}

// Stale returns the mailboxes (of those given) whose last successful fetch
// is older than staleAfter, sorted. A mailbox never fetched counts from the
// moment New was called, so a daemon gets staleAfter to do its first pass.
func (m *Metrics) Stale(staleAfter time.Duration, mailboxes []string) []string {
	if m == nil {
		return nil
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	var stale []string
	for _, id := range mailboxes {
		last, ok := m.fetchedAt[id]
		if !ok {
			last = m.start
		}
		if now.Sub(last) > staleAfter {
			stale = append(stale, id)
		}
	}
	sort.Strings(stale)
	return stale
}

// Handler serves GET /metrics (Prometheus text format) and GET /healthz:
// 200 "ok" when every mailbox was fetched within staleAfter, else 503 and
// one line "stale: <ids>" naming the mailboxes that were not. Other paths
// are 404. On a nil *Metrics /metrics is empty and /healthz always ok.
func (m *Metrics) Handler(staleAfter time.Duration, mailboxes []string) http.Handler {
	mux := http.NewServeMux()
	reg := prometheus.NewRegistry()
	if m != nil {
		reg = m.reg
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if stale := m.Stale(staleAfter, mailboxes); len(stale) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "stale: %s (not fetched for %s)\n", strings.Join(stale, ", "), staleAfter)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	return mux
}
