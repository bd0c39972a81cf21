// Package render turns mailbot's records into what people read: the
// replies senders get (text/template files the secretariat can edit), the
// daily digest (HTML and text), the CSV and XLSX lists, and the complete
// RFC 5322 message that carries any of them. Everything here is pure: no
// store, no network, no clock unless the caller leaves a time zero.
package render

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	mail "github.com/wneessen/go-mail"
)

// Envelope is the header of an outgoing mail.
type Envelope struct {
	From     string // our mailbox address
	FromName string // display name, may be ""
	To, Cc   []string
	// Bcc is not written into the message (RFC 5322 3.6.3 permits either;
	// participants must never see each other's addresses): the caller passes
	// it to SMTP as envelope recipients.
	Bcc        []string
	Subject    string
	MessageID  string   // without <>; required, so that a resend carries the same id
	InReplyTo  string   // Message-ID answered, without <>; "" for a new thread
	References []string // without <>; InReplyTo is appended if missing
	Date       time.Time
	// AutoSubmitted is the RFC 3834 Auto-Submitted value: "auto-replied"
	// (default) for answers, "auto-generated" for digests and reminders.
	AutoSubmitted string
}

// File is one attachment.
type File struct {
	Name        string
	ContentType string // "" = guessed from the name's extension
	Data        []byte
}

// Build makes the complete RFC 5322 message: UTF-8, quoted-printable text
// (and html as a multipart/alternative part when html != ""), files as
// base64 attachments (multipart/mixed).
//
// Every message carries `Auto-Submitted` (RFC 3834 §5; env.AutoSubmitted,
// default "auto-replied") and `X-Auto-Response-Suppress: All` (Exchange: no
// out-of-office answers to us), so that no two robots answer each other. No
// `Precedence` header: RFC 3834 §5 discourages it and Exchange treats "bulk"
// as a hint for the junk folder. Message-ID is env.MessageID as given;
// In-Reply-To and References thread the answer (RFC 5322 §3.6.4). Date is
// env.Date (time.Now() when zero).
//
// Errors: a missing From or MessageID, no recipient, an address that does not
// parse.
func Build(env Envelope, text, html string, files []File) ([]byte, error) {
	if env.From == "" {
		return nil, fmt.Errorf("build message: no From address")
	}
	if env.MessageID == "" {
		return nil, fmt.Errorf("build message %q: no Message-ID", env.Subject)
	}
	if len(env.To)+len(env.Cc)+len(env.Bcc) == 0 {
		return nil, fmt.Errorf("build message %s: no recipients", env.MessageID)
	}
	m := mail.NewMsg(mail.WithCharset(mail.CharsetUTF8), mail.WithEncoding(mail.EncodingQP), mail.WithNoDefaultUserAgent())
	var err error
	if env.FromName != "" {
		err = m.FromFormat(env.FromName, env.From)
	} else {
		err = m.From(env.From)
	}
	if err != nil {
		return nil, fmt.Errorf("build message %s: from %q: %w", env.MessageID, env.From, err)
	}
	if len(env.To) > 0 {
		if err := m.To(env.To...); err != nil {
			return nil, fmt.Errorf("build message %s: to: %w", env.MessageID, err)
		}
	}
	if len(env.Cc) > 0 {
		if err := m.Cc(env.Cc...); err != nil {
			return nil, fmt.Errorf("build message %s: cc: %w", env.MessageID, err)
		}
	}
	for _, b := range env.Bcc {
		// Validated like the others, but never written (see Envelope.Bcc).
		if err := mail.NewMsg().To(b); err != nil {
			return nil, fmt.Errorf("build message %s: bcc: %w", env.MessageID, err)
		}
	}
	setSubject(m, env.Subject)
	m.SetMessageIDWithValue(strings.Trim(env.MessageID, "<> "))
	date := env.Date
	if date.IsZero() {
		date = time.Now()
	}
	m.SetDateWithValue(date)
	if env.InReplyTo != "" {
		m.SetGenHeader(mail.HeaderInReplyTo, angle(env.InReplyTo))
	}
	if refs := references(env.References, env.InReplyTo); len(refs) > 0 {
		m.SetGenHeader(mail.HeaderReferences, strings.Join(refs, " "))
	}
	auto := env.AutoSubmitted
	if auto == "" {
		auto = "auto-replied"
	}
	m.SetGenHeader("Auto-Submitted", auto)
	m.SetGenHeader(mail.HeaderXAutoResponseSuppress, "All")
	m.SetGenHeader(mail.HeaderXMailer, "mailbot")

	m.SetBodyString(mail.TypeTextPlain, crlfSafe(text))
	if html != "" {
		m.AddAlternativeString(mail.TypeTextHTML, crlfSafe(html))
	}
	for _, f := range files {
		var opts []mail.FileOption
		if f.ContentType != "" {
			opts = append(opts, mail.WithFileContentType(mail.ContentType(f.ContentType)))
		}
		if err := m.AttachReader(f.Name, bytes.NewReader(f.Data), opts...); err != nil {
			return nil, fmt.Errorf("build message %s: attach %q: %w", env.MessageID, f.Name, err)
		}
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("build message %s: write: %w", env.MessageID, err)
	}
	return buf.Bytes(), nil
}

// setSubject sets the Subject with line breaks and control characters
// turned into spaces (no header injection). go-mail leaves an ASCII subject
// as it is, so a subject that itself contains "=?" would be decoded as an
// RFC 2047 encoded word by the reader; such a subject is written as
// base64 encoded words (RFC 2047 §5) of at most 75 characters, folded.
func setSubject(m *mail.Msg, subject string) {
	subject = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, subject)
	if !strings.Contains(subject, "=?") {
		m.Subject(subject)
		return
	}
	var words []string
	var chunk []byte
	flush := func() {
		if len(chunk) > 0 {
			words = append(words, "=?UTF-8?B?"+base64.StdEncoding.EncodeToString(chunk)+"?=")
			chunk = chunk[:0]
		}
	}
	for _, r := range subject {
		// 45 bytes -> 60 base64 characters + 12 of framing = 72 <= 75.
		if len(chunk)+utf8.RuneLen(r) > 45 {
			flush()
		}
		chunk = utf8.AppendRune(chunk, r)
	}
	flush()
	m.SetGenHeaderPreformatted(mail.HeaderSubject, strings.Join(words, "\r\n "))
}

// angle wraps a Message-ID in <> once.
func angle(id string) string {
	return "<" + strings.Trim(strings.TrimSpace(id), "<>") + ">"
}

// references returns refs (deduplicated, order kept) with inReplyTo last,
// each in <>.
func references(refs []string, inReplyTo string) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		id = strings.Trim(strings.TrimSpace(id), "<>")
		if id == "" || seen[id] {
			return
		}
		seen[id] = true
		out = append(out, "<"+id+">")
	}
	for _, r := range refs {
		add(r)
	}
	add(inReplyTo)
	return out
}

// crlfSafe normalizes line ends (CRLF, lone CR) to \n; go-mail writes
// CRLF itself.
func crlfSafe(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
