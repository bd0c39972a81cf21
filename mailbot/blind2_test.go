package mailbot

import (
	"path/filepath"
	"testing"
	"time"
)

// The second blind test set (testdata/blind2) is a held-out accuracy test of
// the whole pipeline, written after the first set had been used to fix the
// parser and without reading the parser, the rules or the first set's mails:
// 110 mails (72 to posk@greve.dk for the Sjælland dialogue meeting, 38 to
// ern@viborg.dk for the Midtjylland consultation) from other writers and
// municipalities (a mayor's secretary, a DH representative, an udsatteråd
// chair, a children's committee chair, directors, region consultants),
// clients (Outlook desktop HTML-only in windows-1252, Outlook mobile, Gmail,
// Apple Mail, iPhone, Thunderbird, webmail) and calendar programs (Outlook
// REPLY/COUNTER, Google, Apple), and about a third traps (out-of-office with
// and without RFC 3834 headers, vacation replies quoting a registration,
// Exchange/Postfix bounces and a delay warning, newsletters with and without
// list headers, read receipts, other organisers' invitations, forwards, our
// own mail, people's mail carrying Precedence: bulk, Auto-Submitted: no or
// X-Auto-Response-Suppress). make_blind2.py (with gen_lib.py and
// mails_ern2.py) writes the mails and their labels; the label format is the
// first set's (see blind_test.go) plus optional received_at (late mail),
// participant late/over_quota and submission late.
//
// The acceptance targets are class accuracy >= 0.98, participant fields
// >= 0.95 and no reply to auto-replies, bounces and list mail. Held out, the
// set first measured class 0.955 and fields 0.876 with one reply to a
// newsletter; the causes were then fixed, so it is now a regression guard
// at the targets.
const (
	blind2MinClass  = 0.98
	blind2MinFields = 0.95
)

// blind2Base: posk's mails start 5 June 2026 (deadline 17 June), ern's
// 13 June 2022 (deadline 1 July); late mails carry their own received_at.
var blind2Base = map[string]time.Time{
	"posk": time.Date(2026, 6, 5, 7, 0, 0, 0, time.UTC),
	"ern":  time.Date(2022, 6, 13, 7, 0, 0, 0, time.UTC),
}

// TestBlind2Accuracy delivers the second blind set, polls once (after the
// last late mail) and logs class, event, status, reply, participant and
// submission figures with every mismatch.
func TestBlind2Accuracy(t *testing.T) {
	runBlind(t, blindSet{
		title:     "BLIND TEST 2",
		dir:       filepath.Join("testdata", "blind2"),
		minMails:  100,
		base:      blind2Base,
		now:       time.Date(2026, 6, 22, 9, 0, 0, 0, time.UTC),
		minClass:  blind2MinClass,
		minFields: blind2MinFields,
	})
}
