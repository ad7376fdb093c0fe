package api_test

import (
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
)

// TestUsersRoutesByRole checks the user routes against every role and
// against another city's rows.
func TestUsersRoutesByRole(t *testing.T) {
	env := apitest.New(t)
	env.CreateUser(t, "province", xiangcai.RoleProvinceAdmin, "")
	env.CreateUser(t, "changsha", xiangcai.RoleCityAdmin, "430100")
	zhuzhou := env.CreateUser(t, "zhuzhou", xiangcai.RoleCityAdmin, "430200")
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	env.CreateUser(t, "learner", xiangcai.RoleTrainee, "430100")
	trainee := func(name, city string) string {
		return `{"username":"` + name + `","display_name":"学员","role":"trainee","city_code":"` + city + `","password":"abc123456789"}`
	}
	cases := []struct {
		who, method, path, body string
		status                  int
	}{
		{"", "GET", "/api/v1/users", "", http.StatusUnauthorized},
		{"learner", "GET", "/api/v1/users", "", http.StatusForbidden},
		{"teacher", "GET", "/api/v1/users", "", http.StatusForbidden},
		{"changsha", "GET", "/api/v1/users", "", http.StatusOK},
		{"province", "GET", "/api/v1/users", "", http.StatusOK},
		{"changsha", "GET", "/api/v1/users/" + zhuzhou.ID, "", http.StatusForbidden},
		{"province", "GET", "/api/v1/users/" + zhuzhou.ID, "", http.StatusOK},
		{"", "POST", "/api/v1/users", trainee("new1", "430100"), http.StatusUnauthorized},
		{"learner", "POST", "/api/v1/users", trainee("new2", "430100"), http.StatusForbidden},
		{"teacher", "POST", "/api/v1/users", trainee("new3", "430100"), http.StatusForbidden},
		{"changsha", "POST", "/api/v1/users", trainee("new4", "430200"), http.StatusForbidden},
		{"changsha", "POST", "/api/v1/users", trainee("new5", "430100"), http.StatusCreated},
		{"province", "POST", "/api/v1/users", trainee("new6", "430200"), http.StatusCreated},
	}
	for _, c := range cases {
		var headers []string
		if c.who != "" {
			headers = append(headers, env.Login(t, c.who))
		}
		if resp := env.Do(t, c.method, c.path, c.body, headers...); resp.StatusCode != c.status {
			t.Errorf("%s %s %s as %q: %d %s, want %d", c.method, c.path, c.body, c.who, resp.StatusCode, resp.Body, c.status)
		}
	}
	resp := env.Do(t, "GET", "/api/v1/users?limit=100", "", env.Login(t, "changsha"))
	if strings.Contains(string(resp.Body), "430200") || !strings.Contains(string(resp.Body), `"new5"`) {
		t.Fatalf("a city administrator's list leaks or misses rows: %s", resp.Body)
	}
}
