package api_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
)

// TestErrorContract sends bad requests and checks each gets a 4xx with the
// contract's body naming the problem, never a 500.
func TestErrorContract(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "admin", xiangcai.RoleProvinceAdmin, "")
	auth := env.Login(t, "admin")
	cases := []struct {
		name, body string
		status     int
		code       string
		field      string
	}{
		{"malformed JSON", `{"login": "admin",`, http.StatusBadRequest, "malformed", ""},
		{"unknown field", `{"display_name":"张三","role":"trainee","password":"abc123456789","username":"zhangsan","nickname":"x"}`, http.StatusUnprocessableEntity, "invalid", "nickname"},
		{"wrong type", `{"display_name":42,"role":"trainee","password":"abc123456789","username":"zhangsan"}`, http.StatusUnprocessableEntity, "invalid", "display_name"},
		{"missing required", `{"role":"trainee","password":"abc123456789","username":"zhangsan"}`, http.StatusUnprocessableEntity, "invalid", "display_name"},
		{"bad enum", `{"display_name":"张三","role":"king","password":"abc123456789","username":"zhangsan"}`, http.StatusUnprocessableEntity, "invalid", "role"},
		{"domain rule", `{"display_name":"张三","role":"city_admin","password":"abc123456789","username":"zhangsan","city_code":"999999"}`, http.StatusUnprocessableEntity, "invalid", "city_code"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp := env.Do(t, "POST", "/api/v1/users", c.body, auth)
			if resp.StatusCode != c.status || resp.ErrorCode(t) != c.code {
				t.Fatalf("got %d %s, want %d %s", resp.StatusCode, resp.Body, c.status, c.code)
			}
			if c.field != "" {
				if _, ok := resp.ErrorFields(t)[c.field]; !ok {
					t.Fatalf("fields do not name %q: %s", c.field, resp.Body)
				}
			}
			if strings.Contains(string(resp.Body), "abc123456789") {
				t.Fatalf("the error echoes the request's password: %s", resp.Body)
			}
		})
	}
	if n, err := env.DB.NewSelect().Table("users").Count(t.Context()); err != nil || n != 1 {
		t.Fatalf("bad requests wrote users: %d %v", n, err)
	}
}

func TestErrorLanguage(t *testing.T) {
	env := apitest.New(t)
	zh := env.Do(t, "GET", "/api/v1/me", "")
	en := env.Do(t, "GET", "/api/v1/me", "", "Accept-Language: en-US,en;q=0.9")
	if zh.StatusCode != http.StatusUnauthorized || !strings.Contains(string(zh.Body), "请先登录") {
		t.Fatalf("Chinese by default: %d %s", zh.StatusCode, zh.Body)
	}
	if !strings.Contains(string(en.Body), "please sign in") {
		t.Fatalf("English on request: %s", en.Body)
	}
}

func TestUnknownRouteAndBodyLimit(t *testing.T) {
	env := apitest.New(t)
	env.Server.NotFound()
	if resp := env.Do(t, "GET", "/api/v1/nothing-here", ""); resp.StatusCode != http.StatusNotFound || resp.ErrorCode(t) != "not_found" {
		t.Fatalf("unknown route: %d %s", resp.StatusCode, resp.Body)
	}
	// fasthttp refuses an oversized body as soon as it reads Content-Length,
	// before Fiber routes it, so this needs a real connection.
	conn, err := net.Dial("tcp", strings.TrimPrefix(env.Listen(t), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", env.Deps.Config.BodyLimit+1)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct{ Error struct{ Code string } }
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil || resp.StatusCode != http.StatusRequestEntityTooLarge || body.Error.Code != "too_large" {
		t.Fatalf("oversized body: %d %+v %v", resp.StatusCode, body, err)
	}
}
