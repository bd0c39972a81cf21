package render

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"
)

type parsedPart struct {
	contentType, filename string
	body                  []byte
}

// parseMail reads raw back with go-message: the header and every leaf part.
func parseMail(t *testing.T, raw []byte) (mail.Header, []parsedPart) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse: %v\n%s", err, raw)
	}
	var parts []parsedPart
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		switch h := p.Header.(type) {
		case *mail.InlineHeader:
			ct, _, _ := h.ContentType()
			parts = append(parts, parsedPart{contentType: ct, body: b})
		case *mail.AttachmentHeader:
			ct, _, _ := h.ContentType()
			name, err := h.Filename()
			if err != nil {
				t.Fatal(err)
			}
			parts = append(parts, parsedPart{contentType: ct, filename: name, body: b})
		}
	}
	return r.Header, parts
}

func TestBuild(t *testing.T) {
	loc := cph(t)
	xlsx := bytes.Repeat([]byte{0x50, 0x4b, 0x03, 0x04, 0xff, 0x00}, 500)
	env := Envelope{
		From: "posk@greve.dk", FromName: "Sekretariatet, Greve Kommune",
		To: []string{"lise@holbaek.dk"}, Cc: []string{"koordinator@holbaek.dk"}, Bcc: []string{"arkiv@greve.dk"},
		Subject:   "Sv: Tilmelding til dialogmøde – Næstved, Køge og Sorø",
		MessageID: "ack.1234@mailbot.greve.dk", InReplyTo: "<orig-2@holbaek.dk>",
		References: []string{"orig-1@holbaek.dk", "orig-2@holbaek.dk"},
		Date:       time.Date(2026, 6, 10, 9, 30, 0, 0, loc),
	}
	text := "Kære Lise,\n\nVi har registreret Øjvind Ærø Åberg – Handicapråd, med frokost.\n" + strings.Repeat("Lang linje med æøå ", 10) + "\n"
	html := "<p>Kære Lise,</p><p>Øjvind Ærø Åberg</p>"
	raw, err := Build(env, text, html, []File{
		{Name: "Deltagere æøå.xlsx", ContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Data: xlsx},
		{Name: "deltagere.csv", Data: []byte("navn\nØjvind\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	h, parts := parseMail(t, raw)
	for k, want := range map[string]string{
		"Auto-Submitted":           "auto-replied",
		"X-Auto-Response-Suppress": "All",
		"Message-Id":               "<ack.1234@mailbot.greve.dk>",
		"In-Reply-To":              "<orig-2@holbaek.dk>",
		"References":               "<orig-1@holbaek.dk> <orig-2@holbaek.dk>",
		"Mime-Version":             "1.0",
		"Precedence":               "",
		"Bcc":                      "",
	} {
		if got := strings.Join(strings.Fields(h.Get(k)), " "); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if subj, err := h.Subject(); err != nil || subj != env.Subject {
		t.Errorf("subject = %q, %v", subj, err)
	}
	from, err := h.AddressList("From")
	if err != nil || len(from) != 1 || from[0].Address != "posk@greve.dk" || from[0].Name != "Sekretariatet, Greve Kommune" {
		t.Errorf("from = %v, %v", from, err)
	}
	if to, _ := h.AddressList("To"); len(to) != 1 || to[0].Address != "lise@holbaek.dk" {
		t.Errorf("to = %v", to)
	}
	if cc, _ := h.AddressList("Cc"); len(cc) != 1 || cc[0].Address != "koordinator@holbaek.dk" {
		t.Errorf("cc = %v", cc)
	}
	if d, err := h.Date(); err != nil || !d.Equal(env.Date) {
		t.Errorf("date = %v, %v", d, err)
	}
	if bytes.Contains(raw, []byte("arkiv@greve.dk")) {
		t.Error("Bcc address written into the message")
	}
	if !bytes.Contains(raw, []byte("Content-Transfer-Encoding: quoted-printable")) {
		t.Error("text not quoted-printable")
	}
	if len(parts) != 4 {
		t.Fatalf("parts = %d, want 4 (text, html, 2 attachments)", len(parts))
	}
	if parts[0].contentType != "text/plain" || string(parts[0].body) != strings.ReplaceAll(text, "\n", "\r\n") && string(parts[0].body) != text {
		t.Errorf("text part %q:\n%q", parts[0].contentType, parts[0].body)
	}
	if parts[1].contentType != "text/html" || !strings.Contains(string(parts[1].body), "Øjvind Ærø Åberg") {
		t.Errorf("html part %q: %q", parts[1].contentType, parts[1].body)
	}
	if parts[2].filename != "Deltagere æøå.xlsx" || !bytes.Equal(parts[2].body, xlsx) ||
		parts[2].contentType != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Errorf("xlsx attachment: %q %q %d bytes", parts[2].filename, parts[2].contentType, len(parts[2].body))
	}
	if parts[3].filename != "deltagere.csv" || string(parts[3].body) != "navn\nØjvind\n" || parts[3].contentType != "text/csv" {
		t.Errorf("csv attachment: %q %q %q", parts[3].filename, parts[3].contentType, parts[3].body)
	}
	// No line longer than RFC 5322's 998.
	for _, l := range bytes.Split(raw, []byte("\r\n")) {
		if len(l) > 998 {
			t.Fatalf("line of %d octets", len(l))
		}
	}
}

func TestBuildDigestAndTextOnly(t *testing.T) {
	raw, err := Build(Envelope{From: "posk@greve.dk", To: []string{"sekretariat@greve.dk"}, Subject: "Dagligt overblik: Dialogmøde",
		MessageID: "digest.dialog2026.2026-06-18@mailbot", AutoSubmitted: "auto-generated"}, "Kun tekst – æøå.\n", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	h, parts := parseMail(t, raw)
	if h.Get("Auto-Submitted") != "auto-generated" || h.Get("In-Reply-To") != "" || h.Get("References") != "" {
		t.Errorf("headers: %v", h.Header)
	}
	if d, err := h.Date(); err != nil || time.Since(d) > time.Minute {
		t.Errorf("default date %v %v", d, err)
	}
	if len(parts) != 1 || parts[0].contentType != "text/plain" || !strings.Contains(string(parts[0].body), "Kun tekst – æøå.") {
		t.Errorf("parts %+v", parts)
	}
	ct := h.Get("Content-Type")
	if !strings.Contains(strings.ToLower(ct), "charset=utf-8") {
		t.Errorf("content-type %q", ct)
	}
	// A reply with only In-Reply-To gets it as References too.
	raw, _ = Build(Envelope{From: "posk@greve.dk", To: []string{"a@b.dk"}, MessageID: "x@y", InReplyTo: "p@q"}, "x", "", nil)
	h, _ = parseMail(t, raw)
	if h.Get("References") != "<p@q>" || h.Get("In-Reply-To") != "<p@q>" {
		t.Errorf("threading %q %q", h.Get("References"), h.Get("In-Reply-To"))
	}
}

func TestBuildErrors(t *testing.T) {
	ok := Envelope{From: "posk@greve.dk", To: []string{"a@b.dk"}, MessageID: "x@y"}
	for name, env := range map[string]Envelope{
		"no from":       {To: ok.To, MessageID: ok.MessageID},
		"no message-id": {From: ok.From, To: ok.To},
		"no recipients": {From: ok.From, MessageID: ok.MessageID},
		"bad to":        {From: ok.From, To: []string{"ikke en adresse"}, MessageID: ok.MessageID},
		"bad bcc":       {From: ok.From, Bcc: []string{"<<>>"}, MessageID: ok.MessageID},
	} {
		if _, err := Build(env, "x", "", nil); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Build(ok, "x", "", nil); err != nil {
		t.Errorf("ok: %v", err)
	}
}

func TestBuildDigestEndToEnd(t *testing.T) {
	// The lead's path: digest + CSV + XLSX into one mail, read back.
	d := meetingDigest(t)
	subj, text, html, err := Digest(d)
	if err != nil {
		t.Fatal(err)
	}
	var csvb, xb bytes.Buffer
	if err := ParticipantsCSV(&csvb, d.Participants, d.Location); err != nil {
		t.Fatal(err)
	}
	if err := XLSX(&xb, d.Participants, nil, d.Location); err != nil {
		t.Fatal(err)
	}
	raw, err := Build(Envelope{From: "posk@greve.dk", To: []string{"sekretariat@greve.dk"}, Subject: subj, MessageID: "digest/dialog2026/2026-06-18@mailbot",
		AutoSubmitted: "auto-generated"}, text, html, []File{{Name: "deltagere.csv", ContentType: "text/csv; charset=utf-8", Data: csvb.Bytes()},
		{Name: "deltagere.xlsx", Data: xb.Bytes()}})
	if err != nil {
		t.Fatal(err)
	}
	h, parts := parseMail(t, raw)
	if s, _ := h.Subject(); s != subj {
		t.Errorf("subject %q", s)
	}
	if len(parts) != 4 || !bytes.Equal(parts[3].body, xb.Bytes()) || !bytes.Equal(parts[2].body, csvb.Bytes()) {
		t.Fatalf("parts %d", len(parts))
	}
	if !strings.Contains(string(parts[0].body), "Tilmeldte:             39") || !strings.Contains(string(parts[1].body), "Næstved Kommune") {
		t.Error("digest bodies did not survive")
	}
	t.Logf("digest mail: %d bytes (text %d, html %d, csv %d, xlsx %d)", len(raw), len(text), len(html), csvb.Len(), xb.Len())
}
