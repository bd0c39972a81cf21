package mailbot

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
)

func TestDigestSendWithAttachments(t *testing.T) {
	h := newHarness(t)
	if _, err := h.ms.seedDemo(); err != nil {
		t.Fatal(err)
	}
	h.poll()
	before := h.sentCount()
	if err := h.app.sendDigests(context.Background(), "dialog2026", "scheduled"); err != nil {
		t.Fatal(err)
	}
	// A second scheduled run the same day (a restart) sends nothing more.
	if err := h.app.sendDigests(context.Background(), "dialog2026", "scheduled"); err != nil {
		t.Fatal(err)
	}
	h.app.flushOutbox(context.Background())
	got := h.sentTo("sekretariat@greve.dk")
	if h.sentCount() != before+1 || len(got) != 1 {
		t.Fatalf("digests sent: %d", len(got))
	}
	raw := got[0].Raw
	for _, want := range []string{"Auto-Submitted: auto-generated", ".xlsx", ".csv", "text/html", "text/plain"} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("digest mail lacks %q", want)
		}
	}
	// The printed digest shows the same numbers as the export.
	var out bytes.Buffer
	if err := h.app.printDigests(&out, "dialog2026", false); err != nil {
		t.Fatal(err)
	}
	accepted := 0
	for _, p := range h.export().Participants {
		if p.Event == "dialog2026" && p.Status == "accepted" {
			accepted++
		}
	}
	if !strings.Contains(out.String(), "Tilmeldte:") || !containsNumberAfter(out.String(), "Tilmeldte:", accepted) {
		t.Fatalf("digest does not show %d accepted:\n%s", accepted, out.String())
	}
}

func containsNumberAfter(s, label string, n int) bool {
	i := strings.Index(s, label)
	if i < 0 {
		return false
	}
	fields := strings.Fields(s[i+len(label):])
	return len(fields) > 0 && fields[0] == strconv.Itoa(n)
}

func TestParticipantListAndReminders(t *testing.T) {
	h := newHarness(t)
	h.deliver("posk@greve.dk", plainMail("Kim Krog <kim@koege.dk>", "posk@greve.dk", "Tilmelding", "k1@koege.dk",
		"Jeg vil gerne tilmelde mig dialogmødet.\n\nKim Krog\nKøge Kommune"), beforeDeadline)
	h.poll()
	ev := h.app.event("dialog2026")
	ev.Reminders.DaysBefore = []int{7, 2}
	ev.Contacts = map[string][]string{"Faxe Kommune": {"post@faxe.dk"}, "Køge Kommune": {"post@koege.dk"}}
	// Ten days before the deadline: nothing due.
	h.now = ev.RegistrationDeadline.AddDate(0, 0, -10)
	if err := h.app.runDueSchedules(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.app.flushOutbox(context.Background())
	if n := len(h.sentTo("post@faxe.dk")); n != 0 {
		t.Fatalf("reminder sent too early")
	}
	// Six days before: Faxe (nobody registered) is reminded once, Køge
	// (registered) is not; running again sends nothing more.
	h.now = ev.RegistrationDeadline.AddDate(0, 0, -6)
	for i := 0; i < 2; i++ {
		h.app.runDueSchedules(context.Background())
		h.app.flushOutbox(context.Background())
	}
	if n := len(h.sentTo("post@faxe.dk")); n != 1 {
		t.Fatalf("%d reminders to Faxe", n)
	}
	if n := len(h.sentTo("post@koege.dk")); n != 0 {
		t.Fatalf("reminded a municipality that has registered")
	}
	// Two days before: the second reminder.
	h.now = ev.RegistrationDeadline.AddDate(0, 0, -1)
	h.app.runDueSchedules(context.Background())
	h.app.flushOutbox(context.Background())
	if n := len(h.sentTo("post@faxe.dk")); n != 2 {
		t.Fatalf("%d reminders to Faxe after the second date", n)
	}
	// One week before the meeting: the participant list to the secretariat, once.
	h.now = ev.Starts.AddDate(0, 0, -6)
	for i := 0; i < 2; i++ {
		h.app.runDueSchedules(context.Background())
		h.app.flushOutbox(context.Background())
	}
	got := h.sentTo("sekretariat@greve.dk")
	if len(got) != 1 || !bytes.Contains(got[0].Raw, []byte("deltagerliste-dialog2026.xlsx")) {
		t.Fatalf("participant list: %d mails", len(got))
	}
}

func TestParticipantListToParticipantsInBcc(t *testing.T) {
	h := newHarness(t)
	for i, who := range []string{"Kim Krog <kim@koege.dk>", "Lis Lund <lis@faxe.dk>"} {
		h.deliver("posk@greve.dk", plainMail(who, "posk@greve.dk", "Tilmelding", strconv.Itoa(i)+"@x",
			"Jeg vil gerne tilmelde mig dialogmødet.\n\nMvh"), beforeDeadline)
	}
	h.poll()
	ev := h.app.event("dialog2026")
	ev.ParticipantList.To = "participants"
	h.now = ev.Starts.AddDate(0, 0, -6)
	h.app.runDueSchedules(context.Background())
	h.app.flushOutbox(context.Background())
	for _, addr := range []string{"kim@koege.dk", "lis@faxe.dk"} {
		got := h.sentTo(addr)
		if len(got) != 2 { // the registration reply and the list
			t.Fatalf("%s got %d mails", addr, len(got))
		}
		list := got[1].Raw
		hdr := list[:bytes.Index(list, []byte("\r\n\r\n"))]
		if bytes.Contains(hdr, []byte("kim@koege.dk")) || bytes.Contains(hdr, []byte("lis@faxe.dk")) {
			t.Fatalf("participants' addresses in the header:\n%s", hdr)
		}
	}
}
