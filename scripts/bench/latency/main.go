// Command latency measures, for scripts/bench.sh, how long a mail takes from
// the moment Postfix accepts it (SMTP 250 after DATA, at this client) until a
// mail is delivered into a Maildir's new/ directory, which it polls every
// millisecond. Closed loop: one mail at a time, the next only after the
// previous one's result is delivered (or timed out).
//
//	latency -mode ack   -smtp 127.0.0.1:25 -maildirs ROOT -to sekretariat@bench.test -n 200
//	latency -mode plain -smtp 127.0.0.1:25 -maildirs ROOT -n 200
//
// ack: each mail is a Danish registration from its own sender
// (latNNN@<municipality domain>), sent to -to where `mailbot run` watches;
// the time ends when mailbot's acknowledgement lands in the sender's Maildir
// ROOT/<domain>/<local>/Maildir/new. plain (the anchor): each mail goes to its
// own address plainNNN@bench.test and the time ends when Dovecot has it: the
// bare Postfix -> LMTP -> Dovecot delivery, measured the same way.
//
// idle (the second anchor): each mail goes to -idle-user while this program
// itself holds an IMAP IDLE on that INBOX (-imap, -password); the time ends
// when the server's untagged EXISTS arrives: Postfix -> Dovecot plus Dovecot's
// own delay before it tells an IDLE client (mailbox-watch.c waits 500 ms,
// NOTIFY_DELAY_MSECS, to group changes). That is the floor of the ack figure.
//
// Output: one line, "mode=ack n=200 timeouts=0 p50_ms=... p95_ms=... max_ms=... min_ms=...".
package main

import (
	"flag"
	"fmt"
	"net/smtp"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
)

var domains = []struct{ muni, domain string }{
	{"Greve Kommune", "greve.dk"}, {"Køge Kommune", "koege.dk"}, {"Roskilde Kommune", "roskilde.dk"},
	{"Næstved Kommune", "naestved.dk"}, {"Slagelse Kommune", "slagelse.dk"}, {"Ringsted Kommune", "ringsted.dk"},
	{"Sorø Kommune", "soroe.dk"}, {"Faxe Kommune", "faxekommune.dk"}, {"Stevns Kommune", "stevns.dk"},
	{"Lejre Kommune", "lejre.dk"},
}

var (
	firstNames = []string{"Hanne", "Jens", "Mette", "Søren", "Anne", "Lars", "Birgitte", "Henrik", "Kirsten", "Morten"}
	lastNames  = []string{"Sørensen", "Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen",
		"Larsen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Møller",
		"Holm", "Berg", "Dahl", "Lund"}
)

func main() {
	var (
		mode     = flag.String("mode", "ack", "ack (registration -> mailbot's acknowledgement) or plain (Postfix -> Dovecot)")
		addr     = flag.String("smtp", "127.0.0.1:25", "Postfix's SMTP address (no AUTH, no TLS)")
		root     = flag.String("maildirs", "", "Dovecot's mail root: ROOT/<domain>/<local>/Maildir")
		to       = flag.String("to", "sekretariat@bench.test", "ack: the mailbox mailbot watches")
		n        = flag.Int("n", 200, "mails measured")
		first    = flag.Int("first", 0, "number of the first mail (senders and recipients are unique per number)")
		timeout  = flag.Duration("timeout", 20*time.Second, "give up on one mail after this long")
		interval = flag.Duration("gap", 20*time.Millisecond, "pause between one result and the next mail")
		imapAddr = flag.String("imap", "127.0.0.1:143", "idle: Dovecot's IMAP address (plain, LOGIN)")
		idleUser = flag.String("idle-user", "idle@bench.test", "idle: the user whose INBOX is watched")
		password = flag.String("password", "secret", "idle: the IMAP password")
	)
	flag.Parse()
	if *mode == "idle" {
		*root = "-"
	}
	if *root == "" || (*mode != "ack" && *mode != "plain" && *mode != "idle") {
		flag.Usage()
		os.Exit(2)
	}
	var lat []time.Duration
	timeouts := 0
	var idler *idleWatch
	if *mode == "idle" {
		var err error
		if idler, err = startIdle(*imapAddr, *idleUser, *password); err != nil {
			fail("idle: %v", err)
		}
		defer idler.stop()
	}
	for i := *first; i < *first+*n; i++ {
		var from, rcpt, watch string
		var msg []byte
		if *mode == "ack" {
			d := domains[i%len(domains)]
			local := fmt.Sprintf("lat%04d", i)
			from, rcpt = local+"@"+d.domain, *to
			watch = filepath.Join(*root, d.domain, local, "Maildir", "new")
			name := firstNames[i%len(firstNames)] + " " + lastNames[(i/len(firstNames))%len(lastNames)]
			msg = registration(i, from, name, d.muni, rcpt)
		} else if *mode == "idle" {
			from, rcpt = "bench@bench.test", *idleUser
			msg = plain(i, from, rcpt)
			accepted, err := send(*addr, from, rcpt, msg)
			if err != nil {
				fail("send mail %d: %v", i, err)
			}
			if d, ok := idler.wait(accepted, *timeout); ok {
				lat = append(lat, d)
			} else {
				timeouts++
				fmt.Fprintf(os.Stderr, "latency: mail %d: no EXISTS after %s\n", i, *timeout)
			}
			time.Sleep(*interval)
			continue
		} else {
			local := fmt.Sprintf("plain%04d", i)
			from, rcpt = "bench@bench.test", local+"@bench.test"
			watch = filepath.Join(*root, "bench.test", local, "Maildir", "new")
			msg = plain(i, from, rcpt)
		}
		if err := os.RemoveAll(filepath.Dir(filepath.Dir(watch))); err != nil {
			fail("clear %s: %v", watch, err)
		}
		accepted, err := send(*addr, from, rcpt, msg)
		if err != nil {
			fail("send mail %d: %v", i, err)
		}
		d, ok := waitFile(watch, accepted, *timeout)
		if !ok {
			timeouts++
			fmt.Fprintf(os.Stderr, "latency: mail %d (%s -> %s): nothing in %s after %s\n", i, from, rcpt, watch, *timeout)
		} else {
			lat = append(lat, d)
		}
		time.Sleep(*interval)
	}
	if len(lat) == 0 {
		fmt.Printf("mode=%s n=%d timeouts=%d\n", *mode, *n, timeouts)
		os.Exit(1)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	fmt.Printf("mode=%s n=%d timeouts=%d p50_ms=%s p95_ms=%s max_ms=%s min_ms=%s\n", *mode, *n, timeouts,
		ms(pct(lat, 50)), ms(pct(lat, 95)), ms(lat[len(lat)-1]), ms(lat[0]))
	if timeouts > 0 {
		os.Exit(1)
	}
}

// pct is the nearest-rank percentile of sorted durations.
func pct(sorted []time.Duration, p int) time.Duration {
	k := (p*len(sorted) + 99) / 100
	return sorted[max(k, 1)-1]
}

// send delivers one message and returns the moment the server answered 250
// to the end of DATA.
func send(addr, from, rcpt string, msg []byte) (time.Time, error) {
	c, err := smtp.Dial(addr)
	if err != nil {
		return time.Time{}, err
	}
	defer c.Close()
	if err := c.Hello("bench.test"); err != nil {
		return time.Time{}, err
	}
	if err := c.Mail(from); err != nil {
		return time.Time{}, err
	}
	if err := c.Rcpt(rcpt); err != nil {
		return time.Time{}, err
	}
	w, err := c.Data()
	if err != nil {
		return time.Time{}, err
	}
	if _, err := w.Write(msg); err != nil {
		return time.Time{}, err
	}
	if err := w.Close(); err != nil { // returns after the 250
		return time.Time{}, err
	}
	at := time.Now()
	c.Quit()
	return at, nil
}

// waitFile polls dir every millisecond until a file is in it; it returns
// the time from since to the first sight.
func waitFile(dir string, since time.Time, timeout time.Duration) (time.Duration, bool) {
	for time.Since(since) < timeout {
		if es, err := os.ReadDir(dir); err == nil && len(es) > 0 {
			return time.Since(since), true
		}
		time.Sleep(time.Millisecond)
	}
	return 0, false
}

// idleWatch is an IMAP connection in IDLE that reports each EXISTS.
type idleWatch struct {
	c      *imapclient.Client
	idle   *imapclient.IdleCommand
	exists chan time.Time
}

func startIdle(addr, user, password string) (*idleWatch, error) {
	w := &idleWatch{exists: make(chan time.Time, 16)}
	c, err := imapclient.DialInsecure(addr, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case w.exists <- time.Now():
					default:
					}
				}
			},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	w.c = c
	if err := c.Login(user, password).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("login %s: %w", user, err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("select INBOX: %w", err)
	}
	if w.idle, err = c.Idle(); err != nil {
		c.Close()
		return nil, fmt.Errorf("idle: %w", err)
	}
	return w, nil
}

// wait returns the time from since to the next EXISTS.
func (w *idleWatch) wait(since time.Time, timeout time.Duration) (time.Duration, bool) {
	select {
	case at := <-w.exists:
		return at.Sub(since), true
	case <-time.After(timeout):
		return 0, false
	}
}

func (w *idleWatch) stop() {
	w.idle.Close()
	w.c.Logout().Wait()
	w.c.Close()
}

func registration(i int, from, name, muni, to string) []byte {
	body := fmt.Sprintf("Hej\r\n\r\nHermed tilmelding til dialogmødet: %s, direktør, %s. Jeg deltager gerne i frokosten.\r\n\r\n"+
		"Venlig hilsen\r\n%s\r\nDirektør\r\n%s\r\n", name, muni, name, muni)
	return []byte(fmt.Sprintf("From: %s <%s>\r\nTo: <%s>\r\nSubject: Tilmelding til dialogmøde om Rammeaftale 2027-2028\r\n"+
		"Date: %s\r\nMessage-ID: <lat%04d.%d@bench.test>\r\nMIME-Version: 1.0\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s",
		qword(name), from, to, time.Now().Format(time.RFC1123Z), i, time.Now().UnixNano(), body))
}

func plain(i int, from, to string) []byte {
	return []byte(fmt.Sprintf("From: <%s>\r\nTo: <%s>\r\nSubject: anchor %d\r\nDate: %s\r\nMessage-ID: <plain%04d.%d@bench.test>\r\n\r\n"+
		"The anchor: Postfix to Dovecot, nothing else.\r\n", from, to, i, time.Now().Format(time.RFC1123Z), i, time.Now().UnixNano()))
}

func qword(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r > 127 }) < 0 {
		return s
	}
	var b strings.Builder
	b.WriteString("=?utf-8?q?")
	for _, c := range []byte(s) {
		switch {
		case c == ' ':
			b.WriteByte('_')
		case c < 128 && c != '=' && c != '?' && c != '_':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "=%02X", c)
		}
	}
	b.WriteString("?=")
	return b.String()
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "latency: "+format+"\n", args...)
	os.Exit(1)
}
