package web

import "testing"

func TestLocalPath(t *testing.T) {
	for back, want := range map[string]string{
		"/":                      "/",
		"/login":                 "/login",
		"/api/docs?x=1#ops":      "/api/docs?x=1#ops",
		"":                       "/",
		"login":                  "/",
		"//evil.example/":        "/",
		`/\evil.example/`:        "/",
		"https://evil.example/":  "/",
		"javascript:alert(1)":    "/",
		"/\t/evil.example/":      "/",
		"/%0d%0aSet-Cookie:x=1":  "/%0d%0aSet-Cookie:x=1",
		"http:/evil.example/x":   "/",
		"/ok/../still-local?x=1": "/ok/../still-local?x=1",
	} {
		if got := localPath(back); got != want {
			t.Errorf("localPath(%q) = %q, want %q", back, got, want)
		}
	}
}
