package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Large mails live beside the bbolt file, one file each in <store>.blobs/. A bbolt value is copied whole into the
// transaction's pages at commit, so a 25 MB mail would be held twice in
// memory; a blob is streamed from the IMAP literal to disk instead.
//
// Crash safety: the file is written, fsynced and renamed into place (and
// the directory fsynced) before the transaction that refers to it
// commits. A crash in between leaves an unreferenced file, never a record
// without its bytes.

// BlobThreshold is the size from which fetched mail is stored as a blob.
const BlobThreshold = 4 << 20

// BlobInfo describes a finished blob: what SaveRawBatch needs instead of
// the bytes.
type BlobInfo struct {
	Name       string // file name inside the blob directory
	SHA256     string // as HashRaw would give
	BodySHA256 string // as HashRaw(bodyOf(raw)) would give
	Size       int64
	Head       []byte // the first bytes (header block), for Message-ID and Date
}

// BlobWriter streams one mail into a blob file while hashing it.
type BlobWriter struct {
	s        *Store
	f        *os.File
	tmp      string
	all      *crlfHasher
	body     *crlfHasher
	plain    hash.Hash // of the bytes as they are: the file name
	size     int64
	head     []byte
	last     [3]byte // the last three bytes, for the header end
	inBody   bool
	finished bool
}

func (s *Store) blobDir() string { return s.path + ".blobs" }

// NewBlob starts a blob file. Call Finish (or Abort) when done.
func (s *Store) NewBlob() (*BlobWriter, error) {
	if err := os.MkdirAll(s.blobDir(), 0o700); err != nil {
		return nil, fmt.Errorf("blob dir: %w", err)
	}
	f, err := os.CreateTemp(s.blobDir(), "tmp-*")
	if err != nil {
		return nil, fmt.Errorf("blob: %w", err)
	}
	return &BlobWriter{s: s, f: f, tmp: f.Name(), all: newCRLFHasher(), body: newCRLFHasher(), plain: sha256.New()}, nil
}

// Write writes p to the blob.
func (w *BlobWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	p = p[:n]
	w.plain.Write(p)
	w.all.Write(p)
	w.size += int64(n)
	if len(w.head) < 64<<10 {
		w.head = append(w.head, p[:min(len(p), 64<<10-len(w.head))]...)
	}
	if w.inBody {
		w.body.Write(p)
		return n, err
	}
	for i, c := range p {
		// The header block ends at the first "\n\n" or "\r\n\r\n" (bodyOf).
		if c == '\n' && (w.last[2] == '\n' || w.last == [3]byte{'\r', '\n', '\r'}) {
			w.inBody = true
			w.body.Write(p[i+1:])
			break
		}
		w.last = [3]byte{w.last[1], w.last[2], c}
	}
	return n, err
}

// Finish makes the blob durable under its final name.
func (w *BlobWriter) Finish() (*BlobInfo, error) {
	if err := w.f.Sync(); err != nil {
		w.Abort()
		return nil, fmt.Errorf("blob sync: %w", err)
	}
	if err := w.f.Close(); err != nil {
		w.Abort()
		return nil, fmt.Errorf("blob close: %w", err)
	}
	// Unique per blob (a mail stored for two mailboxes has two files, so
	// pruning one never removes the other's bytes).
	name := hex.EncodeToString(w.plain.Sum(nil))[:32] + "-" + strings.TrimPrefix(filepath.Base(w.tmp), "tmp-") + ".eml"
	if err := os.Rename(w.tmp, filepath.Join(w.s.blobDir(), name)); err != nil {
		w.Abort()
		return nil, fmt.Errorf("blob rename: %w", err)
	}
	w.finished = true
	if d, err := os.Open(w.s.blobDir()); err == nil {
		d.Sync()
		d.Close()
	}
	bodySum := w.body.sum()
	if !w.inBody {
		bodySum = w.all.sum() // no blank line: bodyOf is the whole mail
	}
	return &BlobInfo{Name: name, SHA256: w.all.sum(), BodySHA256: bodySum, Size: w.size, Head: w.head}, nil
}

// Abort removes an unfinished blob.
func (w *BlobWriter) Abort() {
	if w.finished {
		return
	}
	w.f.Close()
	os.Remove(w.tmp)
}

// removeBlob deletes a blob file (a duplicate, or pruned).
func (s *Store) removeBlob(name string) {
	if name != "" {
		os.Remove(filepath.Join(s.blobDir(), name))
	}
}

// viewBlob maps a blob read-only and calls fn with its bytes.
func (s *Store) viewBlob(name string, fn func([]byte) error) error {
	f, err := os.Open(filepath.Join(s.blobDir(), name))
	if err != nil {
		return fmt.Errorf("blob %s: %w", name, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	if fi.Size() == 0 {
		return fn(nil)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return fmt.Errorf("blob %s: mmap: %w", name, err)
	}
	defer syscall.Munmap(data)
	return fn(data)
}

// crlfHasher is HashRaw as a stream: sha256 of the bytes with bare LF
// written as CRLF.
type crlfHasher struct {
	h    hash.Hash
	prev byte
	n    int64
}

func newCRLFHasher() *crlfHasher { return &crlfHasher{h: sha256.New()} }

func (c *crlfHasher) Write(p []byte) {
	start := 0
	for i, b := range p {
		if b == '\n' {
			var before byte
			if i > 0 {
				before = p[i-1]
			} else {
				before = c.prev
			}
			if i > 0 || c.n > 0 {
				if before != '\r' {
					c.h.Write(p[start:i])
					c.h.Write([]byte("\r\n"))
					start = i + 1
				}
			} else {
				c.h.Write([]byte("\r\n"))
				start = i + 1
			}
		}
	}
	c.h.Write(p[start:])
	if len(p) > 0 {
		c.prev = p[len(p)-1]
	}
	c.n += int64(len(p))
}

func (c *crlfHasher) sum() string { return hex.EncodeToString(c.h.Sum(nil)) }
