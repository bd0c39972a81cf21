package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedFiles are the fuzz seeds: our fixtures, the permissively licensed
// corpus copies in testdata/fuzz-seeds, and (when present) a sample of the
// real corpus read at run time.
func seedFiles(tb testing.TB) [][]byte {
	var paths []string
	for _, g := range []string{"testdata/*.eml", "testdata/fuzz-seeds/*.eml",
		filepath.Join(corpusDir, "malformed", "*.eml"), filepath.Join(corpusDir, "imip", "*.eml")} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil || len(b) > 256<<10 {
			continue
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		tb.Fatal("no fuzz seeds found")
	}
	return out
}

// FuzzParse: Parse never panics, always returns a Result with a class, and
// its error agrees with Result.Problems.
func FuzzParse(f *testing.F) {
	for _, b := range seedFiles(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := Parse(raw, Options{MaxParts: 50, MaxDepth: 8})
		if r == nil {
			t.Fatal("nil Result")
		}
		if r.Class == "" {
			t.Fatal("empty class")
		}
		if (err != nil) != (len(r.Problems) > 0) {
			t.Fatalf("err %v but problems %v", err, r.Problems)
		}
		if r.Class == ClassRSVP && r.Calendar == nil {
			t.Fatal("rsvp without a calendar")
		}
	})
}

// FuzzParseCalendar: the iCalendar entry point never panics; a calendar it
// returns without error has a METHOD, a UID or event properties.
func FuzzParseCalendar(f *testing.F) {
	for _, b := range seedFiles(f) {
		s := string(b)
		if i := strings.Index(s, "BEGIN:VCALENDAR"); i >= 0 {
			f.Add([]byte(s[i:]))
		}
	}
	f.Add([]byte("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:1\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cal, err := ParseCalendar(data)
		if err == nil && cal == nil {
			t.Fatal("nil calendar without error")
		}
	})
}

// BenchmarkParseCorpus parses every message of the real corpus per
// iteration; MB/s is over the corpus bytes, allocs/op per corpus pass
// (divide by the message count logged for per-message figures).
func BenchmarkParseCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.eml"))
	if len(files) == 0 {
		b.Skip("corpus not available")
	}
	var msgs [][]byte
	var total int64
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		msgs = append(msgs, raw)
		total += int64(len(raw))
	}
	b.Logf("%d messages, %d bytes", len(msgs), total)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, m := range msgs {
			Parse(m, Options{})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(msgs)), "µs/msg")
}

// BenchmarkParseLargest bounds the time for the single worst file (the
// 2.9 MB endlessly nested message).
func BenchmarkParseLargest(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(corpusDir, "malformed/enclosed-endless-flanker.eml"))
	if err != nil {
		b.Skip("corpus not available")
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(raw, Options{})
	}
}
