package api_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"xiangcai/api/apitest"
	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
	"xiangcai/jobs"
	"xiangcai/storage/storagetest"
)

// mediaUpload is an upload under test: its id and its parts.
type mediaUpload struct {
	ID       string
	Parts    []mediatest.Part
	Checksum string
}

// startUpload declares data as a new upload of kind by auth, in parts of
// media.MinPartSize bytes, and fails the test unless it is accepted.
func startUpload(t *testing.T, env *apitest.Env, auth, kind, name string, data []byte) *mediaUpload {
	t.Helper()
	body := `{"kind":"` + kind + `","file_name":"` + name + `","size":` + strconv.Itoa(len(data)) +
		`,"part_size":` + strconv.Itoa(media.MinPartSize) + `}`
	resp := env.Do(t, "POST", "/api/v1/media", body, auth)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("start upload of %s: %d %s", name, resp.StatusCode, resp.Body)
	}
	var out struct {
		Media struct {
			ID        string
			CreatedAt time.Time `json:"created_at"`
		}
		Upload struct {
			PartCount int       `json:"part_count"`
			ExpiresAt time.Time `json:"expires_at"`
		}
	}
	decode(t, resp, &out)
	parts, checksum := mediatest.Split(data, media.MinPartSize)
	if out.Upload.PartCount != len(parts) {
		t.Fatalf("the server counts %d parts, the client %d", out.Upload.PartCount, len(parts))
	}
	if !out.Upload.ExpiresAt.Equal(out.Media.CreatedAt.Add(media.UploadWindow)) {
		t.Fatalf("the upload expires at %v, begun at %v", out.Upload.ExpiresAt, out.Media.CreatedAt)
	}
	return &mediaUpload{ID: out.Media.ID, Parts: parts, Checksum: checksum}
}

// put sends part number n (1-based) of u with digest sha256.
func (u *mediaUpload) put(t *testing.T, env *apitest.Env, auth string, n int, data []byte, sha256 string) *apitest.Response {
	t.Helper()
	return env.Do(t, "PUT", "/api/v1/media/"+u.ID+"/parts/"+strconv.Itoa(n), string(data), auth, "X-Part-SHA256: "+sha256)
}

// putAll sends every part of u, failing the test on any refusal.
func (u *mediaUpload) putAll(t *testing.T, env *apitest.Env, auth string) {
	t.Helper()
	for _, p := range u.Parts {
		if resp := u.put(t, env, auth, p.Number, p.Data, p.SHA256); resp.StatusCode != http.StatusOK {
			t.Fatalf("part %d: %d %s", p.Number, resp.StatusCode, resp.Body)
		}
	}
}

func (u *mediaUpload) complete(t *testing.T, env *apitest.Env, auth, checksum string) *apitest.Response {
	t.Helper()
	return env.Do(t, "POST", "/api/v1/media/"+u.ID+"/complete", `{"checksum":"`+checksum+`"}`, auth)
}

// runJobs runs every due background job, as a replica's worker would.
func runJobs(t *testing.T, env *apitest.Env) {
	t.Helper()
	w := jobs.NewWorker(env.DB, map[string]jobs.Handler{media.ProcessKind: env.Deps.Media.Handler()},
		jobs.Options{Clock: env.Clock, Logger: slog.New(slog.DiscardHandler)})
	for {
		ran, err := w.Next(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		if !ran {
			return
		}
	}
}

// uploadAndProcess uploads data, completes it and runs its job, returning
// the asset's id.
func uploadAndProcess(t *testing.T, env *apitest.Env, auth, kind, name string, data []byte) string {
	t.Helper()
	u := startUpload(t, env, auth, kind, name, data)
	u.putAll(t, env, auth)
	if resp := u.complete(t, env, auth, u.Checksum); resp.StatusCode != http.StatusOK {
		t.Fatalf("complete %s: %d %s", name, resp.StatusCode, resp.Body)
	}
	runJobs(t, env)
	return u.ID
}

// fetch gets a signed link: through the app's /files route for the folder
// store, straight from MinIO otherwise.
func fetch(t *testing.T, env *apitest.Env, url string, headers ...string) *apitest.Response {
	t.Helper()
	if path, ok := strings.CutPrefix(url, storagetest.BaseURL); ok {
		return env.Do(t, "GET", path, "", headers...)
	}
	req, err := http.NewRequestWithContext(t.Context(), "GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range headers {
		name, value, _ := strings.Cut(h, ": ")
		req.Header.Add(name, value)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return &apitest.Response{Response: resp, Body: b}
}

func decode(t *testing.T, resp *apitest.Response, v any) {
	t.Helper()
	if err := json.Unmarshal(resp.Body, v); err != nil {
		t.Fatalf("%v\n%s", err, resp.Body)
	}
}
