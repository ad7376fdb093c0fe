package storage_test

import (
	"bytes"
	"crypto/rand"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/storage"
)

func newFolder(t *testing.T) (*storage.Folder, string) {
	root := t.TempDir()
	secret := make([]byte, 32)
	rand.Read(secret)
	f, err := storage.NewFolder(storage.FolderConfig{Root: root, BaseURL: "https://xiangcai.example.cn/", Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	return f, root
}

func TestFolderVerify(t *testing.T) {
	f, _ := newFolder(t)
	key := "a/证书.pdf"
	raw, err := f.SignedURL(t.Context(), key, time.Hour, "证书.pdf")
	if err != nil {
		t.Fatal(err)
	}
	const prefix = "https://xiangcai.example.cn/files/a/%E8%AF%81%E4%B9%A6.pdf?"
	if !strings.HasPrefix(raw, prefix) {
		t.Fatalf("SignedURL = %s, want prefix %s", raw, prefix)
	}
	u, _ := url.Parse(raw)
	q := u.Query()
	exp, _ := strconv.ParseInt(q.Get("exp"), 10, 64)
	sig, name, now := q.Get("sig"), q.Get("name"), time.Now()
	if err := f.Verify(key, name, exp, sig, now); err != nil {
		t.Fatalf("Verify of a fresh link: %v", err)
	}
	if err := f.Verify(key, name, exp, sig, time.Unix(exp, 0)); err != nil {
		t.Fatalf("Verify at the expiry second: %v", err)
	}
	for _, c := range []struct {
		what           string
		key, name, sig string
		exp            int64
		now            time.Time
	}{
		{"expired", key, name, sig, exp, time.Unix(exp+1, 0)},
		{"other key", "a/other.pdf", name, sig, exp, now},
		{"other name", key, "other.pdf", sig, exp, now},
		{"later expiry", key, name, sig, exp + 3600, now},
		{"forged signature", key, name, strings.Repeat("0", len(sig)), exp, now},
		{"no signature", key, name, "", exp, now},
		{"invalid key", "../" + key, name, sig, exp, now},
	} {
		wantCode(t, f.Verify(c.key, c.name, c.exp, c.sig, c.now), xiangcai.EFORBIDDEN, "")
	}
}

// TestFolderLeavesNoTemporaryFiles checks that failed and finished writes
// clean up after themselves.
func TestFolderLeavesNoTemporaryFiles(t *testing.T) {
	f, root := newFolder(t)
	ctx := t.Context()
	data := randomData(storage.MinPartSize)
	id, err := f.StartUpload(ctx, "v.mp4", "")
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.PutPart(ctx, "v.mp4", id, 1, &brokenReader{r: bytes.NewReader(data), left: 100}, int64(len(data)), "")
	if err == nil {
		t.Fatal("PutPart with a broken reader succeeded")
	}
	_, err = f.PutPart(ctx, "v.mp4", id, 1, bytes.NewReader(data), int64(len(data)), sha256Hex(data[1:]))
	wantCode(t, err, xiangcai.EINVALID, "sha256")
	putPart(t, f, "v.mp4", id, 1, data, true)
	putPart(t, f, "v.mp4", id, 2, data[:10], true)
	if _, err := f.CompleteUpload(ctx, "v.mp4", id, checksum([][]byte{data, data[:10]})); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Put(ctx, "x/y.txt", strings.NewReader("x"), 1, ""); err != nil {
		t.Fatal(err)
	}
	if err := f.Delete(ctx, "x/y.txt"); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{".tmp", ".uploads"} {
		if entries, _ := os.ReadDir(filepath.Join(root, dir)); len(entries) != 0 {
			t.Errorf("%s holds %d entries, want none", dir, len(entries))
		}
	}
	if _, err := os.Stat(filepath.Join(root, "x")); !os.IsNotExist(err) {
		t.Errorf("Delete left the empty directory x behind")
	}
}
