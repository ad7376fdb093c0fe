package web

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

func TestFail(t *testing.T) {
	static, err := loadAssets()
	if err != nil {
		t.Fatal(err)
	}
	v, err := parseViews(static)
	if err != nil {
		t.Fatal(err)
	}
	var logged strings.Builder
	s := &site{views: v, log: slog.New(slog.NewTextHandler(&logged, nil))}
	app := fiber.New()
	app.Get("/missing", func(c *fiber.Ctx) error { return s.fail(c, xiangcai.NotFound("课程", "course")) })
	app.Get("/broken", func(c *fiber.Ctx) error { return s.fail(c, errors.New("disk on fire")) })
	for _, tc := range []struct {
		path, lang string
		status     int
		want       string
	}{
		{"/missing", "zh-CN", http.StatusNotFound, "课程不存在"},
		{"/missing", "en", http.StatusNotFound, "course not found"},
		{"/broken", "zh-CN", http.StatusInternalServerError, "服务器内部错误"},
	} {
		req := httptest.NewRequest(http.MethodGet, tc.path, nil)
		req.Header.Set("Accept-Language", tc.lang)
		resp, err := app.Test(req, -1)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != tc.status || !strings.Contains(string(body), tc.want) {
			t.Errorf("%s in %s: %d, want %d with %q:\n%s", tc.path, tc.lang, resp.StatusCode, tc.status, tc.want, body)
		}
		if strings.Contains(string(body), "disk on fire") {
			t.Errorf("%s: the page shows the internal cause", tc.path)
		}
	}
	if !strings.Contains(logged.String(), "disk on fire") {
		t.Errorf("the internal cause was not logged: %q", logged.String())
	}
}
