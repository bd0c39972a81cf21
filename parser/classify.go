package parser

import (
	"fmt"
	"strings"
)

// classify sets Result.Class, Event and Review from what the walk found:
//
//   - never-answer mail (detectAuto): auto_reply, bounce, list; mail from
//     our own address is other (and never answered);
//   - a top-level iMIP REPLY or COUNTER (RFC 5546 3.2.3, 3.2.7): rsvp. A
//     REQUEST, CANCEL or PUBLISH is an invitation, not a response: other.
//     A calendar inside a forwarded or returned message never counts
//     (QUIRK: bounce/postfix-dsn-with-imip-request-ccs.eml);
//   - a response read from a subject prefix only: rsvp, sent to review;
//   - mail from a person: the Danish free-text reading (package freetext).
func classify(w *walker) {
	res := w.res
	res.Event, res.EventMatch = matchEvent(res, w.opts.Events, w.opts.Mailbox)
	if w.tnef && res.Review == "" {
		res.Review = "winmail.dat (TNEF) attachment cannot be unpacked: check the attachments by hand"
	}
	if res.Auto == AutoReply && w.autoWeak && res.Calendar == nil {
		// QUIRK: people's mail with Precedence: bulk (mass-mail systems,
		// some municipal gateways): read the words; only a clear
		// registration, cancellation or remark makes it a person's mail.
		auto, reason := res.Auto, res.AutoReason
		res.Auto, res.AutoReason = AutoNone, ""
		analyzeHuman(w)
		if res.Class != ClassOther && res.Confidence >= 0.8 {
			// (A doubt in the reading sends it to review, not to the bin.)
			res.Evidence = append(res.Evidence, "a person's clear words outweigh the header "+reason)
			return
		}
		*res = resetHuman(*res)
		res.Auto, res.AutoReason = auto, reason
	}
	switch res.Auto {
	case AutoReply:
		res.Class = ClassAutoReply
		return
	case AutoBounce:
		res.Class = ClassBounce
		return
	case AutoList:
		res.Class = ClassList
		return
	case AutoOwnSender:
		res.Class = ClassOther
		return
	}
	if cal := res.Calendar; cal != nil {
		switch cal.Method {
		case "REPLY", "COUNTER":
			if cal.FromSubject {
				// Only the subject says "Accepteret:": a person who writes
				// under it ("SV: Accepteret: ..." answered with an afbud)
				// is read by their words when these are clear.
				analyzeHuman(w)
				if res.Class != ClassOther && res.Confidence >= 0.8 {
					res.Calendar = nil
					res.Evidence = append(res.Evidence, "the text outweighs a response subject without calendar part")
					return
				}
				*res = resetHuman(*res)
			}
			res.Class = ClassRSVP
			res.Confidence = 1
			switch {
			case cal.FromSubject:
				res.Confidence = 0.5
				res.Review = "meeting response without a calendar part: status read from the subject only"
			case len(cal.Attendees) == 0:
				res.Confidence = 0.3
				res.Review = fmt.Sprintf("iMIP %s has no ATTENDEE: cannot tell who answered", cal.Method)
			case cal.Method == "REPLY" && !hasPartStat(cal):
				res.Confidence = 0.5
				res.Review = "iMIP REPLY without ACCEPTED, TENTATIVE or DECLINED for its attendee"
			}
			res.Evidence = append(res.Evidence, "iMIP METHOD:"+cal.Method)
			return
		case "REQUEST", "CANCEL", "PUBLISH", "ADD", "REFRESH", "DECLINECOUNTER":
			// An invitation is not a response. But a person forwarding our
			// invitation (Outlook forwards it as a REQUEST) may write
			// "Bo deltager i stedet for mig" above it: their words count
			// when they are clear.
			analyzeHuman(w)
			if res.Class != ClassOther && res.Confidence >= 0.8 && res.Review == "" {
				res.Evidence = append(res.Evidence, "iMIP METHOD:"+cal.Method+" forwarded with a person's clear words")
				return
			}
			*res = resetHuman(*res)
			res.Class = ClassOther
			res.Evidence = append(res.Evidence, "iMIP METHOD:"+cal.Method+" (an invitation, not a response)")
			return
		}
	}
	analyzeHuman(w)
	// An out-of-office answer without any header saying so (home-made
	// responders, some gateways): nothing to register, words of absence.
	if res.Intent == IntentOther || res.Intent == IntentNone {
		reason := ""
		switch {
		case oofText(res.NewText, res.Text):
			reason = "out-of-office text without auto-reply headers"
		case receiptText(res.NewText, res.Text):
			reason = "an organisation's automatic receipt without auto-reply headers"
		}
		if reason != "" {
			res.Auto, res.AutoReason = AutoReply, reason
			res.Class = ClassAutoReply
			res.Review = ""
		}
	}
}

// resetHuman drops what the free-text reading set.
func resetHuman(r Result) Result {
	r.Intent, r.Confidence, r.Evidence, r.Persons = "", 0, nil, nil
	r.NewText, r.Signature, r.Municipality, r.Areas, r.Review = "", "", "", nil, ""
	r.Class = ClassOther
	return r
}

func hasPartStat(cal *Calendar) bool {
	for _, a := range cal.Attendees {
		switch a.PartStat {
		case PartStatAccepted, PartStatTentative, PartStatDeclined:
			return true
		}
	}
	return false
}

// eventKind returns the Kind of the matched event, "" if none.
func eventKind(id string, events []EventHint) string {
	for _, e := range events {
		if e.ID == id && id != "" {
			return e.Kind
		}
	}
	return ""
}

// eventAreas returns the Areas of the matched event.
func eventAreas(id string, events []EventHint) []string {
	for _, e := range events {
		if e.ID == id && id != "" {
			return e.Areas
		}
	}
	return nil
}

// attachmentNames lists the file names of the top message's attachments
// (inline images left out).
func attachmentNames(atts []Attachment) []string {
	var out []string
	for _, a := range atts {
		if a.Inline || strings.TrimSpace(a.Filename) == "" {
			continue
		}
		out = append(out, a.Filename)
	}
	return out
}
