package mailbot

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"mailbot/parser"
	"mailbot/store"
)

// processBatch is how many processed messages are committed together (one
// fsync); a crash loses at most that much work, never a message: they are
// still pending and are processed again.
const processBatch = 50

// kickProcess wakes a processBeside loop without blocking.
func (a *App) kickProcess() {
	select {
	case a.processKick <- struct{}{}:
	default:
	}
}

// processBeside processes pending mail in the background whenever
// kickProcess is called, until stop is called (stop waits for the round in
// hand). errs reports the first processing error.
func (a *App) processBeside(ctx context.Context) (stop func(), errs func() error) {
	quit, done := make(chan struct{}), make(chan struct{})
	var first error
	go func() {
		defer close(done)
		for {
			select {
			case <-quit:
				return
			case <-a.processKick:
				if err := a.processPending(ctx); err != nil && first == nil {
					first = err
				}
			}
		}
	}()
	return func() { close(quit); <-done }, func() error { return first }
}

// processPending parses and applies the rules to every stored message that
// is not processed yet, committing in batches. A message that makes the
// parser or the rules fail goes to review with the reason; it is never lost
// and never blocks the others. When ctx ends, the messages already
// processed are committed and the rest wait for the next run.
func (a *App) processPending(ctx context.Context) error {
	a.processMu.Lock()
	defer a.processMu.Unlock()
	pending, err := a.store.Pending()
	if err != nil {
		return fmt.Errorf("list pending: %w", err)
	}
	var batch []*store.Update
	flush := func() error {
		defer func() { batch, a.stateOverlay, a.batchFrom = batch[:0], nil, nil }()
		if len(batch) == 0 {
			return nil
		}
		if _, err := a.store.CommitAll(batch); err != nil {
			a.facts.drop()
			return err
		}
		for _, u := range batch {
			m := u.Message
			a.metrics.Processed(m.Mailbox, m.Class, m.Status)
			a.log.Debug("processed", "msg", m.ID, "mailbox", m.Mailbox, "class", m.Class, "status", m.Status, "event", m.Event)
		}
		return nil
	}
	for len(pending) > 0 && ctx.Err() == nil {
		chunk := nextChunk(pending)
		pending = pending[len(chunk):]
		// Parsing is the expensive, independent part: on all cores.
		// Deciding reads and changes the facts: in order, one at a time.
		parsed, err := a.parseAll(chunk)
		if err != nil {
			flush()
			return err
		}
		for i, m := range chunk {
			batch = append(batch, a.decideOne(m, parsed[i].res, parsed[i].err))
		}
		if err := flush(); err != nil {
			return err
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if len(pending) > 0 {
		a.kickOutbox()
	}
	return ctx.Err()
}

// nextChunk is the next batch: processBatch messages, fewer when they are
// large (their raw bytes are held while they are parsed).
func nextChunk(pending []*store.Message) []*store.Message {
	var size int64
	for i, m := range pending {
		size += m.Size
		if i+1 >= processBatch || (i > 0 && size > 16<<20) {
			return pending[:i+1]
		}
	}
	return pending
}

type parseOut struct {
	res *parser.Result
	err error // the parser's (degraded mail), not a store error
}

// parseAll reads and parses the chunk's raw messages with one worker per
// CPU. Only a store error is returned.
func (a *App) parseAll(chunk []*store.Message) ([]parseOut, error) {
	out := make([]parseOut, len(chunk))
	errs := make([]error, len(chunk))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(chunk)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(chunk) {
					return
				}
				// The parser keeps nothing of raw (its strings are copies),
				// so it reads the store's memory-mapped bytes directly: a
				// 25 MB mail is not copied once more.
				errs[i] = a.store.ViewRaw(chunk[i].ID, func(raw []byte) error {
					out[i].res, out[i].err = a.parse(raw, chunk[i])
					return nil
				})
			}
		}()
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// decideOne applies the rules to one parsed message and returns the update
// to commit. The facts cache and the state overlay learn it at once, so the
// next message of the batch sees it. Everything about the message itself
// ends in its status.
func (a *App) decideOne(m *store.Message, res *parser.Result, perr error) *store.Update {
	u, rerr := a.decide(m, res, perr)
	if rerr != nil {
		// A bug in the rules: keep the message, ask a person.
		a.log.Error("rules failed", "msg", m.ID, "err", rerr)
		m.Status = store.StatusReview
		m.ReviewReason = "intern fejl i reglerne: " + rerr.Error()
		u = &store.Update{Message: m}
	}
	m.ProcessedAt = a.now()
	a.facts.learn(u)
	if a.batchFrom == nil {
		a.batchFrom = map[string]string{}
	}
	a.batchFrom[m.Mailbox+"\x00"+m.MessageID] = m.From
	for k, v := range u.State {
		if a.stateOverlay == nil {
			a.stateOverlay = map[string]string{}
		}
		a.stateOverlay[k] = v
	}
	return u
}

// state reads a state value, seeing the uncommitted batch first.
func (a *App) state(k string) string {
	if v, ok := a.stateOverlay[k]; ok {
		return v
	}
	v, _ := a.store.State(k)
	return v
}

// parse runs the parser with a recover: a parser bug becomes a review item
// (mox deliver). The Result is always usable.
func (a *App) parse(raw []byte, m *store.Message) (res *parser.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("parser panic", "msg", m.ID, "panic", r, "stack", string(debug.Stack()))
			res = &parser.Result{Class: parser.ClassOther, MessageID: m.MessageID}
			err = fmt.Errorf("parser crashed: %v", r)
		}
	}()
	opts := a.parseOptions()
	if mb := a.mailbox(m.Mailbox); mb != nil {
		opts.Mailbox = strings.ToLower(mb.Address)
	}
	res, err = parser.Parse(raw, opts)
	if res == nil {
		res = &parser.Result{Class: parser.ClassOther, MessageID: m.MessageID}
	}
	return res, err
}

func (a *App) parseOptions() parser.Options {
	opts := parser.Options{OwnAddresses: a.ownAddresses()}
	for _, ev := range a.cfg.Events {
		mb := a.mailbox(ev.Mailbox)
		addr := ""
		if mb != nil {
			addr = strings.ToLower(mb.Address)
		}
		opts.Events = append(opts.Events, parser.EventHint{
			ID: ev.ID, Kind: ev.Kind, Mailbox: addr, UID: ev.ICalUID,
			Keywords: ev.SubjectKeywords, Title: ev.Title, Starts: ev.Starts, Areas: ev.Areas,
		})
	}
	return opts
}

// fillMessage copies what the parser learned onto the message record.
func fillMessage(m *store.Message, res *parser.Result) {
	m.From = strings.ToLower(res.From.Email)
	m.FromName = res.From.Name
	m.Subject = res.Subject
	m.Date = res.Date
	m.Class = string(res.Class)
	m.Intent = string(res.Intent)
	m.Event = res.Event
}
