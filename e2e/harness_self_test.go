package e2e

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

// TestCorpusWellFormed checks the generated mail itself (no servers needed):
// every message parses as MIME with a decodable text part, Message-IDs are
// unique, human senders are distinct, and the kinds add up.
func TestCorpusWellFormed(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(42, 7))
	corpus := genCorpus(rng, corpusOpts{N: 200, Auto: 12, Bounce: 8, To: "posk@greve.dk", Tag: "self", Now: now, EventDay: now.AddDate(0, 0, 40)})
	if len(corpus) != 200 {
		t.Fatalf("got %d mails, want 200", len(corpus))
	}
	kinds := map[string]int{}
	ids := map[string]bool{}
	humans := map[string]bool{}
	for _, m := range corpus {
		kinds[m.Kind]++
		if ids[m.MessageID] {
			t.Errorf("Message-ID %s twice", m.MessageID)
		}
		ids[m.MessageID] = true
		if m.human() {
			if humans[m.From] {
				t.Errorf("human sender %s twice", m.From)
			}
			humans[m.From] = true
		}
		if bytes.Contains(bytes.ReplaceAll(m.Raw, []byte("\r\n"), nil), []byte("\n")) {
			t.Errorf("%s: bare LF", m.MessageID)
		}
		mr, err := mail.CreateReader(bytes.NewReader(m.Raw))
		if err != nil {
			t.Fatalf("%s: %v\n%s", m.MessageID, err, m.Raw)
		}
		subj, err := mr.Header.Subject()
		if err != nil || subj == "" {
			t.Errorf("%s: subject %q: %v", m.MessageID, subj, err)
		}
		if got, _ := mr.Header.MessageID(); got != m.MessageID {
			t.Errorf("Message-ID header %q, want %q", got, m.MessageID)
		}
		from, err := mr.Header.AddressList("From")
		if err != nil || len(from) != 1 || strings.ToLower(from[0].Address) != m.From {
			t.Errorf("%s: From %v (%v), want %s", m.MessageID, from, err, m.From)
		}
		var text string
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil && !message.IsUnknownCharset(err) {
				t.Fatalf("%s: part: %v", m.MessageID, err)
			}
			b, _ := io.ReadAll(p.Body)
			if h, ok := p.Header.(*mail.InlineHeader); ok {
				if ct, _, _ := h.ContentType(); ct == "text/plain" && text == "" {
					text = string(b)
				}
			}
		}
		// Every human body names its writer (Søren, Bjørn: charset decoding).
		if firstName := strings.Fields(m.Name + " ?")[0]; m.human() && !strings.Contains(text, firstName) {
			t.Errorf("%s: decoded text lacks the writer's name %q: %q", m.MessageID, firstName, text)
		}
		if strings.Contains(text, "\uFFFD") {
			t.Errorf("%s: text has replacement characters (charset decoding failed): %q", m.MessageID, text)
		}
	}
	if kinds[kindAutoReply] != 12 || kinds[kindBounce] != 8 || kinds[kindRegistration]+kinds[kindCancellation] != 180 || kinds[kindCancellation] < 20 {
		t.Errorf("kinds %v", kinds)
	}
}

// TestStackRoundTrip checks the mail stack and this harness without mailbot:
// APPEND keeps the bytes and the INTERNALDATE, swaks through Postfix lands in
// Dovecot, clearing empties a mailbox.
func TestStackRoundTrip(t *testing.T) {
	st := requireStack(t)
	now := time.Now().Truncate(time.Second)
	rng := rand.New(rand.NewPCG(1, 2))
	corpus := genCorpus(rng, corpusOpts{N: 4, Auto: 1, Bounce: 1, To: "roundtrip@greve.dk", Tag: "rt", Now: now, EventDay: now})
	user, sender := "roundtrip@greve.dk", "anne@koege.dk"
	clearInboxes(t, st, user, sender)
	appendMails(t, st, user, corpus)

	c := dialIMAP(t, st, user)
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	all := imap.SeqSet{}
	all.AddRange(1, 0)
	section := &imap.FetchItemBodySection{Peek: true}
	bufs, err := c.Fetch(all, &imap.FetchOptions{InternalDate: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
	c.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(bufs) != len(corpus) {
		t.Fatalf("got %d mails back, want %d", len(bufs), len(corpus))
	}
	for i, b := range bufs {
		if got := b.FindBodySection(section); !bytes.Equal(got, corpus[i].Raw) {
			t.Errorf("mail %d: bytes changed by APPEND/FETCH", i)
		}
		if !b.InternalDate.Equal(corpus[i].Date) {
			t.Errorf("mail %d: INTERNALDATE %v, want %v", i, b.InternalDate, corpus[i].Date)
		}
	}

	raw := crlf([]byte("From: Posk <posk@greve.dk>\nTo: anne@koege.dk\nSubject: =?utf-8?q?Kvittering_for_tilmelding_til_dialogm=C3=B8de?=\nMessage-ID: <rt-swaks@greve.dk>\nAuto-Submitted: auto-replied\n\nTak.\n"))
	swaks(t, st, "posk@greve.dk", sender, raw)
	waitPostfixIdle(t, st)
	got := readInbox(t, st, sender)
	if len(got) != 1 || got[0].Header.Get("Message-Id") != "<rt-swaks@greve.dk>" || got[0].Header.Get("Auto-Submitted") != "auto-replied" {
		t.Fatalf("after swaks, %s holds %d mails: %+v", sender, len(got), got)
	}
	clearInboxes(t, st, user, sender)
	if n := inboxCount(t, st, user) + inboxCount(t, st, sender); n != 0 {
		t.Fatalf("%d mails left after clearing", n)
	}
}
