package mailbot

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"mailbot/parser"
	"mailbot/store"
)

// processPending parses and applies the rules to every stored message that
// is not processed yet, one transaction per message. A message that makes
// the parser or the rules fail goes to review with the reason; it is never
// lost and never blocks the others.
func (a *App) processPending(ctx context.Context) error {
	a.processMu.Lock()
	defer a.processMu.Unlock()
	pending, err := a.store.Pending()
	if err != nil {
		return fmt.Errorf("list pending: %w", err)
	}
	for _, m := range pending {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := a.processOne(m); err != nil {
			return err
		}
	}
	if len(pending) > 0 {
		a.kickOutbox()
	}
	return nil
}

// processOne processes one message and commits the outcome. Only a store
// failure is returned; everything about the message itself ends in its
// status.
func (a *App) processOne(m *store.Message) error {
	raw, err := a.store.Raw(m.ID)
	if err != nil {
		return err
	}
	res, perr := a.parse(raw, m)
	u, rerr := a.decide(m, res, perr)
	if rerr != nil {
		// A bug in the rules: keep the message, ask a person.
		a.log.Error("rules failed", "msg", m.ID, "err", rerr)
		m.Status = store.StatusReview
		m.ReviewReason = "intern fejl i reglerne: " + rerr.Error()
		u = &store.Update{Message: m}
	}
	m.ProcessedAt = a.now()
	if _, err := a.store.Commit(u); err != nil {
		a.facts.drop()
		return err
	}
	a.facts.learn(u)
	a.metrics.Processed(m.Mailbox, m.Class, m.Status)
	a.log.Debug("processed", "msg", m.ID, "mailbox", m.Mailbox, "class", m.Class, "status", m.Status, "event", m.Event)
	return nil
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
	res, err = parser.Parse(raw, a.parseOptions())
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
