package parser

import (
	"fmt"
	"unicode/utf8"

	"mailbot/parser/freetext"
)

// analyzeHuman reads a person's mail with the Danish free-text analyzer
// (package freetext) and maps its Output into the Result: intent and class
// (registration and substitution -> registration, cancellation ->
// cancellation, remark -> remark, question and other -> other), persons,
// new text, signature, municipality, areas, confidence, evidence and review.
// Without a matched event the class stays other (see below).
func analyzeHuman(w *walker) {
	res := w.res
	out := freetext.Analyze(freetext.Input{
		Subject:         res.Subject,
		Text:            capText(res.Text, maxFreeText),
		HTML:            res.HTML,
		HTMLOnly:        res.HTMLOnly,
		FromName:        res.From.Name,
		FromEmail:       res.From.Email,
		AttachmentNames: attachmentNames(res.Attachments),
		EventKind:       eventKind(res.Event, w.opts.Events),
		Cc:              recipients(res.Cc),
		Areas:           eventAreas(res.Event, w.opts.Events),
	})
	res.NewText = out.NewText
	res.Signature = out.Signature
	res.Intent = Intent(out.Intent)
	switch res.Intent {
	case IntentRegistration, IntentSubstitution:
		res.Class = ClassRegistration
	case IntentCancellation:
		res.Class = ClassCancellation
	case IntentRemark:
		res.Class = ClassRemark
	default:
		res.Class = ClassOther
	}
	res.Confidence = out.Confidence
	res.Evidence = append(res.Evidence, out.Evidence...)
	for _, p := range out.Persons {
		res.Persons = append(res.Persons, Person{
			Name:         p.Name,
			Email:        p.Email,
			Municipality: p.Municipality,
			Role:         p.Role,
			Action:       p.Action,
			Replaces:     p.Replaces,
			Lunch:        p.Lunch,
			Diet:         p.Diet,
		})
	}
	res.Municipality = out.Municipality
	res.Areas = out.Areas
	if out.Review != "" && res.Review == "" {
		res.Review = out.Review
	}
	// A registration, cancellation or remark is about an event: with none
	// matched there is nothing to register it for. The reading stays in
	// Intent as a hint and a person decides. (The real corpus's English and
	// German mail, addressed to no event, must not become registrations.)
	if res.Event == "" && res.Class != ClassOther {
		res.Review = joinReview(fmt.Sprintf("reads as %s but matches no configured event", res.Intent), res.Review)
		res.Class = ClassOther
	}
}

// maxFreeText bounds the text given to the free-text reading: what a person
// wrote is at the top; megabytes of pasted or uuencoded data below it only
// cost time (QUIRK: attachments/lotus-notes-uuencoded-rt.eml took 1.3 s).
const maxFreeText = 12 << 10

func capText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func joinReview(a, b string) string {
	if b == "" {
		return a
	}
	return a + "; " + b
}

// recipients maps Cc addresses for the free-text reading (a colleague
// registered by name gets the address they were copied at).
func recipients(as []Address) []freetext.Recipient {
	var out []freetext.Recipient
	for _, a := range as {
		out = append(out, freetext.Recipient{Name: a.Name, Email: a.Email})
	}
	return out
}
