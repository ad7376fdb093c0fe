package api_test

import (
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
)

func TestBearerLoginMeLogout(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "trainee1", xiangcai.RoleTrainee, "")
	auth := env.Login(t, "trainee1")
	if resp := env.Do(t, "GET", "/api/v1/me", "", auth); resp.StatusCode != http.StatusOK || !strings.Contains(string(resp.Body), `"username":"trainee1"`) {
		t.Fatalf("me: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "POST", "/api/v1/auth/logout", "", auth); resp.StatusCode != http.StatusNoContent {
		t.Fatalf("logout: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "GET", "/api/v1/me", "", auth); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("me after logout: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "GET", "/api/v1/me", "", "Authorization: Bearer forged"); resp.StatusCode != http.StatusUnauthorized || resp.ErrorCode(t) != "unauthorized" {
		t.Fatalf("forged token: %d %s", resp.StatusCode, resp.Body)
	}
}

// TestCookieSessionNeedsCSRF signs in with a cookie and checks that an
// unsafe request riding on the cookie alone is refused.
func TestCookieSessionNeedsCSRF(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "admin", xiangcai.RoleProvinceAdmin, "")
	resp := env.Do(t, "POST", "/api/v1/auth/login", `{"login":"admin","password":"`+apitest.Password+`","kind":"cookie"}`)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("login: %d %s", resp.StatusCode, resp.Body)
	}
	setCookie := resp.Header.Get("Set-Cookie")
	if !strings.Contains(setCookie, "HttpOnly") || !strings.Contains(setCookie, "SameSite=Lax") {
		t.Fatalf("session cookie lacks HttpOnly or SameSite: %s", setCookie)
	}
	cookie := "Cookie: " + strings.Split(setCookie, ";")[0]
	csrf, _ := resp.JSON(t)["csrf_token"].(string)
	if _, ok := resp.JSON(t)["token"]; ok || csrf == "" {
		t.Fatalf("cookie login should return a CSRF token and no bearer token: %s", resp.Body)
	}
	if resp := env.Do(t, "GET", "/api/v1/me", "", cookie); resp.StatusCode != http.StatusOK {
		t.Fatalf("safe request with cookie: %d %s", resp.StatusCode, resp.Body)
	}
	newUser := `{"username":"newbie","display_name":"新人","role":"trainee","password":"abc123456789"}`
	if resp := env.Do(t, "POST", "/api/v1/users", newUser, cookie); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("unsafe request without CSRF token: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "POST", "/api/v1/users", newUser, cookie, "X-CSRF-Token: wrong"); resp.StatusCode != http.StatusForbidden {
		t.Fatalf("unsafe request with a wrong CSRF token: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "POST", "/api/v1/users", newUser, cookie, "X-CSRF-Token: "+csrf); resp.StatusCode != http.StatusCreated {
		t.Fatalf("unsafe request with the CSRF token: %d %s", resp.StatusCode, resp.Body)
	}
}

func TestLoginRateLimit(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "victim", xiangcai.RoleTrainee, "")
	wrong := `{"login":"victim","password":"not-the-password1"}`
	for i := 0; i < 5; i++ {
		if resp := env.Do(t, "POST", "/api/v1/auth/login", wrong); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("attempt %d: %d %s", i+1, resp.StatusCode, resp.Body)
		}
	}
	right := `{"login":"victim","password":"` + apitest.Password + `"}`
	resp := env.Do(t, "POST", "/api/v1/auth/login", right)
	if resp.StatusCode != http.StatusTooManyRequests || resp.ErrorCode(t) != "too_many_requests" {
		t.Fatalf("sixth attempt, right password: %d %s", resp.StatusCode, resp.Body)
	}
	env.Clock.Advance(16 * 60 * 1e9)
	if resp := env.Do(t, "POST", "/api/v1/auth/login", right); resp.StatusCode != http.StatusOK {
		t.Fatalf("after the window: %d %s", resp.StatusCode, resp.Body)
	}
}
