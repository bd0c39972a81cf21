package render

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPreview writes the seed digests and replies to $RENDER_PREVIEW (a
// directory) for looking at them: the HTML in a browser, the screenshot in
// docs/digest.png was taken from meeting.html. Skipped without the variable.
func TestPreview(t *testing.T) {
	dir := os.Getenv("RENDER_PREVIEW")
	if dir == "" {
		t.Skip("set RENDER_PREVIEW=dir to write previews")
	}
	for name, d := range map[string]DigestData{"meeting": meetingDigest(t), "consultation": consultationDigest(t)} {
		subj, text, html, err := Digest(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".html"), []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte("Emne: "+subj+"\n\n"+text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ts, err := LoadTemplates("")
	if err != nil {
		t.Fatal(err)
	}
	out, err := os.Create(filepath.Join(dir, "replies.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	for _, k := range Kinds {
		subj, text, err := ts.Reply(k, sampleReplyData(k))
		if err != nil {
			t.Fatal(err)
		}
		out.WriteString("=== " + k + "\nEmne: " + subj + "\n\n" + text + "\n")
	}
}
