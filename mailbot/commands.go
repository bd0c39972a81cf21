package mailbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"mailbot/mailbot/conn"
	"mailbot/parser"
	"mailbot/store"
)

// withApp loads the config, opens the app, runs fn, closes it.
func withApp(f *flags, logw io.Writer, fn func(a *App) error) error {
	cfg, err := f.loadConfig()
	if err != nil {
		return err
	}
	a, err := openApp(cfg, logw)
	if err != nil {
		return err
	}
	defer a.Close()
	return fn(a)
}

func cmdPoll(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("poll", stderr)
	once := f.Bool("once", false, "one pass over every mailbox, then exit (required)")
	if err := f.parse(args); err != nil {
		return err
	}
	if !*once {
		return usagef("poll: only --once is supported (the daemon is `mailbot run`)")
	}
	return withApp(f, stderr, func(a *App) error { return a.pollOnce(ctx, stdout) })
}

// pollOnce: every mailbox fetched and processed, schedules due now run,
// the outbox flushed. A mailbox that fails does not stop the others; the
// command fails if any did.
func (a *App) pollOnce(ctx context.Context, stdout io.Writer) error {
	var errs []error
	for i := range a.cfg.Mailboxes {
		mb := &a.cfg.Mailboxes[i]
		if err := a.pollMailbox(ctx, mb); err != nil {
			a.log.Error("poll failed", "mailbox", mb.ID, "err", conn.Explain(err))
			errs = append(errs, fmt.Errorf("mailbox %s: %s", mb.ID, conn.Explain(err)))
		}
	}
	// Mail stored by an earlier, interrupted run is processed even when a
	// server is unreachable now.
	if err := a.processPending(ctx); err != nil {
		errs = append(errs, err)
	}
	if err := a.runDueSchedules(ctx); err != nil {
		errs = append(errs, err)
	}
	sent, err := a.flushOutbox(ctx)
	if err != nil {
		errs = append(errs, err)
	}
	if a.flushFailures > 0 {
		// Not lost: they stay queued and the next pass sends them.
		errs = append(errs, fmt.Errorf("%d repl(ies) could not be sent now and stay queued: %s", a.flushFailures, a.lastSendErr))
	}
	a.log.Info("poll done", "sent", sent, "send_failures", a.flushFailures)
	return errors.Join(errs...)
}

func cmdRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("run", stderr)
	if err := f.parse(args); err != nil {
		return err
	}
	cfg, err := f.loadConfig()
	if err != nil {
		return err
	}
	a, err := openAppWith(cfg, stderr, daemonStore)
	if err != nil {
		return err
	}
	defer a.Close()
	return a.run(ctx)
}

// run is the daemon: a watcher per mailbox, the outbox sender and the
// schedules, until ctx ends (SIGINT/SIGTERM). Shutdown finishes the message
// in hand (processing holds processMu; each message is one transaction) and
// the outbox gets one last bounded flush.
func (a *App) run(ctx context.Context) error {
	a.log.Info("mailbot running", "version", Version, "mailboxes", len(a.cfg.Mailboxes), "events", len(a.cfg.Events))
	var wg sync.WaitGroup
	stopHTTP, err := a.serveHTTP(ctx)
	if err != nil {
		return err
	}
	defer stopHTTP()
	for i := range a.cfg.Mailboxes {
		mb := &a.cfg.Mailboxes[i]
		wg.Add(1)
		go func() { defer wg.Done(); a.watch(ctx, mb) }()
	}
	wg.Add(1)
	go func() { defer wg.Done(); a.runOutbox(ctx) }()
	stopCron, err := a.startSchedules(ctx)
	if err != nil {
		return err
	}
	<-ctx.Done()
	a.log.Info("shutting down")
	stopCron()
	wg.Wait()
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if _, err := a.flushOutbox(fctx); err != nil {
		a.log.Error("final outbox flush", "err", err)
	}
	a.log.Info("stopped")
	return nil
}

func cmdReparse(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("reparse", stderr)
	if err := f.parse(args); err != nil {
		return err
	}
	return withApp(f, stderr, func(a *App) error {
		msgs, err := a.reparse(ctx)
		if err != nil {
			return err
		}
		counts := map[string]int{}
		for _, m := range msgs {
			counts[m.Status]++
		}
		fmt.Fprintf(stdout, "reparsed %d messages: %d processed, %d review, %d ignored\n",
			len(msgs), counts[store.StatusProcessed], counts[store.StatusReview], counts[store.StatusIgnored])
		sent, err := a.flushOutbox(ctx)
		if sent > 0 {
			fmt.Fprintf(stdout, "sent %d replies not sent before\n", sent)
		}
		return err
	})
}

// reparse forgets the facts and processes every stored raw message again
// with the current parser and rules. Messages answered before get no
// second answer (see App.reparsing).
func (a *App) reparse(ctx context.Context) ([]*store.Message, error) {
	a.processMu.Lock()
	a.reparsing = true
	a.facts.drop()
	err := a.store.ResetFacts()
	a.processMu.Unlock()
	if err != nil {
		return nil, err
	}
	if err := a.processPending(ctx); err != nil {
		return nil, err
	}
	return a.store.Messages(nil)
}

func cmdDoctor(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("doctor", stderr)
	sendTest := f.Bool("send-test", false, "also send a test mail to each mailbox's own address")
	if err := f.parse(args); err != nil {
		return err
	}
	cfg, err := f.loadConfig()
	if err != nil {
		fmt.Fprintf(stdout, "FAIL config: %v\n", err)
		return err
	}
	if fails := conn.Doctor(ctx, cfg, stdout, *sendTest); fails > 0 {
		return fmt.Errorf("doctor: %d check(s) failed", fails)
	}
	return nil
}

func cmdReview(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("review: want list, show ID or resolve ID")
	}
	sub, rest := args[0], args[1:]
	f := newFlags("review", stderr)
	note := f.String("note", "", "resolve: what was done")
	reprocess := f.Bool("reprocess", false, "resolve: process the message again with the current rules")
	all := f.Bool("all", false, "list: resolved items too")
	// Allow the ID before or after the flags.
	var id string
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		id, rest = rest[0], rest[1:]
	}
	if err := f.parse(rest); err != nil {
		return err
	}
	if id == "" && f.NArg() > 0 {
		id = f.Arg(0)
	}
	return withApp(f, stderr, func(a *App) error {
		switch sub {
		case "list":
			msgs, err := a.store.Messages(func(m *store.Message) bool {
				return m.Status == store.StatusReview || (*all && m.Resolved != "")
			})
			if err != nil {
				return err
			}
			if len(msgs) == 0 {
				fmt.Fprintln(stdout, "the review queue is empty")
			}
			for _, m := range msgs {
				fmt.Fprintf(stdout, "%d\t%s\t%s\t%s\t%q\t%s\n", m.ID, m.ReceivedAt.In(a.cfg.Location).Format("2006-01-02 15:04"),
					orDash(m.Event), m.From, m.Subject, m.ReviewReason)
			}
			return nil
		case "show":
			m, err := a.reviewMessage(id)
			if err != nil {
				return err
			}
			return a.showMessage(stdout, m)
		case "resolve":
			m, err := a.reviewMessage(id)
			if err != nil {
				return err
			}
			if *reprocess {
				m.Status = store.StatusNew
				if _, err := a.store.Commit(&store.Update{Message: m}); err != nil {
					return err
				}
				if err := a.processPending(ctx); err != nil {
					return err
				}
				m, _ = a.store.Message(m.ID)
				fmt.Fprintf(stdout, "message %d processed again: %s %s\n", m.ID, m.Status, m.ReviewReason)
				_, err := a.flushOutbox(ctx)
				return err
			}
			m.Resolved = *note
			if m.Resolved == "" {
				m.Resolved = "løst " + a.now().In(a.cfg.Location).Format("2006-01-02 15:04")
			}
			// A person has handled it; the reason stays for the record.
			m.Status = store.StatusProcessed
			if _, err := a.store.Commit(&store.Update{Message: m}); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "message %d resolved\n", m.ID)
			return nil
		default:
			return usagef("review: unknown subcommand %q (want list, show or resolve)", sub)
		}
	})
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (a *App) reviewMessage(id string) (*store.Message, error) {
	if id == "" {
		return nil, usagef("review: which message? give its ID (see `mailbot review list`)")
	}
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return nil, usagef("review: %q is not a message ID", id)
	}
	return a.store.Message(n)
}

// showMessage prints what a person needs to decide: headers, the reason,
// what the parser read, and the text.
func (a *App) showMessage(w io.Writer, m *store.Message) error {
	fmt.Fprintf(w, "ID:         %d\nMessage-ID: %s\nMailbox:    %s/%s (uid %d)\nReceived:   %s\nFrom:       %s %s\nSubject:    %s\nClass:      %s (%s)\nEvent:      %s\nStatus:     %s\nReason:     %s\n",
		m.ID, m.MessageID, m.Mailbox, m.Folder, m.UID, m.ReceivedAt.In(a.cfg.Location).Format(time.RFC3339),
		m.FromName, m.From, m.Subject, m.Class, m.Intent, orDash(m.Event), m.Status, m.ReviewReason)
	if m.Resolved != "" {
		fmt.Fprintf(w, "Resolved:   %s\n", m.Resolved)
	}
	raw, err := a.store.Raw(m.ID)
	if err != nil {
		fmt.Fprintf(w, "\n(raw message no longer kept: %v)\n", err)
		return nil
	}
	res, perr := a.parse(raw, m)
	if perr != nil {
		fmt.Fprintf(w, "Parse:      %v\n", perr)
	}
	if len(res.Persons) > 0 {
		fmt.Fprintln(w, "Persons:")
		for _, p := range res.Persons {
			fmt.Fprintf(w, "  - %s <%s> %s %s %s\n", p.Name, p.Email, p.Municipality, p.Role, p.Action)
		}
	}
	if len(res.Attachments) > 0 {
		fmt.Fprintln(w, "Attachments:")
		for _, at := range res.Attachments {
			fmt.Fprintf(w, "  - %s (%s, %d bytes)\n", at.Filename, at.ContentType, at.Size)
		}
	}
	if len(res.Evidence) > 0 {
		fmt.Fprintf(w, "Evidence:   %s\n", strings.Join(res.Evidence, "; "))
	}
	fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(res.Text))
	return nil
}

// exportJSON is CONTRACT.md's export schema.
type exportJSON struct {
	Events       []exportEvent       `json:"events"`
	Messages     []exportMessage     `json:"messages"`
	Participants []exportParticipant `json:"participants"`
	Submissions  []exportSubmission  `json:"submissions"`
	Replies      []exportReply       `json:"replies"`
}

type exportEvent struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Kind  string `json:"kind"`
}

type exportMessage struct {
	ID           uint64 `json:"id"`
	MessageID    string `json:"message_id"`
	Mailbox      string `json:"mailbox"`
	Folder       string `json:"folder"`
	From         string `json:"from"`
	Subject      string `json:"subject"`
	ReceivedAt   string `json:"received_at"`
	Class        string `json:"class"`
	Intent       string `json:"intent,omitempty"`
	Event        string `json:"event"`
	Status       string `json:"status"`
	ReviewReason string `json:"review_reason"`
	Resolved     string `json:"resolved,omitempty"`
}

type exportParticipant struct {
	Event        string   `json:"event"`
	Email        string   `json:"email"`
	Name         string   `json:"name"`
	Municipality string   `json:"municipality"`
	Role         string   `json:"role"`
	Status       string   `json:"status"`
	Source       string   `json:"source"`
	Late         bool     `json:"late"`
	OverQuota    bool     `json:"over_quota"`
	Lunch        *bool    `json:"lunch"`
	Diet         string   `json:"diet,omitempty"`
	Replaces     string   `json:"replaces,omitempty"`
	ReplacedBy   string   `json:"replaced_by,omitempty"`
	Counter      string   `json:"counter_proposal,omitempty"`
	MessageIDs   []string `json:"message_ids"`
	UpdatedAt    string   `json:"updated_at"`
}

type exportSubmission struct {
	Event        string             `json:"event"`
	Municipality string             `json:"municipality"`
	From         string             `json:"from"`
	Subject      string             `json:"subject"`
	ReceivedAt   string             `json:"received_at"`
	Late         bool               `json:"late"`
	MessageID    string             `json:"message_id"`
	Areas        []string           `json:"areas"`
	Attachments  []exportAttachment `json:"attachments"`
}

type exportAttachment struct {
	Filename    string `json:"filename"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
}

type exportReply struct {
	To         string   `json:"to"`
	Recipients []string `json:"recipients"`
	InReplyTo  string   `json:"in_reply_to"`
	Kind       string   `json:"kind"`
	Event      string   `json:"event,omitempty"`
	Status     string   `json:"status"`
	MessageID  string   `json:"message_id"`
	Attempts   int      `json:"attempts"`
	LastError  string   `json:"last_error,omitempty"`
	SentAt     string   `json:"sent_at,omitempty"`
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

// buildExport collects everything stored (for one event if event != "").
func (a *App) buildExport(event string) (*exportJSON, error) {
	out := &exportJSON{Events: []exportEvent{}, Messages: []exportMessage{}, Participants: []exportParticipant{},
		Submissions: []exportSubmission{}, Replies: []exportReply{}}
	for _, ev := range a.cfg.Events {
		if event == "" || ev.ID == event {
			out.Events = append(out.Events, exportEvent{ID: ev.ID, Title: ev.Title, Kind: ev.Kind})
		}
	}
	msgs, err := a.store.Messages(func(m *store.Message) bool { return event == "" || m.Event == event })
	if err != nil {
		return nil, err
	}
	for _, m := range msgs {
		status, reason, class := m.Status, m.ReviewReason, m.Class
		if status == store.StatusNew {
			status, reason = store.StatusReview, "not processed yet"
		}
		if class == "" {
			class = string(parser.ClassOther)
		}
		out.Messages = append(out.Messages, exportMessage{
			ID: m.ID, MessageID: m.MessageID, Mailbox: m.Mailbox, Folder: m.Folder, From: strings.ToLower(m.From),
			Subject: m.Subject, ReceivedAt: rfc3339(m.ReceivedAt), Class: class, Intent: m.Intent, Event: m.Event,
			Status: status, ReviewReason: reason, Resolved: m.Resolved,
		})
	}
	ps, err := a.store.Participants(event)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		out.Participants = append(out.Participants, exportParticipant{
			Event: p.Event, Email: strings.ToLower(p.Email), Name: p.Name, Municipality: p.Municipality, Role: p.Role,
			Status: p.Status, Source: p.Source, Late: p.Late, OverQuota: p.OverQuota, Lunch: p.Lunch, Diet: p.Diet,
			Replaces: p.Replaces, ReplacedBy: p.ReplacedBy, Counter: p.Counter, MessageIDs: nonNil(p.MessageIDs),
			UpdatedAt: rfc3339(p.UpdatedAt),
		})
	}
	subs, err := a.store.Submissions(event)
	if err != nil {
		return nil, err
	}
	for _, s := range subs {
		es := exportSubmission{Event: s.Event, Municipality: s.Municipality, From: strings.ToLower(s.From), Subject: s.Subject,
			ReceivedAt: rfc3339(s.ReceivedAt), Late: s.Late, MessageID: s.MessageID, Areas: nonNil(s.Areas),
			Attachments: []exportAttachment{}}
		for _, at := range s.Attachments {
			es.Attachments = append(es.Attachments, exportAttachment(at))
		}
		out.Submissions = append(out.Submissions, es)
	}
	rs, err := a.store.Replies()
	if err != nil {
		return nil, err
	}
	for _, r := range rs {
		if event != "" && r.Event != event {
			continue
		}
		status := r.Status
		if status == store.ReplySending {
			status = store.ReplyQueued
		}
		to := ""
		if len(r.To) > 0 {
			to = strings.ToLower(r.To[0])
		}
		out.Replies = append(out.Replies, exportReply{
			To: to, Recipients: lowerAll(append(append([]string{}, r.To...), r.Bcc...)), InReplyTo: r.InReplyTo, Kind: r.Kind,
			Event: r.Event, Status: status, MessageID: r.MessageID, Attempts: r.Attempts, LastError: r.LastError, SentAt: rfc3339(r.SentAt),
		})
	}
	return out, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func lowerAll(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = strings.ToLower(x)
	}
	return out
}

func cmdExport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	f := newFlags("export", stderr)
	format := f.String("format", "json", "json | csv | xlsx")
	event := f.String("event", "", "only this event")
	outPath := f.String("o", "", "write to FILE instead of standard output")
	if err := f.parse(args); err != nil {
		return err
	}
	switch *format {
	case "json", "csv", "xlsx":
	default:
		return usagef("export: --format must be json, csv or xlsx (got %q)", *format)
	}
	if *format == "xlsx" && *outPath == "" {
		return usagef("export: --format xlsx needs -o FILE")
	}
	return withApp(f, stderr, func(a *App) error {
		if *event != "" && a.event(*event) == nil {
			return usagef("export: no event %q in %s", *event, a.cfg.Path)
		}
		w := stdout
		var file *os.File
		if *outPath != "" {
			var err error
			file, err = os.OpenFile(*outPath, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			w = file
		}
		err := a.export(w, *format, *event)
		if file != nil {
			if cerr := file.Close(); err == nil {
				err = cerr
			}
		}
		return err
	})
}

func (a *App) export(w io.Writer, format, event string) error {
	switch format {
	case "json":
		data, err := a.buildExport(event)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(data)
	default:
		ps, subs, err := a.lists(event)
		if err != nil {
			return err
		}
		return writeLists(w, format, ps, subs, a.cfg.Location)
	}
}
