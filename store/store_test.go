package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func openTest(t *testing.T) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

func TestOpenModeAndVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, want 0600", fi.Mode().Perm())
	}
	// A file that is not a store is refused with a clear error.
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte("hello"), 0o600)
	if _, err := Open(bad, Options{Timeout: time.Second}); err == nil {
		t.Fatal("opened a non-bbolt file")
	}
}

func TestSaveRawDedup(t *testing.T) {
	s := openTest(t)
	raw := []byte("Message-ID: <a@x>\r\nSubject: hi\r\n\r\nbody\r\n")
	m := &Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 1, UID: 10, MessageID: "a@x"}
	id, dup, err := s.SaveRaw(m, raw, Cursor{Mailbox: "posk", Folder: "INBOX", UIDValidity: 1, LastUID: 10})
	if err != nil || dup || id == 0 {
		t.Fatalf("first save: id %d dup %v err %v", id, dup, err)
	}
	// Same UID again (crash between save and cursor? cursor was in the same tx; a re-fetch).
	id2, dup, err := s.SaveRaw(&Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 1, UID: 10, MessageID: "a@x"}, raw, Cursor{})
	if err != nil || !dup || id2 != id {
		t.Fatalf("same uid: id %d dup %v err %v", id2, dup, err)
	}
	// After a UIDVALIDITY change: new UID, same Message-ID → dup.
	id3, dup, err := s.SaveRaw(&Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, UID: 1, MessageID: "a@x"}, raw, Cursor{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, LastUID: 1})
	if err != nil || !dup || id3 != id {
		t.Fatalf("new uidvalidity: id %d dup %v err %v", id3, dup, err)
	}
	// No Message-ID, same content with LF line endings in another folder → dup by hash.
	lf := []byte("Subject: nomsgid\n\nbody\n")
	crlf := []byte("Subject: nomsgid\r\n\r\nbody\r\n")
	a, _, err := s.SaveRaw(&Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, UID: 2}, lf, Cursor{})
	if err != nil {
		t.Fatal(err)
	}
	b, dup, err := s.SaveRaw(&Message{Mailbox: "posk", Folder: "Deleted Items", UIDValidity: 7, UID: 3}, crlf, Cursor{})
	if err != nil || !dup || a != b {
		t.Fatalf("hash dedup: %d %d %v %v", a, b, dup, err)
	}
	// Another mailbox is another store of mail.
	_, dup, _ = s.SaveRaw(&Message{Mailbox: "ern", Folder: "INBOX", UIDValidity: 1, UID: 10, MessageID: "a@x"}, raw, Cursor{})
	if dup {
		t.Fatal("dedup across mailboxes")
	}
	msgs, _ := s.Messages(nil)
	if len(msgs) != 3 {
		t.Fatalf("%d messages, want 3", len(msgs))
	}
	got, err := s.Raw(id)
	if err != nil || string(got) != string(raw) {
		t.Fatalf("raw %q %v", got, err)
	}
	c, _ := s.Cursor("posk", "INBOX")
	if c.UIDValidity != 2 || c.LastUID != 1 {
		t.Fatalf("cursor %+v", c)
	}
	// The cursor never goes backwards within one UIDVALIDITY.
	s.SaveRaw(&Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, UID: 9, MessageID: "z@x"}, []byte("x"), Cursor{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, LastUID: 9})
	s.SaveRaw(&Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, UID: 5, MessageID: "y@x"}, []byte("y"), Cursor{Mailbox: "posk", Folder: "INBOX", UIDValidity: 2, LastUID: 5})
	if c, _ := s.Cursor("posk", "INBOX"); c.LastUID != 9 {
		t.Fatalf("cursor went back: %+v", c)
	}
}

func TestCommitAndOutbox(t *testing.T) {
	s := openTest(t)
	m := &Message{Mailbox: "posk", Folder: "INBOX", UIDValidity: 1, UID: 1, MessageID: "m1@x"}
	id, _, err := s.SaveRaw(m, []byte("raw"), Cursor{})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Pending(); len(p) != 1 {
		t.Fatalf("pending %d", len(p))
	}
	m.Status = StatusProcessed
	r := &Reply{Key: "m1@x/registration", Kind: "registration", To: []string{"a@b.dk"}, CreatedAt: time.Now()}
	enq, err := s.Commit(&Update{
		Message:      m,
		Participants: []*Participant{{Event: "e", Key: "a@b.dk", Email: "a@b.dk", Status: "accepted"}},
		Submissions:  []*Submission{{Event: "c", MessageID: "m1@x", Municipality: "Køge Kommune"}},
		Replies:      []*Reply{r},
	})
	if err != nil || len(enq) != 1 {
		t.Fatalf("commit: %v %v", enq, err)
	}
	// Processing the same message again (reparse, crash) enqueues nothing new
	// and does not duplicate the submission.
	r2 := *r
	r2.Status = ""
	enq, err = s.Commit(&Update{Message: m, Replies: []*Reply{&r2}, Submissions: []*Submission{{Event: "c", MessageID: "m1@x"}}})
	if err != nil || len(enq) != 0 {
		t.Fatalf("second commit: %v %v", enq, err)
	}
	if subs, _ := s.Submissions("c"); len(subs) != 1 {
		t.Fatalf("%d submissions", len(subs))
	}
	if err := s.Enqueue(&Reply{Key: "m1@x/registration"}); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("enqueue dup: %v", err)
	}
	if got, _ := s.Message(id); got.Status != StatusProcessed {
		t.Fatalf("status %q", got.Status)
	}
	now := time.Now()
	due, _ := s.Due(now)
	if len(due) != 1 {
		t.Fatalf("due %d", len(due))
	}
	if err := s.MarkSending(r.Key, now.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.Due(now); len(due) != 0 {
		t.Fatal("a reply in flight is due before its NextAttempt")
	}
	if due, _ := s.Due(now.Add(2 * time.Minute)); len(due) != 1 {
		t.Fatal("an in-doubt reply is not retried")
	}
	s.MarkFailed(r.Key, "421 try later", false, now.Add(time.Hour))
	got, _ := s.Reply(r.Key)
	if got.Status != ReplyQueued || got.Attempts != 1 || got.LastError == "" {
		t.Fatalf("after transient failure: %+v", got)
	}
	s.MarkSent(r.Key, now)
	if due, _ := s.Due(now.Add(2 * time.Hour)); len(due) != 0 {
		t.Fatal("sent reply still due")
	}
	if err := s.ResetFacts(); err != nil {
		t.Fatal(err)
	}
	if ps, _ := s.Participants("e"); len(ps) != 0 {
		t.Fatal("participants survive reset")
	}
	if p, _ := s.Pending(); len(p) != 1 {
		t.Fatal("messages not pending after reset")
	}
	if rs, _ := s.Replies(); len(rs) != 1 || rs[0].Status != ReplySent {
		t.Fatal("outbox lost by reset")
	}
}

func TestPrune(t *testing.T) {
	s := openTest(t)
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 1200; i++ {
		at := old
		if i%2 == 0 {
			at = time.Now()
		}
		_, _, err := s.SaveRaw(&Message{Mailbox: "p", Folder: "INBOX", UIDValidity: 1, UID: uint32(i + 1), ReceivedAt: at, From: "x@y.dk"}, []byte{byte(i), byte(i >> 8)}, Cursor{})
		if err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.Prune(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || n != 600 {
		t.Fatalf("pruned %d, %v", n, err)
	}
	msgs, _ := s.Messages(nil)
	if len(msgs) != 1200 {
		t.Fatalf("messages %d: tombstones lost", len(msgs))
	}
	for _, m := range msgs {
		_, err := s.Raw(m.ID)
		if m.ReceivedAt.Before(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)) != (err != nil) || (err != nil && m.From != "") {
			t.Fatalf("message %d: raw err %v from %q", m.ID, err, m.From)
		}
	}
}

func TestSameMessageIDDifferentMail(t *testing.T) {
	s := openTest(t)
	a := []byte("Received: from a\r\nMessage-ID: <same@x>\r\nSubject: one\r\n\r\nfirst body\r\n")
	redelivered := []byte("Received: from b\r\nReceived: from a\r\nMessage-ID: <same@x>\r\nSubject: one\r\n\r\nfirst body\r\n")
	other := []byte("Message-ID: <same@x>\r\nSubject: two\r\n\r\nanother body\r\n")
	id1, _, _ := s.SaveRaw(&Message{Mailbox: "p", Folder: "INBOX", UIDValidity: 1, UID: 1, MessageID: "same@x"}, a, Cursor{})
	id2, dup, _ := s.SaveRaw(&Message{Mailbox: "p", Folder: "INBOX", UIDValidity: 1, UID: 2, MessageID: "same@x"}, redelivered, Cursor{})
	if !dup || id2 != id1 {
		t.Fatalf("a second delivery of the same mail is a new message")
	}
	id3, dup, _ := s.SaveRaw(&Message{Mailbox: "p", Folder: "INBOX", UIDValidity: 1, UID: 3, MessageID: "same@x"}, other, Cursor{})
	if dup || id3 == id1 {
		t.Fatalf("a different mail with the same Message-ID was merged away")
	}
	// Fetched again later (another folder): still recognised.
	_, dup, _ = s.SaveRaw(&Message{Mailbox: "p", Folder: "Deleted", UIDValidity: 9, UID: 1, MessageID: "same@x"}, other, Cursor{})
	if !dup {
		t.Fatalf("the second mail fetched again was stored twice")
	}
}

func TestBlobsForLargeMail(t *testing.T) {
	s := openTest(t)
	// A mail with LF line ends and a big body, streamed in odd-sized pieces.
	var raw []byte
	raw = append(raw, "Message-ID: <big@x>\nSubject: big\n\n"...)
	for i := 0; len(raw) < 300_000; i++ {
		raw = append(raw, fmt.Sprintf("line %d of the attachment\n", i)...)
	}
	w, err := s.NewBlob()
	if err != nil {
		t.Fatal(err)
	}
	for rest := raw; len(rest) > 0; {
		n := min(len(rest), 7777)
		if _, err := w.Write(rest[:n]); err != nil {
			t.Fatal(err)
		}
		rest = rest[n:]
	}
	info, err := w.Finish()
	if err != nil {
		t.Fatal(err)
	}
	if info.SHA256 != HashRaw(raw) || info.BodySHA256 != HashRaw(bodyOf(raw)) || info.Size != int64(len(raw)) {
		t.Fatalf("streamed hashes differ from HashRaw")
	}
	m := &Message{Mailbox: "p", Folder: "INBOX", UIDValidity: 1, UID: 1, MessageID: "big@x", ReceivedAt: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}
	res, err := s.SaveRawBatch([]RawItem{{Message: m, Blob: info}}, Cursor{})
	if err != nil || res[0].Dup {
		t.Fatal(err)
	}
	got, err := s.Raw(res[0].ID)
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("raw from blob: %v", err)
	}
	// The same mail again, as bytes in bbolt (LF→CRLF): a duplicate.
	crlf := bytes.ReplaceAll(raw, []byte("\n"), []byte("\r\n"))
	if _, dup, _ := s.SaveRaw(&Message{Mailbox: "p", Folder: "Other", UIDValidity: 1, UID: 1, MessageID: "big@x"}, crlf, Cursor{}); !dup {
		t.Fatal("the same mail stored twice")
	}
	// Pruning removes the file.
	if n, err := s.Prune(time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)); err != nil || n != 1 {
		t.Fatalf("prune %d %v", n, err)
	}
	if _, err := os.Stat(filepath.Join(s.blobDir(), info.Name)); !os.IsNotExist(err) {
		t.Fatalf("blob left after prune: %v", err)
	}
}

func TestIdleCloseLetsAnotherOpenerIn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "daemon.db")
	daemon, err := Open(path, Options{IdleClose: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer daemon.Close()
	if err := daemon.SetState("k", "v1"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // idle: the file is let go
	reader, err := Open(path, Options{Timeout: time.Second})
	if err != nil {
		t.Fatalf("a second opener beside an idle daemon: %v", err)
	}
	if v, _ := reader.State("k"); v != "v1" {
		t.Fatalf("state %q", v)
	}
	reader.Close()
	// The daemon opens it again for its next operation.
	if err := daemon.SetState("k", "v2"); err != nil {
		t.Fatal(err)
	}
	if v, _ := daemon.State("k"); v != "v2" {
		t.Fatalf("state %q", v)
	}
}
