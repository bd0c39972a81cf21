package render

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"mailbot/mailbot/config"
	"mailbot/store"
)

// Seed data: the Sjælland dialogue meeting (CONTRACT.md seed 1) and the
// Midtjylland consultation (seed 2), with hand-counted numbers the tests
// assert.

func cph(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// kkrSjaelland: the 17 municipalities of Region Sjælland and the region.
var kkrSjaelland = []string{
	"Faxe Kommune", "Greve Kommune", "Guldborgsund Kommune", "Holbæk Kommune", "Kalundborg Kommune",
	"Køge Kommune", "Lejre Kommune", "Lolland Kommune", "Næstved Kommune", "Odsherred Kommune",
	"Ringsted Kommune", "Roskilde Kommune", "Slagelse Kommune", "Solrød Kommune", "Sorø Kommune",
	"Stevns Kommune", "Vordingborg Kommune", "Region Sjælland",
}

func meetingEvent(loc *time.Location) config.Event {
	return config.Event{
		ID: "dialog2026", Kind: "meeting", Mailbox: "posk", Title: "Dialogmøde om Rammeaftale 2027-2028",
		Starts:               time.Date(2026, 6, 25, 9, 0, 0, 0, loc),
		Ends:                 time.Date(2026, 6, 25, 13, 0, 0, 0, loc),
		Location:             "Ringsted Kongrescenter",
		RegistrationDeadline: time.Date(2026, 6, 17, 23, 59, 59, 0, loc),
		Municipalities:       "kkr_sjaelland",
		Lunch:                true,
		Contact:              "posk@greve.dk",
		Quota:                map[string]int{"handicapraad": 2, "udsatteraad": 2, "politiker_voksen": 2, "politiker_boern": 2},
	}
}

// seedRow: municipality short name, person, role, status, lunch (y/n/?),
// late, diet.
type seedRow struct {
	mun, name, role, status, lunch string
	late                           bool
	diet                           string
}

const hostile = `<script>alert("x")</script> Ærlig Østergård`

// Hand count (status): accepted 39, tentative 3, waitlisted 2,
// declined 1, cancelled 1 → afbud 2; 46 rows. Places held (accepted +
// tentative) 42. Lunch yes among held: all held except 3 "n" and 2 "?" →
// 37; unknown 2. Diets among held: 3. Late: 2 (Odsherred accepted,
// Næstved waitlisted). Municipalities of the set without anyone holding or
// waiting: Kalundborg, Lejre (declined only), Lolland, Solrød → 4 of 18.
var meetingSeed = []seedRow{
	{"Faxe", "Anne Holm", "handicapraad", "accepted", "y", false, ""},
	{"Faxe", "Bent Lund", "handicapraad", "accepted", "y", false, ""},
	{"Faxe", "Carla Friis", "udsatteraad", "accepted", "y", false, "vegetar"},
	{"Faxe", "Dorte Bach", "politiker_voksen", "accepted", "y", false, ""},
	{"Greve", "Erik Storm", "handicapraad", "accepted", "y", false, ""},
	{"Greve", "Freja Kjær", "handicapraad", "accepted", "n", false, ""},
	{"Greve", "Gunnar Møller", "handicapraad", "waitlisted", "y", false, ""},
	{"Greve", "Hanne Vinther", "direktoer", "accepted", "y", false, ""},
	{"Guldborgsund", "Ib Jessen", "politiker_voksen", "accepted", "y", false, ""},
	{"Guldborgsund", "Jytte Krogh", "politiker_voksen", "accepted", "y", false, ""},
	{"Guldborgsund", "Karl Dahl", "politiker_boern", "tentative", "?", false, ""},
	{"Holbæk", "Lise Brandt", "udsatteraad", "accepted", "y", false, ""},
	{"Holbæk", "Mads Juhl", "udsatteraad", "accepted", "y", false, "glutenfri"},
	{"Holbæk", "Nina Skov", "chef", "accepted", "n", false, ""},
	{"Køge", "Ole Berg", "handicapraad", "accepted", "y", false, ""},
	{"Køge", "Pia Thomsen", "udsatteraad", "accepted", "y", false, ""},
	{"Køge", "Rasmus Eriksen", "politiker_voksen", "accepted", "y", false, ""},
	{"Køge", "Sofie Lind", "politiker_boern", "accepted", "y", false, ""},
	{"Køge", "Torben Aagaard", "direktoer", "accepted", "y", false, ""},
	{"Lejre", "Ulla Mikkelsen", "politiker_voksen", "declined", "?", false, ""},
	{"Næstved", "Vagn Nørgaard", "handicapraad", "accepted", "y", false, ""},
	{"Næstved", "Winnie Hald", "handicapraad", "accepted", "y", false, ""},
	{"Næstved", "Yrsa Bøgh", "udsatteraad", "accepted", "y", false, ""},
	{"Næstved", "Zacharias Due", "udsatteraad", "accepted", "y", false, ""},
	{"Næstved", "Åse Holt", "politiker_voksen", "accepted", "y", false, ""},
	{"Næstved", "Ærø Pedersen", "politiker_voksen", "accepted", "y", false, ""},
	{"Næstved", "Øjvind Kirk", "politiker_boern", "accepted", "y", false, "laktosefri"},
	{"Næstved", "Alma Kruse", "politiker_boern", "accepted", "y", false, ""},
	{"Næstved", "Bo Gregersen", "udsatteraad", "waitlisted", "y", true, ""},
	{"Odsherred", "Cecilie Ravn", "handicapraad", "accepted", "y", true, ""},
	{"Ringsted", "Dennis Winther", "chef", "accepted", "y", false, ""},
	{"Ringsted", "Eva Bundgaard", "chef", "accepted", "n", false, ""},
	{"Ringsted", "Frank Iversen", "direktoer", "accepted", "y", false, ""},
	{"Roskilde", "Gitte Hjort", "politiker_boern", "accepted", "y", false, ""},
	{"Roskilde", "Henrik Kolding", "politiker_boern", "accepted", "y", false, ""},
	{"Roskilde", "Inge Lauridsen", "politiker_voksen", "tentative", "?", false, ""},
	{"Roskilde", "Jens Mortensen", "chef", "cancelled", "y", false, ""},
	{"Slagelse", "Kirsten Nygaard", "handicapraad", "accepted", "y", false, ""},
	{"Slagelse", "Lars Overgaard", "udsatteraad", "accepted", "y", false, ""},
	{"Sorø", "Maja Poulsen", "politiker_voksen", "accepted", "y", false, ""},
	{"Stevns", "Niels Quist", "udsatteraad", "tentative", "y", false, ""},
	{"Vordingborg", "Oda Rask", "handicapraad", "accepted", "y", false, ""},
	{"Vordingborg", "Poul Steen", "direktoer", "accepted", "y", false, ""},
	{"Region Sjælland", "Rikke Toft", "direktoer", "accepted", "y", false, ""},
	{"Region Sjælland", "Søren Ulv", "chef", "accepted", "y", false, ""},
	{"", hostile, "andet", "accepted", "y", false, ""},
}

func municipalityName(short string) string {
	if short == "" || strings.HasPrefix(short, "Region") {
		return short
	}
	return short + " Kommune"
}

func emailOf(name, mun string) string {
	dom := strings.ToLower(strings.TrimSuffix(mun, " Kommune"))
	dom = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", " ", "").Replace(dom)
	if dom == "" {
		dom = "example"
	}
	first := strings.ToLower(strings.Fields(name)[0])
	first = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "<script>alert(\"x\")</script>", "x").Replace(first)
	return first + "@" + dom + ".dk"
}

func seedParticipants(t testing.TB, loc *time.Location) []store.Participant {
	t.Helper()
	base := time.Date(2026, 5, 29, 9, 0, 0, 0, loc) // the last of 46 rows: 8 June
	lateAt := time.Date(2026, 6, 18, 6, 12, 0, 0, loc)
	var ps []store.Participant
	for i, r := range meetingSeed {
		mun := municipalityName(r.mun)
		p := store.Participant{
			Event: "dialog2026", Email: emailOf(r.name, mun), Name: r.name, Municipality: mun, Role: r.role,
			Status: r.status, Source: "mail", Late: r.late, OverQuota: r.status == "waitlisted", Diet: r.diet,
			MessageIDs: []string{fmt.Sprintf("m%d@example.dk", i)},
			CreatedAt:  base.Add(time.Duration(i) * 5 * time.Hour),
		}
		if i%3 == 0 {
			p.Source = "imip"
		}
		p.Key = p.Email
		p.UpdatedAt = p.CreatedAt
		switch r.lunch {
		case "y":
			p.Lunch = ptr(true)
		case "n":
			p.Lunch = ptr(false)
		}
		if r.late {
			p.CreatedAt = lateAt
			p.UpdatedAt = p.CreatedAt
			lateAt = lateAt.Add(33 * time.Minute)
		}
		ps = append(ps, p)
	}
	return ps
}

// meetingDigest: now = Thursday 18 June 2026 07:00, the morning after the
// registration deadline (Wednesday 17 June 23:59:59), since = Wednesday
// 07:00. The two late rows arrived in the night (06:12, 06:45). Changed
// since: 2 new participants (ps[40], ps[41]) + 2 late ones = 4 new, and one
// cancellation (ps[36]) changed: 5.
func meetingDigest(t testing.TB) DigestData {
	loc := cph(t)
	ev := meetingEvent(loc)
	now := time.Date(2026, 6, 18, 7, 0, 0, 0, loc)
	since := now.Add(-24 * time.Hour)
	ps := seedParticipants(t, loc)
	// Three participants changed since the last digest: two new, one
	// changed.
	ps[40].CreatedAt, ps[40].UpdatedAt = since.Add(2*time.Hour), since.Add(2*time.Hour)
	ps[41].CreatedAt, ps[41].UpdatedAt = since.Add(3*time.Hour), since.Add(3*time.Hour)
	ps[36].UpdatedAt = since.Add(5 * time.Hour) // Roskilde's cancellation
	msg := func(id int, from, name, subj, class, status string, at time.Time, reason string) store.Message {
		return store.Message{ID: uint64(id), Mailbox: "posk", MessageID: fmt.Sprintf("n%d@x", id), From: from, FromName: name,
			Subject: subj, Class: class, Event: ev.ID, Status: status, ReceivedAt: at, ReviewReason: reason}
	}
	newMsgs := []store.Message{
		msg(101, "niels@stevns.dk", "Niels Quist", "Foreløbig: Dialogmøde om Rammeaftale 2027-2028", "rsvp", "processed", since.Add(2*time.Hour), ""),
		msg(102, "oda@vordingborg.dk", "Oda Rask", "Tilmelding til dialogmøde", "registration", "processed", since.Add(3*time.Hour), ""),
		msg(103, "jens@roskilde.dk", "Jens Mortensen", "Afbud – dialogmøde 25. juni", "cancellation", "processed", since.Add(5*time.Hour), ""),
		msg(104, "evil@example.dk", hostile, "<b>Vigtigt</b> & dringende", "other", "review", since.Add(6*time.Hour), "kunne ikke se, hvem der tilmeldes"),
		msg(105, "postmaster@greve.dk", "", "Ikke leveret: Sv: Tilmelding", "bounce", "ignored", since.Add(7*time.Hour), ""),
	}
	review := []store.Message{
		msg(90, "kirsten@slagelse.dk", "Kirsten Nygaard", "Spørgsmål om parkering", "other", "review", now.Add(-72*time.Hour), "spørgsmål, ingen tilmelding"),
		newMsgs[3],
		msg(95, "borgmester@lejre.dk", "", "Vedr. dialogmødet", "registration", "review", now.Add(-48*time.Hour), "afbud for en anden person fra en anden kommune"),
	}
	replies := []store.Reply{
		{Key: "a/ack", Kind: "ack_registration", To: []string{"oda@vordingborg.dk"}, Status: store.ReplySent, CreatedAt: since},
		{Key: "b/ack", Kind: "ack_registration", To: []string{"gammel@lolland.dk"}, Status: store.ReplyFailed, LastError: "550 5.1.1 mailbox unavailable", CreatedAt: since.Add(time.Hour)},
	}
	return DigestData{Event: ev, Location: loc, Now: now, Since: since, Expected: kkrSjaelland,
		Participants: ps, New: newMsgs, Review: review, Replies: replies}
}

var kkrMidtjylland = []string{
	"Favrskov Kommune", "Hedensted Kommune", "Herning Kommune", "Holstebro Kommune", "Horsens Kommune",
	"Ikast-Brande Kommune", "Lemvig Kommune", "Norddjurs Kommune", "Odder Kommune", "Randers Kommune",
	"Ringkøbing-Skjern Kommune", "Samsø Kommune", "Silkeborg Kommune", "Skanderborg Kommune", "Skive Kommune",
	"Struer Kommune", "Syddjurs Kommune", "Viborg Kommune", "Aarhus Kommune", "Region Midtjylland",
}

// consultationDigest: 20 expected, 6 submitted (Randers twice, Viborg
// late, Skive without attachments), 14 missing; now Monday 4 July 2022,
// deadline Friday 1 July → overdue by 3 days.
func consultationDigest(t testing.TB) DigestData {
	loc := cph(t)
	ev := config.Event{ID: "midt2023", Kind: "consultation", Mailbox: "ern", Title: "Rammeaftale 2023-2024: udviklingsområder",
		Deadline: time.Date(2022, 7, 1, 23, 59, 59, 0, loc), Contact: "ern@viborg.dk",
		Starts: time.Date(2023, 1, 26, 14, 0, 0, 0, loc), Ends: time.Date(2023, 1, 26, 17, 0, 0, 0, loc)}
	now := time.Date(2022, 7, 4, 7, 0, 0, 0, loc)
	at := func(d, h int) time.Time { return time.Date(2022, 6, d, h, 15, 0, 0, loc) }
	sub := func(mun, from, subj string, rec time.Time, late bool, att ...store.AttachmentRef) store.Submission {
		return store.Submission{Event: ev.ID, MessageID: from + subj, Municipality: mun, From: from, Subject: subj, ReceivedAt: rec, Late: late, Attachments: att}
	}
	pdf := func(name string, size int64) store.AttachmentRef {
		return store.AttachmentRef{Filename: name, ContentType: "application/pdf", Size: size, SHA256: "ab"}
	}
	subs := []store.Submission{
		sub("Herning Kommune", "sos@herning.dk", "Bemærkninger til udviklingsområder", at(10, 9), false, pdf("Herning bemærkninger.pdf", 245_000)),
		sub("Aarhus Kommune", "mso@aarhus.dk", "Aarhus' input", at(12, 14), false, pdf("Input Aarhus.pdf", 1_234_567), pdf("Bilag 1 – data.xlsx", 34_500)),
		sub("Skive Kommune", "socialchef@skive.dk", "Høringssvar", at(15, 11), false),
		sub("Randers Kommune", "handicap@randers.dk", "Svar fra Randers", at(18, 10), false, pdf("Randers.docx", 88_000)),
		sub("Randers Kommune", "handicap@randers.dk", "Rettet svar fra Randers", at(20, 10), false, pdf("Randers v2.docx", 91_000)),
		sub("Region Midtjylland", "ps@rm.dk", "Regionens bemærkninger", at(22, 16), false, pdf("RM.pdf", 512_000)),
		sub("Viborg Kommune", "kontakt@viborg.dk", "Viborg Kommunes bemærkninger", time.Date(2022, 7, 2, 8, 15, 0, 0, loc), true, pdf("Viborg.pdf", 100_000)),
	}
	return DigestData{Event: ev, Location: loc, Now: now, Since: now.Add(-24 * time.Hour), Expected: kkrMidtjylland,
		Submissions: subs,
		Review: []store.Message{{ID: 7, From: "x@odder.dk", Subject: "Spørgsmål til høringen", Status: "review",
			ReceivedAt: at(23, 12), ReviewReason: "ingen bilag og ingen bemærkninger i teksten"}}}
}
