package api_test

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/courses/media/mediatest"
)

// TestVideoUploadResumesAndPlays uploads a video in three parts over a
// connection that drops a part, repairs a bad part and a bad checksum,
// transcodes it and plays it: playlists through the app, segments and the
// MP4 fallback (with Range) through signed links.
func TestVideoUploadResumesAndPlays(t *testing.T) {
	video := mediatest.Video{Seconds: 6, Bitrate: "15M"}.Make(t)
	env := apitest.New(t)
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	auth := env.Login(t, "teacher")
	u := startUpload(t, env, auth, "video", "第一课.mp4", video)
	if len(u.Parts) != 3 {
		t.Fatalf("%d parts, want 3", len(u.Parts))
	}
	p1, p2, p3 := u.Parts[0], u.Parts[1], u.Parts[2]

	// Part 2 is lost on the way; the client learns which parts arrived.
	u.put(t, env, auth, 1, p1.Data, p1.SHA256)
	u.put(t, env, auth, 3, p3.Data, p3.SHA256)
	resp := u.complete(t, env, auth, u.Checksum)
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(resp.ErrorFields(t)["parts"].(string), "2") {
		t.Fatalf("complete without part 2: %d %s", resp.StatusCode, resp.Body)
	}
	if got := receivedParts(t, env, auth, u.ID); got != "1,3" {
		t.Fatalf("received parts %q, want 1,3", got)
	}
	// A corrupted part, and one longer than declared, are refused.
	if resp := u.put(t, env, auth, 2, p2.Data, p1.SHA256); resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)["sha256"] == nil {
		t.Fatalf("part with a wrong digest: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := u.put(t, env, auth, 3, append(p3.Data, 0), p3.SHA256); resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)["body"] == nil {
		t.Fatalf("part past the declared size: %d %s", resp.StatusCode, resp.Body)
	}
	u.put(t, env, auth, 2, p2.Data, p2.SHA256)
	if resp := u.put(t, env, auth, 1, p1.Data, p1.SHA256); resp.StatusCode != http.StatusOK {
		t.Fatalf("sending part 1 again: %d %s", resp.StatusCode, resp.Body)
	}
	// A wrong checksum leaves the upload open to complete again.
	if resp := u.complete(t, env, auth, strings.Repeat("0", 64)+"-3"); resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)["checksum"] == nil {
		t.Fatalf("complete with a wrong checksum: %d %s", resp.StatusCode, resp.Body)
	}
	if got := receivedParts(t, env, auth, u.ID); got != "1,2,3" {
		t.Fatalf("received parts %q after a failed completion", got)
	}
	if resp := u.complete(t, env, auth, u.Checksum); resp.StatusCode != http.StatusOK || resp.JSON(t)["media"].(map[string]any)["status"] != "processing" {
		t.Fatalf("complete: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := u.complete(t, env, auth, u.Checksum); resp.StatusCode != http.StatusConflict {
		t.Fatalf("completing twice: %d %s", resp.StatusCode, resp.Body)
	}
	runJobs(t, env)

	var asset struct {
		Media struct {
			Status      string  `json:"status"`
			ContentType string  `json:"content_type"`
			Duration    float64 `json:"duration_seconds"`
			Renditions  []struct{ Name string }
		}
	}
	decode(t, env.Do(t, "GET", "/api/v1/media/"+u.ID, "", auth), &asset)
	if m := asset.Media; m.Status != "ready" || m.ContentType != "video/mp4" || m.Duration < 5.5 || len(m.Renditions) != 2 || m.Renditions[0].Name != "240p" || m.Renditions[1].Name != "360p" {
		t.Fatalf("processed asset: %+v", m)
	}
	var pb struct {
		HLS    string `json:"hls_url"`
		MP4    string `json:"mp4_url"`
		Poster string `json:"poster_url"`
	}
	decode(t, env.Do(t, "GET", "/api/v1/media/"+u.ID+"/playback", "", auth), &pb)
	checkHLS(t, env, auth, pb.HLS)

	resp = fetch(t, env, pb.MP4, "Range: bytes=0-99")
	if resp.StatusCode != http.StatusPartialContent || len(resp.Body) != 100 || !bytes.Equal(resp.Body[4:8], []byte("ftyp")) ||
		!strings.HasPrefix(resp.Header.Get("Content-Range"), "bytes 0-99/") {
		t.Fatalf("MP4 fallback range: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Range"), resp.Body)
	}
	if resp := fetch(t, env, pb.Poster); resp.StatusCode != http.StatusOK || !bytes.HasPrefix(resp.Body, []byte{0xff, 0xd8}) {
		t.Fatalf("poster: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
}

// checkHLS follows the master playlist to a rendition's playlist and
// fetches its segments through their signed links.
func checkHLS(t *testing.T, env *apitest.Env, auth, masterURL string) {
	t.Helper()
	path, ok := strings.CutPrefix(masterURL, env.Deps.Config.BaseURL)
	if !ok || !strings.HasSuffix(path, "/hls/master.m3u8") {
		t.Fatalf("master playlist URL %q", masterURL)
	}
	master := env.Do(t, "GET", path, "", auth)
	if master.StatusCode != http.StatusOK || master.Header.Get("Content-Type") != "application/vnd.apple.mpegurl" ||
		!bytes.Contains(master.Body, []byte("\n240p.m3u8\n")) || !bytes.Contains(master.Body, []byte("\n360p.m3u8\n")) {
		t.Fatalf("master playlist: %d %s", master.StatusCode, master.Body)
	}
	variant := env.Do(t, "GET", strings.TrimSuffix(path, "master.m3u8")+"360p.m3u8", "", auth)
	var segments []string
	for line := range strings.Lines(string(variant.Body)) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			segments = append(segments, line)
		}
	}
	if variant.StatusCode != http.StatusOK || len(segments) != 2 || !bytes.Contains(variant.Body, []byte("#EXT-X-PLAYLIST-TYPE:VOD")) {
		t.Fatalf("rendition playlist: %d %s", variant.StatusCode, variant.Body)
	}
	for _, seg := range segments {
		if !strings.HasPrefix(seg, "http") {
			t.Fatalf("segment %q is not a signed link", seg)
		}
		resp := fetch(t, env, seg)
		if resp.StatusCode != http.StatusOK || len(resp.Body) < 188 || resp.Body[0] != 0x47 {
			t.Fatalf("segment %s: %d, %d bytes", seg, resp.StatusCode, len(resp.Body))
		}
	}
	// The link is the credential: a forged signature is refused.
	if resp := fetch(t, env, segments[0]+"0"); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("segment with a forged signature: %d", resp.StatusCode)
	}
}

// receivedParts lists the numbers of the parts an upload holds, as "1,3".
func receivedParts(t *testing.T, env *apitest.Env, auth, id string) string {
	t.Helper()
	var out struct{ Parts []struct{ Number int } }
	decode(t, env.Do(t, "GET", "/api/v1/media/"+id+"/parts", "", auth), &out)
	var numbers []string
	for _, p := range out.Parts {
		numbers = append(numbers, strconv.Itoa(p.Number))
	}
	return strings.Join(numbers, ",")
}
