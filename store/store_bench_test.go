package store

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"
	"time"
)

// benchMail is a plausible raw message of about size bytes: headers and a
// body of random base64-alphabet lines (so the content hash sees real work).
func benchMail(r *rand.Rand, i, size int) []byte {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	head := fmt.Sprintf("From: Hanne Sørensen <haso@naestved.dk>\r\nTo: posk@greve.dk\r\n"+
		"Subject: Tilmelding til dialogmøde %d\r\nMessage-ID: <bench%d@naestved.dk>\r\n"+
		"Date: Sun, 10 May 2026 08:15:12 +0000\r\nMIME-Version: 1.0\r\n\r\n", i, i)
	raw := make([]byte, 0, size+len(head)+80)
	raw = append(raw, head...)
	for len(raw) < size {
		for range 76 {
			raw = append(raw, alphabet[r.IntN(len(alphabet))])
		}
		raw = append(raw, '\r', '\n')
	}
	return raw
}

// BenchmarkSaveRawBatch measures SaveRawBatch as the IMAP sync uses it: one
// transaction (one fsync) per batch of 100 messages of one folder, the
// cursor advancing with it, into a store that grows as it goes. Bytes/s is
// raw message bytes stored.
func BenchmarkSaveRawBatch(b *testing.B) {
	for _, size := range []int{4 << 10, 64 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("msg=%dKB", size>>10), func(b *testing.B) {
			const batch = 100
			s, err := Open(filepath.Join(b.TempDir(), "bench.db"), Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			r := rand.New(rand.NewPCG(1, 2))
			// A pool of bodies, each stored with its own X-Seq header,
			// Message-ID and UID, so no message is a duplicate of another.
			pool := make([][]byte, 16)
			var total int64
			for i := range pool {
				pool[i] = benchMail(r, i, size)
			}
			for _, p := range pool {
				total += int64(len(p))
			}
			b.SetBytes(total / int64(len(pool)) * batch)
			b.ResetTimer()
			uid := uint32(0)
			for i := 0; i < b.N; i++ {
				items := make([]RawItem, batch)
				for j := range items {
					uid++
					raw := append([]byte(fmt.Sprintf("X-Seq: %d\r\n", uid)), pool[j%len(pool)]...)
					items[j] = RawItem{Raw: raw, Message: &Message{
						Mailbox: "posk", Folder: "INBOX", UIDValidity: 1, UID: uid,
						MessageID: fmt.Sprintf("bench%d@naestved.dk", uid), ReceivedAt: time.Unix(int64(uid), 0),
					}}
				}
				res, err := s.SaveRawBatch(items, Cursor{Mailbox: "posk", Folder: "INBOX", UIDValidity: 1, LastUID: uid})
				if err != nil {
					b.Fatal(err)
				}
				if res[0].Dup {
					b.Fatalf("batch %d: a new message taken for a duplicate", i)
				}
			}
		})
	}
}
