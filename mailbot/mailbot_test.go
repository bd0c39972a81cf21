package mailbot

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"mailbot/mailbot/config"
	"mailbot/store"
)

// harness runs mailbot against the demo's in-process IMAP server and SMTP
// sink (real protocols on loopback), with the real bbolt store.
type harness struct {
	t   *testing.T
	ms  *mailServers
	app *App
	now time.Time
	log bytes.Buffer
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	os.Setenv("MAILBOT_DEMO_PASSWORD", demoPassword)
	ms, err := startMailServers()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ms.close)
	h := &harness{t: t, ms: ms, now: time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)}
	cfg, err := demoConfig(ms, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	h.open(cfg)
	return h
}

func (h *harness) open(cfg *config.Config) {
	h.t.Helper()
	a, err := openApp(cfg, &h.log)
	if err != nil {
		h.t.Fatal(err)
	}
	a.now = func() time.Time { return h.now }
	h.app = a
	h.t.Cleanup(func() { a.Close() })
}

// deliver appends a mail to one of our mailboxes with INTERNALDATE at.
func (h *harness) deliver(to string, raw string, at time.Time) {
	h.t.Helper()
	if err := deliver(h.ms.imapAddr, to, []byte(raw), at); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) poll() {
	h.t.Helper()
	if err := h.app.pollOnce(context.Background(), io.Discard); err != nil {
		h.t.Fatalf("poll: %v\nlog:\n%s", err, h.log.String())
	}
}

func (h *harness) export() *exportJSON {
	h.t.Helper()
	x, err := h.app.buildExport("")
	if err != nil {
		h.t.Fatal(err)
	}
	return x
}

// sentTo returns the mails the SMTP sink accepted for addr.
func (h *harness) sentTo(addr string) []sunkMail {
	h.ms.mu.Lock()
	defer h.ms.mu.Unlock()
	var out []sunkMail
	for _, m := range h.ms.delivered {
		for _, to := range m.To {
			if strings.EqualFold(to, addr) {
				out = append(out, m)
			}
		}
	}
	return out
}

func (h *harness) sentCount() int {
	h.ms.mu.Lock()
	defer h.ms.mu.Unlock()
	return len(h.ms.delivered)
}

func (h *harness) participant(event, email string) *exportParticipant {
	for _, p := range h.export().Participants {
		if p.Event == event && p.Email == email {
			return &p
		}
	}
	return nil
}

var (
	beforeDeadline = time.Date(2026, 6, 2, 9, 0, 0, 0, time.UTC)
	afterDeadline  = time.Date(2026, 6, 20, 9, 0, 0, 0, time.UTC)
)

func plainMail(from, to, subject, msgid, body string) string {
	return fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: Tue, 02 Jun 2026 09:00:00 +0200\r\nMessage-ID: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n",
		from, to, subject, msgid, strings.ReplaceAll(body, "\n", "\r\n"))
}

func imipReply(from, name, partstat, msgid string, seq int, dtstamp time.Time, method string) string {
	cal := strings.Join([]string{
		"BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VEVENT",
		"ATTENDEE;PARTSTAT=" + partstat + ";CN=" + name + ":mailto:" + from,
		"UID:040000008200E00074C5B7101A82E00800000000DEMO2026DIALOGMOEDE",
		fmt.Sprintf("SEQUENCE:%d", seq), "DTSTAMP:" + dtstamp.UTC().Format("20060102T150405Z"),
		"DTSTART:20260625T070000Z", "DTEND:20260625T110000Z",
		"SUMMARY:Dialogmøde om Rammeaftale 2027-2028", "END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	return fmt.Sprintf("From: %s <%s>\r\nTo: posk@greve.dk\r\nSubject: %s: Dialogmøde om Rammeaftale 2027-2028\r\nDate: Tue, 02 Jun 2026 09:00:00 +0200\r\nMessage-ID: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; charset=utf-8; method=%s\r\n\r\n%s",
		name, from, map[string]string{"ACCEPTED": "Accepteret", "DECLINED": "Afvist", "TENTATIVE": "Foreløbigt accepteret"}[partstat], msgid, method, cal)
}

func TestDemoPassExactlyOnce(t *testing.T) {
	h := newHarness(t)
	n, err := h.ms.seedDemo()
	if err != nil {
		t.Fatal(err)
	}
	h.poll()
	x := h.export()
	if len(x.Messages) != n {
		t.Fatalf("%d messages in export, %d delivered", len(x.Messages), n)
	}
	seen := map[string]bool{}
	for _, m := range x.Messages {
		if seen[m.MessageID] {
			t.Errorf("message %s twice in export", m.MessageID)
		}
		seen[m.MessageID] = true
		if m.Status != "processed" && m.Status != "review" && m.Status != "ignored" {
			t.Errorf("message %s status %q", m.MessageID, m.Status)
		}
	}
	// Robots get nothing.
	for _, robot := range []string{"kabo@slagelse.dk", "mailer-daemon@greve.dk", "nyhedsbrev@kl.dk"} {
		if got := h.sentTo(robot); len(got) != 0 {
			t.Errorf("%d replies to %s", len(got), robot)
		}
	}
	// Every reply is marked as automatic and threaded.
	sent := h.sentCount()
	if sent == 0 {
		t.Fatal("no replies sent")
	}
	for _, m := range h.sentTo("jkm@naestved.dk") {
		for _, hdr := range []string{"Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "In-Reply-To: <a7c1e2@naestved.dk>"} {
			if !bytes.Contains(m.Raw, []byte(hdr)) {
				t.Errorf("reply lacks %q", hdr)
			}
		}
	}
	if p := h.participant("dialog2026", "jkm@naestved.dk"); p == nil || p.Status != "accepted" || p.Role != "udsatteraad" || p.Municipality != "Næstved Kommune" {
		t.Errorf("Næstved participant: %+v", p)
	}
	if len(x.Submissions) != 2 {
		t.Errorf("%d submissions, want 2", len(x.Submissions))
	}
	// A second pass fetches nothing and sends nothing.
	h.poll()
	if x2 := h.export(); len(x2.Messages) != n {
		t.Fatalf("second poll: %d messages", len(x2.Messages))
	}
	if h.sentCount() != sent {
		t.Fatalf("second poll sent %d more", h.sentCount()-sent)
	}
	// reparse: same facts, no reply twice.
	if _, err := h.app.reparse(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.app.flushOutbox(context.Background())
	if h.sentCount() != sent {
		t.Fatalf("reparse sent %d more", h.sentCount()-sent)
	}
	if p := h.participant("dialog2026", "jkm@naestved.dk"); p == nil || p.Status != "accepted" {
		t.Errorf("after reparse: %+v", p)
	}
}

func TestRSVPLaterDTStampWins(t *testing.T) {
	h := newHarness(t)
	t0 := time.Date(2026, 6, 2, 8, 0, 0, 0, time.UTC)
	// The decline was made later (DTSTAMP) but arrives first; the older
	// acceptance arrives after it and must not win.
	h.deliver("posk@greve.dk", imipReply("bo@koege.dk", "Bo Berg", "DECLINED", "d1@x", 0, t0.Add(2*time.Hour), "REPLY"), t0.Add(3*time.Hour))
	h.deliver("posk@greve.dk", imipReply("bo@koege.dk", "Bo Berg", "ACCEPTED", "a1@x", 0, t0, "REPLY"), t0.Add(4*time.Hour))
	h.poll()
	p := h.participant("dialog2026", "bo@koege.dk")
	if p == nil || p.Status != "declined" || p.Source != "imip" || len(p.MessageIDs) != 2 {
		t.Fatalf("participant: %+v", p)
	}
	// A higher SEQUENCE wins over a later DTSTAMP.
	h.deliver("posk@greve.dk", imipReply("bo@koege.dk", "Bo Berg", "TENTATIVE", "t1@x", 1, t0, "REPLY"), t0.Add(5*time.Hour))
	h.poll()
	if p := h.participant("dialog2026", "bo@koege.dk"); p.Status != "tentative" {
		t.Fatalf("after SEQUENCE 1: %+v", p)
	}
	// COUNTER: a proposal for another time, recorded and sent to review.
	h.deliver("posk@greve.dk", imipReply("bo@koege.dk", "Bo Berg", "ACCEPTED", "c1@x", 2, t0, "COUNTER"), t0.Add(6*time.Hour))
	h.poll()
	p = h.participant("dialog2026", "bo@koege.dk")
	if p.Status != "accepted" || p.Counter == "" {
		t.Fatalf("after COUNTER: %+v", p)
	}
	var counterMsg *exportMessage
	for _, m := range h.export().Messages {
		if m.MessageID == "c1@x" {
			counterMsg = &m
		}
	}
	if counterMsg == nil || counterMsg.Status != "review" || counterMsg.Class != "rsvp" {
		t.Fatalf("counter message: %+v", counterMsg)
	}
}

func TestQuotaWaitlistAndPromotion(t *testing.T) {
	h := newHarness(t)
	for i, name := range []string{"Anna Ahl", "Bent Borg", "Carl Cort"} {
		email := strings.ToLower(strings.Fields(name)[0]) + "@roskilde.dk"
		h.deliver("posk@greve.dk", plainMail(name+" <"+email+">", "posk@greve.dk", "Tilmelding til dialogmødet", fmt.Sprintf("q%d@roskilde.dk", i),
			"Hej\n\nJeg vil gerne tilmelde mig dialogmødet den 25. juni. Jeg sidder i Handicaprådet i Roskilde Kommune.\n\nVenlig hilsen\n"+name), beforeDeadline.Add(time.Duration(i)*time.Minute))
	}
	h.poll()
	if p := h.participant("dialog2026", "carl@roskilde.dk"); p == nil || p.Status != "waitlisted" || !p.OverQuota || p.Role != "handicapraad" {
		t.Fatalf("third handicapråd: %+v", p)
	}
	if p := h.participant("dialog2026", "anna@roskilde.dk"); p.Status != "accepted" || p.OverQuota {
		t.Fatalf("first: %+v", p)
	}
	// The waitlisted person is told so.
	if got := h.sentTo("carl@roskilde.dk"); len(got) != 1 || !bytes.Contains(bytes.ToLower(got[0].Raw), []byte("venteliste")) {
		t.Fatalf("reply to waitlisted: %d mails", len(got))
	}
	// Anna cancels: Carl moves up.
	h.deliver("posk@greve.dk", plainMail("Anna Ahl <anna@roskilde.dk>", "posk@greve.dk", "Afbud", "q9@roskilde.dk",
		"Jeg må desværre melde afbud til dialogmødet.\n\nAnna Ahl"), beforeDeadline.Add(time.Hour))
	h.poll()
	if p := h.participant("dialog2026", "anna@roskilde.dk"); p.Status != "cancelled" {
		t.Fatalf("after afbud: %+v", p)
	}
	if p := h.participant("dialog2026", "carl@roskilde.dk"); p.Status != "accepted" || p.OverQuota {
		t.Fatalf("not promoted: %+v", p)
	}
}

func TestCancelOnlyFromSameMunicipality(t *testing.T) {
	h := newHarness(t)
	h.deliver("posk@greve.dk", plainMail("Birgitte Lund <bilu@roskilde.dk>", "posk@greve.dk", "Tilmelding dialogmøde", "r1@roskilde.dk",
		"Jeg tilmelder mig hermed dialogmødet som medlem af Udsatterådet.\n\nMvh Birgitte Lund\nRoskilde Kommune"), beforeDeadline)
	h.poll()
	h.deliver("posk@greve.dk", plainMail("Erik Eg <erik@holbaek.dk>", "posk@greve.dk", "Afbud for Birgitte Lund", "r2@holbaek.dk",
		"Birgitte Lund (bilu@roskilde.dk) melder afbud til dialogmødet.\n\nMvh Erik Eg\nHolbæk Kommune"), beforeDeadline.Add(time.Hour))
	h.poll()
	if p := h.participant("dialog2026", "bilu@roskilde.dk"); p == nil || p.Status != "accepted" {
		t.Fatalf("cancelled from another municipality: %+v", p)
	}
	for _, m := range h.export().Messages {
		if m.MessageID == "r2@holbaek.dk" && m.Status != "review" {
			t.Fatalf("foreign cancellation not in review: %+v", m)
		}
	}
}

func TestAnswerSinceAndLate(t *testing.T) {
	h := newHarness(t)
	cfg := *h.app.cfg
	cfg.Mailboxes = append([]config.Mailbox{}, cfg.Mailboxes...)
	cfg.Mailboxes[0].AnswerSince = config.Date{Time: time.Date(2026, 6, 10, 0, 0, 0, 0, time.UTC)}
	h.app.cfg = &cfg
	h.deliver("posk@greve.dk", plainMail("Old Timer <old@koege.dk>", "posk@greve.dk", "Tilmelding", "old@koege.dk",
		"Jeg vil gerne tilmelde mig dialogmødet.\n\nOld Timer\nKøge Kommune"), beforeDeadline)
	h.deliver("posk@greve.dk", plainMail("Late Comer <late@koege.dk>", "posk@greve.dk", "Tilmelding", "late@koege.dk",
		"Jeg vil gerne tilmelde mig dialogmødet.\n\nLate Comer\nKøge Kommune"), afterDeadline)
	h.poll()
	if got := h.sentTo("old@koege.dk"); len(got) != 0 {
		t.Fatalf("answered mail from before answer_since")
	}
	if p := h.participant("dialog2026", "old@koege.dk"); p == nil || p.Status != "accepted" || p.Late {
		t.Fatalf("backfilled registration not recorded: %+v", p)
	}
	if p := h.participant("dialog2026", "late@koege.dk"); p == nil || !p.Late {
		t.Fatalf("late registration: %+v", p)
	}
	got := h.sentTo("late@koege.dk")
	if len(got) != 1 || !bytes.Contains(got[0].Raw, []byte("frist")) {
		t.Fatalf("late reply does not mention the deadline")
	}
}

func TestOneReplyPerSenderPerDay(t *testing.T) {
	h := newHarness(t)
	body := "Jeg vil gerne tilmelde mig dialogmødet.\n\nMvh Kim Krog\nKøge Kommune"
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding", "k1@koege.dk", body), beforeDeadline)
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding", "k2@koege.dk", body), beforeDeadline.Add(time.Minute))
	h.poll()
	if got := h.sentTo("kim@koege.dk"); len(got) != 1 {
		t.Fatalf("%d replies to the same registration sent twice", len(got))
	}
	// Changed content (a cancellation) gets its answer the same day.
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Afbud", "k3@koege.dk", "Jeg må desværre melde afbud.\n\nKim Krog"), beforeDeadline.Add(2*time.Minute))
	h.poll()
	if got := h.sentTo("kim@koege.dk"); len(got) != 2 {
		t.Fatalf("%d replies after a cancellation, want 2", len(got))
	}
}

func TestSMTPDownDelaysNeverDropsOrDoubles(t *testing.T) {
	h := newHarness(t)
	real := h.app.sendMail
	down := true
	attempts := 0
	h.app.sendMail = func(ctx context.Context, mb *config.Mailbox, from string, to []string, raw []byte) error {
		attempts++
		if down {
			return errors.New("dial tcp 127.0.0.1:25: connect: connection refused")
		}
		return real(ctx, mb, from, to, raw)
	}
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding", "k1@koege.dk",
		"Jeg vil gerne tilmelde mig dialogmødet.\n\nKim Krog\nKøge Kommune"), beforeDeadline)
	// poll --once says so (exit 1), and loses nothing.
	if err := h.app.pollOnce(context.Background(), io.Discard); err == nil || !strings.Contains(err.Error(), "stay queued") {
		t.Fatalf("poll with SMTP down: %v", err)
	}
	if h.sentCount() != 0 || attempts != 1 {
		t.Fatalf("sent %d, attempts %d", h.sentCount(), attempts)
	}
	rs := h.export().Replies
	if len(rs) != 1 || rs[0].Status != "queued" {
		t.Fatalf("replies: %+v", rs)
	}
	// Still down a few minutes later: retried with backoff, still queued.
	h.now = h.now.Add(2 * time.Minute)
	h.app.flushOutbox(context.Background())
	// Up again.
	down = false
	h.now = h.now.Add(time.Hour)
	h.app.flushOutbox(context.Background())
	h.app.flushOutbox(context.Background())
	if got := h.sentTo("kim@koege.dk"); len(got) != 1 {
		t.Fatalf("%d replies after the server came back", len(got))
	}
	if rs := h.export().Replies; rs[0].Status != "sent" {
		t.Fatalf("reply status %q", rs[0].Status)
	}
}

func TestInDoubtReplyResentWithSameMessageID(t *testing.T) {
	h := newHarness(t)
	h.app.cfg.Send.Disabled = true
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding", "k1@koege.dk",
		"Jeg vil gerne tilmelde mig dialogmødet.\n\nKim Krog\nKøge Kommune"), beforeDeadline)
	h.poll()
	rs, _ := h.app.store.Replies()
	if len(rs) != 1 {
		t.Fatalf("%d replies queued", len(rs))
	}
	// A crash after MarkSending: the attempt's outcome is unknown.
	if err := h.app.store.MarkSending(rs[0].Key, h.now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	h.app.cfg.Send.Disabled = false
	h.app.flushOutbox(context.Background())
	if h.sentCount() != 0 {
		t.Fatal("in-flight reply resent before its retry time")
	}
	h.now = h.now.Add(2 * time.Minute)
	h.app.flushOutbox(context.Background())
	got := h.sentTo("kim@koege.dk")
	if len(got) != 1 || !bytes.Contains(got[0].Raw, []byte("Message-ID: <"+rs[0].MessageID+">")) {
		t.Fatalf("resend: %d mails", len(got))
	}
}

func TestUIDValidityChangeNoDuplicates(t *testing.T) {
	h := newHarness(t)
	raw := plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding", "k1@koege.dk", "Jeg vil gerne tilmelde mig dialogmødet.\n\nKim Krog")
	h.deliver("posk@greve.dk", raw, beforeDeadline)
	h.poll()
	// The server loses its INBOX state: a new INBOX with a new UIDVALIDITY
	// holding the same mail and a new one.
	c, err := imapclient.DialInsecure(h.ms.imapAddr, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Login("posk@greve.dk", demoPassword).Wait(); err != nil {
		t.Fatal(err)
	}
	if err := c.Rename("INBOX", "Old", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	if err := c.Create("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	c.Logout().Wait()
	c.Close()
	h.deliver("posk@greve.dk", raw, beforeDeadline)
	h.deliver("posk@greve.dk", plainMail("Lis Lund <lis@koege.dk>", "posk@greve.dk", "Tilmelding", "l1@koege.dk", "Jeg vil gerne tilmelde mig dialogmødet.\n\nLis Lund"), beforeDeadline)
	h.poll()
	x := h.export()
	if len(x.Messages) != 2 {
		t.Fatalf("%d messages after UIDVALIDITY change, want 2", len(x.Messages))
	}
	if got := h.sentTo("kim@koege.dk"); len(got) != 1 {
		t.Fatalf("%d replies to kim", len(got))
	}
}

func TestUnparseableMailGoesToReview(t *testing.T) {
	h := newHarness(t)
	h.deliver("posk@greve.dk", "Subject: broken\r\nFrom: someone@koege.dk\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\n\r\n--zz\r\nContent-Type: text/plain; charset=x-unknown\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64\r\n", beforeDeadline)
	h.poll()
	x := h.export()
	if len(x.Messages) != 1 || x.Messages[0].Status != "review" || x.Messages[0].ReviewReason == "" {
		t.Fatalf("messages: %+v", x.Messages)
	}
	raw, err := h.app.store.Raw(x.Messages[0].ID)
	if err != nil || !bytes.Contains(raw, []byte("!!!not base64")) {
		t.Fatal("raw bytes not kept")
	}
	if h.sentCount() != 0 {
		t.Fatal("answered an unreadable mail")
	}
}

func TestStoreFileMode(t *testing.T) {
	h := newHarness(t)
	fi, err := os.Stat(h.app.store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("store mode %v", fi.Mode().Perm())
	}
	_ = store.StatusNew
}

func TestNoLoopWithResponders(t *testing.T) {
	h := newHarness(t)
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding til dialogmødet", "k1@koege.dk",
		"Jeg vil gerne tilmelde mig dialogmødet.\n\nKim Krog\nKøge Kommune"), beforeDeadline)
	h.poll()
	got := h.sentTo("kim@koege.dk")
	if len(got) != 1 {
		t.Fatalf("%d acks", len(got))
	}
	rs, _ := h.app.store.Replies()
	ours := rs[0].MessageID
	// The next days: Kim's vacation script answers our ack, once with RFC
	// 3834 headers and once (a home-made responder) without any.
	h.now = h.now.Add(24 * time.Hour)
	h.deliver("posk@greve.dk", fmt.Sprintf("From: Kim Krog <kim@koege.dk>\r\nTo: posk@greve.dk\r\nSubject: Automatisk svar: Sv: Tilmelding til dialogmødet\r\nMessage-ID: <oof1@koege.dk>\r\nIn-Reply-To: <%s>\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJeg er på ferie til 1. juli.\r\n", ours), beforeDeadline.Add(24*time.Hour))
	h.poll()
	h.now = h.now.Add(24 * time.Hour)
	h.deliver("posk@greve.dk", fmt.Sprintf("From: Kim Krog <kim@koege.dk>\r\nTo: posk@greve.dk\r\nSubject: Sv: Tilmelding til dialogmødet\r\nMessage-ID: <oof2@koege.dk>\r\nIn-Reply-To: <%s>\r\nReferences: <k1@koege.dk> <%s>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nTak for din mail. Jeg er på kursus og læser først mail igen mandag.\r\n", ours, ours), beforeDeadline.Add(48*time.Hour))
	h.poll()
	if got := h.sentTo("kim@koege.dk"); len(got) != 1 {
		t.Fatalf("responders got %d mails, want only the first ack", len(got))
	}
	if p := h.participant("dialog2026", "kim@koege.dk"); p == nil || p.Status != "accepted" {
		t.Fatalf("participant changed by a responder: %+v", p)
	}
	// Our own mail coming back (a Cc, a sent copy) is never answered.
	h.deliver("posk@greve.dk", plainMail("Sekretariatet <posk@greve.dk>", "posk@greve.dk", "Tilmelding", "own@greve.dk", "Jeg vil gerne tilmelde mig dialogmødet."), beforeDeadline)
	h.poll()
	if got := h.sentTo("posk@greve.dk"); len(got) != 0 {
		t.Fatal("answered our own address")
	}
}

func TestBccMailMatchesTheMailboxEvent(t *testing.T) {
	h := newHarness(t)
	// To a colleague, posk in Bcc: no To/Cc of ours, no keyword in the subject.
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "kollega@koege.dk", "Den 25. juni", "bcc1@koege.dk",
		"Jeg vil gerne tilmelde mig mødet den 25. juni.\n\nKim Krog\nKøge Kommune"), beforeDeadline)
	h.poll()
	if p := h.participant("dialog2026", "kim@koege.dk"); p == nil || p.Status != "accepted" {
		t.Fatalf("Bcc registration: %+v", p)
	}
}

func TestListedByNameThenWritesInPerson(t *testing.T) {
	h := newHarness(t)
	h.deliver("posk@greve.dk", plainMail("Lone Lund <lolu@slagelse.dk>", "posk@greve.dk", "Tilmelding dialogmøde", "l1@slagelse.dk",
		"Fra Slagelse Kommune deltager:\n\n- Thomas Møller, direktør\n- Lone Lund, chef\n\nMvh Lone Lund\nSlagelse Kommune"), beforeDeadline)
	h.poll()
	h.deliver("posk@greve.dk", plainMail("Thomas Møller <thomas.moller@slagelse.dk>", "posk@greve.dk", "Afbud", "t1@slagelse.dk",
		"Jeg må desværre melde afbud til dialogmødet.\n\nThomas Møller\nSlagelse Kommune"), beforeDeadline.Add(time.Hour))
	h.poll()
	var thomas []exportParticipant
	for _, p := range h.export().Participants {
		if strings.Contains(p.Name, "Thomas") {
			thomas = append(thomas, p)
		}
	}
	if len(thomas) != 1 || thomas[0].Email != "thomas.moller@slagelse.dk" || thomas[0].Status != "cancelled" || thomas[0].Role != "direktoer" {
		t.Fatalf("Thomas: %+v", thomas)
	}
}

func TestLargeMailStreamedToBlob(t *testing.T) {
	h := newHarness(t)
	pdf := bytes.Repeat([]byte("%PDF-1.4 large attachment bytes 0123456789\n"), 150_000) // ~6.5 MB
	sum := sha256.Sum256(pdf)
	b64 := base64.StdEncoding.EncodeToString(pdf)
	var body strings.Builder
	for len(b64) > 76 {
		body.WriteString(b64[:76] + "\r\n")
		b64 = b64[76:]
	}
	body.WriteString(b64 + "\r\n")
	raw := "From: Søren Kjær <soren.kjaer@herning.dk>\r\nTo: ern@viborg.dk\r\nSubject: Herning Kommunes bemærkninger til rammeaftalen\r\nMessage-ID: <big@herning.dk>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHermed vores bemærkninger til udviklingsområderne.\r\n\r\nMvh Søren Kjær\r\nHerning Kommune\r\n--b\r\nContent-Type: application/pdf; name=\"svar.pdf\"\r\nContent-Disposition: attachment; filename=\"svar.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body.String() + "--b--\r\n"
	h.deliver("ern@viborg.dk", raw, time.Date(2022, 6, 20, 10, 0, 0, 0, time.UTC))
	h.poll()
	x := h.export()
	if len(x.Submissions) != 1 || len(x.Submissions[0].Attachments) != 1 {
		t.Fatalf("submissions: %+v", x.Submissions)
	}
	at := x.Submissions[0].Attachments[0]
	if at.SHA256 != hex.EncodeToString(sum[:]) || at.Size != int64(len(pdf)) {
		t.Fatalf("attachment %+v", at)
	}
	m, _ := h.app.store.Message(x.Messages[0].ID)
	if m.Blob == "" {
		t.Fatal("a large mail was kept inside bbolt")
	}
	got, err := h.app.store.Raw(m.ID)
	if err != nil || len(got) != len(raw) {
		t.Fatalf("raw back: %d bytes, %v", len(got), err)
	}
}

func TestMailboxOnlyMatchNamingAnotherDay(t *testing.T) {
	if !otherDay("Tilmelding til temadagen den 3. september", time.Date(2026, 6, 25, 7, 0, 0, 0, time.UTC), time.UTC) {
		t.Fatal("3. september is not 25 June")
	}
	for _, same := range []string{"Jeg kommer den 25. juni", "Dialogmøde 25/6", "ingen dato her"} {
		if otherDay(same, time.Date(2026, 6, 25, 7, 0, 0, 0, time.UTC), time.UTC) {
			t.Fatalf("%q read as another day", same)
		}
	}
}
