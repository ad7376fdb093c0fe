package api_test

import (
	"net/http"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/courses/media/mediatest"
)

// TestMediaRoutesByRole checks every media route against every role: an
// asset belongs to its owner and to the administrators of the owner's city;
// trainees cannot upload.
func TestMediaRoutesByRole(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	env.CreateUser(t, "colleague", xiangcai.RoleInstructor, "430100")
	env.CreateUser(t, "learner", xiangcai.RoleTrainee, "430100")
	env.CreateUser(t, "changsha", xiangcai.RoleCityAdmin, "430100")
	env.CreateUser(t, "zhuzhou", xiangcai.RoleCityAdmin, "430200")
	env.CreateUser(t, "province", xiangcai.RoleProvinceAdmin, "")
	owner := env.Login(t, "teacher")
	pdf := mediatest.PDF()
	ready := uploadAndProcess(t, env, owner, "document", "讲义.pdf", pdf)
	open := startUpload(t, env, owner, "document", "草稿.pdf", pdf)
	declare := `{"kind":"document","file_name":"新.pdf","size":100}`

	// Routes for one asset, in an order that works on a fresh upload.
	type route struct{ method, path, body string }
	uploadRoutes := func(u *mediaUpload) []route {
		base := "/api/v1/media/" + u.ID
		return []route{
			{"GET", base + "/parts", ""},
			{"PUT", base + "/parts/1", string(u.Parts[0].Data)},
			{"POST", base + "/complete", `{"checksum":"` + u.Checksum + `"}`},
			{"GET", base, ""},
		}
	}
	viewRoutes := []route{{"GET", "/api/v1/media/" + ready + "/playback", ""}, {"GET", "/api/v1/media/" + ready, ""}}
	do := func(auth string, r route) *apitest.Response {
		headers := []string{"X-Part-SHA256: " + open.Parts[0].SHA256}
		if auth != "" {
			headers = append(headers, auth)
		}
		return env.Do(t, r.method, r.path, r.body, headers...)
	}

	for _, who := range []string{"", "learner", "colleague", "zhuzhou"} {
		auth, refused := "", http.StatusForbidden
		if who == "" {
			refused = http.StatusUnauthorized
		} else {
			auth = env.Login(t, who)
		}
		routes := append(uploadRoutes(open), viewRoutes...)
		routes = append(routes, route{"GET", "/api/v1/media/" + ready + "/hls/master.m3u8", ""}, route{"DELETE", "/api/v1/media/" + open.ID, ""})
		for _, r := range routes {
			if resp := do(auth, r); resp.StatusCode != refused {
				t.Errorf("%s %s as %q: %d %s, want %d", r.method, r.path, who, resp.StatusCode, resp.Body, refused)
			}
		}
		create := do(auth, route{"POST", "/api/v1/media", declare})
		if want := map[string]int{"": 401, "learner": 403}[who]; want == 0 && create.StatusCode != http.StatusCreated ||
			want != 0 && create.StatusCode != want {
			t.Errorf("POST /api/v1/media as %q: %d %s", who, create.StatusCode, create.Body)
		}
	}
	if got := receivedParts(t, env, owner, open.ID); got != "" {
		t.Fatalf("refused requests changed the upload: parts %q", got)
	}

	for _, who := range []string{"teacher", "changsha", "province"} {
		auth := env.Login(t, who)
		fresh := startUpload(t, env, owner, "document", "课件.pdf", pdf)
		for _, r := range append(uploadRoutes(fresh), viewRoutes...) {
			if resp := do(auth, r); resp.StatusCode != http.StatusOK {
				t.Errorf("%s %s as %s: %d %s", r.method, r.path, who, resp.StatusCode, resp.Body)
			}
		}
		// A document has no HLS playlist: found to be viewable, then missing.
		if resp := do(auth, route{"GET", "/api/v1/media/" + ready + "/hls/master.m3u8", ""}); resp.StatusCode != http.StatusNotFound {
			t.Errorf("playlist of a document as %s: %d %s", who, resp.StatusCode, resp.Body)
		}
		gone := startUpload(t, env, owner, "document", "作废.pdf", pdf)
		if resp := do(auth, route{"DELETE", "/api/v1/media/" + gone.ID, ""}); resp.StatusCode != http.StatusNoContent {
			t.Errorf("DELETE as %s: %d %s", who, resp.StatusCode, resp.Body)
		}
		if resp := do(auth, route{"POST", "/api/v1/media", declare}); resp.StatusCode != http.StatusCreated {
			t.Errorf("POST /api/v1/media as %s: %d %s", who, resp.StatusCode, resp.Body)
		}
	}
}
