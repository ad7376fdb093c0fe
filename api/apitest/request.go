package apitest

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
)

// Response is an answered request with its body read.
type Response struct {
	*http.Response
	Body []byte
}

// JSON decodes the body into a map, failing the test if it is not JSON.
func (r *Response) JSON(t testing.TB) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("body is not a JSON object: %v\n%s", err, r.Body)
	}
	return m
}

// ErrorCode returns error.code of an error body, or "".
func (r *Response) ErrorCode(t testing.TB) string {
	t.Helper()
	e, _ := r.JSON(t)["error"].(map[string]any)
	code, _ := e["code"].(string)
	return code
}

// ErrorFields returns error.fields of an error body.
func (r *Response) ErrorFields(t testing.TB) map[string]any {
	t.Helper()
	e, _ := r.JSON(t)["error"].(map[string]any)
	fields, _ := e["fields"].(map[string]any)
	return fields
}

// Do sends a request to the server; body, when not empty, is sent as JSON.
// Each header is "Name: value".
func (e *Env) Do(t testing.TB, method, path, body string, headers ...string) *Response {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, r)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for _, h := range headers {
		name, value, _ := strings.Cut(h, ": ")
		req.Header.Add(name, value)
	}
	resp, err := e.Server.App.Test(req, -1)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return &Response{Response: resp, Body: b}
}

// Login signs in with a bearer token and returns the Authorization header.
func (e *Env) Login(t testing.TB, login string) string {
	t.Helper()
	resp := e.Do(t, "POST", "/api/v1/auth/login", `{"login":"`+login+`","password":"`+Password+`"}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("login %s: %d %s", login, resp.StatusCode, resp.Body)
	}
	token, _ := resp.JSON(t)["token"].(string)
	return "Authorization: Bearer " + token
}

// Listen serves the app on a loopback port until the test ends and returns
// its base URL, for clients that need a real connection (browsers, uploads).
func (e *Env) Listen(t testing.TB) string {
	t.Helper()
	return Listen(t, e.Server.App)
}

// Listen serves any Fiber app on a loopback port until the test ends, such
// as a benchmark's baseline, and returns its base URL.
func Listen(t testing.TB, app *fiber.App) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go app.Listener(ln)
	t.Cleanup(func() { app.ShutdownWithTimeout(5 * time.Second) })
	return "http://" + ln.Addr().String()
}
