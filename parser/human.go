package parser

import (
	"mailbot/parser/freetext"
)

// analyzeHuman reads a person's mail with the Danish free-text analyzer
// (package freetext) and maps its Output into the Result: intent and class
// (registration and substitution -> registration, cancellation ->
// cancellation, remark -> remark, question and other -> other), persons,
// new text, signature, municipality, areas, confidence, evidence and review.
func analyzeHuman(w *walker) {
	res := w.res
	out := freetext.Analyze(freetext.Input{
		Subject:         res.Subject,
		Text:            res.Text,
		HTML:            res.HTML,
		HTMLOnly:        res.HTMLOnly,
		FromName:        res.From.Name,
		FromEmail:       res.From.Email,
		AttachmentNames: attachmentNames(res.Attachments),
		EventKind:       eventKind(res.Event, w.opts.Events),
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
}
