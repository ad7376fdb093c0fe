package api_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"xiangcai/api"
	"xiangcai/api/apitest"
	"xiangcai/storage/storagetest"
)

// TestSignedFileRoute downloads through a folder store's signed link, whole
// and by range, and checks forged and expired links are refused.
func TestSignedFileRoute(t *testing.T) {
	env := apitest.New(t)
	folder := storagetest.Folder(t)
	env.Deps.Store, env.Deps.Folder = folder, folder
	env.Server = api.New(env.Deps)
	ctx := t.Context()
	if _, err := folder.Put(ctx, "docs/课程 1.txt", strings.NewReader("0123456789"), 10, "text/plain"); err != nil {
		t.Fatal(err)
	}
	link, err := folder.SignedURL(ctx, "docs/课程 1.txt", time.Minute, "讲义.txt")
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(link)
	path := u.RequestURI()

	whole := env.Do(t, "GET", path, "")
	if whole.StatusCode != http.StatusOK || string(whole.Body) != "0123456789" || !strings.Contains(whole.Header.Get("Content-Disposition"), "attachment") {
		t.Fatalf("whole file: %d %q %v", whole.StatusCode, whole.Body, whole.Header)
	}
	part := env.Do(t, "GET", path, "", "Range: bytes=2-5")
	if part.StatusCode != http.StatusPartialContent || string(part.Body) != "2345" || part.Header.Get("Content-Range") != "bytes 2-5/10" {
		t.Fatalf("range: %d %q %v", part.StatusCode, part.Body, part.Header)
	}
	tail := env.Do(t, "GET", path, "", "Range: bytes=7-")
	if tail.StatusCode != http.StatusPartialContent || string(tail.Body) != "789" {
		t.Fatalf("open range: %d %q", tail.StatusCode, tail.Body)
	}
	if resp := env.Do(t, "GET", path, "", "Range: bytes=5-2"); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("backwards range: %d %s", resp.StatusCode, resp.Body)
	}
	forged := strings.Replace(path, "sig=", "sig=0", 1)
	if resp := env.Do(t, "GET", forged, ""); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("forged link: %d %s", resp.StatusCode, resp.Body)
	}
	renamed := strings.Replace(path, url.QueryEscape("讲义.txt"), "evil.html", 1)
	if resp := env.Do(t, "GET", renamed, ""); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("renamed link: %d %s", resp.StatusCode, resp.Body)
	}
	expired, _ := folder.SignedURL(ctx, "docs/课程 1.txt", time.Nanosecond, "")
	time.Sleep(1100 * time.Millisecond) // links expire on whole seconds
	eu, _ := url.Parse(expired)
	if resp := env.Do(t, "GET", eu.RequestURI(), ""); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("expired link: %d %s", resp.StatusCode, resp.Body)
	}
}
