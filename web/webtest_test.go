package web_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api"
	"xiangcai/api/apitest"
	"xiangcai/web"
)

// testSite is the whole application, API and pages, on the shared test
// environment of apitest: a fresh database, a real object store, real
// services and a fixed clock.
type testSite struct {
	t   testing.TB
	env *apitest.Env
}

// newSite mounts the pages on a test server the way `xiangcai serve` does.
func newSite(t testing.TB) *testSite {
	t.Helper()
	env := apitest.New(t)
	web.Mount(env.Server, env.Deps)
	env.Server.NotFound()
	return &testSite{t: t, env: env}
}

// account is what it takes to sign in as a user the test created.
type account struct {
	Login, Password string
}

// addUser creates a user named name with role. region is where the user
// lives, and for a city administrator the city they look after; "" for none.
func (s *testSite) addUser(role xiangcai.Role, name, region string) account {
	s.t.Helper()
	in := accounts.NewUser{Username: "u" + strings.ReplaceAll(xiangcai.NewID(), "-", "")[20:],
		DisplayName: name, Role: role, RegionCode: region, Password: apitest.Password}
	if role == xiangcai.RoleCityAdmin {
		in.RegionCode, in.CityCode = "", region
	}
	if _, err := s.env.Accounts.CreateUserAsSystem(context.Background(), in); err != nil {
		s.t.Fatalf("create %s: %v", role, err)
	}
	return account{Login: in.Username, Password: in.Password}
}

// visitor is one browser: it keeps its cookies and language between
// requests.
type visitor struct {
	site     *testSite
	cookies  map[string]*http.Cookie
	language string // Accept-Language header; "" sends none
}

func (s *testSite) visitor() *visitor {
	return &visitor{site: s, cookies: map[string]*http.Cookie{}}
}

// page is an answer the test reads.
type page struct {
	Status   int
	Location string
	Header   http.Header
	Body     string
}

func (v *visitor) do(req *http.Request) page {
	v.site.t.Helper()
	req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8") // as browsers send
	for _, c := range v.cookies {
		req.AddCookie(c)
	}
	if v.language != "" {
		req.Header.Set("Accept-Language", v.language)
	}
	resp, err := v.site.env.Server.App.Test(req, -1)
	if err != nil {
		v.site.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		v.site.t.Fatal(err)
	}
	for _, c := range resp.Cookies() {
		if c.MaxAge < 0 || c.Value == "" {
			delete(v.cookies, c.Name)
		} else {
			v.cookies[c.Name] = c
		}
	}
	return page{Status: resp.StatusCode, Location: resp.Header.Get("Location"), Header: resp.Header, Body: string(body)}
}

func (v *visitor) get(path string) page {
	v.site.t.Helper()
	return v.do(httptest.NewRequest(http.MethodGet, path, nil))
}

func (v *visitor) post(path string, form url.Values) page {
	v.site.t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return v.do(req)
}

var csrfInput = regexp.MustCompile(`name="` + api.CSRFField + `" value="([^"]+)"`)

// csrf returns the token in the page's first form.
func (p page) csrf(t testing.TB) string {
	t.Helper()
	m := csrfInput.FindStringSubmatch(p.Body)
	if m == nil {
		t.Fatalf("no CSRF field in the page:\n%s", p.Body)
	}
	return m[1]
}

// signIn fills in the sign-in form as a person would and expects to land on
// the home page.
func (v *visitor) signIn(a account) {
	v.site.t.Helper()
	form := v.get("/login")
	got := v.post("/login", url.Values{api.CSRFField: {form.csrf(v.site.t)}, "login": {a.Login}, "password": {a.Password}})
	if got.Status != http.StatusSeeOther || got.Location != "/" {
		v.site.t.Fatalf("sign in as %s: %d to %q, want 303 to /:\n%s", a.Login, got.Status, got.Location, got.Body)
	}
}
