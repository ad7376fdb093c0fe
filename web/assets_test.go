package web_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func TestStaticAssets(t *testing.T) {
	site := newSite(t)
	v := site.visitor()
	page := v.get("/login")
	css := regexp.MustCompile(`href="(/static/site\.[0-9a-f]{8}\.css)"`).FindStringSubmatch(page.Body)
	if css == nil {
		t.Fatalf("the page links no hashed stylesheet:\n%s", page.Body)
	}
	p := v.get(css[1])
	if p.Status != http.StatusOK || !strings.HasPrefix(p.Header.Get("Content-Type"), "text/css") {
		t.Fatalf("%s: %d %s", css[1], p.Status, p.Header.Get("Content-Type"))
	}
	if got := p.Header.Get("Cache-Control"); !strings.Contains(got, "max-age=31536000") || !strings.Contains(got, "immutable") {
		t.Errorf("Cache-Control = %q", got)
	}
	if len(p.Body) > 8<<10 {
		t.Errorf("the stylesheet is %d bytes; keep it small for weak networks", len(p.Body))
	}

	req := httptest.NewRequest(http.MethodGet, css[1], nil)
	req.Header.Set("If-None-Match", p.Header.Get("ETag"))
	if again := v.do(req); again.Status != http.StatusNotModified {
		t.Errorf("revalidation: %d, want 304", again.Status)
	}
	for _, path := range []string{"/static/site.css", "/static/site.00000000.css", "/static/../mount.go"} {
		if p := v.get(path); p.Status != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", path, p.Status)
		}
	}
}
