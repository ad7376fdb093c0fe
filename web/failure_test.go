package web_test

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/web"
)

// TestErrorPages checks that browsers get errors as a page in their
// language, API clients as JSON, and that internal causes stay in the log.
func TestErrorPages(t *testing.T) {
	env := apitest.New(t)
	web.Mount(env.Server, env.Deps)
	env.Server.App.Get("/broken", func(c *fiber.Ctx) error { return errors.New("disk on fire") })
	env.Server.App.Get("/missing-course", func(c *fiber.Ctx) error { return xiangcai.NotFound("课程", "course") })
	env.Server.NotFound()
	site := &testSite{t: t, env: env}
	browser := site.visitor()
	for _, tc := range []struct {
		path, lang string
		status     int
		want       string
	}{
		{"/missing-course", "", http.StatusNotFound, "课程不存在"},
		{"/missing-course", "en", http.StatusNotFound, "course not found"},
		{"/no-such-page", "", http.StatusNotFound, "页面不存在"},
		{"/broken", "", http.StatusInternalServerError, "服务器内部错误"},
	} {
		browser.language = tc.lang
		p := browser.get(tc.path)
		if p.Status != tc.status || !strings.Contains(p.Body, tc.want) || !strings.Contains(p.Body, "<html") {
			t.Errorf("%s in %q: %d, want an HTML page %d with %q:\n%.300s", tc.path, tc.lang, p.Status, tc.status, tc.want, p.Body)
		}
		if strings.Contains(p.Body, "disk on fire") {
			t.Errorf("%s: the page shows the internal cause", tc.path)
		}
	}
	if resp := env.Do(t, "GET", "/api/v1/no-such-route", "", "Accept: text/html"); resp.ErrorCode(t) != "not_found" {
		t.Errorf("API paths answer JSON even to browsers: %s", resp.Body)
	}
	browser.language = ""
	if p := browser.post("/login", url.Values{"login": {"x"}, "password": {"y"}}); p.Status != http.StatusForbidden || !strings.Contains(p.Body, "<html") {
		t.Errorf("a form posted without its CSRF token: %d %.200s", p.Status, p.Body)
	}
}
