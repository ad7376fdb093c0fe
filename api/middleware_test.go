package api_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api/apitest"
)

func TestPanicBecomesInternalError(t *testing.T) {
	env := apitest.New(t)
	env.Server.App.Get("/panics", func(c *fiber.Ctx) error { panic("secret detail") })
	resp := env.Do(t, "GET", "/panics", "")
	if resp.StatusCode != http.StatusInternalServerError || resp.ErrorCode(t) != "internal" {
		t.Fatalf("panic: %d %s", resp.StatusCode, resp.Body)
	}
	if strings.Contains(string(resp.Body), "secret detail") {
		t.Fatalf("the panic's detail reached the client: %s", resp.Body)
	}
	if resp := env.Do(t, "GET", "/healthz", ""); resp.StatusCode != http.StatusOK {
		t.Fatal("the server did not survive the panic")
	}
}

// TestRequestDeadline checks that each request's context carries the
// configured timeout, so database calls give up in time, and that roster
// imports get the ten minutes of bulk work instead.
func TestRequestDeadline(t *testing.T) {
	env := apitest.New(t)
	var left time.Duration
	report := func(c *fiber.Ctx) error {
		deadline, ok := c.UserContext().Deadline()
		if !ok {
			return c.SendStatus(http.StatusTeapot)
		}
		left = time.Until(deadline)
		return c.SendStatus(http.StatusNoContent)
	}
	env.Server.App.Get("/deadline", report)
	env.Server.App.Patch("/api/v1/talent-imports/deadline", report)
	for _, c := range []struct {
		method, path string
		timeout      time.Duration
	}{
		{"GET", "/deadline", env.Deps.Config.RequestTimeout},
		{"PATCH", "/api/v1/talent-imports/deadline", 10 * time.Minute},
	} {
		resp := env.Do(t, c.method, c.path, "")
		if resp.StatusCode != http.StatusNoContent || left <= c.timeout-time.Second || left > c.timeout {
			t.Fatalf("%s: status %d, %v left of a %v timeout", c.path, resp.StatusCode, left, c.timeout)
		}
	}
}

func TestRequestIDIsKeptOrMade(t *testing.T) {
	env := apitest.New(t)
	if got := env.Do(t, "GET", "/healthz", "", "X-Request-ID: abc-123").Header.Get("X-Request-ID"); got != "abc-123" {
		t.Fatalf("a sane incoming request ID was replaced: %q", got)
	}
	long := strings.Repeat("x", 100)
	if got := env.Do(t, "GET", "/healthz", "", "X-Request-ID: "+long).Header.Get("X-Request-ID"); got == long || got == "" {
		t.Fatalf("an oversized request ID was kept: %q", got)
	}
}
