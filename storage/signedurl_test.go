package storage_test

import (
	"bytes"
	"net/url"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/storage"
)

func testSignedURL(t *testing.T, s storage.Store, fetch fetchFunc) {
	ctx := t.Context()
	key := "certificates/2026/证书 001.pdf"
	data := []byte("%PDF-1.7 certificate")
	if _, err := s.Put(ctx, key, bytes.NewReader(data), int64(len(data)), "application/pdf"); err != nil {
		t.Fatal(err)
	}
	u, err := s.SignedURL(ctx, key, time.Minute, "结业证书.pdf")
	if err != nil {
		t.Fatal(err)
	}
	status, body, disposition := fetch(t, u)
	if status != 200 || !bytes.Equal(body, data) || disposition != storage.Disposition("结业证书.pdf") {
		t.Fatalf("fetching %s: status %d, body %q, Content-Disposition %q", u, status, body, disposition)
	}
	plain, err := s.SignedURL(ctx, key, time.Minute, "")
	if err != nil {
		t.Fatal(err)
	}
	if status, body, _ := fetch(t, plain); status != 200 || !bytes.Equal(body, data) {
		t.Fatalf("fetching %s: status %d", plain, status)
	}
	for _, bad := range []string{tamper(t, u, false), tamper(t, u, true)} {
		if status, _, _ := fetch(t, bad); status != 403 {
			t.Fatalf("tampered URL %s: status %d, want 403", bad, status)
		}
	}
	for _, ttl := range []time.Duration{0, -time.Second, storage.MaxURLTTL + time.Second} {
		_, err := s.SignedURL(ctx, key, ttl, "")
		wantCode(t, err, xiangcai.EINVALID, "ttl")
	}
}

// tamper returns u with its signature changed, or, when name is set, with
// the download name changed; either must void the link.
func tamper(t *testing.T, u string, name bool) string {
	t.Helper()
	parsed, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	q, changed := parsed.Query(), false
	for _, p := range []string{"sig", "X-Amz-Signature", "name", "response-content-disposition"} {
		v := q.Get(p)
		switch {
		case v == "":
		case name && (p == "name" || p == "response-content-disposition"):
			q.Set(p, strings.Replace(strings.Replace(v, "结", "伪", 1), "%E7%BB%93", "%E4%BC%AA", 1))
			changed = q.Get(p) != v
		case !name && (p == "sig" || p == "X-Amz-Signature"):
			q.Set(p, strings.Repeat("0", len(v)))
			changed = true
		}
	}
	parsed.RawQuery = q.Encode()
	if !changed {
		t.Fatalf("tampering left %s unchanged", u)
	}
	return parsed.String()
}
