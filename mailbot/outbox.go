package mailbot

import (
	"context"
	"fmt"
	"time"

	mail "github.com/wneessen/go-mail"
	gosmtp "github.com/wneessen/go-mail/smtp"

	"mailbot/mailbot/config"
	"mailbot/mailbot/conn"
	"mailbot/store"
)

// The outbox: replies are rendered and enqueued in the same transaction as
// the facts they answer (store.Commit), then sent from here. Each attempt
// is recorded before dialing (MarkSending: Attempts++, NextAttempt =
// now + backoff), so a crash at any moment leaves a reply either queued,
// in flight with a retry time, or sent:
//
//   - crash before the processing commit: the message is still pending and
//     is processed (and its reply enqueued) once on the next pass.
//   - crash after MarkSending, before the server's 250: the reply is
//     "sending"; it is retried at NextAttempt with the same Message-ID.
//   - crash after the server's 250, before MarkSent: the reply is in
//     doubt. If the mailbox has a sent_folder, we look there for the
//     Message-ID and mark it sent if found; otherwise it is sent again with
//     the same Message-ID (receivers' clients fold same-id mail). The
//     window is one bbolt commit long.
//
// An SMTP server that is down delays replies (transient errors back off up
// to 30 minutes); a permanent refusal (5xx) fails the reply after
// max_attempts so a human sees it in the digest.

// backoff for attempt n (1-based): 30s, 1m, 2m, ... up to 30m.
func backoff(n int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < n && d < 30*time.Minute; i++ {
		d *= 2
	}
	return min(d, 30*time.Minute)
}

// flushOutbox sends every due reply once. It returns the number sent and
// the first error that is not about one reply (the store).
func (a *App) flushOutbox(ctx context.Context) (sent int, err error) {
	if a.cfg.Send.Disabled {
		return 0, nil
	}
	due, err := a.store.Due(a.now())
	if err != nil {
		return 0, fmt.Errorf("outbox: %w", err)
	}
	a.metrics.OutboxDepth(len(due))
	a.flushFailures = 0
	defer a.closeSMTP()
	down := map[string]bool{} // mailboxes whose SMTP failed transiently this round
	for _, r := range due {
		if ctx.Err() != nil {
			return sent, nil
		}
		mb := a.mailbox(r.Mailbox)
		if mb == nil {
			if err := a.store.MarkFailed(r.Key, "mailbox "+r.Mailbox+" no longer configured", true, a.now()); err != nil {
				return sent, err
			}
			continue
		}
		if down[mb.ID] {
			continue
		}
		if r.Status == store.ReplySending && a.foundInSent(ctx, mb, r) {
			if err := a.store.MarkSent(r.Key, a.now()); err != nil {
				return sent, err
			}
			continue
		}
		if !a.rateAllow() {
			return sent, nil // the breaker: the rest waits for the next round
		}
		if err := a.store.MarkSending(r.Key, a.now().Add(backoff(r.Attempts+1))); err != nil {
			return sent, err
		}
		rcpts := append(append([]string{}, r.To...), r.Bcc...)
		// The final flush at shutdown must not be cut by the ending context.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
		serr := a.sendMail(sctx, mb, r.From, rcpts, r.Raw)
		cancel()
		if serr == nil {
			if err := a.store.MarkSent(r.Key, a.now()); err != nil {
				return sent, err
			}
			a.metrics.ReplySent(r.Kind)
			a.appendSent(ctx, mb, r)
			sent++
			continue
		}
		// A server that is down, or our own setup being wrong (credentials,
		// SMTP AUTH disabled, certificate), is retried without end: the
		// reply waits for the fix and is never dropped. A refusal of the
		// mail itself (5xx for the recipient) is retried until max_attempts,
		// then failed so a person sees it in the digest.
		permanent := r.Attempts+1 >= a.maxAttempts() && !conn.IsTransient(serr) && !conn.IsConfigError(serr)
		a.log.Warn("send failed", "reply", r.Key, "mailbox", mb.ID, "attempt", r.Attempts+1, "permanent", permanent, "err", conn.Explain(serr))
		if err := a.store.MarkFailed(r.Key, serr.Error(), permanent, a.now().Add(backoff(r.Attempts+1))); err != nil {
			return sent, err
		}
		a.flushFailures++
		a.lastSendErr = conn.Explain(serr)
		if permanent {
			a.metrics.ReplyFailed()
		}
		if conn.IsTransient(serr) {
			down[mb.ID] = true
		}
	}
	return sent, nil
}

func (a *App) maxAttempts() int {
	if a.cfg.Send.MaxAttempts > 0 {
		return a.cfg.Send.MaxAttempts
	}
	return 20
}

// rateAllow is the global send-rate breaker: at most rate_per_minute mails
// in any 60 seconds (Microsoft 365 allows 30).
func (a *App) rateAllow() bool {
	limit := a.cfg.Send.RatePerMinute
	if limit <= 0 {
		limit = 30
	}
	a.rateMu.Lock()
	defer a.rateMu.Unlock()
	now := time.Now()
	keep := a.sendTimes[:0]
	for _, t := range a.sendTimes {
		if now.Sub(t) < time.Minute {
			keep = append(keep, t)
		}
	}
	a.sendTimes = keep
	if len(a.sendTimes) >= limit {
		return false
	}
	a.sendTimes = append(a.sendTimes, now)
	return true
}

// smtpConn is one open SMTP session of a mailbox, reused for every reply
// of one flush (Microsoft 365 and Postfix both prefer one session to one
// per mail).
type smtpConn struct {
	c  *mail.Client
	sc *gosmtp.Client
}

// smtpSend sends raw exactly as rendered: MAIL FROM, RCPT TO each, DATA.
// It reuses the mailbox's open session; closeSMTP ends them. The session is
// not closed (QUIT) between the server's 250 and the caller's MarkSent, so
// the in-doubt window is only the store's commit.
func (a *App) smtpSend(ctx context.Context, mb *config.Mailbox, from string, to []string, raw []byte) error {
	a.smtpMu.Lock()
	defer a.smtpMu.Unlock()
	sess, reused := a.smtpConns[mb.ID], true
	if sess == nil {
		var err error
		if sess, err = a.dialSMTP(ctx, mb); err != nil {
			return err
		}
		reused = false
	}
	err := sess.sc.Mail(from)
	if err != nil && reused {
		// The kept session went stale (server timeout): nothing was sent
		// on it yet for this mail, so a fresh session is safe.
		a.dropSMTP(mb.ID)
		if sess, err = a.dialSMTP(ctx, mb); err != nil {
			return err
		}
		err = sess.sc.Mail(from)
	}
	if err != nil {
		a.dropSMTP(mb.ID)
		return fmt.Errorf("smtp MAIL FROM: %w", err)
	}
	accepted := 0
	var rcptErr error
	for _, rcpt := range to {
		if err := sess.sc.Rcpt(rcpt); err != nil {
			rcptErr = fmt.Errorf("smtp RCPT TO: %w", err)
			continue
		}
		accepted++
	}
	if accepted == 0 {
		sess.sc.Reset()
		return rcptErr
	}
	w, err := sess.sc.Data()
	if err != nil {
		a.dropSMTP(mb.ID)
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if _, err := w.Write(raw); err != nil {
		w.Close()
		a.dropSMTP(mb.ID)
		return fmt.Errorf("smtp DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		a.dropSMTP(mb.ID)
		return fmt.Errorf("smtp DATA: %w", err)
	}
	return nil
}

func (a *App) dialSMTP(ctx context.Context, mb *config.Mailbox) (*smtpConn, error) {
	c, err := conn.SMTPClient(ctx, a.cfg, mb)
	if err != nil {
		return nil, err
	}
	sc, err := c.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("smtp %s: %w", mb.ID, err)
	}
	if a.smtpConns == nil {
		a.smtpConns = map[string]*smtpConn{}
	}
	sess := &smtpConn{c: c, sc: sc}
	a.smtpConns[mb.ID] = sess
	return sess, nil
}

// dropSMTP forgets a session after an error (closed without waiting).
func (a *App) dropSMTP(id string) {
	if sess := a.smtpConns[id]; sess != nil {
		sess.sc.Close()
		delete(a.smtpConns, id)
	}
}

// closeSMTP ends every open SMTP session politely (QUIT).
func (a *App) closeSMTP() {
	a.smtpMu.Lock()
	defer a.smtpMu.Unlock()
	for id, sess := range a.smtpConns {
		sess.c.CloseWithSMTPClient(sess.sc)
		delete(a.smtpConns, id)
	}
}

// foundInSent looks for an in-doubt reply's Message-ID in the mailbox's
// sent_folder. Any error means "not found" (send again).
func (a *App) foundInSent(ctx context.Context, mb *config.Mailbox, r *store.Reply) bool {
	if mb.SentFolder == "" {
		return false
	}
	s, err := a.dialSession(ctx, mb)
	if err != nil {
		return false
	}
	defer s.close()
	found, err := s.searchMessageID(mb.SentFolder, r.MessageID)
	return err == nil && found
}

// appendSent keeps a copy of a sent reply in the sent_folder (Exchange does
// not do so for SMTP submissions); best effort.
func (a *App) appendSent(ctx context.Context, mb *config.Mailbox, r *store.Reply) {
	if mb.SentFolder == "" {
		return
	}
	if err := a.appendTo(ctx, mb, mb.SentFolder, r.Raw); err != nil {
		a.log.Warn("append to sent folder", "mailbox", mb.ID, "err", err)
	}
}

func (a *App) appendTo(ctx context.Context, mb *config.Mailbox, folder string, raw []byte) error {
	s, err := a.dialSession(ctx, mb)
	if err != nil {
		return err
	}
	defer s.close()
	if err := s.ensureFolder(folder); err != nil {
		return err
	}
	cmd := s.c.Append(folder, int64(len(raw)), nil)
	if _, err := cmd.Write(raw); err != nil {
		cmd.Close()
		return err
	}
	if err := cmd.Close(); err != nil {
		return err
	}
	_, err = cmd.Wait()
	return err
}

// runOutbox sends until ctx ends: on a kick, and every 15 seconds for
// retries. At shutdown one last flush runs under a context that is not
// cancelled, bounded in time.
func (a *App) runOutbox(ctx context.Context) {
	t := time.NewTicker(15 * time.Second)
	defer t.Stop()
	for {
		if _, err := a.flushOutbox(ctx); err != nil {
			a.log.Error("outbox", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-a.outboxKick:
		case <-t.C:
		}
	}
}
