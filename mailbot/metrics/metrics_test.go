package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return resp.StatusCode, string(b)
}

func TestMetricsExposition(t *testing.T) {
	m := New()
	m.Fetched("posk", 3)
	m.Fetched("posk", 2)
	m.Fetched("ern", 0) // no-op: no series
	m.Processed("posk", "rsvp", "processed")
	m.Processed("posk", "registration", "review")
	m.Processed("posk", "registration", "review")
	m.ReplySent("ack")
	m.ReplySent("ack")
	m.ReplyFailed()
	m.OutboxDepth(4)
	m.FetchOK("posk", time.Unix(1750000000, 500_000_000))
	m.TokenExpiry("posk", time.Unix(1750003600, 0))
	m.DigestSent("dialog2026", time.Unix(1750010000, 0))

	code, body := get(t, m.Handler(time.Hour, []string{"posk"}), "/metrics")
	if code != 200 {
		t.Fatalf("/metrics status %d", code)
	}
	for _, want := range []string{
		`mailbot_messages_fetched_total{mailbox="posk"} 5`,
		`mailbot_messages_processed_total{class="rsvp",mailbox="posk",status="processed"} 1`,
		`mailbot_messages_processed_total{class="registration",mailbox="posk",status="review"} 2`,
		`mailbot_messages_review_total{mailbox="posk"} 2`,
		`mailbot_replies_sent_total{kind="ack"} 2`,
		`mailbot_replies_failed_total 1`,
		`mailbot_outbox_depth 4`,
		`mailbot_last_fetch_timestamp_seconds{mailbox="posk"} 1.7500000005e+09`,
		`mailbot_token_expiry_timestamp_seconds{mailbox="posk"} 1.7500036e+09`,
		`mailbot_digest_last_sent_timestamp_seconds{event="dialog2026"} 1.75001e+09`,
		`go_goroutines `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if strings.Contains(body, `mailbox="ern"`) {
		t.Errorf("Fetched(ern, 0) created a series")
	}
}

func TestHealthz(t *testing.T) {
	now := time.Date(2026, 6, 17, 12, 0, 0, 0, time.UTC)
	m := New()
	m.now = func() time.Time { return now }
	m.start = now.Add(-time.Hour)
	h := m.Handler(15*time.Minute, []string{"posk", "ern"})

	// Neither fetched, and started an hour ago: both stale.
	code, body := get(t, h, "/healthz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "ern, posk") {
		t.Fatalf("healthz before any fetch: %d %q", code, body)
	}

	m.FetchOK("posk", now.Add(-time.Minute))
	m.FetchOK("ern", now.Add(-20*time.Minute))
	code, body = get(t, h, "/healthz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "stale: ern ") || strings.Contains(body, "posk") {
		t.Fatalf("healthz with ern stale: %d %q", code, body)
	}

	m.FetchOK("ern", now.Add(-14*time.Minute))
	m.FetchOK("ern", now.Add(-30*time.Minute)) // older: must not move the time back
	code, body = get(t, h, "/healthz")
	if code != 200 || body != "ok\n" {
		t.Fatalf("healthz all fresh: %d %q", code, body)
	}

	// A freshly started daemon has staleAfter for its first pass.
	m2 := New()
	code, _ = get(t, m2.Handler(time.Minute, []string{"posk"}), "/healthz")
	if code != 200 {
		t.Fatalf("fresh daemon healthz: %d", code)
	}

	if code, _ := get(t, h, "/nothing"); code != 404 {
		t.Fatalf("/nothing: %d", code)
	}
}

func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.Fetched("a", 1)
	m.Processed("a", "b", "review")
	m.ReplySent("ack")
	m.ReplyFailed()
	m.OutboxDepth(1)
	m.FetchOK("a", time.Now())
	m.TokenExpiry("a", time.Now())
	m.DigestSent("e", time.Now())
	if m.Registry() != nil || m.Stale(time.Second, []string{"a"}) != nil {
		t.Fatal("nil Metrics returned something")
	}
	code, body := get(t, m.Handler(time.Second, []string{"a"}), "/healthz")
	if code != 200 || body != "ok\n" {
		t.Fatalf("nil healthz: %d %q", code, body)
	}
	if code, _ := get(t, m.Handler(time.Second, nil), "/metrics"); code != 200 {
		t.Fatalf("nil /metrics: %d", code)
	}
}

func TestConcurrentUse(t *testing.T) {
	m := New()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 1000 {
				m.Fetched("posk", 1)
				m.FetchOK("posk", time.Now())
				m.Processed("posk", "rsvp", "processed")
				_ = m.Stale(time.Minute, []string{"posk"})
			}
		}()
	}
	wg.Wait()
	_, body := get(t, m.Handler(time.Minute, nil), "/metrics")
	if !strings.Contains(body, `mailbot_messages_fetched_total{mailbox="posk"} 8000`) {
		t.Fatalf("lost increments under concurrency")
	}
}
