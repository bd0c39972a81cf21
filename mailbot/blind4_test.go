package mailbot

import (
	"path/filepath"
	"testing"
	"time"
)

// The fourth blind test set (testdata/blind4) is a held-out accuracy test of
// the whole pipeline, written without reading the parser, the rules or the
// earlier sets' mails, and aimed at ordinary daily secretariat mail rather
// than exotic cases: 78 mails (65 to posk@greve.dk for the Sjælland dialogue
// meeting, 13 to ern@viborg.dk for the Midtjylland consultation). About 40 %
// are one-person registrations and cancellations in many wordings ("Jeg
// deltager", "Tilmeld mig venligst", "Vi ses d. 25.", "Kan desværre ikke",
// "Jeg er nødt til at melde fra", "Jeg må trække min tilmelding", a
// substitution), signed with roles in varied words (næstformand i
// handicaprådet, formand for social- og sundhedsudvalget, socialdirektør,
// centerchef, afdelingsleder, sekretariatsleder, enhedschef, konsulent) and
// lunch answers in varied words; coordinators listing 2-5 people (bullets,
// a tab table, a numbered list, an Outlook HTML table, "jeg selv og min
// kollega", a double cancellation by name only); Outlook, Google Calendar and
// Apple iMIP replies (accept, decline, tentative, a decline superseding an
// accept, a COUNTER); remarks from Midtjylland municipalities and the region
// (PDF, DOCX, XLSX, RFC 2231 name, two attachments, body only, an inline
// logo, one late); and traps (out-of-office with and without headers in
// Danish and English, one quoting a registration, NDRs, newsletters, a list
// mail saying "Jeg deltager", a read receipt, another organiser's REQUEST, a
// forwarded invitation with us in Cc, an ESDH receipt, a functional
// mailbox's acknowledgement, and people whose mail carries Precedence: bulk
// or X-Auto-Response-Suppress). Charsets: UTF-8 QP and base64, ISO-8859-1
// QP and raw 8-bit, windows-1252, HTML-only Outlook. make_blind4.py (with
// gen_lib4.py) writes the mails and their labels in blind3's format.
const (
	// Held out, the set first read class 0.910 and fields 0.877; after its
	// causes were fixed it guards the acceptance targets.
	blind4MinClass  = 0.98
	blind4MinFields = 0.95
)

// blind4Base: posk's mails arrive from 4 June 2026 (deadline 17 June), ern's
// from 15 June 2022 (deadline 1 July), ten minutes apart; the late remark
// carries its own received_at.
var blind4Base = map[string]time.Time{
	"posk": time.Date(2026, 6, 4, 6, 0, 0, 0, time.UTC),
	"ern":  time.Date(2022, 6, 15, 7, 0, 0, 0, time.UTC),
}

// TestBlind4Accuracy delivers the fourth blind set, polls once and logs
// class, event, status, reply, participant and submission figures with
// every mismatch; it fails on any reply to an auto-reply, bounce, list mail
// or own mail and on figures below the floors.
func TestBlind4Accuracy(t *testing.T) {
	runBlind(t, blindSet{
		title:     "BLIND TEST 4",
		dir:       filepath.Join("testdata", "blind4"),
		minMails:  70,
		base:      blind4Base,
		now:       time.Date(2026, 6, 22, 9, 0, 0, 0, time.UTC),
		minClass:  blind4MinClass,
		minFields: blind4MinFields,
	})
}
