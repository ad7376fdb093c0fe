package web_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api"
)

func TestLoginPageLanguages(t *testing.T) {
	site := newSite(t)
	for _, tc := range []struct {
		name, acceptLanguage, cookie string
		lang                         string
		want                         []string
	}{
		{name: "default", lang: "zh-CN", want: []string{"<title>登录 · 湘才</title>", "账号", "密码", "用户名或手机号"}},
		{name: "accept-language", acceptLanguage: "en-US,en;q=0.9", lang: "en", want: []string{"<title>Sign in · Xiangcai</title>", "Account", "Password"}},
		{name: "cookie beats accept-language", acceptLanguage: "en-US", cookie: "zh-CN", lang: "zh-CN", want: []string{"账号"}},
		{name: "cookie", cookie: "en", lang: "en", want: []string{"Username or mobile phone number"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := site.visitor()
			v.language = tc.acceptLanguage
			if tc.cookie != "" {
				v.cookies["lang"] = &http.Cookie{Name: "lang", Value: tc.cookie}
			}
			p := v.get("/login")
			if p.Status != http.StatusOK {
				t.Fatalf("status %d", p.Status)
			}
			if !strings.Contains(p.Body, `<html lang="`+tc.lang+`">`) {
				t.Errorf("page is not marked %s", tc.lang)
			}
			for _, w := range tc.want {
				if !strings.Contains(p.Body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if got := p.Header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control = %q", got)
			}
			p.csrf(t)
		})
	}
}

func TestLanguageSwitch(t *testing.T) {
	site := newSite(t)
	v := site.visitor()
	p := v.get("/login")
	if !strings.Contains(p.Body, `href="/lang?back=%2Flogin&amp;to=en"`) {
		t.Errorf("the Chinese page offers no switch to English:\n%s", p.Body)
	}
	p = v.get("/lang?to=en&back=/login")
	if p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Fatalf("switch: %d to %q", p.Status, p.Location)
	}
	if p = v.get("/login"); !strings.Contains(p.Body, `<html lang="en">`) {
		t.Error("the page is not English after switching")
	}
	if p = v.get("/lang?to=zh-CN&back=//evil.example/"); p.Location != "/" {
		t.Errorf("switch sent the visitor to %q", p.Location)
	}
	if p = v.get("/login"); !strings.Contains(p.Body, `<html lang="zh-CN">`) {
		t.Error("the page is not Chinese after switching back")
	}
}

func TestLoginWrongPassword(t *testing.T) {
	site := newSite(t)
	a := site.addUser(xiangcai.RoleTrainee, "李华", "")
	for _, tc := range []struct{ lang, message string }{
		{"zh-CN", "密码错误"},
		{"en", "wrong username, mobile number or password"},
	} {
		v := site.visitor()
		v.language = tc.lang
		form := v.get("/login")
		p := v.post("/login", url.Values{api.CSRFField: {form.csrf(t)}, "login": {a.Login}, "password": {"not-the-password"}})
		if p.Status != http.StatusUnauthorized {
			t.Errorf("%s: status %d, want 401", tc.lang, p.Status)
		}
		if !strings.Contains(p.Body, `class="alert"`) || !strings.Contains(p.Body, tc.message) {
			t.Errorf("%s: the page does not explain the failure:\n%s", tc.lang, p.Body)
		}
		if !strings.Contains(p.Body, `value="`+a.Login+`"`) {
			t.Errorf("%s: the account typed is not kept", tc.lang)
		}
		if strings.Contains(p.Body, "not-the-password") {
			t.Errorf("%s: the password was sent back", tc.lang)
		}
		if _, ok := v.cookies["xiangcai_session"]; ok {
			t.Errorf("%s: a failed sign-in set a session cookie", tc.lang)
		}
	}
}

func TestLoginMissingInput(t *testing.T) {
	site := newSite(t)
	v := site.visitor()
	form := v.get("/login")
	p := v.post("/login", url.Values{api.CSRFField: {form.csrf(t)}, "login": {"  "}, "password": {""}})
	if p.Status != http.StatusUnprocessableEntity {
		t.Errorf("status %d, want 422:\n%s", p.Status, p.Body)
	}
	if !strings.Contains(p.Body, `aria-invalid="true"`) {
		t.Errorf("no field is marked invalid:\n%s", p.Body)
	}
}

func TestLoginWithoutCSRF(t *testing.T) {
	site := newSite(t)
	a := site.addUser(xiangcai.RoleTrainee, "李华", "")
	v := site.visitor()
	v.get("/login")
	p := v.post("/login", url.Values{"login": {a.Login}, "password": {a.Password}})
	if p.Status != http.StatusForbidden {
		t.Errorf("without the token: status %d, want 403", p.Status)
	}
	p = v.post("/login", url.Values{api.CSRFField: {"forged"}, "login": {a.Login}, "password": {a.Password}})
	if p.Status != http.StatusForbidden {
		t.Errorf("with a forged token: status %d, want 403", p.Status)
	}
}

func TestLoginAndLogout(t *testing.T) {
	site := newSite(t)
	a := site.addUser(xiangcai.RoleTrainee, "李华", "430104")
	v := site.visitor()
	if p := v.get("/"); p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Fatalf("anonymous home: %d to %q, want 303 to /login", p.Status, p.Location)
	}
	v.signIn(a)
	home := v.get("/")
	if home.Status != http.StatusOK || !strings.Contains(home.Body, "您好，李华") {
		t.Fatalf("home after sign-in: %d\n%s", home.Status, home.Body)
	}
	if p := v.get("/login"); p.Status != http.StatusSeeOther || p.Location != "/" {
		t.Errorf("signed-in /login: %d to %q, want 303 to /", p.Status, p.Location)
	}
	stolen := *v.cookies["xiangcai_session"]

	p := v.post("/logout", url.Values{api.CSRFField: {home.csrf(t)}})
	if p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Fatalf("logout: %d to %q, want 303 to /login", p.Status, p.Location)
	}
	if _, ok := v.cookies["xiangcai_session"]; ok {
		t.Error("logout left the session cookie")
	}
	if p := v.get("/"); p.Location != "/login" {
		t.Errorf("home after logout: %d to %q", p.Status, p.Location)
	}

	replay := site.visitor()
	replay.cookies[stolen.Name] = &stolen
	if p := replay.get("/"); p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Errorf("the old session cookie still works: %d to %q", p.Status, p.Location)
	}
}

func TestLogoutNeedsCSRF(t *testing.T) {
	site := newSite(t)
	v := site.visitor()
	v.signIn(site.addUser(xiangcai.RoleTrainee, "李华", ""))
	if p := v.post("/logout", url.Values{}); p.Status != http.StatusForbidden {
		t.Errorf("logout without the token: status %d, want 403", p.Status)
	}
	if p := v.get("/"); p.Status != http.StatusOK {
		t.Errorf("a forged logout ended the session: %d", p.Status)
	}
}

func TestLanguageSwitchDropsLangQuery(t *testing.T) {
	site := newSite(t)
	p := site.visitor().get("/login?lang=en&x=1")
	if !strings.Contains(p.Body, `href="/lang?back=%2Flogin%3Fx%3D1&amp;to=zh-CN"`) {
		t.Errorf("the switch back to Chinese keeps ?lang=en or loses the query:\n%s", p.Body)
	}
}

func TestLoginTooManyAttempts(t *testing.T) {
	site := newSite(t)
	a := site.addUser(xiangcai.RoleTrainee, "李华", "")
	v := site.visitor()
	token := v.get("/login").csrf(t)
	var p page
	for range 10 {
		if p = v.post("/login", url.Values{api.CSRFField: {token}, "login": {a.Login}, "password": {"guess"}}); p.Status != http.StatusUnauthorized {
			break
		}
	}
	if p.Status != http.StatusTooManyRequests || !strings.Contains(p.Body, "登录失败次数过多") {
		t.Fatalf("repeated failures: %d, want 429 with the reason:\n%s", p.Status, p.Body)
	}
	if p = v.post("/login", url.Values{api.CSRFField: {token}, "login": {a.Login}, "password": {a.Password}}); p.Status != http.StatusTooManyRequests {
		t.Errorf("the right password during the lockout: %d, want 429", p.Status)
	}
}
