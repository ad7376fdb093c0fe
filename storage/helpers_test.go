package storage_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"slices"
	"testing"

	"xiangcai"
	"xiangcai/storage"
)

// wantCode fails the test unless err is an *xiangcai.Error with code and,
// when field is not empty, an error on that field.
func wantCode(t *testing.T, err error, code, field string) {
	t.Helper()
	var e *xiangcai.Error
	if !errors.As(err, &e) || e.Code != code {
		t.Fatalf("error = %v, want code %s", err, code)
	}
	if field == "" {
		return
	}
	for _, fe := range e.Fields {
		if fe.Field == field {
			return
		}
	}
	t.Fatalf("error = %v, want an error on field %q", err, field)
}

// readAll reads an object, or part of it, to the end.
func readAll(t *testing.T, s storage.Store, key string, rng *storage.Range) []byte {
	t.Helper()
	r, _, err := s.Get(t.Context(), key, rng)
	if err != nil {
		t.Fatalf("Get(%q, %+v): %v", key, rng, err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// putPart uploads a part, with its SHA-256 or without, and checks the result.
func putPart(t *testing.T, s storage.Store, key, id string, n int, data []byte, withSHA bool) {
	t.Helper()
	want := sha256Hex(data)
	sent := ""
	if withSHA {
		sent = want
	}
	p, err := s.PutPart(t.Context(), key, id, n, bytes.NewReader(data), int64(len(data)), sent)
	if err != nil {
		t.Fatalf("PutPart %d: %v", n, err)
	}
	if p != (storage.Part{Number: n, Size: int64(len(data)), SHA256: want}) {
		t.Fatalf("PutPart %d = %+v", n, p)
	}
}

// wantParts checks that ListParts reports exactly the parts numbered nums.
func wantParts(t *testing.T, s storage.Store, key, id string, parts [][]byte, nums ...int) {
	t.Helper()
	got, err := s.ListParts(t.Context(), key, id)
	if err != nil {
		t.Fatal(err)
	}
	want := []storage.Part{}
	for _, n := range nums {
		want = append(want, storage.Part{Number: n, Size: int64(len(parts[n-1])), SHA256: sha256Hex(parts[n-1])})
	}
	if !slices.Equal(got, want) {
		t.Fatalf("ListParts = %+v, want %+v", got, want)
	}
}

// checksum is the composite checksum of parts.
func checksum(parts [][]byte) string {
	var digests [][]byte
	for _, p := range parts {
		d := sha256.Sum256(p)
		digests = append(digests, d[:])
	}
	return storage.CompositeChecksum(digests)
}

func sha256Hex(b []byte) string {
	d := sha256.Sum256(b)
	return hex.EncodeToString(d[:])
}

func randomData(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}

// brokenReader fails like a dropped connection after left bytes.
type brokenReader struct {
	r    io.Reader
	left int
}

func (b *brokenReader) Read(p []byte) (int, error) {
	if b.left == 0 {
		return 0, errors.New("connection reset by peer")
	}
	n, err := b.r.Read(p[:min(len(p), b.left)])
	b.left -= n
	return n, err
}
