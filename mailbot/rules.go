package mailbot

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"mailbot/mailbot/config"
	"mailbot/mailbot/render"
	"mailbot/parser"
	"mailbot/parser/dk"
	"mailbot/parser/freetext"
	"mailbot/store"
)

// Participant statuses (CONTRACT.md).
const (
	pAccepted   = "accepted"
	pTentative  = "tentative"
	pDeclined   = "declined"
	pCancelled  = "cancelled"
	pWaitlisted = "waitlisted"
)

// decision collects what processing one message decided.
type decision struct {
	a    *App
	m    *store.Message
	res  *parser.Result
	ev   *config.Event
	u    *store.Update
	kind string               // reply kind, "" = no reply
	ps   []*store.Participant // persons this mail changed, for the reply
	sub  *store.Submission
	// counter: a COUNTER (new time proposed) was read.
	counter bool
	// promoted are moved up from the waiting list by this mail.
	promoted []*store.Participant
	late     bool
	over     bool
	notes    []string // review reasons
}

// decide maps a parsed message onto the event's facts and decides the
// reply. It reads the current facts; the caller holds processMu so nothing
// changes between this read and the commit.
func (a *App) decide(m *store.Message, res *parser.Result, perr error) (*store.Update, error) {
	fillMessage(m, res)
	d := &decision{a: a, m: m, res: res, u: &store.Update{Message: m, State: map[string]string{}}}
	m.Status, m.ReviewReason = store.StatusProcessed, ""

	// 1. Mail that is never answered: recorded, ignored.
	if res.Auto != parser.AutoNone {
		m.Status = store.StatusIgnored
		if res.Class == "" {
			m.Class = string(parser.ClassOther)
		}
		return d.u, nil
	}
	// 2. Mail the parser could read only in part (a broken part, an unknown
	// charset): what it understood is applied, and a person looks.
	if perr != nil {
		d.notes = append(d.notes, "mailen kunne ikke læses helt: "+perr.Error())
	}
	// 3. Mail about no configured event.
	d.ev = a.event(res.Event)
	// Tied to the event only by the mailbox, and nothing in it for the
	// event (a colleague's cake, a supplier's offer): not about the event.
	// A question from a municipality or region is about the event; other
	// mail still reaches the mailbox's digest as a review item.
	_, municipal := dk.ByDomain(res.From.Email)
	weak := res.EventMatch == "mailbox" && res.Class == parser.ClassOther &&
		!(res.Intent == parser.IntentQuestion && (municipal || res.Municipality != ""))
	if d.ev != nil && res.EventMatch == "mailbox" && otherDay(res.Subject+"\n"+res.NewText, d.ev.Starts, a.cfg.Location) {
		// Only the mailbox ties it to the event, and it names another day
		// ("tilmelding til temadagen den 3. september"): another event.
		weak = true
		m.Class = string(parser.ClassOther)
	}
	if d.ev == nil || d.ev.Mailbox != m.Mailbox || weak {
		m.Event = ""
		reason := "handler ikke om et af de konfigurerede arrangementer"
		if res.Review != "" {
			reason = res.Review
		}
		for _, n := range d.notes {
			d.review(n)
		}
		return d.review(reason), nil
	}
	var err error
	switch {
	case res.Class == parser.ClassRSVP:
		err = d.rsvp()
	case res.Class == parser.ClassRemark && (res.Review == "" || res.Confidence >= 0.6 || hasDocuments(res)):
		// A submission is recorded even when a person must look at it too:
		// its attachments are what the secretariat counts.
		err = d.remark()
	case d.ev.Kind == "consultation" && (res.Class == parser.ClassRegistration || res.Class == parser.ClassCancellation):
		// A consultation has no participants: a mail with documents is a
		// submission whatever else it says ("Maria er på barsel, så jeg
		// sender ... i stedet"); without, a person reads it.
		if hasDocuments(res) {
			m.Class = string(parser.ClassRemark)
			err = d.remark()
		} else {
			d.review("tilmelding eller afbud sendt til en høring")
		}
	case (res.Class == parser.ClassRegistration || res.Class == parser.ClassCancellation) && (res.Review == "" || d.clearEnough()):
		err = d.persons()
	case res.Review != "":
		d.review(res.Review)
		d.kind = d.reviewAck()
	default:
		reason := "ikke forstået som tilmelding, afbud eller bemærkninger"
		if res.Intent == parser.IntentQuestion {
			reason = "et spørgsmål til sekretariatet"
		}
		d.review(reason)
		d.kind = d.reviewAck()
	}
	if err != nil {
		return nil, err
	}
	if res.Review != "" && m.Status == store.StatusProcessed {
		d.notes = append(d.notes, res.Review)
	}
	for _, p := range d.promoted {
		// Moved up from the waiting list: they must be told, unless this
		// very mail names them (a coordinator's swap).
		named := false
		for _, q := range d.ps {
			named = named || q.Key == p.Key
		}
		if !named {
			d.notes = append(d.notes, fmt.Sprintf("%s er rykket op fra ventelisten: giv besked", displayName(p)))
		}
	}
	for _, n := range d.notes {
		d.review(n)
	}
	if err := d.reply(); err != nil {
		return nil, err
	}
	return d.u, nil
}

// clearEnough: a registration or cancellation read with confidence, with
// the persons it is about, that also carries something for a person (a
// side question, a missing committee): applied, and flagged for review. A
// substitution with a doubt is never applied half.
func (d *decision) clearEnough() bool {
	r := d.res
	return (r.Intent == parser.IntentRegistration || r.Intent == parser.IntentCancellation) &&
		r.Confidence >= 0.8 && len(r.Persons) > 0
}

func hasDocuments(r *parser.Result) bool {
	for _, at := range r.Attachments {
		if !at.Inline {
			return true
		}
	}
	return false
}

// reviewAck is the answer to mail a person must read: an acknowledgement
// only for an attempted registration, cancellation or substitution that is
// clearly about the event (its UID or words).
func (d *decision) reviewAck() string {
	switch d.res.Intent {
	case parser.IntentRegistration, parser.IntentCancellation, parser.IntentSubstitution:
		// Someone tried to register or cancel and a person must finish
		// it: tell them it arrived. Questions and other mail get their
		// answer from a person; an automatic one could feed a robot we
		// did not recognise.
		if d.res.EventMatch != "mailbox" {
			return render.KindReview
		}
	}
	return ""
}

func (d *decision) review(reason string) *store.Update {
	d.m.Status = store.StatusReview
	if d.m.ReviewReason == "" {
		d.m.ReviewReason = reason
	} else if !strings.Contains(d.m.ReviewReason, reason) {
		d.m.ReviewReason += "; " + reason
	}
	return d.u
}

// arrival is the message's time for deadlines: INTERNALDATE.
func (d *decision) arrival() time.Time { return d.m.ReceivedAt }

func (d *decision) deadline() time.Time {
	if d.ev.Kind == "consultation" {
		return d.ev.Deadline
	}
	return d.ev.RegistrationDeadline
}

func (d *decision) isLate() bool {
	dl := d.deadline()
	return !dl.IsZero() && d.arrival().After(dl)
}

// senderMunicipality is the municipality of the sender: the parser's
// reading (signature, body) else the mail domain.
func (d *decision) senderMunicipality() string {
	if d.res.Municipality != "" {
		return d.res.Municipality
	}
	if n, ok := dk.ByDomain(d.res.From.Email); ok {
		return n
	}
	return ""
}

// rsvp applies an iMIP REPLY/COUNTER: one participant per attendee; a later
// response (SEQUENCE, then DTSTAMP) replaces an earlier one, whatever the
// arrival order (RFC 5546 2.1.5).
func (d *decision) rsvp() error {
	cal := d.res.Calendar
	if cal == nil || len(cal.Attendees) == 0 {
		d.review("mødesvar uden deltager (ATTENDEE): det er uklart, hvem der har svaret")
		return nil
	}
	if cal.FromSubject {
		d.review("mødesvar uden kalenderdel (kun emnelinjen siger det): tjek det")
		return nil
	}
	d.late = d.isLate()
	for _, att := range cal.Attendees {
		email := strings.ToLower(att.Email)
		if email == "" {
			continue
		}
		status := map[string]string{parser.PartStatAccepted: pAccepted, parser.PartStatTentative: pTentative,
			parser.PartStatDeclined: pDeclined}[strings.ToUpper(att.PartStat)]
		if status == "" {
			if cal.Method == "COUNTER" {
				status = pTentative
			} else {
				d.review(fmt.Sprintf("mødesvar med ukendt deltagerstatus %q", att.PartStat))
				continue
			}
		}
		p, err := d.participant(email, personName(att.Name), "")
		if err != nil {
			return err
		}
		if p.Source == "imip" && !p.CreatedAt.IsZero() && !newerResponse(cal.Sequence, cal.DTStamp, p.Sequence, p.DTStamp) {
			p.MessageIDs = appendUnique(p.MessageIDs, d.m.MessageID)
			d.u.Participants = appendParticipant(d.u.Participants, p)
			continue // an older response arriving late changes nothing
		}
		if p.Source == "mail" && !p.CreatedAt.IsZero() && cal.DTStamp.Before(p.DTStamp) {
			p.MessageIDs = appendUnique(p.MessageIDs, d.m.MessageID)
			d.u.Participants = appendParticipant(d.u.Participants, p)
			continue
		}
		if p.Name == "" {
			p.Name = personName(att.Name)
		}
		if p.Name == "" && strings.EqualFold(email, d.res.From.Email) {
			p.Name = personName(d.res.From.Name)
		}
		if p.Municipality == "" {
			p.Municipality = d.municipalityOf(email)
		}
		role, lunch, diet := d.selfFromText(email)
		if p.Municipality == "" && strings.EqualFold(email, d.res.From.Email) {
			// A private address: the municipality their signature or comment names.
			// Only the comment: a calendar's own text names time zones
			// ("København") and venues.
			p.Municipality = freetext.SelfMunicipality(cal.Comment)
		}
		if role != "" && (p.Role == "" || p.Role == parser.RoleAndet) {
			if p.Role != role && (p.Status == pAccepted || p.Status == pTentative) {
				p.Status = "" // a new role needs a place under that role's quota
			}
			p.Role = role
		}
		if lunch != nil {
			p.Lunch = lunch
		}
		if diet != "" {
			p.Diet = diet
		}
		p.Source = "imip"
		p.Sequence, p.DTStamp = cal.Sequence, cal.DTStamp
		p.Comment = cal.Comment
		p.Counter = ""
		if cal.Method == "COUNTER" {
			if !cal.Start.IsZero() {
				p.Counter = cal.Start.Format(time.RFC3339)
			}
			// A proposal for another time is the secretariat's to answer:
			// it goes to review without an automatic reply.
			d.notes = append(d.notes, "foreslår et nyt tidspunkt")
			d.counter = true
		}
		d.setStatus(p, status)
		if p.Late {
			d.late = true
		}
		d.ps = append(d.ps, p)
		d.u.Participants = appendParticipant(d.u.Participants, p)
		if d.kind == "" && !d.counter {
			d.kind = map[string]string{pAccepted: render.KindRSVPAccepted, pWaitlisted: render.KindRSVPAccepted,
				pTentative: render.KindRSVPTentative, pDeclined: render.KindRSVPDeclined}[p.Status]
		}
	}
	return nil
}

// newerResponse: RFC 5546 2.1.5: SEQUENCE first, then DTSTAMP.
func newerResponse(seq int, stamp time.Time, oldSeq int, oldStamp time.Time) bool {
	if seq != oldSeq {
		return seq > oldSeq
	}
	return !stamp.Before(oldStamp)
}

// municipalityOf a participant's address: the domain, else the sender's.
func (d *decision) municipalityOf(email string) string {
	if n, ok := dk.ByDomain(email); ok {
		return n
	}
	if strings.EqualFold(email, d.res.From.Email) {
		return d.senderMunicipality()
	}
	return ""
}

// selfFromText: what a meeting response's comment and text say about the
// person who answered: role, lunch, diet (a signature "Formand,
// Social- og Sundhedsudvalget", "Jeg spiser gerne med").
func (d *decision) selfFromText(email string) (role string, lunch *bool, diet string) {
	for _, p := range d.res.Persons {
		if p.Role != "" && (strings.EqualFold(p.Email, email) || len(d.res.Persons) == 1) {
			return p.Role, p.Lunch, p.Diet
		}
	}
	cal := d.res.Calendar
	if cal == nil || !strings.EqualFold(email, d.res.From.Email) && len(cal.Attendees) > 1 {
		return "", nil, ""
	}
	text := strings.TrimSpace(cal.Comment + "\n\n" + d.res.Text)
	if text == "" {
		return "", nil, ""
	}
	return freetext.SelfAttributes(text)
}

// participant returns the stored participant for this event with key
// (email, else municipality/name), or a new one. A participant already
// changed by this message is returned as it stands in the update.
func (d *decision) participant(email, name, municipality string) (*store.Participant, error) {
	key := participantKey(email, name, municipality)
	if p, err := d.known(key); p != nil || err != nil {
		return p, err
	}
	// A person first known by name may now write from their address, and
	// a person known by address may now be named without it.
	if name != "" {
		if q, err := d.findByName(name, municipality); err == nil && q != nil && (q.Email == "" || email == "" || q.Email == email) {
			return q, nil
		}
	}
	return &store.Participant{Event: d.ev.ID, Key: key, Email: email, Name: name, Municipality: municipality}, nil
}

func participantKey(email, name, municipality string) string {
	if email != "" {
		return strings.ToLower(email)
	}
	return municipality + "/" + normName(name)
}

// normName folds a name for comparison: lower-case, single spaces, no
// punctuation; æøå kept.
func normName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// findByName finds a participant of the event by name (and municipality if
// known); nil if none or ambiguous.
func (d *decision) findByName(name, municipality string) (*store.Participant, error) {
	n := normName(name)
	if n == "" {
		return nil, nil
	}
	all, err := d.a.facts.named(d.a.store, d.ev.ID, n)
	if err != nil {
		return nil, err
	}
	all = overlay(all, d.u.Participants)
	var found *store.Participant
	for _, p := range all {
		if normName(p.Name) != n || (municipality != "" && p.Municipality != "" && p.Municipality != municipality) {
			continue
		}
		if found != nil && found.Key != p.Key {
			return nil, nil // ambiguous
		}
		found = p
	}
	return found, nil
}

// setStatus sets a participant's status with the quota and deadline rules:
// accepting over the municipality's quota for the role waitlists; a
// registration after the deadline is flagged late. A cancellation or
// decline frees a place: the first on the waiting list moves up.
func (d *decision) setStatus(p *store.Participant, status string) {
	if p.CreatedAt.IsZero() {
		p.CreatedAt = d.arrival()
	}
	p.UpdatedAt = d.arrival()
	p.MessageIDs = appendUnique(p.MessageIDs, d.m.MessageID)
	if p.Role == "" {
		p.Role = parser.RoleAndet
	}
	was := p.Status
	p.OverQuota = false
	if status == pAccepted || status == pTentative {
		if p.Late = d.isLate(); p.Late {
			d.late = true
		}
		if d.quotaFull(p) {
			status = pWaitlisted
			p.OverQuota = true
			d.over = true
		}
	}
	p.Status = status
	if (was == pAccepted || was == pTentative) && (status == pCancelled || status == pDeclined) {
		d.promote(p.Municipality, p.Role, p.Key)
	}
}

// quotaFull: the event's quota for p's role in p's municipality is taken by
// others (accepted or tentative).
func (d *decision) quotaFull(p *store.Participant) bool {
	q, ok := d.ev.Quota[p.Role]
	if !ok || p.Municipality == "" {
		return false
	}
	if p.Status == pAccepted || p.Status == pTentative {
		return false // keeps the place they have
	}
	return d.countRole(p.Municipality, p.Role, p.Key) >= q
}

func (d *decision) countRole(municipality, role, exceptKey string) int {
	group, err := d.a.facts.group(d.a.store, d.ev.ID, municipality, role)
	if err != nil {
		return 0
	}
	n := 0
	for _, p := range overlay(group, d.u.Participants) {
		if p.Key != exceptKey && p.Municipality == municipality && p.Role == role && (p.Status == pAccepted || p.Status == pTentative) {
			n++
		}
	}
	return n
}

// overlay is stored participants with this message's changes laid over
// them: a changed participant replaces its stored version, new ones are
// added.
func overlay(stored, changed []*store.Participant) []*store.Participant {
	byKey := make(map[string]bool, len(changed))
	for _, p := range changed {
		byKey[p.Key] = true
	}
	out := make([]*store.Participant, 0, len(stored)+len(changed))
	for _, p := range stored {
		if !byKey[p.Key] {
			out = append(out, p)
		}
	}
	return append(out, changed...)
}

// promote moves the longest-waiting waitlisted person of the same
// municipality and role up, when a place is free; the digest shows it.
func (d *decision) promote(municipality, role, exceptKey string) {
	q, ok := d.ev.Quota[role]
	if !ok || d.countRole(municipality, role, exceptKey) >= q {
		return
	}
	group, err := d.a.facts.group(d.a.store, d.ev.ID, municipality, role)
	if err != nil {
		return
	}
	var best *store.Participant
	for _, p := range overlay(group, d.u.Participants) {
		if p.Status == pWaitlisted && p.Municipality == municipality && p.Role == role && p.Key != exceptKey {
			if best == nil || p.CreatedAt.Before(best.CreatedAt) {
				best = p
			}
		}
	}
	if best != nil {
		best.Status, best.OverQuota = pAccepted, false
		d.u.Participants = appendParticipant(d.u.Participants, best)
		d.promoted = append(d.promoted, best)
	}
}

// persons applies a free-text registration, cancellation or substitution.
func (d *decision) persons() error {
	res := d.res
	persons := res.Persons
	if len(persons) == 0 {
		action := parser.ActionRegister
		if res.Class == parser.ClassCancellation {
			action = parser.ActionCancel
		}
		persons = []parser.Person{{Name: res.From.Name, Email: res.From.Email, Action: action}}
	}
	sender := strings.ToLower(res.From.Email)
	senderMun := d.senderMunicipality()
	var registered, cancelled int
	for _, pp := range persons {
		email := strings.ToLower(pp.Email)
		mun := pp.Municipality
		if mun == "" {
			mun = d.municipalityOf(email)
		}
		if mun == "" {
			mun = senderMun
		}
		if email == "" && pp.Name == "" {
			continue
		}
		switch pp.Action {
		case parser.ActionCancel:
			p, err := d.findForCancel(email, pp.Name, mun)
			if err != nil {
				return err
			}
			if p == nil {
				// An afbud from someone not registered is still recorded.
				np, err := d.participant(email, pp.Name, mun)
				if err != nil {
					return err
				}
				p = np
			}
			if p.Email != "" && p.Email != sender && !d.registeredBySender(p) && !d.mayActFor(p, senderMun) {
				d.notes = append(d.notes, fmt.Sprintf("afbud for %s er sendt af en anden fra en anden kommune: ikke registreret", displayName(p)))
				continue
			}
			if p.Email != "" && p.Email != sender && !d.registeredBySender(p) {
				d.notes = append(d.notes, fmt.Sprintf("afbud for %s er sendt af en kollega fra samme kommune: tjek det", displayName(p)))
			}
			if p.Name == "" {
				p.Name = pp.Name
			}
			if p.Email == "" && email != "" {
				p.Email = email // first listed by name, now writing in person
			}
			if p.Municipality == "" {
				p.Municipality = mun
			}
			if pp.Role != "" && (p.Role == "" || p.Role == parser.RoleAndet) {
				p.Role = pp.Role
			}
			p.Source = "mail"
			p.DTStamp = d.arrival()
			d.setStatus(p, pCancelled)
			d.ps = append(d.ps, p)
			d.u.Participants = appendParticipant(d.u.Participants, p)
			cancelled++
		default:
			p, err := d.participant(email, pp.Name, mun)
			if err != nil {
				return err
			}
			if pp.Name != "" {
				p.Name = pp.Name
			}
			if p.Email == "" && email != "" {
				p.Email = email
			}
			if mun != "" {
				p.Municipality = mun
			}
			// A role on record stays: a later mail's signature title
			// ("Afdelingsleder" under a lunch note) does not move a
			// handicapråd member to another quota. Only an unknown role
			// is filled in.
			if pp.Role != "" && (p.Role == "" || p.Role == parser.RoleAndet) {
				if p.Role != pp.Role && (p.Status == pAccepted || p.Status == pTentative) {
					p.Status = "" // a new role needs a place under that role's quota
				}
				p.Role = pp.Role
			}
			if pp.Lunch != nil { // "not said" stays unknown: the digest counts it apart
				v := *pp.Lunch
				p.Lunch = &v
			}
			if pp.Diet != "" {
				p.Diet = pp.Diet
			}
			if pp.Replaces != "" {
				p.Replaces = pp.Replaces
				if q, _ := d.findByName(pp.Replaces, mun); q != nil {
					q.ReplacedBy = p.Name
					d.u.Participants = appendParticipant(d.u.Participants, q)
				}
			}
			p.Source = "mail"
			p.DTStamp = d.arrival()
			if p.Status == pWaitlisted {
				p.Status = "" // asks again for a place
			}
			d.setStatus(p, pAccepted)
			d.ps = append(d.ps, p)
			d.u.Participants = appendParticipant(d.u.Participants, p)
			registered++
			if p.Municipality == "" {
				d.notes = append(d.notes, fmt.Sprintf("kommune for %s er ukendt: kvoten er ikke tjekket", displayName(p)))
			}
		}
	}
	switch {
	case registered > 0 && cancelled > 0:
		d.kind = render.KindSubstitution
	case registered > 0:
		d.kind = render.KindRegistration
	case cancelled > 0:
		d.kind = render.KindCancellation
	default:
		d.review("der kunne ikke læses nogen person ud af mailen")
		d.kind = render.KindReview
	}
	return nil
}

func appendParticipant(list []*store.Participant, p *store.Participant) []*store.Participant {
	for _, q := range list {
		if q == p || q.Key == p.Key {
			return list
		}
	}
	return append(list, p)
}

func displayName(p *store.Participant) string {
	if p.Name != "" {
		return p.Name
	}
	return p.Email
}

// findForCancel finds the participant a cancellation is about: by address,
// else by name.
func (d *decision) findForCancel(email, name, municipality string) (*store.Participant, error) {
	if email != "" {
		if p, err := d.known(email); p != nil || err != nil {
			return p, err
		}
	}
	return d.findByName(name, municipality)
}

// known returns the participant with key as this message has left it so
// far, else as stored; nil if there is none.
func (d *decision) known(key string) (*store.Participant, error) {
	for _, p := range d.u.Participants {
		if p.Key == key {
			return p, nil
		}
	}
	p, err := d.a.facts.participant(d.a.store, d.ev.ID, key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return p, err
}

// mayActFor: someone may cancel another person only from the same
// municipality's mail domain.
func (d *decision) mayActFor(p *store.Participant, senderMun string) bool {
	dm, ok := dk.ByDomain(d.res.From.Email)
	if !ok {
		return false
	}
	pm := p.Municipality
	if pm == "" {
		pm, _ = dk.ByDomain(p.Email)
	}
	return pm != "" && dm == pm
}

// remark records a consultation submission: kept beside earlier ones from
// the same municipality, never merged.
func (d *decision) remark() error {
	res := d.res
	mun := d.senderMunicipality()
	sub := &store.Submission{
		Event:        d.ev.ID,
		MessageID:    d.m.MessageID,
		Municipality: mun,
		From:         strings.ToLower(res.From.Email),
		Subject:      res.Subject,
		ReceivedAt:   d.arrival(),
		Late:         d.isLate(),
		Areas:        res.Areas,
		Attachments:  []store.AttachmentRef{},
	}
	for _, at := range res.Attachments {
		if at.Inline && !strings.HasPrefix(at.ContentType, "application/") {
			continue // logos and signature images
		}
		sub.Attachments = append(sub.Attachments, store.AttachmentRef{Filename: at.Filename, ContentType: at.ContentType, Size: at.Size, SHA256: at.SHA256})
		if at.TNEF {
			d.notes = append(d.notes, "bilag i Outlooks winmail.dat-format: åbn det manuelt")
		}
	}
	if mun == "" && !hasDocuments(res) {
		// Neither an expected sender nor a document (an organisation's own
		// request for comments, a forwarded notice): a person decides.
		d.review("bemærkninger uden bilag fra en afsender uden for kommunerne")
		return nil
	}
	if mun == "" {
		d.notes = append(d.notes, "afsenderens kommune er ukendt")
	}
	d.late = sub.Late
	d.sub = sub
	d.u.Submissions = append(d.u.Submissions, sub)
	d.kind = render.KindReceipt
	return nil
}

// replyTo is where an answer goes: Reply-To, else From.
func (d *decision) replyTo() (addr, name string) {
	for _, r := range d.res.ReplyTo {
		if r.Email != "" {
			return strings.ToLower(r.Email), r.Name
		}
	}
	return strings.ToLower(d.res.From.Email), d.res.From.Name
}

// mayAnswer is the loop guard: never answer robots, lists, ourselves, mail
// before answer_since, or an address that is not a person's.
func (a *App) mayAnswer(m *store.Message, res *parser.Result, to string) (bool, string) {
	if res.Auto != parser.AutoNone || res.Class.NoReply() {
		return false, "automatic mail"
	}
	if !m.Answerable {
		return false, "before answer_since"
	}
	if to == "" || !strings.Contains(to, "@") {
		return false, "no address"
	}
	for _, own := range a.ownAddresses() {
		if strings.EqualFold(own, to) {
			return false, "our own address"
		}
	}
	local := strings.ToLower(to[:strings.LastIndexByte(to, '@')])
	for _, robot := range []string{"mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply", "bounce", "bounces", "listserv", "majordomo", "nobody"} {
		if local == robot || strings.HasPrefix(local, robot+"+") || strings.HasPrefix(local, robot+"-") {
			return false, "robot address"
		}
	}
	return true, ""
}

// reply builds the answer decided and adds it to the update: at most one
// per sender per event per day unless the content changed, and one per
// answered message and kind (the outbox key).
func (d *decision) reply() error {
	if d.kind == "" {
		return nil
	}
	a, m, res := d.a, d.m, d.res
	if a.reparsing && !m.ProcessedAt.IsZero() {
		return nil // reparse: a message answered (or not) before stays so
	}
	to, toName := d.replyTo()
	if ok, _ := a.mayAnswer(m, res, to); !ok {
		return nil
	}
	mb := a.mailbox(m.Mailbox)
	if mb == nil {
		return nil
	}
	if d.kind == render.KindReview && answersUs(res) {
		// An answer to one of our own mails that says nothing we can
		// register ("tak", or a responder without RFC 3834 headers): a
		// person reads it; answering could start a loop.
		return nil
	}
	var ps []store.Participant
	var sig []string
	for _, p := range d.ps {
		ps = append(ps, *p)
		sig = append(sig, p.Key+"="+p.Status+"/"+p.Role+"/"+render.LunchLabel(p.Lunch)+"/"+p.Diet)
	}
	sort.Strings(sig)
	if d.sub != nil {
		sig = append(sig, "sub="+d.sub.MessageID)
	}
	h := sha256.Sum256([]byte(d.kind + "|" + strings.Join(sig, ",")))
	hash := hex.EncodeToString(h[:8])
	day := a.now().In(a.cfg.Location).Format("2006-01-02")
	stateKey := "lastreply/" + d.ev.ID + "/" + to
	prev := a.state(stateKey)
	if prev == day+"|"+hash {
		return nil // the same answer went to this sender today
	}
	if d.kind == render.KindReview && strings.HasPrefix(prev, day+"|") {
		return nil // a review acknowledgement at most once a day per sender and event
	}
	contact := d.ev.Contact
	if contact == "" {
		contact = mb.Address
	}
	subject, text, err := a.tmpl.Reply(d.kind, render.ReplyData{
		Event: *d.ev, Location: a.cfg.Location, ToName: toName, OriginalSubject: res.Subject,
		Participants: ps, Submission: d.sub, Late: d.late, OverQuota: d.over, Contact: contact,
		Reason: m.ReviewReason, Now: a.now(), Sender: mb.Name,
	})
	if err != nil {
		return fmt.Errorf("render %s reply: %w", d.kind, err)
	}
	key := m.MessageID + "/" + d.kind
	if m.SharedMessageID {
		key = fmt.Sprintf("%s#%d/%s", m.MessageID, m.ID, d.kind)
	}
	refs := append(append([]string{}, res.References...), m.MessageID)
	r, err := a.newReply(mb, key, d.kind, d.ev.ID, []string{to}, nil, render.Envelope{
		To: []string{to}, Subject: subject, InReplyTo: m.MessageID, References: refs,
	}, text, "", nil)
	if err != nil {
		return err
	}
	r.ContentHash = hash
	d.u.Replies = append(d.u.Replies, r)
	d.u.State[stateKey] = day + "|" + hash
	return nil
}

// newReply builds an outbox entry: the complete message is rendered once,
// with a Message-ID derived from key (a resend carries the same id).
func (a *App) newReply(mb *config.Mailbox, key, kind, event string, to, bcc []string, env render.Envelope, text, html string, files []render.File) (*store.Reply, error) {
	domain := mb.Address[strings.LastIndexByte(mb.Address, '@')+1:]
	env.From = mb.Address
	env.FromName = mb.Name
	env.MessageID = store.MessageIDForKey(key, domain)
	env.Date = a.now()
	env.Bcc = bcc
	raw, err := render.Build(env, text, html, files)
	if err != nil {
		return nil, fmt.Errorf("build %s reply: %w", kind, err)
	}
	return &store.Reply{
		Key: key, MessageID: env.MessageID, Mailbox: mb.ID, Event: event, Kind: kind,
		From: mb.Address, To: to, Bcc: bcc, InReplyTo: env.InReplyTo, References: env.References,
		Raw: raw, Status: store.ReplyQueued, CreatedAt: a.now(), NextAttempt: a.now(),
	}, nil
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// answersUs reports whether the mail replies to a mail mailbot sent (our
// Message-IDs are derived from outbox keys: "mailbot.<hex>@domain").
func answersUs(res *parser.Result) bool {
	for _, id := range append([]string{res.InReplyTo}, res.References...) {
		if strings.HasPrefix(strings.Trim(id, "<> "), "mailbot.") {
			return true
		}
	}
	return false
}

// registeredBySender: the sender is the one who registered p (a
// coordinator changing their own list is not "someone else").
func (d *decision) registeredBySender(p *store.Participant) bool {
	sender := strings.ToLower(d.res.From.Email)
	for _, id := range p.MessageIDs {
		if from, ok := d.a.batchFrom[d.m.Mailbox+"\x00"+id]; ok {
			if from == sender {
				return true
			}
			continue
		}
		if m, err := d.a.store.MessageByMessageID(d.m.Mailbox, id); err == nil && m.From == sender {
			return true
		}
	}
	return false
}

// personName turns Outlook's "Hansen, Lars" into "Lars Hansen".
func personName(s string) string {
	s = strings.TrimSpace(s)
	last, first, ok := strings.Cut(s, ",")
	if !ok || strings.Contains(first, ",") || strings.Contains(s, "@") {
		return s
	}
	last, first = strings.TrimSpace(last), strings.TrimSpace(first)
	if last == "" || first == "" || len(strings.Fields(last)) > 3 || len(strings.Fields(first)) > 3 {
		return s
	}
	return first + " " + last
}

var (
	reDanishDate = regexp.MustCompile(`(?i)\b(\d{1,2})\.?\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\b`)
	reNumDate    = regexp.MustCompile(`\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b`)
	monthNames   = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dec": 12}
)

// otherDay reports whether text names a day of the year, and none of the
// days it names is the event's.
func otherDay(text string, starts time.Time, loc *time.Location) bool {
	if starts.IsZero() {
		return false
	}
	if loc != nil {
		starts = starts.In(loc)
	}
	want := [2]int{starts.Day(), int(starts.Month())}
	var days [][2]int
	for _, m := range reDanishDate.FindAllStringSubmatch(text, -1) {
		day, _ := strconv.Atoi(m[1])
		mon := monthNames[strings.ToLower(m[2])[:3]]
		if day >= 1 && day <= 31 && mon > 0 {
			days = append(days, [2]int{day, mon})
		}
	}
	for _, m := range reNumDate.FindAllStringSubmatch(text, -1) {
		day, _ := strconv.Atoi(m[1])
		mon, _ := strconv.Atoi(m[2])
		if day >= 1 && day <= 31 && mon >= 1 && mon <= 12 {
			days = append(days, [2]int{day, mon})
		}
	}
	if len(days) == 0 {
		return false
	}
	for _, d := range days {
		if d == want {
			return false
		}
	}
	return true
}
