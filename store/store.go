// Package store keeps everything mailbot knows in one bbolt file: the raw
// bytes of every fetched message, its processing state, the sync cursor of
// every folder, the facts (participants, submissions) and the outbox.
//
// Each exported method is one transaction. No *bbolt.Tx leaves the package,
// no network I/O happens inside a transaction, and every value returned is a
// copy (bbolt's memory is only valid inside its transaction).
package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout this code reads and writes. Open refuses a
// file written by a newer layout.
const SchemaVersion = 1

var (
	bMeta         = []byte("meta")
	bMessages     = []byte("messages")      // id(8) -> Message JSON
	bRaw          = []byte("raw")           // id(8) -> raw bytes
	bByMessageID  = []byte("by_message_id") // mailbox \x00 message-id -> id(8)
	bByHash       = []byte("by_hash")       // mailbox \x00 sha256 -> id(8)
	bByUID        = []byte("by_uid")        // mailbox \x00 folder \x00 uidvalidity(4) uid(4) -> id(8)
	bCursors      = []byte("cursors")       // mailbox \x00 folder -> Cursor JSON
	bParticipants = []byte("participants")  // event \x00 key -> Participant JSON
	bSubmissions  = []byte("submissions")   // event \x00 message-id \x00 seq -> Submission JSON
	bOutbox       = []byte("outbox")        // key -> Reply JSON
	bState        = []byte("state")         // free-form key -> value (digest times, ...)
	bPending      = []byte("pending")       // id(8) of messages with status new: the work queue
	bPostTodo     = []byte("post_todo")     // id(8) of processed messages whose move/flag is not done

	allBuckets = [][]byte{bMeta, bMessages, bRaw, bByMessageID, bByHash, bByUID, bCursors,
		bParticipants, bSubmissions, bOutbox, bState, bPending, bPostTodo}
)

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// ErrDuplicate is returned by Enqueue when a reply with the same key exists.
var ErrDuplicate = errors.New("duplicate reply key")

// Options configure Open.
type Options struct {
	// Timeout waits this long for the file lock (another mailbot process
	// holding the store); 0 means 5 seconds.
	Timeout time.Duration
	// ReadOnly opens the file shared (no buckets are created).
	ReadOnly bool
	// IdleClose, for a long-running daemon: the file is closed (and its
	// lock released) when no operation has been in progress for this long,
	// and opened again by the next one, so that `mailbot export`, `digest
	// --print` or `review` can run beside `mailbot run`. 0 keeps it open.
	IdleClose time.Duration
}

// Store is the bbolt-backed store. It is safe for concurrent use.
type Store struct {
	path string
	opts Options

	mu    sync.Mutex
	db    *bolt.DB // nil while closed for idleness
	users int      // operations in progress
	timer *time.Timer
}

// Open opens or creates the store at path with mode 0600, creates the
// buckets and checks the schema version.
func Open(path string, opts Options) (*Store, error) {
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	s := &Store{path: path, opts: opts}
	db, err := s.open()
	if err != nil {
		return nil, err
	}
	if opts.ReadOnly {
		err = db.View(func(tx *bolt.Tx) error { return checkVersion(tx) })
	} else {
		err = db.Update(func(tx *bolt.Tx) error {
			rebuild := tx.Bucket(bMessages) != nil && tx.Bucket(bPending) == nil
			for _, b := range allBuckets {
				if _, err := tx.CreateBucketIfNotExists(b); err != nil {
					return err
				}
			}
			if rebuild { // a store written before the work-queue indexes
				if err := tx.Bucket(bMessages).ForEach(func(k, v []byte) error {
					var m Message
					if err := json.Unmarshal(v, &m); err != nil {
						return err
					}
					return indexMessage(tx, &m)
				}); err != nil {
					return err
				}
			}
			m := tx.Bucket(bMeta)
			if m.Get([]byte("schema")) == nil {
				return m.Put([]byte("schema"), u64(SchemaVersion))
			}
			return checkVersion(tx)
		})
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	s.db = db
	s.idle()
	return s, nil
}

// open opens the bbolt file.
func (s *Store) open() (*bolt.DB, error) {
	// A large initial mapping (address space, not memory) spares bbolt the
	// remaps that copy every live value of a growing file.
	db, err := bolt.Open(s.path, 0o600, &bolt.Options{Timeout: s.opts.Timeout, ReadOnly: s.opts.ReadOnly, InitialMmapSize: 1 << 30})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open store %s: locked by another mailbot process (waited %s)", s.path, s.opts.Timeout)
		}
		return nil, fmt.Errorf("open store %s: %w", s.path, err)
	}
	// bbolt creates with the mode given, but an existing file keeps its
	// mode: tighten it (personal data).
	if !s.opts.ReadOnly {
		if err := os.Chmod(s.path, 0o600); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", s.path, err)
		}
	}
	return db, nil
}

// acquire returns the open database for one operation, opening it again
// if it was closed for idleness; release must follow.
func (s *Store) acquire() (*bolt.DB, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if s.db == nil {
		db, err := s.open()
		if err != nil {
			return nil, err
		}
		s.db = db
	}
	s.users++
	return s.db, nil
}

func (s *Store) release() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users--
	s.idle()
}

// idle schedules the idle close (s.mu held or not yet shared).
func (s *Store) idle() {
	if s.opts.IdleClose <= 0 || s.users > 0 || s.db == nil {
		return
	}
	s.timer = time.AfterFunc(s.opts.IdleClose, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.users == 0 && s.db != nil {
			s.db.Close()
			s.db = nil
		}
	})
}

// view and update run fn in a read or write transaction.
func (s *Store) view(fn func(tx *bolt.Tx) error) error {
	db, err := s.acquire()
	if err != nil {
		return err
	}
	defer s.release()
	return db.View(fn)
}

func (s *Store) update(fn func(tx *bolt.Tx) error) error {
	db, err := s.acquire()
	if err != nil {
		return err
	}
	defer s.release()
	return db.Update(fn)
}

func checkVersion(tx *bolt.Tx) error {
	m := tx.Bucket(bMeta)
	if m == nil {
		return fmt.Errorf("not a mailbot store (no meta bucket)")
	}
	v := m.Get([]byte("schema"))
	if len(v) != 8 {
		return fmt.Errorf("not a mailbot store (no schema version)")
	}
	if got := binary.BigEndian.Uint64(v); got > SchemaVersion {
		return fmt.Errorf("store schema version %d is newer than this mailbot (%d): upgrade mailbot", got, SchemaVersion)
	}
	return nil
}

// Close closes the file.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		s.timer.Stop()
		s.timer = nil
	}
	if s.db == nil {
		return nil
	}
	err := s.db.Close()
	s.db = nil
	return err
}

// Path is the file the store lives in.
func (s *Store) Path() string { return s.path }

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func key(parts ...string) []byte { return []byte(strings.Join(parts, "\x00")) }

func uidKey(mailbox, folder string, validity, uid uint32) []byte {
	k := append(key(mailbox, folder), 0)
	var b [8]byte
	binary.BigEndian.PutUint32(b[:4], validity)
	binary.BigEndian.PutUint32(b[4:], uid)
	return append(k, b[:]...)
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}

func getJSON(b *bolt.Bucket, k []byte, v any) error {
	data := b.Get(k)
	if data == nil {
		return ErrNotFound
	}
	return json.Unmarshal(data, v) // Unmarshal copies out of bbolt's memory
}

// bodyOf returns the bytes after the header block (all of raw if there is
// no blank line).
func bodyOf(raw []byte) []byte {
	if i := bytes.Index(raw, []byte("\r\n\r\n")); i >= 0 {
		if j := bytes.Index(raw, []byte("\n\n")); j >= 0 && j < i {
			return raw[j+2:]
		}
		return raw[i+4:]
	}
	if j := bytes.Index(raw, []byte("\n\n")); j >= 0 {
		return raw[j+2:]
	}
	return raw
}

// HashRaw is the content hash used for de-duplication: sha256 of the raw
// bytes with line endings normalised to CRLF, so the same mail fetched from
// a server that stores LF and one that stores CRLF is one mail.
func HashRaw(raw []byte) string {
	h := sha256.New()
	start := 0
	for i := 0; i < len(raw); i++ {
		if raw[i] == '\n' && (i == 0 || raw[i-1] != '\r') {
			h.Write(raw[start:i])
			h.Write([]byte("\r\n"))
			start = i + 1
		}
	}
	h.Write(raw[start:])
	return hex.EncodeToString(h.Sum(nil))
}

// SaveRaw stores a fetched message and advances the folder's cursor in one
// transaction: after a crash, both or neither. m.SHA256 and m.Size are set
// here; m.MessageID should be set by the caller (header value, or "" to use
// the content hash).
//
// dup is true when the message is already stored: the same UID in the same
// folder and UIDVALIDITY, or the same Message-ID or content hash in the same
// mailbox (a UIDVALIDITY change, or the mail seen in a second folder after
// Exchange moved it). A dup is not stored again; id is the existing one.
// The cursor advances either way, but never backwards.
func (s *Store) SaveRaw(m *Message, raw []byte, c Cursor) (id uint64, dup bool, err error) {
	res, err := s.SaveRawBatch([]RawItem{{Message: m, Raw: raw}}, c)
	if err != nil {
		return 0, false, err
	}
	return res[0].ID, res[0].Dup, nil
}

// RawItem is one message of a SaveRawBatch: its bytes, or the blob file
// they were streamed to (see NewBlob).
type RawItem struct {
	Message *Message
	Raw     []byte
	Blob    *BlobInfo
}

// SaveResult is what SaveRawBatch did with one item.
type SaveResult struct {
	ID  uint64
	Dup bool

	dropBlob string
}

// SaveRawBatch is SaveRaw for several messages of one folder in one
// transaction (one fsync for a whole FETCH batch); the cursor advances with
// them.
func (s *Store) SaveRawBatch(items []RawItem, c Cursor) ([]SaveResult, error) {
	for _, it := range items {
		m := it.Message
		if it.Blob != nil {
			m.SHA256, m.BodySHA256, m.Size, m.Blob = it.Blob.SHA256, it.Blob.BodySHA256, it.Blob.Size, it.Blob.Name
		} else {
			m.SHA256 = HashRaw(it.Raw)
			m.BodySHA256 = HashRaw(bodyOf(it.Raw))
			m.Size = int64(len(it.Raw))
		}
		if m.MessageID == "" {
			m.MessageID = "sha256:" + m.SHA256[:32] + "@mailbot"
		}
		if m.Status == "" {
			m.Status = StatusNew
		}
	}
	out := make([]SaveResult, len(items))
	err := s.update(func(tx *bolt.Tx) error {
		if err := advanceCursor(tx, c); err != nil {
			return err
		}
		for i, it := range items {
			id, dup, err := saveRaw(tx, it.Message, it.Raw)
			if err != nil {
				return fmt.Errorf("uid %d: %w", it.Message.UID, err)
			}
			out[i] = SaveResult{ID: id, Dup: dup}
			if dup && it.Blob != nil {
				var old Message
				if getJSON(tx.Bucket(bMessages), u64(id), &old) == nil && old.Blob != it.Blob.Name {
					out[i].dropBlob = it.Blob.Name
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("save messages in %s/%s: %w", c.Mailbox, c.Folder, err)
	}
	for _, r := range out {
		s.removeBlob(r.dropBlob) // a duplicate's own copy
	}
	return out, nil
}

func saveRaw(tx *bolt.Tx, m *Message, raw []byte) (id uint64, dup bool, err error) {
	byUID := tx.Bucket(bByUID)
	uk := uidKey(m.Mailbox, m.Folder, m.UIDValidity, m.UID)
	if v := byUID.Get(uk); v != nil {
		return binary.BigEndian.Uint64(v), true, nil
	}
	// The same Message-ID is the same mail only with the same body: a
	// second delivery differs in its Received lines, but two different
	// mails that share an id (broken clients, test fixtures) are both kept.
	idTaken := false
	if v := tx.Bucket(bByMessageID).Get(key(m.Mailbox, m.MessageID)); v != nil {
		idTaken = true
		var old Message
		if err := getJSON(tx.Bucket(bMessages), v, &old); err == nil && (old.BodySHA256 == m.BodySHA256 || old.BodySHA256 == "") {
			id, dup = binary.BigEndian.Uint64(v), true
		}
	}
	if v := tx.Bucket(bByHash).Get(key(m.Mailbox, m.SHA256)); !dup && v != nil && m.Size > 0 {
		id, dup = binary.BigEndian.Uint64(v), true
	}
	if dup {
		// Remember the new location so the same UID is recognised cheaply.
		return id, true, byUID.Put(uk, u64(id))
	}
	m.SharedMessageID = idTaken
	msgs := tx.Bucket(bMessages)
	if id, err = msgs.NextSequence(); err != nil {
		return 0, false, err
	}
	m.ID = id
	if err := putJSON(msgs, u64(id), m); err != nil {
		return 0, false, err
	}
	if m.Blob == "" {
		if err := tx.Bucket(bRaw).Put(u64(id), raw); err != nil {
			return 0, false, err
		}
	}
	if err := indexMessage(tx, m); err != nil {
		return 0, false, err
	}
	if !idTaken {
		if err := tx.Bucket(bByMessageID).Put(key(m.Mailbox, m.MessageID), u64(id)); err != nil {
			return 0, false, err
		}
	}
	if err := tx.Bucket(bByHash).Put(key(m.Mailbox, m.SHA256), u64(id)); err != nil {
		return 0, false, err
	}
	return id, false, byUID.Put(uk, u64(id))
}

func advanceCursor(tx *bolt.Tx, c Cursor) error {
	if c.Mailbox == "" {
		return nil
	}
	b := tx.Bucket(bCursors)
	k := key(c.Mailbox, c.Folder)
	var old Cursor
	if err := getJSON(b, k, &old); err == nil && old.UIDValidity == c.UIDValidity && old.LastUID > c.LastUID {
		return nil
	}
	return putJSON(b, k, c)
}

// Cursor returns the sync state of a folder; a zero Cursor if none.
func (s *Store) Cursor(mailbox, folder string) (Cursor, error) {
	c := Cursor{Mailbox: mailbox, Folder: folder}
	err := s.view(func(tx *bolt.Tx) error {
		err := getJSON(tx.Bucket(bCursors), key(mailbox, folder), &c)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return err
	})
	return c, err
}

// SetCursor replaces a folder's sync state (after a UIDVALIDITY change the
// caller resets LastUID to 0; SaveRaw's de-duplication keeps the re-fetch
// from creating duplicates).
func (s *Store) SetCursor(c Cursor) error {
	return s.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bCursors), key(c.Mailbox, c.Folder), c)
	})
}

// Raw returns a copy of a message's raw bytes.
func (s *Store) Raw(id uint64) ([]byte, error) {
	var out []byte
	err := s.ViewRaw(id, func(raw []byte) error {
		out = bytes.Clone(raw)
		return nil
	})
	return out, err
}

// ViewRaw calls fn with a message's raw bytes without copying them (the
// bbolt value, or the blob file mapped read-only): fn must not keep raw
// (or any slice of it) after it returns, and must not write to the store.
func (s *Store) ViewRaw(id uint64, fn func(raw []byte) error) error {
	var blob string
	err := s.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bRaw).Get(u64(id)); v != nil {
			return fn(v)
		}
		var m Message
		if err := getJSON(tx.Bucket(bMessages), u64(id), &m); err != nil || m.Blob == "" {
			return fmt.Errorf("raw message %d: %w", id, ErrNotFound)
		}
		blob = m.Blob
		return nil
	})
	if err != nil || blob == "" {
		return err
	}
	return s.viewBlob(blob, fn)
}

// MessageByMessageID returns the first message of mailbox with the given
// Message-ID (without <>), or ErrNotFound.
func (s *Store) MessageByMessageID(mailbox, messageID string) (*Message, error) {
	var m Message
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bByMessageID).Get(key(mailbox, messageID))
		if v == nil {
			return ErrNotFound
		}
		return getJSON(tx.Bucket(bMessages), v, &m)
	})
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// Message returns one message record.
func (s *Store) Message(id uint64) (*Message, error) {
	var m Message
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bMessages), u64(id), &m) })
	if err != nil {
		return nil, fmt.Errorf("message %d: %w", id, err)
	}
	return &m, nil
}

// Messages returns every message record in store order (ID ascending).
// filter, if not nil, selects which.
func (s *Store) Messages(filter func(*Message) bool) ([]*Message, error) {
	var out []*Message
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bMessages).ForEach(func(k, v []byte) error {
			var m Message
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("message %x: %w", k, err)
			}
			if filter == nil || filter(&m) {
				out = append(out, &m)
			}
			return nil
		})
	})
	return out, err
}

// Pending returns messages whose raw bytes are stored but which are not yet
// processed, in store order.
func (s *Store) Pending() ([]*Message, error) {
	return s.indexed(bPending, nil)
}

// PostTodo returns the processed messages of one folder whose
// after-processing action (move, \Seen) is not done yet.
func (s *Store) PostTodo(mailbox, folder string) ([]*Message, error) {
	return s.indexed(bPostTodo, func(m *Message) bool { return m.Mailbox == mailbox && m.Folder == folder })
}

func (s *Store) indexed(bucket []byte, filter func(*Message) bool) ([]*Message, error) {
	var out []*Message
	err := s.view(func(tx *bolt.Tx) error {
		msgs := tx.Bucket(bMessages)
		return tx.Bucket(bucket).ForEach(func(k, _ []byte) error {
			var m Message
			if err := getJSON(msgs, k, &m); err != nil {
				return fmt.Errorf("message %x: %w", k, err)
			}
			if filter == nil || filter(&m) {
				out = append(out, &m)
			}
			return nil
		})
	})
	return out, err
}

// indexMessage keeps the work-queue indexes in step with m's state.
func indexMessage(tx *bolt.Tx, m *Message) error {
	k := u64(m.ID)
	set := func(bucket []byte, on bool) error {
		if on {
			return tx.Bucket(bucket).Put(k, nil)
		}
		return tx.Bucket(bucket).Delete(k)
	}
	if err := set(bPending, m.Status == StatusNew); err != nil {
		return err
	}
	return set(bPostTodo, m.Status != StatusNew && !m.PostDone)
}

// Update is the result of processing one message, committed as one unit.
type Update struct {
	Message      *Message          // required: its new state
	Participants []*Participant    // put by (Event, Key)
	Submissions  []*Submission     // added
	Replies      []*Reply          // enqueued; a key that exists is skipped (see Enqueue)
	State        map[string]string // free-form state set with the rest (e.g. last reply per sender)
}

// Commit stores the outcome of processing one message in one transaction:
// the message's state, the facts, and the replies. A crash before it
// commits leaves the message pending; the next pass processes it again.
// It returns the keys of the replies actually enqueued.
func (s *Store) Commit(u *Update) (enqueued []string, err error) {
	return s.CommitAll([]*Update{u})
}

// CommitAll commits several updates in one transaction (one fsync for a
// batch of processed messages): after a crash, all of them or none, and
// the ones lost are simply processed again.
func (s *Store) CommitAll(us []*Update) (enqueued []string, err error) {
	var at uint64
	err = s.update(func(tx *bolt.Tx) error {
		enqueued = enqueued[:0]
		for _, u := range us {
			if u.Message != nil {
				at = u.Message.ID
			}
			keys, err := commit(tx, u)
			if err != nil {
				return err
			}
			enqueued = append(enqueued, keys...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("commit message %d: %w", at, err)
	}
	return enqueued, nil
}

func commit(tx *bolt.Tx, u *Update) (enqueued []string, err error) {
	if u.Message != nil {
		msgs := tx.Bucket(bMessages)
		if msgs.Get(u64(u.Message.ID)) == nil {
			return nil, fmt.Errorf("message %d: %w", u.Message.ID, ErrNotFound)
		}
		if err := putJSON(msgs, u64(u.Message.ID), u.Message); err != nil {
			return nil, err
		}
		if err := indexMessage(tx, u.Message); err != nil {
			return nil, err
		}
	}
	for _, p := range u.Participants {
		if err := putJSON(tx.Bucket(bParticipants), key(p.Event, p.Key), p); err != nil {
			return nil, err
		}
	}
	for _, sub := range u.Submissions {
		if err := addSubmission(tx, sub); err != nil {
			return nil, err
		}
	}
	for k, v := range u.State {
		if err := tx.Bucket(bState).Put([]byte(k), []byte(v)); err != nil {
			return nil, err
		}
	}
	for _, r := range u.Replies {
		err := enqueue(tx, r)
		if errors.Is(err, ErrDuplicate) {
			continue
		}
		if err != nil {
			return nil, err
		}
		enqueued = append(enqueued, r.Key)
	}
	return enqueued, nil
}

func addSubmission(tx *bolt.Tx, sub *Submission) error {
	b := tx.Bucket(bSubmissions)
	prefix := key(sub.Event, sub.MessageID, "")
	// One message gives one submission: re-processing replaces it.
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if err := c.Delete(); err != nil {
			return err
		}
	}
	return putJSON(b, append(prefix, '0'), sub)
}

// MessageID derives our outgoing Message-ID from a reply key, so that a
// resend after a crash carries the same id and receivers can de-duplicate.
func MessageIDForKey(key, domain string) string {
	h := sha256.Sum256([]byte(key))
	return "mailbot." + hex.EncodeToString(h[:12]) + "@" + domain
}

// Enqueue adds r to the outbox unless a reply with r.Key exists (queued,
// sending, sent or failed): then ErrDuplicate. Key is the answered
// Message-ID + "/" + kind (digests: "digest/<event>/<date>"), so a message
// processed twice (crash, reparse) is answered once.
//
// Crash windows of a reply's life (see also mailbot/outbox.go):
//   - before Enqueue (or Commit) commits: the message is still pending; the
//     next pass processes it again and enqueues once.
//   - queued: the sender picks it up.
//   - after MarkSending commits, before the SMTP server accepted it: on
//     restart the reply is "sending" and is retried at NextAttempt with the
//     same Message-ID.
//   - after SMTP 250, before MarkSent commits: the reply is "sending" and in
//     doubt; the sender looks in the Sent folder for the Message-ID when one
//     is configured, else resends with the same Message-ID. This window is
//     one bbolt commit long.
func (s *Store) Enqueue(r *Reply) error {
	return s.update(func(tx *bolt.Tx) error { return enqueue(tx, r) })
}

func enqueue(tx *bolt.Tx, r *Reply) error {
	if r.Key == "" {
		return fmt.Errorf("enqueue: reply without key")
	}
	b := tx.Bucket(bOutbox)
	if b.Get([]byte(r.Key)) != nil {
		return ErrDuplicate
	}
	if r.Status == "" {
		r.Status = ReplyQueued
	}
	return putJSON(b, []byte(r.Key), r)
}

// Reply returns one outbox entry.
func (s *Store) Reply(k string) (*Reply, error) {
	var r Reply
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bOutbox), []byte(k), &r) })
	if err != nil {
		return nil, fmt.Errorf("reply %s: %w", k, err)
	}
	return &r, nil
}

// Replies returns every outbox entry (all states), oldest first.
func (s *Store) Replies() ([]*Reply, error) {
	var out []*Reply
	err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bOutbox).ForEach(func(k, v []byte) error {
			var r Reply
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("reply %s: %w", k, err)
			}
			out = append(out, &r)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].CreatedAt.Before(out[j].CreatedAt) })
	return out, err
}

// Due returns replies to attempt now: queued or sending (in doubt or
// retrying) with NextAttempt not after now, oldest first.
func (s *Store) Due(now time.Time) ([]*Reply, error) {
	all, err := s.Replies()
	if err != nil {
		return nil, err
	}
	var out []*Reply
	for _, r := range all {
		if (r.Status == ReplyQueued || r.Status == ReplySending) && !r.NextAttempt.After(now) {
			out = append(out, r)
		}
	}
	return out, nil
}

func (s *Store) updateReply(k string, fn func(r *Reply)) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bOutbox)
		var r Reply
		if err := getJSON(b, []byte(k), &r); err != nil {
			return fmt.Errorf("reply %s: %w", k, err)
		}
		fn(&r)
		return putJSON(b, []byte(k), &r)
	})
}

// MarkSending records an attempt before dialing: Attempts++, status
// sending, NextAttempt = next (when to retry if this attempt is lost).
func (s *Store) MarkSending(k string, next time.Time) error {
	return s.updateReply(k, func(r *Reply) {
		r.Attempts++
		r.Status = ReplySending
		r.NextAttempt = next
	})
}

// MarkSent records that the SMTP server accepted the reply.
func (s *Store) MarkSent(k string, at time.Time) error {
	return s.updateReply(k, func(r *Reply) {
		r.Status = ReplySent
		r.SentAt = at
		r.LastError = ""
	})
}

// MarkFailed records a failed attempt: permanent → failed for good;
// otherwise queued again for next.
func (s *Store) MarkFailed(k string, msg string, permanent bool, next time.Time) error {
	return s.updateReply(k, func(r *Reply) {
		r.LastError = msg
		if permanent {
			r.Status = ReplyFailed
		} else {
			r.Status = ReplyQueued
			r.NextAttempt = next
		}
	})
}

// Participants returns the participants of an event ("" = all events),
// ordered by event then key.
func (s *Store) Participants(event string) ([]*Participant, error) {
	return scanEvent[Participant](s, bParticipants, event)
}

// scanEvent decodes the records of bucket whose key starts with event
// ("" = all), in key order.
func scanEvent[T any](s *Store, bucket []byte, event string) ([]*T, error) {
	var out []*T
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucket).Cursor()
		var prefix []byte
		if event != "" {
			prefix = key(event, "")
		}
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var rec T
			if err := json.Unmarshal(v, &rec); err != nil {
				return fmt.Errorf("%s %q: %w", bucket, k, err)
			}
			out = append(out, &rec)
		}
		return nil
	})
	return out, err
}

// Participant returns one participant, or ErrNotFound.
func (s *Store) Participant(event, k string) (*Participant, error) {
	var p Participant
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bParticipants), key(event, k), &p) })
	if err != nil {
		return nil, err
	}
	return &p, nil
}

// Submissions returns the submissions of an event ("" = all), in arrival
// order.
func (s *Store) Submissions(event string) ([]*Submission, error) {
	out, err := scanEvent[Submission](s, bSubmissions, event)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ReceivedAt.Before(out[j].ReceivedAt) })
	return out, err
}

// State returns a free-form state value ("" if unset).
func (s *Store) State(k string) (string, error) {
	var out string
	err := s.view(func(tx *bolt.Tx) error {
		out = string(tx.Bucket(bState).Get([]byte(k)))
		return nil
	})
	return out, err
}

// SetState sets a free-form state value.
func (s *Store) SetState(k, v string) error {
	return s.update(func(tx *bolt.Tx) error { return tx.Bucket(bState).Put([]byte(k), []byte(v)) })
}

// ResetFacts forgets participants and submissions and marks every message
// new again, for `mailbot reparse`. The outbox is kept, so a message
// processed again is not answered twice (its reply key exists).
func (s *Store) ResetFacts() error {
	return s.update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bParticipants, bSubmissions} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		msgs := tx.Bucket(bMessages)
		c := msgs.Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var m Message
			if err := json.Unmarshal(v, &m); err != nil {
				return err
			}
			m.Status = StatusNew
			m.Resolved = ""
			if err := putJSON(msgs, bytes.Clone(k), &m); err != nil {
				return err
			}
			if err := indexMessage(tx, &m); err != nil {
				return err
			}
		}
		return nil
	})
}

// Prune removes the raw bytes and personal data of messages received before
// cutoff (retention), and replies sent before it. Message records stay (as
// a tombstone without sender or body) so the export keeps every message
// once and de-duplication still works. It returns how many messages it
// pruned. Work is done in chunks of 500 to keep transactions short.
func (s *Store) Prune(cutoff time.Time) (int, error) {
	total := 0
	var after []byte // resume the scan here: chunks keep transactions short
	for {
		var blobs []string
		n, done := 0, false
		err := s.update(func(tx *bolt.Tx) error {
			msgs, raw := tx.Bucket(bMessages), tx.Bucket(bRaw)
			c := msgs.Cursor()
			k, v := c.First()
			if after != nil {
				k, v = c.Seek(after)
				if k != nil && bytes.Equal(k, after) {
					k, v = c.Next()
				}
			}
			type victim struct {
				k []byte
				m Message
			}
			var victims []victim
			for ; k != nil && len(victims) < 500; k, v = c.Next() {
				var m Message
				if err := json.Unmarshal(v, &m); err != nil {
					return err
				}
				after = bytes.Clone(k)
				if m.ReceivedAt.Before(cutoff) && (m.Blob != "" || raw.Get(k) != nil) {
					victims = append(victims, victim{bytes.Clone(k), m})
				}
			}
			done = k == nil
			for _, vi := range victims {
				if err := raw.Delete(vi.k); err != nil {
					return err
				}
				if vi.m.Blob != "" {
					blobs = append(blobs, vi.m.Blob)
					vi.m.Blob = ""
				}
				vi.m.From, vi.m.FromName, vi.m.Subject = "", "", ""
				if err := putJSON(msgs, vi.k, &vi.m); err != nil {
					return err
				}
			}
			n = len(victims)
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("prune: %w", err)
		}
		for _, b := range blobs {
			s.removeBlob(b) // after the commit: a crash leaves a file, not a dangling reference
		}
		total += n
		if done {
			return total, nil
		}
	}
}
