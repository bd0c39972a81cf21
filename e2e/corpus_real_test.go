package e2e

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

// realCorpusDir is the shared corpus of real mail (../shared/corpus/real
// beside the repository); MAILBOT_REAL_CORPUS overrides it.
func realCorpusDir() string {
	return envOr("MAILBOT_REAL_CORPUS", filepath.Join("..", "..", "shared", "corpus", "real"))
}

// realFile is one file of the real corpus with what PROVENANCE.tsv says of it.
type realFile struct {
	Path      string // relative to the corpus, e.g. bounce/zoho-bounce-sisimai-01.eml
	Raw       []byte // byte-exact
	MessageID string // without <>; "" if the file has none
	Addrs     []string
	Expected  string // PROVENANCE expected_class
	Note      string
	Internal  time.Time // the INTERNALDATE it is APPENDed with: unique per file
}

// noReply: PROVENANCE says the bot must never answer it.
func (f realFile) noReply() bool {
	switch f.Expected {
	case "auto_reply", "bounce", "list":
		return true
	}
	return false
}

// contentKey identifies the file's content up to line ends (CRLF, LF).
func (f realFile) contentKey() string {
	h := sha256.Sum256(bytes.ReplaceAll(f.Raw, []byte("\r\n"), []byte("\n")))
	return hex.EncodeToString(h[:])
}

// uncertain: PROVENANCE's note says the class is debatable.
func (f realFile) uncertain() bool { return strings.Contains(strings.ToLower(f.Note), "uncertain") }

// provenance reads PROVENANCE.tsv: file -> expected_class, note.
func provenance(t *testing.T, dir string) map[string][2]string {
	t.Helper()
	fh, err := os.Open(filepath.Join(dir, "PROVENANCE.tsv"))
	if err != nil {
		t.Fatalf("real corpus: %v", err)
	}
	defer fh.Close()
	out := map[string][2]string{}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	header := true
	for sc.Scan() {
		if header {
			header = false
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 7 {
			continue
		}
		out[f[0]] = [2]string{f[5], f[6]}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read PROVENANCE.tsv: %v", err)
	}
	return out
}

var addrRe = regexp.MustCompile(`[A-Za-z0-9._%+\-=#$&'*/?^{|}~!]+@[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]`)

// mailboxUser is the Dovecot user whose INBOX mail to addr lands in: the
// stack's LMTP drops a "+detail" of the local part (Dovecot's default
// recipient_delimiter), and such a name cannot log in (auth_username_chars).
func mailboxUser(addr string) string {
	local, domain, ok := strings.Cut(addr, "@")
	if !ok {
		return addr
	}
	if i := strings.IndexByte(local, '+'); i > 0 {
		local = local[:i]
	}
	return local + "@" + domain
}

// headerAddrs returns the lower-case addresses of the From and Reply-To
// fields of raw (where a reply could go), read leniently.
func headerAddrs(raw []byte) []string {
	var out []string
	seen := map[string]bool{}
	for _, field := range []string{"From", "Reply-To"} {
		for _, v := range rawHeader(raw, field) {
			for _, a := range addrRe.FindAllString(v, -1) {
				a = strings.ToLower(strings.Trim(a, "."))
				if !seen[a] {
					seen[a] = true
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// loadRealCorpus reads every file of the given folders, sorted by path, and
// gives each a distinct INTERNALDATE (base + i seconds), so the export's
// received_at names the file even where it has no Message-ID.
func loadRealCorpus(t *testing.T, dir string, folders []string, base time.Time) []realFile {
	t.Helper()
	prov := provenance(t, dir)
	var out []realFile
	for _, folder := range folders {
		names, err := filepath.Glob(filepath.Join(dir, folder, "*.eml"))
		if err != nil {
			t.Fatalf("glob %s: %v", folder, err)
		}
		sort.Strings(names)
		for _, n := range names {
			raw, err := os.ReadFile(n)
			if err != nil {
				t.Fatalf("read %s: %v", n, err)
			}
			rel := folder + "/" + filepath.Base(n)
			p, ok := prov[rel]
			if !ok {
				t.Fatalf("%s has no row in PROVENANCE.tsv", rel)
			}
			out = append(out, realFile{Path: rel, Raw: raw, MessageID: rawMessageID(raw), Addrs: headerAddrs(raw),
				Expected: p[0], Note: p[1], Internal: base.Add(time.Duration(len(out)) * time.Second).Truncate(time.Second)})
		}
	}
	return out
}

// appendRaw APPENDs each file byte-exact to user's INBOX with its
// INTERNALDATE.
func appendRaw(t *testing.T, st stack, user string, files []realFile) {
	t.Helper()
	c := dialIMAP(t, st, user)
	defer c.Close()
	for _, f := range files {
		cmd := c.Append("INBOX", int64(len(f.Raw)), &imap.AppendOptions{Time: f.Internal})
		if _, err := cmd.Write(f.Raw); err != nil {
			t.Fatalf("append %s: %v", f.Path, err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatalf("append %s: %v", f.Path, err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("append %s: %v", f.Path, err)
		}
	}
	if err := c.Logout().Wait(); err != nil {
		t.Logf("imap logout %s: %v", user, err)
	}
}

// TestRealCorpusNoReplies is issue 3's acceptance: no auto-reply, bounce or
// list mail of the real corpus gets a reply in an end-to-end run. Every file
// of auto_reply/, bounce/, list/ and imip/ is APPENDed byte-exact to
// posk@greve.dk with the seed event dialog2026 configured and answer_since
// early; one `poll --once`; then the export must list each file exactly once,
// hold no reply to a never-answer mail and no participant (no file is about
// the meeting), class each certain auto_reply/bounce/list row as
// PROVENANCE.tsv does, and no sender's (or Reply-To's) mailbox may hold
// anything from posk@greve.dk.
func TestRealCorpusNoReplies(t *testing.T) {
	dir := realCorpusDir()
	if _, err := os.Stat(filepath.Join(dir, "PROVENANCE.tsv")); err != nil {
		t.Skipf("real corpus not found at %s (the shared folder beside the repository; set MAILBOT_REAL_CORPUS): %v", dir, err)
	}
	st := requireStack(t)
	mailbotBinary(t)
	const secretariat = "posk@greve.dk"
	now := time.Now()
	files := loadRealCorpus(t, dir, []string{"auto_reply", "bounce", "list", "imip"}, now.Add(-2*time.Hour))

	users := map[string]bool{secretariat: true}
	for _, f := range files {
		for _, a := range f.Addrs {
			users[mailboxUser(a)] = true
		}
	}
	var userList []string
	for u := range users {
		userList = append(userList, u)
	}
	sort.Strings(userList)
	clearInboxes(t, st, userList...)

	appendRaw(t, st, secretariat, files)
	if n := inboxCount(t, st, secretariat); n != len(files) {
		t.Fatalf("%s INBOX holds %d mails after APPEND, want %d", secretariat, n, len(files))
	}
	t.Logf("APPENDed %d real mails; %d sender/reply-to addresses to watch", len(files), len(userList)-1)

	work := keptDir(t)
	cfg := writeSeedConfig(t, st, seedConfigOpts{Dir: work, Now: now, PoskSince: now.AddDate(0, 0, -30)})
	pollOnce(t, st, cfg)
	e := exportJSON(t, st, cfg)
	e.save(t, work, "export.json")
	t.Logf("export: %s", e.summary())

	// 1. Every file exactly once: by INTERNALDATE (received_at), and by
	// Message-ID where the file has one.
	byTime := map[int64][]exportMessage{}
	var foreign []string
	for _, m := range e.Messages {
		rt, err := time.Parse(time.RFC3339, m.ReceivedAt)
		if err != nil {
			t.Errorf("export message %s: received_at %q is not RFC 3339", m.MessageID, m.ReceivedAt)
			continue
		}
		if m.Mailbox != "posk" {
			foreign = append(foreign, fmt.Sprintf("%s in mailbox %q", m.MessageID, m.Mailbox))
		}
		byTime[rt.Unix()] = append(byTime[rt.Unix()], m)
	}
	if len(foreign) > 0 {
		t.Errorf("export messages not from mailbox posk: %v", first(foreign, 10))
	}
	// Files that are the same mail (same Message-ID, same bytes up to line
	// ends: the corpus holds a few such copies) may be one message, as a mail
	// delivered twice is; files with different content are different mail,
	// whatever their Message-ID says, and each must be listed.
	groups := map[string][]realFile{}
	var order []string
	for _, f := range files {
		k := f.Path
		if f.MessageID != "" {
			k = f.MessageID + "|" + f.contentKey()
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], f)
	}
	if n := len(e.Messages); n < len(groups) || n > len(files) {
		t.Errorf("export has %d messages, want the %d files appended (%d if the %d identical copies count once)", n, len(files), len(groups), len(files)-len(groups))
	}
	wantMin, wantMax := map[string]int{}, map[string]int{}
	for _, k := range order {
		if id := groups[k][0].MessageID; id != "" {
			wantMin[id]++
			wantMax[id] += len(groups[k])
		}
	}
	gotIDs := map[string]int{}
	for _, m := range e.Messages {
		gotIDs[normID(m.MessageID)]++
	}
	msgOf := map[string]exportMessage{} // file path -> its export entry
	var missing, doubled, wrongID []string
	for _, k := range order {
		g := groups[k]
		var ms []exportMessage
		for _, f := range g {
			ms = append(ms, byTime[f.Internal.Unix()]...)
		}
		var names []string
		for _, f := range g {
			names = append(names, f.Path)
		}
		switch {
		case len(ms) == 0:
			missing = append(missing, fmt.Sprintf("%s (Message-ID %q)", strings.Join(names, " = "), g[0].MessageID))
			continue
		case len(ms) > len(g):
			doubled = append(doubled, fmt.Sprintf("%s ×%d", strings.Join(names, " = "), len(ms)))
		}
		for _, f := range g {
			msgOf[f.Path] = ms[0]
			if m := byTime[f.Internal.Unix()]; len(m) > 0 {
				msgOf[f.Path] = m[0]
			}
			if m := msgOf[f.Path]; f.MessageID != "" && normID(m.MessageID) != f.MessageID {
				wrongID = append(wrongID, fmt.Sprintf("%s: message_id %q, the file's is %q", f.Path, m.MessageID, f.MessageID))
			}
		}
	}
	var idCount []string
	for id, lo := range wantMin {
		if n := gotIDs[id]; n < lo || n > wantMax[id] {
			idCount = append(idCount, fmt.Sprintf("%s: %d files with %d different contents carry it, export lists it %d times", id, wantMax[id], lo, n))
		}
	}
	t.Logf("%d files, %d different mails (%d files are byte-identical copies of another up to line ends)", len(files), len(groups), len(files)-len(groups))
	if len(missing)+len(doubled)+len(wrongID)+len(idCount) > 0 {
		t.Errorf("export messages: want each of the %d files exactly once:\n  %d missing: %s\n  %d listed too often: %s\n  %d with another message_id: %s\n  %d Message-IDs counted wrong: %s",
			len(files), len(missing), strings.Join(first(missing, 20), "\n    "), len(doubled), strings.Join(first(doubled, 10), "; "),
			len(wrongID), strings.Join(first(wrongID, 10), "; "), len(idCount), strings.Join(first(idCount, 10), "\n    "))
	}

	// 2. No reply to a never-answer mail: by PROVENANCE, and by the class
	// mailbot gave it.
	repliesTo := map[string][]exportReply{}
	for _, r := range e.Replies {
		repliesTo[normID(r.InReplyTo)] = append(repliesTo[normID(r.InReplyTo)], r)
	}
	var answered []string
	for _, f := range files {
		m, ok := msgOf[f.Path]
		id := f.MessageID
		if ok {
			id = normID(m.MessageID)
		}
		if id == "" {
			continue
		}
		if rs := repliesTo[id]; len(rs) > 0 && f.noReply() {
			answered = append(answered, fmt.Sprintf("%s (%s) got %d replies: %+v", f.Path, f.Expected, len(rs), rs))
		}
	}
	for _, m := range e.Messages {
		switch m.Class {
		case "auto_reply", "bounce", "list":
			if rs := repliesTo[normID(m.MessageID)]; len(rs) > 0 {
				answered = append(answered, fmt.Sprintf("message %s classed %s got %d replies: %+v", m.MessageID, m.Class, len(rs), rs))
			}
		}
	}
	if len(answered) > 0 {
		t.Errorf("replies to mail that must never be answered (%d):\n  %s", len(answered), strings.Join(first(answered, 20), "\n  "))
	}
	t.Logf("replies in the export: %d (to any of the %d files)", len(e.Replies), len(files))

	// No file is about the dialogue meeting (none carries its UID, and no
	// subject names it): none may make anybody a participant of it.
	if ps := e.participants(t); len(ps) > 0 {
		var desc []string
		for _, p := range ps {
			desc = append(desc, fmt.Sprintf("%v from %v", p, p.MessageIDs))
		}
		t.Errorf("%d participants made from mail that is not about any configured event:\n  %s", len(ps), strings.Join(first(desc, 10), "\n  "))
	}

	// 3. The classes of the certain auto_reply/bounce/list rows.
	var agree, certain int
	var disagree, uncertainSeen []string
	confusion := map[string]int{}
	for _, f := range files {
		if !f.noReply() {
			continue
		}
		m, ok := msgOf[f.Path]
		if !ok {
			continue // reported as missing above
		}
		confusion[f.Expected+"→"+m.Class+"/"+m.Status]++
		if f.uncertain() {
			uncertainSeen = append(uncertainSeen, fmt.Sprintf("%s: PROVENANCE %s, mailbot %s/%s", f.Path, f.Expected, m.Class, m.Status))
			continue
		}
		certain++
		if m.Class == f.Expected {
			agree++
		} else {
			disagree = append(disagree, fmt.Sprintf("%s: PROVENANCE %s, mailbot %s/%s %q", f.Path, f.Expected, m.Class, m.Status, m.ReviewReason))
		}
	}
	var conf []string
	for k, n := range confusion {
		conf = append(conf, fmt.Sprintf("%s=%d", k, n))
	}
	sort.Strings(conf)
	t.Logf("classification of the never-answer rows (PROVENANCE → class/status): %s", strings.Join(conf, " "))
	if certain > 0 {
		t.Logf("class agreement with PROVENANCE.tsv on the certain auto_reply/bounce/list rows: %d/%d = %.1f%%", agree, certain, 100*float64(agree)/float64(certain))
	}
	t.Logf("uncertain rows (only 'no reply' asserted): %s", strings.Join(uncertainSeen, "; "))
	if len(disagree) > 0 {
		t.Errorf("class differs from PROVENANCE.tsv on %d of %d certain auto_reply/bounce/list rows:\n  %s", len(disagree), certain, strings.Join(first(disagree, 40), "\n  "))
	}

	// 4. Nothing from posk@greve.dk in any sender's (or Reply-To's) mailbox.
	waitPostfixIdle(t, st)
	var mailed []string
	for _, u := range userList {
		if u == secretariat {
			continue
		}
		for _, got := range readInbox(t, st, u) {
			if from, err := got.Header.AddressList("From"); err == nil && len(from) > 0 && strings.EqualFold(from[0].Address, secretariat) {
				mailed = append(mailed, fmt.Sprintf("%s got %q (In-Reply-To %s)", u, decodeHeader(got.Header.Get("Subject")), got.Header.Get("In-Reply-To")))
			}
		}
	}
	if len(mailed) > 0 {
		t.Errorf("mail from %s reached %d corpus senders' mailboxes:\n  %s", secretariat, len(mailed), strings.Join(first(mailed, 20), "\n  "))
	}
}
