package mailbot

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"

	"mailbot/mailbot/config"
)

// newLogger makes the process logger from the config's [log] table. Above
// debug level, e-mail addresses other than our own mailboxes' are replaced
// by "<address>" in every message and attribute: delegates' addresses are
// personal data, and error texts from servers quote them ("550 5.1.1
// <anne@koege.dk>: unknown user").
func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	level := slog.LevelInfo
	switch strings.ToLower(cfg.Log.Level) {
	case "debug":
		level = slog.LevelDebug
	case "warn":
		level = slog.LevelWarn
	case "error":
		level = slog.LevelError
	}
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(w, opts)
	if strings.ToLower(cfg.Log.Format) == "json" {
		h = slog.NewJSONHandler(w, opts)
	}
	own := map[string]bool{}
	for _, mb := range cfg.Mailboxes {
		own[strings.ToLower(mb.Address)] = true
	}
	return slog.New(&redactHandler{next: h, own: own})
}

var reAddress = regexp.MustCompile(`[A-Za-z0-9._%+\-=]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)

// redact replaces e-mail addresses in s, except our own.
func redact(s string, own map[string]bool) string {
	if !strings.Contains(s, "@") {
		return s
	}
	return reAddress.ReplaceAllStringFunc(s, func(a string) string {
		if own[strings.ToLower(a)] {
			return a
		}
		return "<address>"
	})
}

type redactHandler struct {
	next slog.Handler
	own  map[string]bool
}

func (h *redactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

func (h *redactHandler) Handle(ctx context.Context, r slog.Record) error {
	if r.Level <= slog.LevelDebug {
		return h.next.Handle(ctx, r)
	}
	out := slog.NewRecord(r.Time, r.Level, redact(r.Message, h.own), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

func (h *redactHandler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, redact(v.String(), h.own))
	case slog.KindGroup:
		var as []any
		for _, g := range v.Group() {
			as = append(as, h.attr(g))
		}
		return slog.Group(a.Key, as...)
	case slog.KindAny:
		if err, ok := v.Any().(error); ok {
			return slog.String(a.Key, redact(err.Error(), h.own))
		}
		return slog.String(a.Key, redact(fmt.Sprint(v.Any()), h.own))
	}
	return a
}

func (h *redactHandler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = h.attr(a)
	}
	return &redactHandler{next: h.next.WithAttrs(red), own: h.own}
}

func (h *redactHandler) WithGroup(name string) slog.Handler {
	return &redactHandler{next: h.next.WithGroup(name), own: h.own}
}
