package api_test

import (
	"net/http"
	"strconv"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/courses/media/mediatest"
)

// TestMediaRefusesFilesOfTheWrongType sends files whose bytes are not what
// the upload declared: each is refused on field "file" and nothing is kept.
func TestMediaRefusesFilesOfTheWrongType(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	auth := env.Login(t, "teacher")
	cases := []struct {
		kind, name string
		data       []byte
	}{
		{"video", "photo.mp4", mediatest.PNG(t)},
		{"video", "notes.mp4", mediatest.PDF()},
		{"document", "clip.pdf", mediatest.CorruptMP4(4096)},
	}
	for _, c := range cases {
		u := startUpload(t, env, auth, c.kind, c.name, c.data)
		resp := u.put(t, env, auth, 1, u.Parts[0].Data, u.Parts[0].SHA256)
		if resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)["file"] == nil {
			t.Errorf("%s as %s: %d %s", c.name, c.kind, resp.StatusCode, resp.Body)
		}
		if resp := env.Do(t, "GET", "/api/v1/media/"+u.ID, "", auth); resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s was kept: %d %s", c.name, resp.StatusCode, resp.Body)
		}
	}
}

// TestCorruptVideoFailsWithAReason uploads noise behind an MP4 header: the
// upload succeeds, processing fails, and the uploader is told why.
func TestCorruptVideoFailsWithAReason(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	env := apitest.New(t)
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	auth := env.Login(t, "teacher")
	id := uploadAndProcess(t, env, auth, "video", "broken.mp4", mediatest.CorruptMP4(256<<10))
	var out struct {
		Media struct {
			Status  string
			Failure struct{ ZH, EN string }
		}
	}
	decode(t, env.Do(t, "GET", "/api/v1/media/"+id, "", auth), &out)
	if out.Media.Status != "failed" || out.Media.Failure.ZH == "" || out.Media.Failure.EN == "" {
		t.Fatalf("corrupt video: %+v", out.Media)
	}
	if resp := env.Do(t, "GET", "/api/v1/media/"+id+"/playback", "", auth); resp.StatusCode != http.StatusConflict {
		t.Fatalf("playback of a failed video: %d %s", resp.StatusCode, resp.Body)
	}
}

// TestMediaChecksWhatIsDeclared sends bad declarations and bad parts; each
// gets a 4xx naming the field.
func TestMediaChecksWhatIsDeclared(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	auth := env.Login(t, "teacher")
	declare := func(kind, name string, size int64, extra string) string {
		return `{"kind":"` + kind + `","file_name":"` + name + `","size":` + strconv.FormatInt(size, 10) + extra + `}`
	}
	cases := []struct {
		body   string
		status int
		field  string
	}{
		{declare("video", "huge.mp4", 4<<30+1, ""), http.StatusRequestEntityTooLarge, "size"},
		{declare("document", "huge.pdf", 100<<20+1, ""), http.StatusRequestEntityTooLarge, "size"},
		{declare("video", "empty.mp4", 0, ""), http.StatusUnprocessableEntity, "size"},
		{declare("audio", "song.mp3", 100, ""), http.StatusUnprocessableEntity, "kind"},
		{declare("video", " ", 100, ""), http.StatusUnprocessableEntity, "file_name"},
		{declare("video", "a.mp4", 100, `,"part_size":1048576`), http.StatusUnprocessableEntity, "part_size"},
		{declare("video", "a.mp4", 100, `,"part_size":33554432`), http.StatusUnprocessableEntity, "part_size"},
		{declare("video", "a.mp4", 100, `,"content_type":"image/png"`), http.StatusUnprocessableEntity, "content_type"},
		{declare("document", "a.pdf", 100, `,"content_type":"application/msword"`), http.StatusUnprocessableEntity, "content_type"},
	}
	for _, c := range cases {
		resp := env.Do(t, "POST", "/api/v1/media", c.body, auth)
		if resp.StatusCode != c.status || resp.ErrorFields(t)[c.field] == nil {
			t.Errorf("%s: %d %s, want %d on %s", c.body, resp.StatusCode, resp.Body, c.status, c.field)
		}
	}

	u := startUpload(t, env, auth, "document", "a.pdf", mediatest.PDF())
	p := u.Parts[0]
	parts := []struct {
		path, sha256, field string
	}{
		{"/parts/0", p.SHA256, "number"},
		{"/parts/2", p.SHA256, "number"},
		{"/parts/one", p.SHA256, "number"},
		{"/parts/1", "", "sha256"},
		{"/parts/1", "not-hex", "sha256"},
	}
	for _, c := range parts {
		resp := env.Do(t, "PUT", "/api/v1/media/"+u.ID+c.path, string(p.Data), auth, "X-Part-SHA256: "+c.sha256)
		if resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)[c.field] == nil {
			t.Errorf("PUT %s with %q: %d %s, want 422 on %s", c.path, c.sha256, resp.StatusCode, resp.Body, c.field)
		}
	}
	if resp := env.Do(t, "DELETE", "/api/v1/media/"+u.ID, "", auth); resp.StatusCode != http.StatusNoContent {
		t.Fatalf("abort: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "GET", "/api/v1/media/"+u.ID+"/parts", "", auth); resp.StatusCode != http.StatusNotFound {
		t.Fatalf("an aborted upload lives on: %d %s", resp.StatusCode, resp.Body)
	}
}
