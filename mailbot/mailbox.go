package mailbot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/mail"
	"sort"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailbot/mailbot/config"
	"mailbot/mailbot/conn"
	"mailbot/store"
)

// Fetch batches: a FETCH asks for at most fetchBatchUIDs messages, and the
// bytes read are committed to the store at least every fetchBatchBytes, so a
// 25 MB attachment is not held beside many others.
const (
	fetchBatchUIDs  = 100
	fetchBatchBytes = 8 << 20
)

// session is one logged-in IMAP connection to one mailbox.
type session struct {
	a  *App
	mb *config.Mailbox
	c  *imapclient.Client
	// kick receives a value when the server reports new mail (EXISTS)
	// while we IDLE. Size 1; the handler never blocks.
	kick chan struct{}
	// created remembers folders we checked or created this session.
	created map[string]bool
}

// dialSession dials and logs in. The EXISTS handler only kicks.
func (a *App) dialSession(ctx context.Context, mb *config.Mailbox) (*session, error) {
	s := &session{a: a, mb: mb, kick: make(chan struct{}, 1), created: map[string]bool{}}
	opts := &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case s.kick <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	c, err := a.dialIMAP(ctx, mb, opts)
	if err != nil {
		return nil, fmt.Errorf("imap %s: %w", mb.ID, err)
	}
	s.c = c
	return s, nil
}

func (s *session) close() {
	if s.c == nil {
		return
	}
	done := make(chan struct{})
	go func() {
		s.c.Logout().Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	s.c.Close()
}

// syncFolder fetches every message of folder newer than the stored cursor
// and commits its raw bytes (BODY.PEEK: nothing is marked \Seen before the
// bytes are stored). It returns how many new messages were stored.
//
// UIDVALIDITY: when the server's differs from the cursor's, the folder is
// read again from UID 1; SaveRaw recognises the mails already stored by
// Message-ID and content hash, so nothing is duplicated.
func (s *session) syncFolder(ctx context.Context, folder string) (int, error) {
	a, mb := s.a, s.mb
	sel, err := s.c.Select(folder, &imap.SelectOptions{ReadOnly: false}).Wait()
	if err != nil {
		return 0, fmt.Errorf("select %s: %w", folder, err)
	}
	cur, err := a.store.Cursor(mb.ID, folder)
	if err != nil {
		return 0, err
	}
	if cur.UIDValidity != sel.UIDValidity {
		if cur.UIDValidity != 0 {
			a.log.Warn("uidvalidity changed: resyncing folder", "mailbox", mb.ID, "folder", folder,
				"old", cur.UIDValidity, "new", sel.UIDValidity)
		}
		cur = store.Cursor{Mailbox: mb.ID, Folder: folder, UIDValidity: sel.UIDValidity}
		if err := a.store.SetCursor(cur); err != nil {
			return 0, err
		}
	}
	if sel.NumMessages == 0 {
		return 0, nil
	}
	crit := &imap.SearchCriteria{UID: []imap.UIDSet{{imap.UIDRange{Start: imap.UID(cur.LastUID + 1), Stop: 0}}}}
	if !mb.Since.IsZero() {
		crit.Since = mb.Since.Time
	}
	data, err := s.c.UIDSearch(crit, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("search %s: %w", folder, err)
	}
	var uids []imap.UID
	for _, u := range data.AllUIDs() {
		if uint32(u) > cur.LastUID { // "n:*" always matches the last message
			uids = append(uids, u)
		}
	}
	sort.Slice(uids, func(i, j int) bool { return uids[i] < uids[j] })
	stored := 0
	for len(uids) > 0 {
		n := min(len(uids), fetchBatchUIDs)
		batch := uids[:n]
		uids = uids[n:]
		k, err := s.fetchBatch(ctx, folder, sel.UIDValidity, batch)
		stored += k
		if err != nil {
			return stored, err
		}
		if ctx.Err() != nil {
			return stored, ctx.Err()
		}
	}
	if err := a.store.SetCursor(store.Cursor{Mailbox: mb.ID, Folder: folder, UIDValidity: sel.UIDValidity,
		LastUID: max(cur.LastUID, lastUIDOf(data))}); err != nil {
		return stored, err
	}
	return stored, nil
}

func lastUIDOf(d *imap.SearchData) uint32 {
	var m uint32
	for _, u := range d.AllUIDs() {
		m = max(m, uint32(u))
	}
	return m
}

// fetchBatch fetches the given UIDs (ascending) and stores them, committing
// every fetchBatchBytes. The cursor advances with each commit to the highest
// UID committed.
func (s *session) fetchBatch(ctx context.Context, folder string, validity uint32, uids []imap.UID) (int, error) {
	a, mb := s.a, s.mb
	set := imap.UIDSetNum(uids...)
	cmd := s.c.Fetch(set, &imap.FetchOptions{
		UID:          true,
		InternalDate: true,
		RFC822Size:   true,
		BodySection:  []*imap.FetchItemBodySection{{Peek: true}},
	})
	defer cmd.Close()
	var (
		items    []store.RawItem
		size     int
		stored   int
		answered = a.answerSince(mb)
		lastUID  uint32
	)
	flush := func() error {
		if len(items) == 0 {
			return nil
		}
		res, err := a.store.SaveRawBatch(items, store.Cursor{Mailbox: mb.ID, Folder: folder, UIDValidity: validity, LastUID: lastUID})
		if err != nil {
			return err
		}
		for _, r := range res {
			if !r.Dup {
				stored++
			}
		}
		a.metrics.Fetched(mb.ID, len(items))
		items, size = items[:0], 0
		a.kickProcess()
		return nil
	}
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		var (
			uid      imap.UID
			internal time.Time
			raw      []byte
			blob     *store.BlobInfo
			readErr  error
		)
		for {
			item := msg.Next()
			if item == nil {
				break
			}
			switch it := item.(type) {
			case imapclient.FetchItemDataUID:
				uid = it.UID
			case imapclient.FetchItemDataInternalDate:
				internal = it.Time
			case imapclient.FetchItemDataBodySection:
				if it.Literal == nil {
					break
				}
				if it.Literal.Size() > store.BlobThreshold {
					// A large mail goes straight to a file: never whole in memory.
					blob, readErr = a.streamBlob(it.Literal)
				} else {
					raw, readErr = readLiteral(it.Literal)
				}
			}
		}
		if readErr != nil {
			return stored, fmt.Errorf("fetch uid %d in %s: %w", uid, folder, readErr)
		}
		if uid == 0 || (raw == nil && blob == nil) {
			continue // a FETCH for flags only (unilateral), or an expunged message
		}
		head := raw
		if blob != nil {
			head = blob.Head
		}
		if len(raw) == 0 && blob == nil {
			// A server that could not serve the bytes: keep the record,
			// never fold it into another empty one.
			a.log.Warn("server returned an empty message", "mailbox", mb.ID, "folder", folder, "uid", uid)
		}
		m := &store.Message{
			Mailbox:     mb.ID,
			Folder:      folder,
			UIDValidity: validity,
			UID:         uint32(uid),
			MessageID:   headerMessageID(head),
			ReceivedAt:  internal,
			FetchedAt:   a.now(),
		}
		if m.ReceivedAt.IsZero() {
			m.ReceivedAt = headerDate(head)
		}
		if len(raw) == 0 && blob == nil {
			m.MessageID = fmt.Sprintf("empty.%s.%d.%d@mailbot", mb.ID, validity, uid)
		}
		if m.ReceivedAt.IsZero() {
			m.ReceivedAt = m.FetchedAt
		}
		m.Answerable = !m.ReceivedAt.Before(answered)
		items = append(items, store.RawItem{Message: m, Raw: raw, Blob: blob})
		size += len(raw)
		lastUID = uint32(uid)
		if size >= fetchBatchBytes {
			if err := flush(); err != nil {
				return stored, err
			}
		}
	}
	if err := cmd.Close(); err != nil {
		if ferr := flush(); ferr != nil {
			return stored, ferr
		}
		return stored, fmt.Errorf("fetch in %s: %w", folder, err)
	}
	return stored, flush()
}

// headerMessageID reads the Message-ID header of raw, without <>.
func headerMessageID(raw []byte) string {
	msg, err := mail.ReadMessage(strings.NewReader(headerBlock(raw)))
	if err != nil {
		return ""
	}
	return normalizeMessageID(msg.Header.Get("Message-Id"))
}

func normalizeMessageID(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '<'); i >= 0 {
		if j := strings.IndexByte(v[i:], '>'); j > 0 {
			v = v[i+1 : i+j]
		}
	}
	return strings.TrimSpace(v)
}

func headerDate(raw []byte) time.Time {
	msg, err := mail.ReadMessage(strings.NewReader(headerBlock(raw)))
	if err != nil {
		return time.Time{}
	}
	t, err := mail.ParseDate(msg.Header.Get("Date"))
	if err != nil {
		return time.Time{}
	}
	return t
}

// headerBlock returns the header part of raw (at most 256 KB), with a
// terminating blank line, skipping a BOM and leading blank lines.
func headerBlock(raw []byte) string {
	s := string(raw[:min(len(raw), 256<<10)])
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.TrimLeft(s, "\r\n \t")
	if i := strings.Index(s, "\r\n\r\n"); i >= 0 {
		s = s[:i+2]
	} else if i := strings.Index(s, "\n\n"); i >= 0 {
		s = s[:i+1]
	}
	return s + "\r\n"
}

// postActions applies the mailbox's after-processing actions (move to
// move_to / review_folder, \Seen) to processed messages of folder in the
// selected mailbox, and records them so they happen once.
func (s *session) postActions(ctx context.Context, folder string) error {
	mb := s.mb
	if mb.MoveTo == "" && mb.ReviewFolder == "" && !mb.MarkSeen {
		return nil
	}
	sel := s.c.Mailbox()
	if sel == nil || sel.Name != folder {
		if _, err := s.c.Select(folder, nil).Wait(); err != nil {
			return fmt.Errorf("select %s: %w", folder, err)
		}
	}
	cur, err := s.a.store.Cursor(mb.ID, folder)
	if err != nil {
		return err
	}
	todo, err := s.a.store.PostTodo(mb.ID, folder)
	if err != nil {
		return err
	}
	var msgs, gone []*store.Message
	for _, m := range todo {
		if m.UIDValidity == cur.UIDValidity {
			msgs = append(msgs, m)
		} else {
			gone = append(gone, m) // its UID means nothing any more
		}
	}
	for _, m := range gone {
		m.PostDone = true
		if _, err := s.a.store.Commit(&store.Update{Message: m}); err != nil {
			return err
		}
	}
	groups := map[string][]imap.UID{} // destination folder ("" = stay) -> uids
	for _, m := range msgs {
		dest := mb.MoveTo
		if m.Status == store.StatusReview && mb.ReviewFolder != "" {
			dest = mb.ReviewFolder
		}
		if dest == folder {
			dest = ""
		}
		groups[dest] = append(groups[dest], imap.UID(m.UID))
	}
	for dest, uids := range groups {
		set := imap.UIDSetNum(uids...)
		if mb.MarkSeen {
			if err := s.c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close(); err != nil {
				return fmt.Errorf("flag \\Seen in %s: %w", folder, err)
			}
		}
		if dest != "" {
			if err := s.ensureFolder(dest); err != nil {
				return err
			}
			if _, err := s.c.Move(set, dest).Wait(); err != nil {
				return fmt.Errorf("move %d messages from %s to %s: %w", len(uids), folder, dest, err)
			}
		}
	}
	for _, m := range msgs {
		m.PostDone = true
		if _, err := s.a.store.Commit(&store.Update{Message: m}); err != nil {
			return err
		}
	}
	return nil
}

// ensureFolder creates name if the server does not have it.
func (s *session) ensureFolder(name string) error {
	if s.created[name] {
		return nil
	}
	list, err := s.c.List("", name, nil).Collect()
	if err != nil {
		return fmt.Errorf("list %s: %w", name, err)
	}
	if len(list) == 0 {
		if err := s.c.Create(name, nil).Wait(); err != nil {
			return fmt.Errorf("create folder %s: %w", name, err)
		}
		s.a.log.Info("created folder", "mailbox", s.mb.ID, "folder", name)
	}
	s.created[name] = true
	return nil
}

// pollMailbox is one pass over one mailbox: every folder fetched, the new
// mail processed, the after-processing actions applied.
func (a *App) pollMailbox(ctx context.Context, mb *config.Mailbox) error {
	s, err := a.dialSession(ctx, mb)
	if err != nil {
		return err
	}
	defer s.close()
	defer context.AfterFunc(ctx, func() { s.c.Close() })()
	return s.pass(ctx)
}

// pass fetches, processes and post-processes every folder of the session.
func (s *session) pass(ctx context.Context) error {
	var errs []error
	// Processing runs beside the fetch: each committed fetch batch kicks it,
	// so parsing (CPU) overlaps with reading from the server (I/O).
	stop, procErr := s.a.processBeside(ctx)
	for _, folder := range s.mb.Folders {
		n, err := s.syncFolder(ctx, folder)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if n > 0 {
			s.a.log.Info("fetched", "mailbox", s.mb.ID, "folder", folder, "new", n)
		}
	}
	stop()
	if err := procErr(); err != nil {
		errs = append(errs, err)
	}
	if err := s.a.processPending(ctx); err != nil {
		errs = append(errs, err)
	}
	for _, folder := range s.mb.Folders {
		if err := s.postActions(ctx, folder); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		s.a.metrics.FetchOK(s.mb.ID, s.a.now())
	}
	return errors.Join(errs...)
}

// watch keeps one mailbox in sync until ctx ends: a session per connection,
// IDLE on the first folder where the server offers it (the others are
// polled at each wake-up), reconnect with backoff.
func (a *App) watch(ctx context.Context, mb *config.Mailbox) {
	var backoff time.Duration
	for {
		err := a.watchSession(ctx, mb)
		if ctx.Err() != nil {
			return
		}
		if err == nil {
			backoff = 0
			continue
		}
		backoff = min(max(2*backoff, time.Second), 5*time.Minute)
		a.log.Warn("imap session ended", "mailbox", mb.ID, "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(jitter(backoff)):
		}
	}
}

func jitter(d time.Duration) time.Duration {
	return d/2 + time.Duration(rand.Int64N(int64(d/2)+1))
}

// maxSession bounds one connection's life, so OAuth2 tokens are renewed on
// a fresh login well before they expire (Exchange Online ends a session when
// its token expires).
const maxSession = 45 * time.Minute

func (a *App) watchSession(ctx context.Context, mb *config.Mailbox) error {
	s, err := a.dialSession(ctx, mb)
	if err != nil {
		return err
	}
	defer s.close()
	defer context.AfterFunc(ctx, func() { s.c.Close() })()
	// End the session before its OAuth2 token expires (Exchange Online
	// ends it with "BYE Session invalidated - AccessTokenExpired"): the next
	// session logs in with a renewed token, between two passes, so no
	// message is in hand.
	deadline := time.Now().Add(maxSession)
	if isXOAUTH2(mb) {
		if exp := conn.TokensFor(a.cfg).Expiry(mb.ID); !exp.IsZero() {
			a.metrics.TokenExpiry(mb.ID, exp)
			if cut := exp.Add(-2 * time.Minute); cut.Before(deadline) {
				deadline = cut
			}
		}
	}
	idleOK := s.c.Caps().Has(imap.CapIdle)
	poll := mb.Poll.Duration
	if poll <= 0 {
		poll = time.Minute
	}
	for {
		if err := s.pass(ctx); err != nil {
			return err
		}
		a.kickOutbox()
		if !time.Now().Before(deadline) {
			return nil // reconnect with a fresh login
		}
		if !idleOK {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(poll):
			}
			continue
		}
		// IDLE on the first folder; others are polled each wake-up.
		if _, err := s.c.Select(mb.Folders[0], nil).Wait(); err != nil {
			return fmt.Errorf("select %s: %w", mb.Folders[0], err)
		}
		idle, err := s.c.Idle()
		if err != nil {
			return fmt.Errorf("idle: %w", err)
		}
		wake := poll * 5 // the other folders and a safety net
		if len(mb.Folders) == 1 {
			wake = 10 * time.Minute
		}
		wake = max(min(wake, time.Until(deadline)), time.Second)
		select {
		case <-ctx.Done():
		case <-s.kick:
		case <-s.c.Closed():
		case <-time.After(wake):
		}
		if err := idle.Close(); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("idle: %w", err)
		}
		if err := idle.Wait(); err != nil && ctx.Err() == nil {
			return fmt.Errorf("idle: %w", err)
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// searchMessageID reports whether folder holds a message with Message-ID id.
func (s *session) searchMessageID(folder, id string) (bool, error) {
	if _, err := s.c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return false, fmt.Errorf("select %s: %w", folder, err)
	}
	data, err := s.c.UIDSearch(&imap.SearchCriteria{Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: id}}}, nil).Wait()
	if err != nil {
		return false, fmt.Errorf("search %s: %w", folder, err)
	}
	return len(data.AllUIDs()) > 0, nil
}

func isXOAUTH2(mb *config.Mailbox) bool {
	return strings.EqualFold(mb.IMAP.Auth, "xoauth2")
}

// readLiteral reads an IMAP literal into a buffer of exactly its size
// (io.ReadAll would grow by doubling and hold up to twice a big mail).
func readLiteral(lit imap.LiteralReader) ([]byte, error) {
	n := lit.Size()
	if n < 0 || n > 1<<31 {
		return io.ReadAll(lit)
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(lit, buf); err != nil {
		return nil, err
	}
	return buf, nil
}

// streamBlob copies a large literal into a blob file of the store.
func (a *App) streamBlob(lit imap.LiteralReader) (*store.BlobInfo, error) {
	w, err := a.store.NewBlob()
	if err != nil {
		return nil, err
	}
	if _, err := io.CopyBuffer(w, lit, make([]byte, 256<<10)); err != nil {
		w.Abort()
		return nil, err
	}
	return w.Finish()
}
