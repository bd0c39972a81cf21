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
	res.Event = MatchEvent(res, w.opts.Events)
	if w.tnef && res.Review == "" {
		res.Review = "winmail.dat (TNEF) attachment cannot be unpacked: check the attachments by hand"
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
			res.Class = ClassOther
			res.Evidence = append(res.Evidence, "iMIP METHOD:"+cal.Method+" (an invitation, not a response)")
			return
		}
	}
	analyzeHuman(w)
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
