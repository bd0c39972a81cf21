package parser

import (
	"strings"
	"testing"
	"time"
)

// Traps a careful secretary sees through: auto-replies that look human,
// and people's mail that carries auto-reply headers.
func TestTraps(t *testing.T) {
	opts := Options{OwnAddresses: []string{"posk@greve.dk"}, Events: []EventHint{{
		ID: "dialog2026", Kind: "meeting", Mailbox: "posk@greve.dk", Keywords: []string{"dialogmøde"},
		Title: "Dialogmøde om Rammeaftale 2027-2028", Starts: time.Date(2026, 6, 25, 7, 0, 0, 0, time.UTC)}}}
	mail := func(headers, body string) []byte {
		subject := "Subject: SV: Invitation til dialogmøde\r\n"
		if strings.HasPrefix(headers, "Subject:") {
			subject = ""
		}
		return []byte("From: Karsten Bo <kabo@slagelse.dk>\r\nTo: posk@greve.dk\r\n" + subject + "Message-ID: <t@s>\r\n" +
			headers + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n"))
	}
	cases := []struct {
		name    string
		headers string
		body    string
		want    Class
	}{
		{"headerless Danish out-of-office", "", "Tak for din henvendelse. Jeg er fraværende fra kontoret frem til den 20. juni og har ikke adgang til mail. I akutte sager kontakt venligst 12345678.\n\nMed venlig hilsen\nKarsten Bo", ClassAutoReply},
		{"headerless English out-of-office", "", "Thank you for your email. I am currently out of the office with limited access to email and will respond when I return on 3 July.\n\nKarsten", ClassAutoReply},
		{"vacation mentioned in a cancellation", "", "Hej\n\nJeg er på ferie i uge 26 og må desværre melde afbud til dialogmødet.\n\nMvh Karsten Bo\nSlagelse Kommune", ClassCancellation},
		{"person's registration with Precedence: bulk", "Precedence: bulk\r\nX-Auto-Response-Suppress: All\r\n", "Jeg vil gerne deltage i dialogmødet. Jeg er formand for Handicaprådet.\n\nMed venlig hilsen\nKarsten Bo\nSlagelse Kommune", ClassRegistration},
		{"person's registration with X-Auto-Response-Suppress only", "X-Auto-Response-Suppress: All\r\n", "Jeg tilmelder mig hermed dialogmødet.\n\nKarsten Bo\nSlagelse Kommune", ClassRegistration},
		{"Precedence: bulk without clear words", "Precedence: bulk\r\n", "Din besked er modtaget og vil blive behandlet.", ClassAutoReply},
		{"Auto-Submitted auto-replied with registration words quoted", "Auto-Submitted: auto-replied\r\n", "Jeg er på ferie.\n\n> Jeg vil gerne tilmelde mig dialogmødet.", ClassAutoReply},
		{"Outlook plain-text read receipt", "Subject: Læst: Invitation til dialogmøde\r\n", "Din meddelelse\n\n  Til: posk@greve.dk\n  Emne: Invitation\n\nblev læst den 3. juni 2026 10:12.", ClassAutoReply},
		{"case-filing receipt without headers", "", "Tak for din henvendelse til Kommunen.\n\nDin mail er modtaget og journaliseret under sagsnummer 27.12.00-A00-3-26.\n\nDenne mail kan ikke besvares.", ClassAutoReply},
		{"citizen service receipt without headers", "", "Kære afsender\n\nVi har modtaget din mail og besvarer den hurtigst muligt, normalt inden for 5 arbejdsdage.\n\nVenlig hilsen\nBorgerservice", ClassAutoReply},
		{"a person who received the invitation", "", "Hej\n\nVi har modtaget jeres invitation, og jeg vil gerne deltage i dialogmødet.\n\nMvh Karsten Bo\nSlagelse Kommune", ClassRegistration},
		{"Exchange rule reply", "X-Auto-Response-Suppress: All\r\nX-MS-Exchange-Inbox-Rules-Loop: kabo@slagelse.dk\r\n", "Jeg vil gerne tilmelde mig dialogmødet.", ClassAutoReply},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, _ := Parse(mail(c.headers, c.body), opts)
			if res.Class != c.want {
				t.Fatalf("class %s (auto %q: %s; intent %s), want %s", res.Class, res.Auto, res.AutoReason, res.Intent, c.want)
			}
			if c.want.NoReply() != (res.Auto != AutoNone) {
				t.Fatalf("auto %q for class %s", res.Auto, res.Class)
			}
		})
	}
}

func TestHTMLTableKeepsCells(t *testing.T) {
	got := htmlToText("<p>Deltagere:</p><table><tr><th>Navn</th><th>Rolle</th></tr><tr><td>Søren Æbelø</td><td>Udsatterådet</td></tr></table>")
	want := "Deltagere:\n\nNavn | Rolle\nSøren Æbelø | Udsatterådet"
	if strings.TrimSpace(got) != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestNewsletterWithoutListHeaders(t *testing.T) {
	raw := []byte("From: Socialstyrelsen <nyhedsbrev@socialstyrelsen.dk>\r\nTo: ern@viborg.dk\r\nSubject: Nyt fra Socialstyrelsen: rammeaftaler og afbud\r\nMessage-ID: <n1@s>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe ugens nyheder om rammeaftaler.\r\n\r\nDu får dette nyhedsbrev, fordi du er tilmeldt Socialstyrelsens nyheder. Afmeld nyhedsbrevet her.\r\n")
	res, _ := Parse(raw, Options{})
	if res.Class != ClassList {
		t.Fatalf("class %s (%s)", res.Class, res.AutoReason)
	}
	// A person who mentions a newsletter is still a person.
	raw = []byte("From: Ida Holm <idho@koege.dk>\r\nTo: posk@greve.dk\r\nSubject: Tilmelding\r\nMessage-ID: <n2@s>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJeg vil gerne tilmelde mig dialogmødet. Jeg så invitationen i KL's nyhedsbrev.\r\n\r\nIda Holm\r\n")
	if res, _ := Parse(raw, Options{}); res.Auto != AutoNone {
		t.Fatalf("a person's mail read as %s (%s)", res.Auto, res.AutoReason)
	}
}
