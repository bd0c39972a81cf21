package parser

import (
	"net/mail"
	"regexp"
	"strings"
	"time"
)

// readEnvelope fills the header fields of res from the top header block:
// Message-ID, From, Sender, Reply-To, To, Cc (RFC 5322 3.6.2, 3.6.3),
// Subject (RFC 2047-decoded), Date (RFC 5322 3.3, with obsolete and broken
// forms tolerated), In-Reply-To and References (RFC 5322 3.6.4).
func readEnvelope(h header, res *Result) {
	res.MessageID = firstMsgID(h.Get("Message-Id"))
	if from := parseAddressList(h.Get("From")); len(from) > 0 {
		res.From = from[0]
	}
	if s := parseAddressList(h.Get("Sender")); len(s) > 0 {
		res.Sender = s[0]
	}
	res.ReplyTo = parseAddressList(h.Get("Reply-To"))
	res.To = parseAddressList(strings.Join(h.Values("To"), ", "))
	res.Cc = parseAddressList(strings.Join(h.Values("Cc"), ", "))
	res.Subject = strings.TrimSpace(collapseSpace(decodeWords(h.Get("Subject"))))
	res.Date = parseDate(h.Get("Date"))
	res.InReplyTo = firstMsgID(h.Get("In-Reply-To"))
	res.References = msgIDs(h.Get("References"))
}

var msgIDRe = regexp.MustCompile(`<([^<>\s]+)>`)

// firstMsgID returns the first <id> of v without brackets, or the trimmed
// value when it has none.
func firstMsgID(v string) string {
	if m := msgIDRe.FindStringSubmatch(v); m != nil {
		return m[1]
	}
	v = strings.TrimSpace(v)
	if f := strings.Fields(v); len(f) > 0 {
		return strings.Trim(f[0], "<>")
	}
	return ""
}

// msgIDs returns every <id> of a References value; ids without brackets are
// split on white space. QUIRK: malformed/references-one-invalid-mikelmail.eml.
func msgIDs(v string) []string {
	var out []string
	for _, m := range msgIDRe.FindAllStringSubmatch(v, -1) {
		out = append(out, m[1])
	}
	if len(out) == 0 {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				out = append(out, strings.Trim(f, "<>,"))
			}
		}
	}
	return out
}

var addrParser = mail.AddressParser{WordDecoder: wordDecoder}

var emailRe = regexp.MustCompile(`[A-Za-z0-9._%+\-=/'!#$&*?^{|}~]+@[A-Za-z0-9.\-]+[A-Za-z0-9]`)

// parseAddressList parses an address-list header value (RFC 5322 3.4) into
// lower-case e-mails with decoded names. When the strict parser fails it
// falls back to picking the addresses out of each comma-separated piece, so
// a broken header still yields its mailboxes.
// QUIRK: malformed/unparseable-from-mikelmail.eml, malformed/double-at-in-header-mikelmail.eml,
// charset/iso-8859-1-norwegian-raw-from-rt.eml (raw 8-bit name).
func parseAddressList(v string) []Address {
	v = strings.TrimSpace(v)
	if v == "" {
		return nil
	}
	if list, err := addrParser.ParseList(v); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			out = append(out, Address{Name: strings.TrimSpace(a.Name), Email: strings.ToLower(a.Address)})
		}
		return out
	}
	var out []Address
	for _, piece := range splitAddresses(v) {
		if a, err := addrParser.Parse(piece); err == nil {
			out = append(out, Address{Name: strings.TrimSpace(a.Name), Email: strings.ToLower(a.Address)})
			continue
		}
		email := emailRe.FindString(piece)
		if email == "" {
			continue
		}
		name := strings.Replace(piece, email, "", 1)
		name = strings.Trim(strings.TrimSpace(name), `"<>() `)
		out = append(out, Address{Name: decodeWords(name), Email: strings.ToLower(email)})
	}
	return out
}

// splitAddresses splits on commas outside quotes, angle brackets and comments.
func splitAddresses(v string) []string {
	var out []string
	depthAngle, depthParen, inQuote := 0, 0, false
	start := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\':
			i++
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '<':
			depthAngle++
		case c == '>':
			depthAngle = max(0, depthAngle-1)
		case c == '(':
			depthParen++
		case c == ')':
			depthParen = max(0, depthParen-1)
		case (c == ',' || c == ';') && depthAngle == 0 && depthParen == 0:
			out = append(out, v[start:i])
			start = i + 1
		}
	}
	return append(out, v[start:])
}

var dateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"Mon Jan 2 15:04:05 2006",
	"Mon Jan 2 15:04:05 MST 2006",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02T15:04:05Z07:00",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05",
}

// parseDate parses a Date header (RFC 5322 3.3) with net/mail, then with a
// few layouts seen in the wild; it returns the zero time when nothing fits.
// QUIRK: malformed/bad-date-header-mikelmail.eml, malformed/string-in-date-mikelmail.eml.
func parseDate(v string) time.Time {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t
	}
	// Drop a trailing comment "(CEST)" and doubled spaces.
	if i := strings.IndexByte(v, '('); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	v = collapseSpace(v)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t
		}
	}
	return time.Time{}
}

func collapseSpace(s string) string {
	if !strings.ContainsAny(s, "\t\r\n") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
