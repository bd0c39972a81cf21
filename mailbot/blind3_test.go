package mailbot

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The third blind test set (testdata/blind3) is a held-out accuracy test of
// the whole pipeline, written without reading the parser, the rules or the
// first two sets' mails: 96 mails (67 to posk@greve.dk for the Sjælland
// dialogue meeting, 29 to ern@viborg.dk for the Midtjylland consultation),
// each written as a particular writer: a 67-year-old DH representative in
// lower case on an iPad, a koordinator pasting an Excel table (tab-separated)
// or an Outlook HTML table, a regional consultant's long formal sentences, a
// politician's secretary in the third person, Faroese and Greenlandic names,
// English-speaking staff, answers typed into the quoted invitation's form,
// filled-in forms, numbered lists with roles in brackets, "SURNAME, FIRST" in
// capitals, a leader registering a colleague in Cc, a "+1 jeg kommer også"
// reply-all whose quote carries someone else's role, a shared mailbox, and
// clients and charsets (HTML-only Outlook with MsoNormal/<o:p> in
// windows-1252, ISO-8859-1 raw 8-bit, base64 UTF-8, Outlook for Android and
// Mac, Apple Mail, Thunderbird, Gmail); iMIP responses (Outlook REPLY with
// and without COMMENT, English and Danish, Windows time zones, an older
// DTSTAMP arriving later, a mixed-case attendee address, Google Calendar, an
// "Accepteret:" with no calendar part); remarks (PDF, XLSX, DOCX, .doc,
// octet-stream, RFC 2047/2231 names, an inline logo that is no attachment, a
// body-only remark, "no remarks", remarks interleaved with the quoted
// invitation, one at 23:30 on the deadline day and one late); and about a
// third traps (out-of-office with Auto-Submitted, with only Precedence: junk,
// with no header at all in English and in Danish under an ordinary "SV:"
// subject, one quoting a whole registration, one answering our own
// acknowledgement; NDRs with the original attached, a delay DSN, a read
// receipt, ESDH journal receipts, newsletters with only List-Unsubscribe,
// with List-Id and with only an "afmeld nyhedsbrev" footer, another
// organiser's REQUEST, a forwarded invitation "Kan du deltage? /Bo" with us
// in Cc, thanks-only reply-alls, a supplier's sales mail, our own
// acknowledgement coming back in Cc, and people's mail carrying
// Auto-Submitted: no and X-Auto-Response-Suppress). make_blind3.py (with
// gen_lib.py, mails_posk3.py and mails_ern3.py) writes the mails and their
// labels in blind2's format.
//
// The floors are the acceptance targets (class >= 0.98, participant fields
// >= 0.95). Any reply to an auto-reply, bounce, list mail or our own mail
// fails the test at once (runBlind).
const (
	// Held out, the set first read class 0.917 and fields 0.837; the causes
	// were then fixed, so it now guards the acceptance targets.
	blind3MinClass  = 0.98
	blind3MinFields = 0.95
)

// blind3Base: posk's mails arrive from 3 June 2026 (deadline 17 June), ern's
// from 14 June 2022 (deadline 1 July), ten minutes apart; late and
// last-minute mails carry their own received_at.
var blind3Base = map[string]time.Time{
	"posk": time.Date(2026, 6, 3, 6, 0, 0, 0, time.UTC),
	"ern":  time.Date(2022, 6, 14, 7, 0, 0, 0, time.UTC),
}

// TestBlind3Accuracy delivers the third blind set, polls once (after the
// last late mail) and logs class, event, status, reply, participant and
// submission figures with every mismatch.
func TestBlind3Accuracy(t *testing.T) {
	runBlind(t, blindSet{
		title:     "BLIND TEST 3",
		dir:       filepath.Join("testdata", "blind3"),
		minMails:  90,
		base:      blind3Base,
		now:       time.Date(2026, 6, 22, 9, 0, 0, 0, time.UTC),
		minClass:  blind3MinClass,
		minFields: blind3MinFields,
	})
}

// TestBlind3NoDuplicateReplies delivers the third blind set, polls twice,
// reparses everything and polls again, and demands that no message was
// answered more than once (in the export and at the SMTP sink), that no
// auto-reply, bounce, list mail or own mail was answered, and that the
// reparse left the participant list as the first pass made it.
func TestBlind3NoDuplicateReplies(t *testing.T) {
	set := blindSet{dir: filepath.Join("testdata", "blind3"), minMails: 90, base: blind3Base}
	mails := loadBlind(t, set)
	h := newHarness(t)
	h.app.cfg.Send.RatePerMinute = 100000
	for _, m := range mails {
		raw, err := os.ReadFile(filepath.Join(set.dir, m.file))
		if err != nil {
			t.Fatal(err)
		}
		h.deliver(blindMailboxes[m.label.Mailbox], string(raw), m.at)
	}
	h.now = time.Date(2026, 6, 22, 9, 0, 0, 0, time.UTC)
	h.poll()
	before := participantLines(h.export())
	h.now = h.now.Add(time.Hour)
	h.poll()
	if _, err := h.app.reparse(context.Background()); err != nil {
		t.Fatalf("reparse: %v", err)
	}
	h.now = h.now.Add(time.Hour)
	h.poll()
	x := h.export()

	robot := map[string]string{}
	for _, m := range mails {
		if m.robot || m.ownAddr {
			robot[m.msgID] = m.file
		}
	}
	perMsg := map[string]int{}
	for _, r := range x.Replies {
		perMsg[blindID(r.InReplyTo)]++
	}
	for id, n := range perMsg {
		if n > 1 {
			t.Errorf("export: %d replies to %s", n, id)
		}
		if f, ok := robot[id]; ok {
			t.Errorf("export: a reply to robot or own mail %s", f)
		}
	}
	sunk := map[string]int{}
	h.ms.mu.Lock()
	for _, s := range h.ms.delivered {
		if msg, err := mail.ReadMessage(bytes.NewReader(s.Raw)); err == nil {
			for _, id := range strings.Fields(msg.Header.Get("In-Reply-To")) {
				sunk[blindID(id)]++
			}
		}
	}
	h.ms.mu.Unlock()
	for id, n := range sunk {
		if n > 1 {
			t.Errorf("SMTP sink: %d mails in reply to %s", n, id)
		}
		if f, ok := robot[id]; ok {
			t.Errorf("SMTP sink: a reply to robot or own mail %s", f)
		}
	}
	if len(sunk) == 0 {
		t.Fatal("no reply reached the SMTP sink: the set or the harness is broken")
	}
	after := participantLines(x)
	if strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Errorf("reparse changed the participants:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
	}
	t.Logf("%d replies to %d messages, none twice; %d participants unchanged by reparse", len(x.Replies), len(perMsg), len(after))
}

// participantLines is the export's participant list as sorted lines of the
// fields a reparse must reproduce.
func participantLines(x *exportJSON) []string {
	var out []string
	for _, p := range x.Participants {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%v|%v", p.Event, p.Email, p.Name, p.Municipality, p.Role, p.Status, lunchStr(p.Lunch), p.Late, p.OverQuota))
	}
	sort.Strings(out)
	return out
}
