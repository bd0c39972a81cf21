package parser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/k3a/html2text"
)

// Parse reads one raw RFC 5322 message and returns what it says.
//
// Parse never panics and always returns a non-nil, usable Result. The error
// is non-nil only when the message was degraded (it then joins the same
// reasons as Result.Problems): unknown charsets or transfer encodings, broken
// multipart structure, limits hit. The caller keeps raw; Parse holds no
// reference to it after returning (all strings are copies).
//
// Steps: header block (RFC 5322, leniently: readHeader), MIME walk (RFC 2045,
// RFC 2046, leniently: splitMultipart, decodeText), iMIP (RFC 6047/5546:
// ParseCalendar), never-answer detection (RFC 3834, RFC 3464, RFC 8098,
// RFC 2369/2919: detectAuto), event matching (MatchEvent) and, for mail from
// a person, the Danish free-text reading of package freetext.
func Parse(raw []byte, opts Options) (*Result, error) {
	opts = opts.withDefaults()
	res := &Result{Class: ClassOther}
	w := &walker{opts: opts, res: res}

	if int64(len(raw)) > opts.MaxSize {
		w.problem(fmt.Sprintf("message is %d bytes, over the limit of %d: only the first %d bytes were read", len(raw), opts.MaxSize, opts.MaxSize))
		res.Review = "message too large to read completely"
		raw = raw[:opts.MaxSize]
	}
	raw = fixBareCR(raw)

	h, body := readHeader(raw)
	w.top = h
	readEnvelope(h, res)
	w.walk(h, body, 0, 0)
	w.finishBody()
	w.finishCalendar()
	detectAuto(w)
	classify(w)

	if len(res.Problems) > 0 {
		errs := make([]error, len(res.Problems))
		for i, p := range res.Problems {
			errs[i] = errors.New(p)
		}
		return res, fmt.Errorf("parse message %q: %w", res.MessageID, errors.Join(errs...))
	}
	return res, nil
}

func (o Options) withDefaults() Options {
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxParts <= 0 {
		o.MaxParts = DefaultMaxParts
	}
	return o
}

// fixBareCR converts a message whose lines end in bare CR (old Mac) to LF,
// so that the multipart splitter and header reader see lines. Only a message
// with CR and no LF in its first 8 KB is converted (a copy).
// QUIRK: malformed/postfix-dsn-cr-only-line-endings-sisimai-mac01.eml.
func fixBareCR(raw []byte) []byte {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, '\n') >= 0 || bytes.IndexByte(head, '\r') < 0 {
		return raw
	}
	return bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
}

// walker carries the state of one MIME walk.
type walker struct {
	opts Options
	res  *Result
	top  header

	parts              int
	depthHit, partsHit bool

	plain, html []string // readable bodies of the top message, in order
	fwdText     []string // text of attached (forwarded) messages
	calendars   [][]byte // text/calendar and .ics bodies of the top message

	reportType     string   // report-type of a top-level multipart/report
	deliveryStatus []string // message/delivery-status bodies (RFC 3464)
	sawMDN, sawARF bool
	sawDigest      bool
	// autoWeak: the only never-answer signal is one that people's own
	// mail carries too (Precedence: bulk/junk, Auto-Submitted:
	// auto-forwarded); a clear registration, cancellation or remark in the
	// text then wins (see classify).
	autoWeak bool
	// topText is the readable text of the message itself, without attached
	// (forwarded) messages.
	topText string
	tnef    bool
}

func (w *walker) problem(p string) {
	for _, q := range w.res.Problems {
		if q == p {
			return
		}
	}
	w.res.Problems = append(w.res.Problems, p)
}

// walk visits one entity. fwd > 0 means it lies inside an attached
// message/rfc822 (a forwarded or returned mail): its text goes to fwdText
// and its calendar and report parts are not the top message's.
func (w *walker) walk(h header, body []byte, depth, fwd int) {
	w.parts++
	if w.parts > w.opts.MaxParts {
		if !w.partsHit {
			w.partsHit = true
			w.problem(fmt.Sprintf("message has more than %d MIME parts: the rest were not read", w.opts.MaxParts))
			w.res.Review = "too many MIME parts to read completely"
		}
		return
	}
	if depth > w.opts.MaxDepth {
		if !w.depthHit {
			w.depthHit = true
			w.problem(fmt.Sprintf("MIME nesting deeper than %d levels: the inner parts were not read", w.opts.MaxDepth))
			w.res.Review = "MIME structure nested too deeply to read completely"
		}
		return
	}

	ctRaw := h.Get("Content-Type")
	mt, params := mediaType(ctRaw)
	if mt == "" || !strings.Contains(mt, "/") {
		mt = "text/plain" // RFC 2045 5.2 default
		if ctRaw != "" {
			w.problem(fmt.Sprintf("unreadable Content-Type %q: read as text/plain", trimForProblem(ctRaw)))
		}
	}
	disp, dparams := mediaType(h.Get("Content-Disposition"))
	filename := partFilename(h, params, dparams)

	switch {
	case strings.HasPrefix(mt, "multipart/"):
		w.walkMultipart(h, body, mt, params, depth, fwd)
		return
	case mt == "message/rfc822" || mt == "message/global":
		w.walkMessage(h, body, filename, disp, depth, fwd)
		return
	case mt == "message/delivery-status" || mt == "message/global-delivery-status":
		if fwd == 0 {
			w.deliveryStatus = append(w.deliveryStatus, w.textOf(h, body, params))
		}
		return
	case mt == "message/disposition-notification" || mt == "message/global-disposition-notification":
		if fwd == 0 {
			w.sawMDN = true
		}
		return
	case mt == "message/feedback-report":
		if fwd == 0 {
			w.sawARF = true
		}
		return
	case mt == "text/rfc822-headers" || mt == "text/rfc822-header":
		return // returned headers of a report: not a file a person sent
	case mt == "text/calendar" || mt == "application/ics" || mt == "text/x-vcalendar" ||
		strings.HasSuffix(strings.ToLower(filename), ".ics") || strings.HasSuffix(strings.ToLower(filename), ".vcs"):
		if fwd == 0 {
			r, _, _ := decodeReader(body, h.Get("Content-Transfer-Encoding"))
			if b, err := io.ReadAll(io.LimitReader(r, 4<<20)); err == nil || len(b) > 0 {
				w.calendars = append(w.calendars, b)
			}
		}
		if disp == "attachment" || filename != "" {
			w.attach(h, body, filename, mt, disp, fwd)
		}
		return
	case mt == "application/ms-tnef" || mt == "application/vnd.ms-tnef" || strings.EqualFold(filename, "winmail.dat"):
		w.tnef = w.tnef || fwd == 0
		w.attach(h, body, filename, mt, disp, fwd)
		return
	case (mt == "text/plain" || mt == "text/html" || mt == "text/enriched" || mt == "text/richtext") &&
		disp != "attachment" && (filename == "" || depth == 0):
		// A text part with a file name is a file (QUIRK:
		// charset/rfc2231-filename-continuations-rt.eml has an inline .txt),
		// unless it is the whole message.
		text := w.textOf(h, body, params)
		if mt == "text/html" {
			if fwd > 0 {
				w.fwdText = append(w.fwdText, htmlToText(text))
			} else {
				w.html = append(w.html, text)
			}
			return
		}
		if fwd > 0 {
			w.fwdText = append(w.fwdText, text)
		} else {
			w.plain = append(w.plain, text)
		}
		return
	}
	w.attach(h, body, filename, mt, disp, fwd)
}

func (w *walker) walkMultipart(h header, body []byte, mt string, params map[string]string, depth, fwd int) {
	boundary := params["boundary"]
	if boundary == "" {
		boundary = sniffBoundary(body)
		if boundary == "" {
			w.problem(fmt.Sprintf("%s without a boundary: body read as text", mt))
			w.plain = append(w.plain, normalizeNewlines(validUTF8Bytes(body)))
			return
		}
		w.problem(fmt.Sprintf("%s without a boundary parameter: boundary guessed from the body", mt))
	}
	parts, closed := splitMultipart(body, boundary)
	if len(parts) == 0 {
		// QUIRK: malformed/false-multipart-flanker.eml claims multipart, is not.
		w.problem(fmt.Sprintf("%s body has no boundary line %q: body read as text", mt, trimForProblem(boundary)))
		if fwd > 0 {
			w.fwdText = append(w.fwdText, normalizeNewlines(validUTF8Bytes(body)))
		} else {
			w.plain = append(w.plain, normalizeNewlines(validUTF8Bytes(body)))
		}
		return
	}
	if !closed {
		w.problem(fmt.Sprintf("%s has no closing boundary (truncated?): kept the %d parts read", mt, len(parts)))
	}
	if fwd == 0 && depth == 0 && mt == "multipart/report" {
		w.reportType = strings.ToLower(params["report-type"])
	}
	if mt == "multipart/digest" && depth == 0 {
		w.sawDigest = true
	}
	for _, p := range parts {
		ph, pbody := readPartHeader(p)
		if mt == "multipart/digest" && ph.Get("Content-Type") == "" {
			ph.Set("Content-Type", "message/rfc822") // RFC 2046 5.1.5 default
		}
		w.walk(ph, pbody, depth+1, fwd)
		if w.partsHit {
			return
		}
	}
}

// readPartHeader reads a body part's header. A part that starts with an
// empty line has no header (RFC 2046 5.1.1), which readHeader would skip.
func readPartHeader(p []byte) (header, []byte) {
	if line, rest := cutLine(p); len(line) == 0 {
		return header{}, rest
	}
	return readHeader(p)
}

// walkMessage handles message/rfc822 (RFC 2046 5.2.1): a forwarded or
// returned mail. It is an attachment of the top message, not its body; its
// readable text is kept in fwdText (Result.Text after the top text).
// QUIRK: attachments/base64-rfc822-nested-mime4j.eml has a base64-encoded
// message/rfc822, which RFC 2046 forbids.
func (w *walker) walkMessage(h header, body []byte, filename, disp string, depth, fwd int) {
	inner := body
	if enc, _ := normalizeCTE(h.Get("Content-Transfer-Encoding")); enc != "7bit" {
		r, _, _ := decodeReader(body, h.Get("Content-Transfer-Encoding"))
		b, _ := io.ReadAll(r)
		inner = b
	}
	ih, ibody := readHeader(inner)
	if filename == "" {
		filename = "message.eml"
		if s := strings.TrimSpace(decodeWords(ih.Get("Subject"))); s != "" {
			filename = sanitizeFilename(s) + ".eml"
		}
	}
	w.attach(h, body, filename, "message/rfc822", disp, fwd)
	if fwd == 0 {
		var sb strings.Builder
		sb.WriteString("-------- Forwarded message --------\n")
		for _, k := range []string{"From", "Date", "Subject", "To"} {
			if v := ih.Get(k); v != "" {
				fmt.Fprintf(&sb, "%s: %s\n", k, decodeWords(v))
			}
		}
		w.fwdText = append(w.fwdText, sb.String())
	}
	w.walk(ih, ibody, depth+1, fwd+1)
}

// textOf returns the decoded text of a text/* part.
func (w *walker) textOf(h header, body []byte, params map[string]string) string {
	r, enc, known := decodeReader(body, h.Get("Content-Transfer-Encoding"))
	if !known {
		w.problem(fmt.Sprintf("unknown Content-Transfer-Encoding %q: text kept undecoded", trimForProblem(h.Get("Content-Transfer-Encoding"))))
	}
	b, err := io.ReadAll(r)
	if err != nil {
		w.problem(fmt.Sprintf("%s text part is damaged: kept the %d bytes that decoded", enc, len(b)))
	}
	text, p := decodeText(b, params["charset"])
	if p != "" {
		w.problem(p)
	}
	return text
}

// attach records an attachment: size and SHA-256 of the transfer-decoded
// body, computed while streaming (the decoded bytes are not held).
func (w *walker) attach(h header, body []byte, filename, mt, disp string, fwd int) {
	if fwd > 0 {
		return // files inside a forwarded mail belong to that mail's attachment
	}
	r, enc, known := decodeReader(body, h.Get("Content-Transfer-Encoding"))
	if !known {
		w.problem(fmt.Sprintf("unknown Content-Transfer-Encoding %q on attachment %q: hashed undecoded", trimForProblem(h.Get("Content-Transfer-Encoding")), filename))
	}
	sum := sha256.New()
	var n int64
	var err error
	if enc != "base64" && (strings.HasPrefix(mt, "text/") || strings.HasPrefix(mt, "message/")) {
		// RFC 2046 4.1.1: text line breaks are CRLF in canonical form; hash
		// that form so LF-stored copies of a message give the same sum.
		var b []byte
		if enc == "7bit" || !known {
			b = body
		} else {
			b, _ = io.ReadAll(r)
		}
		n = hashCanonical(sum, b)
	} else if n, err = io.Copy(sum, r); err != nil {
		w.problem(fmt.Sprintf("attachment %q is damaged: %d bytes decoded", filename, n))
	}
	a := Attachment{
		Filename:    filename,
		ContentType: mt,
		Size:        n,
		SHA256:      hex.EncodeToString(sum.Sum(nil)),
		Inline:      disp == "inline" || (disp == "" && h.Get("Content-Id") != "" && strings.HasPrefix(mt, "image/")),
		TNEF:        mt == "application/ms-tnef" || mt == "application/vnd.ms-tnef" || strings.EqualFold(filename, "winmail.dat"),
	}
	w.res.Attachments = append(w.res.Attachments, a)
}

// hashCanonical writes b to h with every line break as CRLF and returns the
// number of bytes written.
func hashCanonical(h io.Writer, b []byte) int64 {
	var n int64
	crlf := []byte("\r\n")
	for len(b) > 0 {
		line, rest := cutLine(b)
		h.Write(line)
		n += int64(len(line))
		if len(b) > len(line) { // the line had a terminator
			h.Write(crlf)
			n += 2
		}
		b = rest
	}
	return n
}

// partFilename is the part's file name: Content-Disposition filename
// (RFC 2183, RFC 2231 continuations and charsets), else Content-Type name,
// RFC 2047-decoded (not allowed there, but common).
// QUIRK: charset/rfc2047-encoded-attachment-name-mikelmail.eml,
// charset/rfc2231-filename-continuations-rt.eml.
func partFilename(h header, params, dparams map[string]string) string {
	// rfc2231Param first: mime.ParseMediaType silently drops segments in
	// charsets other than UTF-8 (filename*0*=iso-8859-1''...).
	name := rfc2231Param(h.Get("Content-Disposition"), "filename")
	if name == "" {
		name = dparams["filename"]
	}
	if name == "" {
		name = rfc2231Param(h.Get("Content-Type"), "name")
	}
	if name == "" {
		name = params["name"]
	}
	return strings.TrimSpace(decodeWords(name))
}

// rfc2231Param decodes parameter name from v per RFC 2231 3 and 4 when
// mime.ParseMediaType dropped it (it decodes only UTF-8 and US-ASCII):
// name*0*=charset'lang'pct-encoded; name*1*=...; name*=....
func rfc2231Param(v, name string) string {
	if !strings.Contains(strings.ToLower(v), name+"*") {
		return ""
	}
	type seg struct {
		n       int
		val     string
		encoded bool
	}
	var segs []seg
	for _, p := range splitParams(v)[1:] {
		k, val, ok := strings.Cut(p, "=")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		val = strings.Trim(strings.TrimSpace(val), `"`)
		if !strings.HasPrefix(k, name+"*") {
			continue
		}
		rest := k[len(name)+1:]
		s := seg{encoded: strings.HasSuffix(rest, "*") || rest == ""}
		rest = strings.TrimSuffix(rest, "*")
		fmt.Sscanf(rest, "%d", &s.n)
		s.val = val
		segs = append(segs, s)
	}
	if len(segs) == 0 {
		return ""
	}
	// order by index (continuations may come out of order, RFC 2231 3)
	for i := 1; i < len(segs); i++ {
		for j := i; j > 0 && segs[j].n < segs[j-1].n; j-- {
			segs[j], segs[j-1] = segs[j-1], segs[j]
		}
	}
	var label string
	var buf []byte
	for i, s := range segs {
		val := s.val
		if i == 0 && s.encoded {
			if parts := strings.SplitN(val, "'", 3); len(parts) == 3 {
				label, val = parts[0], parts[2]
			}
		}
		if s.encoded {
			buf = append(buf, pctDecode(val)...)
		} else {
			buf = append(buf, val...)
		}
	}
	text, _ := decodeText(buf, label)
	return text
}

func pctDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func sanitizeFilename(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '_'
		}
		return r
	}, s)
	if len(s) > 100 {
		s = s[:100]
	}
	return strings.TrimSpace(s)
}

func trimForProblem(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// finishBody picks the readable body: the top message's text/plain parts,
// else its HTML as text (k3a/html2text), then the forwarded mails' text.
func (w *walker) finishBody() {
	var parts []string
	for _, p := range w.plain {
		if strings.TrimSpace(p) != "" {
			parts = append(parts, p)
		}
	}
	if len(w.html) > 0 {
		w.res.HTML = w.html[0]
	}
	if len(parts) == 0 && len(w.html) > 0 {
		for _, h := range w.html {
			parts = append(parts, htmlToText(h))
		}
		w.res.HTMLOnly = true
	}
	w.topText = strings.Join(parts, "\n\n")
	for _, f := range w.fwdText {
		if strings.TrimSpace(f) != "" {
			parts = append(parts, f)
		}
	}
	w.res.Text = strings.TrimSpace(strings.Join(parts, "\n\n"))
}

// htmlToText renders HTML as plain text with line breaks and link texts.
// Table rows become lines and cells are separated by " | " (html2text runs
// cells together: "NavnRolleE-mail"), so a coordinator's table of
// participants stays a table.
func htmlToText(h string) string {
	h = reCellEnd.ReplaceAllString(h, " | $0")
	h = reRowEnd.ReplaceAllString(h, "$0<br>")
	t := html2text.HTML2TextWithOptions(h, html2text.WithUnixLineBreaks(), html2text.WithLinksInnerText(), html2text.WithListSupport())
	lines := strings.Split(normalizeNewlines(t), "\n")
	for i, l := range lines {
		l = strings.TrimRight(l, " \t")
		for strings.HasSuffix(l, "|") {
			l = strings.TrimRight(strings.TrimSuffix(l, "|"), " \t")
		}
		lines[i] = l
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

var (
	reCellEnd = regexp.MustCompile(`(?i)</t[dh]\s*>`)
	reRowEnd  = regexp.MustCompile(`(?i)</tr\s*>`)
)
