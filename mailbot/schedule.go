package mailbot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/robfig/cron/v3"

	"mailbot/mailbot/config"
	"mailbot/mailbot/render"
	"mailbot/store"
)

// startSchedules starts the cron jobs in the configured time zone: the
// digest (digest.schedule), the hourly check for due reminders and
// participant lists, and the nightly retention pruning. The returned stop
// waits for running jobs.
func (a *App) startSchedules(ctx context.Context) (stop func(), err error) {
	c := cron.New(cron.WithLocation(a.cfg.Location))
	if _, err := c.AddFunc(a.cfg.Digest.Schedule, func() {
		if err := a.sendDigests(ctx, "", "scheduled"); err != nil {
			a.log.Error("digest", "err", err)
		}
		a.kickOutbox()
	}); err != nil {
		return nil, usagef("%s: digest.schedule: %v", a.cfg.Path, err)
	}
	c.AddFunc("5 * * * *", func() {
		if err := a.runDueSchedules(ctx); err != nil {
			a.log.Error("schedules", "err", err)
		}
		a.kickOutbox()
	})
	c.AddFunc("30 3 * * *", func() {
		if err := a.prune(); err != nil {
			a.log.Error("retention", "err", err)
		}
	})
	c.Start()
	// Catch up at start: a reminder due while the daemon was down.
	go func() {
		if err := a.runDueSchedules(ctx); err != nil {
			a.log.Error("schedules", "err", err)
		}
	}()
	return func() { <-c.Stop().Done() }, nil
}

// prune applies the retention setting: raw mail and personal data of
// messages older than retention are removed.
func (a *App) prune() error {
	if a.cfg.Retention.Duration <= 0 {
		return nil
	}
	n, err := a.store.Prune(a.now().Add(-a.cfg.Retention.Duration))
	if n > 0 {
		a.log.Info("retention: pruned messages", "count", n)
	}
	return err
}

// digestData gathers one event's digest.
func (a *App) digestData(ev *config.Event, since time.Time) (render.DigestData, error) {
	d := render.DigestData{Event: *ev, Location: a.cfg.Location, Now: a.now(), Since: since, Quota: ev.Quota}
	if set, err := a.cfg.Set(ev.Municipalities); err == nil {
		d.Expected = set
	}
	ps, subs, err := a.lists(ev.ID)
	if err != nil {
		return d, err
	}
	d.Participants, d.Submissions = ps, subs
	msgs, err := a.store.Messages(func(m *store.Message) bool { return m.Event == ev.ID || m.Event == "" })
	if err != nil {
		return d, err
	}
	mb := a.mailbox(ev.Mailbox)
	for _, m := range msgs {
		if mb != nil && m.Mailbox != mb.ID {
			continue
		}
		if m.ReceivedAt.After(since) && m.Event == ev.ID {
			d.New = append(d.New, *m)
		}
		if m.Status == store.StatusReview && m.Resolved == "" {
			d.Review = append(d.Review, *m)
		}
	}
	rs, err := a.store.Replies()
	if err != nil {
		return d, err
	}
	for _, r := range rs {
		if r.Event == ev.ID {
			d.Replies = append(d.Replies, *r)
		}
	}
	return d, nil
}

func (a *App) lists(event string) ([]store.Participant, []store.Submission, error) {
	ps, err := a.store.Participants(event)
	if err != nil {
		return nil, nil, err
	}
	subs, err := a.store.Submissions(event)
	if err != nil {
		return nil, nil, err
	}
	var po []store.Participant
	for _, p := range ps {
		po = append(po, *p)
	}
	sort.SliceStable(po, func(i, j int) bool {
		if po[i].Municipality != po[j].Municipality {
			return po[i].Municipality < po[j].Municipality
		}
		return po[i].Name < po[j].Name
	})
	var so []store.Submission
	for _, s := range subs {
		so = append(so, *s)
	}
	return po, so, nil
}

func writeLists(w io.Writer, format string, ps []store.Participant, subs []store.Submission, loc *time.Location) error {
	switch format {
	case "csv":
		if len(subs) > 0 && len(ps) == 0 {
			return render.SubmissionsCSV(w, subs, loc)
		}
		if err := render.ParticipantsCSV(w, ps, loc); err != nil {
			return err
		}
		if len(subs) > 0 {
			fmt.Fprintln(w)
			return render.SubmissionsCSV(w, subs, loc)
		}
		return nil
	case "xlsx":
		return render.XLSX(w, ps, subs, loc)
	}
	return fmt.Errorf("unknown list format %q", format)
}

func (a *App) digestEvents(event string) ([]*config.Event, error) {
	if event != "" {
		ev := a.event(event)
		if ev == nil {
			return nil, usagef("no event %q in %s", event, a.cfg.Path)
		}
		return []*config.Event{ev}, nil
	}
	var out []*config.Event
	for i := range a.cfg.Events {
		out = append(out, &a.cfg.Events[i])
	}
	return out, nil
}

// sendDigests enqueues one digest per event (with the participant and
// submission lists attached as CSV and XLSX) to digest.to. tag makes the
// outbox key: "scheduled" digests are keyed by day, so a restart does not
// send a second one; a manual --send is keyed by the minute.
func (a *App) sendDigests(ctx context.Context, event, tag string) error {
	evs, err := a.digestEvents(event)
	if err != nil {
		return err
	}
	if len(a.cfg.Digest.To) == 0 {
		return usagef("%s: digest.to is empty: nobody to send the digest to", a.cfg.Path)
	}
	now := a.now().In(a.cfg.Location)
	var errs []error
	for _, ev := range evs {
		mbID := a.cfg.Digest.Mailbox
		if mbID == "" {
			mbID = ev.Mailbox
		}
		mb := a.mailbox(mbID)
		if mb == nil {
			errs = append(errs, fmt.Errorf("digest %s: no mailbox %q", ev.ID, mbID))
			continue
		}
		sinceKey := "digest_last/" + ev.ID
		var since time.Time
		if v, _ := a.store.State(sinceKey); v != "" {
			since, _ = time.Parse(time.RFC3339Nano, v)
		}
		d, err := a.digestData(ev, since)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		subject, text, html, err := render.Digest(d)
		if err != nil {
			errs = append(errs, fmt.Errorf("digest %s: %w", ev.ID, err))
			continue
		}
		var csvBuf, xlsxBuf bytes.Buffer
		if err := writeLists(&csvBuf, "csv", d.Participants, d.Submissions, a.cfg.Location); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := render.XLSX(&xlsxBuf, d.Participants, d.Submissions, a.cfg.Location); err != nil {
			errs = append(errs, err)
			continue
		}
		stamp := now.Format("2006-01-02")
		if tag != "scheduled" {
			stamp = now.Format("2006-01-02T15:04")
		}
		name := ev.ID + "-" + now.Format("2006-01-02")
		key := "digest/" + ev.ID + "/" + stamp
		r, err := a.newReply(mb, key, "digest", ev.ID, a.cfg.Digest.To, nil, render.Envelope{
			To: a.cfg.Digest.To, Subject: subject, AutoSubmitted: "auto-generated",
		}, text, html, []render.File{
			{Name: name + ".xlsx", ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Data: xlsxBuf.Bytes()},
			{Name: name + ".csv", ContentType: "text/csv; charset=utf-8", Data: csvBuf.Bytes()},
		})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := a.store.Enqueue(r); err != nil && !errors.Is(err, store.ErrDuplicate) {
			errs = append(errs, err)
			continue
		}
		if err := a.store.SetState(sinceKey, a.now().Format(time.RFC3339Nano)); err != nil {
			errs = append(errs, err)
		}
		a.metrics.DigestSent(ev.ID, a.now())
	}
	return errors.Join(errs...)
}

// runDueSchedules enqueues what is due now: the participant list before a
// meeting, and reminders before a deadline. Each is keyed, so it is sent
// once however often this runs.
func (a *App) runDueSchedules(ctx context.Context) error {
	var errs []error
	now := a.now()
	for i := range a.cfg.Events {
		ev := &a.cfg.Events[i]
		if err := a.participantListIfDue(ev, now); err != nil {
			errs = append(errs, err)
		}
		if err := a.remindersIfDue(ev, now); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (a *App) participantListIfDue(ev *config.Event, now time.Time) error {
	pl := ev.ParticipantList
	if ev.Kind != "meeting" || pl.Disabled || ev.Starts.IsZero() {
		return nil
	}
	days := pl.DaysBefore
	if days <= 0 {
		days = 7
	}
	due := ev.Starts.AddDate(0, 0, -days)
	if now.Before(due) || !now.Before(ev.Starts) {
		return nil
	}
	mb := a.mailbox(ev.Mailbox)
	if mb == nil {
		return nil
	}
	ps, _, err := a.lists(ev.ID)
	if err != nil {
		return err
	}
	var coming []store.Participant
	for _, p := range ps {
		if p.Status == pAccepted || p.Status == pTentative {
			coming = append(coming, p)
		}
	}
	subject, text, err := a.tmpl.Reply(render.KindParticipantList, render.ReplyData{
		Event: *ev, Location: a.cfg.Location, Participants: coming, Contact: orDefault(ev.Contact, mb.Address), Now: now, Sender: mb.Name,
		Program: a.program(ev),
	})
	if err != nil {
		return fmt.Errorf("participant list %s: %w", ev.ID, err)
	}
	var xlsxBuf, csvBuf bytes.Buffer
	if err := render.XLSX(&xlsxBuf, coming, nil, a.cfg.Location); err != nil {
		return err
	}
	if err := render.ParticipantsCSV(&csvBuf, coming, a.cfg.Location); err != nil {
		return err
	}
	files := []render.File{
		{Name: "deltagerliste-" + ev.ID + ".xlsx", ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Data: xlsxBuf.Bytes()},
		{Name: "deltagerliste-" + ev.ID + ".csv", ContentType: "text/csv; charset=utf-8", Data: csvBuf.Bytes()},
	}
	key := "participant_list/" + ev.ID
	if pl.To == "participants" {
		// Participants in Bcc, never a list of their addresses in To.
		var bcc []string
		for _, p := range coming {
			if p.Email != "" {
				bcc = append(bcc, p.Email)
			}
		}
		if len(bcc) == 0 {
			return nil
		}
		r, err := a.newReply(mb, key, render.KindParticipantList, ev.ID, []string{mb.Address}, bcc,
			render.Envelope{To: []string{mb.Address}, Subject: subject, AutoSubmitted: "auto-generated"}, text, "", files)
		if err != nil {
			return err
		}
		return ignoreDup(a.store.Enqueue(r))
	}
	to := a.cfg.Digest.To
	if len(to) == 0 {
		to = []string{mb.Address}
	}
	r, err := a.newReply(mb, key, render.KindParticipantList, ev.ID, to, nil,
		render.Envelope{To: to, Subject: "Til godkendelse: " + subject, AutoSubmitted: "auto-generated"}, text, "", files)
	if err != nil {
		return err
	}
	return ignoreDup(a.store.Enqueue(r))
}

func (a *App) remindersIfDue(ev *config.Event, now time.Time) error {
	deadline := ev.RegistrationDeadline
	if ev.Kind == "consultation" {
		deadline = ev.Deadline
	}
	if deadline.IsZero() || len(ev.Reminders.DaysBefore) == 0 || !now.Before(deadline) {
		return nil
	}
	// The latest reminder whose day has come.
	days := -1
	for _, d := range ev.Reminders.DaysBefore {
		if !now.Before(deadline.AddDate(0, 0, -d)) && (days == -1 || d < days) {
			days = d
		}
	}
	if days < 0 {
		return nil
	}
	mb := a.mailbox(ev.Mailbox)
	if mb == nil {
		return nil
	}
	expected, err := a.cfg.Set(ev.Municipalities)
	if err != nil {
		return nil
	}
	ps, subs, err := a.lists(ev.ID)
	if err != nil {
		return err
	}
	answered := map[string]bool{}
	for _, p := range ps {
		answered[p.Municipality] = true
	}
	for _, s := range subs {
		answered[s.Municipality] = true
	}
	var errs []error
	for _, mun := range expected {
		if answered[mun] || len(ev.Contacts[mun]) == 0 {
			continue
		}
		subject, text, err := a.tmpl.Reply(render.KindReminder, render.ReplyData{
			Event: *ev, Location: a.cfg.Location, Contact: orDefault(ev.Contact, mb.Address), Now: now, Municipality: mun, Sender: mb.Name,
		})
		if err != nil {
			return fmt.Errorf("reminder %s: %w", ev.ID, err)
		}
		key := fmt.Sprintf("reminder/%s/%d/%s", ev.ID, days, mun)
		to := ev.Contacts[mun]
		r, err := a.newReply(mb, key, render.KindReminder, ev.ID, to, nil,
			render.Envelope{To: to, Subject: subject, AutoSubmitted: "auto-generated"}, text, "", nil)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, ignoreDup(a.store.Enqueue(r)))
	}
	return errors.Join(errs...)
}

func ignoreDup(err error) error {
	if errors.Is(err, store.ErrDuplicate) {
		return nil
	}
	return err
}

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

func cmdDigest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("digest", stderr)
	print := f.Bool("print", false, "print the digest as text")
	send := f.Bool("send", false, "send the digest to digest.to now")
	html := f.Bool("html", false, "with --print: print the HTML instead of the text")
	event := f.String("event", "", "only this event")
	if err := f.parse(args); err != nil {
		return err
	}
	if *print == *send {
		return usagef("digest: give exactly one of --print or --send")
	}
	return withApp(f, stderr, func(a *App) error {
		if *send {
			if err := a.sendDigests(ctx, *event, "manual"); err != nil {
				return err
			}
			n, err := a.flushOutbox(ctx)
			fmt.Fprintf(stdout, "digest queued; %d mail(s) sent\n", n)
			return err
		}
		return a.printDigests(stdout, *event, *html)
	})
}

// printDigests prints each event's digest as text (or HTML).
func (a *App) printDigests(w io.Writer, event string, html bool) error {
	evs, err := a.digestEvents(event)
	if err != nil {
		return err
	}
	for i, ev := range evs {
		var since time.Time
		if v, _ := a.store.State("digest_last/" + ev.ID); v != "" {
			since, _ = time.Parse(time.RFC3339Nano, v)
		}
		d, err := a.digestData(ev, since)
		if err != nil {
			return err
		}
		subject, text, htm, err := render.Digest(d)
		if err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		if html {
			fmt.Fprintln(w, htm)
			continue
		}
		fmt.Fprintf(w, "%s\n%s\n\n%s\n", subject, strings.Repeat("=", len([]rune(subject))), text)
	}
	return nil
}

// serveHTTP starts /metrics and /healthz on http.listen (loopback); "" = off.
func (a *App) serveHTTP(ctx context.Context) (stop func(), err error) {
	if a.cfg.HTTP.Listen == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", a.cfg.HTTP.Listen)
	if err != nil {
		return nil, fmt.Errorf("http listen %s: %w", a.cfg.HTTP.Listen, err)
	}
	var ids []string
	for _, mb := range a.cfg.Mailboxes {
		ids = append(ids, mb.ID)
	}
	srv := &http.Server{Handler: a.metrics.Handler(a.cfg.HTTP.StaleAfter.Duration, ids), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	a.log.Info("http listening", "addr", ln.Addr().String())
	return func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}, nil
}

// program is the event's program text: participant_list.program is the
// text itself, or the path of a file holding it (relative to the config).
func (a *App) program(ev *config.Event) string {
	p := strings.TrimSpace(ev.ParticipantList.Program)
	if p == "" || strings.ContainsAny(p, "\n") || len(p) > 1024 {
		return p
	}
	path := p
	if !filepath.IsAbs(path) && a.cfg.Path != "" {
		path = filepath.Join(filepath.Dir(a.cfg.Path), path)
	}
	if data, err := os.ReadFile(path); err == nil {
		return string(data)
	}
	return p
}
