package storage_test

import (
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/storage"
	"xiangcai/storage/storagetest"
)

// fetchFunc downloads a signed URL the way a browser would and returns the
// status, the body and the Content-Disposition header.
type fetchFunc func(t *testing.T, rawURL string) (int, []byte, string)

func TestFolder(t *testing.T) {
	f := storagetest.Folder(t)
	runConformance(t, f, folderFetch(f))
}

func TestMinIO(t *testing.T) {
	runConformance(t, storagetest.MinIO(t), httpFetch)
}

// runConformance runs every behaviour both stores must share.
func runConformance(t *testing.T, s storage.Store, fetch fetchFunc) {
	t.Run("Ping", func(t *testing.T) { testPing(t, s) })
	t.Run("PutGetStatDelete", func(t *testing.T) { testPutGetStatDelete(t, s) })
	t.Run("PutUnknownSize", func(t *testing.T) { testPutUnknownSize(t, s) })
	t.Run("ConcurrentPuts", func(t *testing.T) { testConcurrentPuts(t, s) })
	t.Run("RangedReads", func(t *testing.T) { testRangedReads(t, s) })
	t.Run("InvalidKeys", func(t *testing.T) { testInvalidKeys(t, s) })
	t.Run("KeysSharingPrefix", func(t *testing.T) { testKeysSharingPrefix(t, s) })
	t.Run("SignedURL", func(t *testing.T) { testSignedURL(t, s, fetch) })
	t.Run("Upload", func(t *testing.T) { testUpload(t, s) })
	t.Run("UploadNoParts", func(t *testing.T) { testUploadNoParts(t, s) })
	t.Run("UploadSmallPart", func(t *testing.T) { testUploadSmallPart(t, s) })
	t.Run("UploadBadArguments", func(t *testing.T) { testUploadBadArguments(t, s) })
	t.Run("UploadAbort", func(t *testing.T) { testUploadAbort(t, s) })
}

// httpFetch fetches a URL over the network.
func httpFetch(t *testing.T, rawURL string) (int, []byte, string) {
	t.Helper()
	resp, err := http.Get(rawURL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, body, resp.Header.Get("Content-Disposition")
}

// folderFetch serves a folder store's signed URL as the /files/* route
// will: Verify the parameters, then read the object.
func folderFetch(f *storage.Folder) fetchFunc {
	return func(t *testing.T, rawURL string) (int, []byte, string) {
		t.Helper()
		u, err := url.Parse(rawURL)
		if err != nil || !strings.HasPrefix(rawURL, storagetest.BaseURL+"/files/") {
			t.Fatalf("signed URL %q does not point to %s/files/", rawURL, storagetest.BaseURL)
		}
		q := u.Query()
		exp, _ := strconv.ParseInt(q.Get("exp"), 10, 64)
		key := strings.TrimPrefix(u.Path, "/files/")
		if err := f.Verify(key, q.Get("name"), exp, q.Get("sig"), time.Now()); err != nil {
			wantCode(t, err, xiangcai.EFORBIDDEN, "")
			return http.StatusForbidden, nil, ""
		}
		r, _, err := f.Get(t.Context(), key, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		body, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		disposition := ""
		if name := q.Get("name"); name != "" {
			disposition = storage.Disposition(name)
		}
		return http.StatusOK, body, disposition
	}
}
