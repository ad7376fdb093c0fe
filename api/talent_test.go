package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/demo"
	"xiangcai/talentpool"
)

// poolEnv is a test server with a user of every role, an organization and
// a talent in 长沙 (linked to the trainee) and a started annual review.
type poolEnv struct {
	*apitest.Env
	org, spareOrg *talentpool.Organization
	talent        *talentpool.Talent
	review        *talentpool.Review
	item          *talentpool.ReviewItem
	category      string
	login         map[string]string
}

func newPoolEnv(t *testing.T) *poolEnv {
	t.Helper()
	env := &poolEnv{Env: apitest.New(t), login: map[string]string{}}
	ctx := t.Context()
	province := env.CreateUser(t, "province", xiangcai.RoleProvinceAdmin, "").Principal()
	env.CreateUser(t, "changsha", xiangcai.RoleCityAdmin, "430100")
	env.CreateUser(t, "zhuzhou", xiangcai.RoleCityAdmin, "430200")
	env.CreateUser(t, "teacher", xiangcai.RoleInstructor, "430100")
	learner := env.CreateUser(t, "learner", xiangcai.RoleTrainee, "430100")
	for _, who := range []string{"province", "changsha", "zhuzhou", "teacher", "learner"} {
		env.login[who] = env.Login(t, who)
	}
	svc := env.Deps.Talents
	cats, err := svc.FindCategories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	env.category = cats[0].ID
	newOrg := func(name string) *talentpool.Organization {
		o, err := svc.CreateOrganization(ctx, province, talentpool.OrganizationInput{Name: name,
			Status: talentpool.OrganizationFiled, CategoryID: env.category, RegionCode: "430104007"})
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	env.org, env.spareOrg = newOrg("岳麓街道邻里互助会"), newOrg("待删除的组织")
	env.talent, err = svc.CreateTalent(ctx, province, talentpool.NewTalent{Status: talentpool.StatusActive,
		TalentInput: talentpool.TalentInput{Name: "王小红", IDNumber: fakeID(1), Phone: "13800138000",
			Category: talentpool.Volunteer, RegionCode: "430104007", OrganizationID: env.org.ID, UserID: learner.ID}})
	if err != nil {
		t.Fatal(err)
	}
	env.review, err = svc.StartAnnualReview(ctx, province, "430100", env.Clock.Now().Year())
	if err != nil {
		t.Fatal(err)
	}
	items, _, err := svc.FindReviewItems(ctx, province, env.review.ID, talentpool.ReviewItemFilter{})
	if err != nil || len(items) != 1 {
		t.Fatalf("review items: %d %v", len(items), err)
	}
	env.item = items[0]
	return env
}

// fakeID returns a check-digit-valid synthetic ID number.
func fakeID(seq int) string {
	return demo.FakeIDNumber(2, time.Date(1985, 3, 8, 0, 0, 0, 0, time.UTC), seq)
}

// do sends a request as who ("" for nobody).
func (e *poolEnv) do(t *testing.T, who, method, path, body string) *apitest.Response {
	t.Helper()
	if who == "" {
		return e.Do(t, method, path, body)
	}
	return e.Do(t, method, path, body, e.login[who])
}

// TestTalentPoolRoutesByRole checks every talent-pool route against every
// role and against another city's administrator: what a role can never do
// is forbidden; another city's rows, and talents other than one's own, are
// not found.
func TestTalentPoolRoutesByRole(t *testing.T) {
	env := newPoolEnv(t)
	o, spare, tal := "/api/v1/organizations/"+env.org.ID, "/api/v1/organizations/"+env.spareOrg.ID, "/api/v1/talents/"+env.talent.ID
	rv := "/api/v1/talent-reviews/" + env.review.ID
	newOrg := `{"name":"新组织","status":"filed","category_id":"` + env.category + `","region_code":"430104007"}`
	newTalent := func(seq int) string {
		return fmt.Sprintf(`{"name":"李四","id_number":"%s","category":"volunteer","region_code":"430104"}`, fakeID(seq))
	}
	newCategory := func(name string) string { return `{"name":"` + name + `"}` }
	roles := []string{"", "learner", "teacher", "zhuzhou", "changsha", "province"}
	type want [6]int // by roles, in order
	const (
		ok, made, none = http.StatusOK, http.StatusCreated, http.StatusNoContent
		unauth, forbid = http.StatusUnauthorized, http.StatusForbidden
		missing, clash = http.StatusNotFound, http.StatusConflict
	)
	routes := []struct {
		method, path string
		body         func(role int) string
		want         want
	}{
		{"GET", "/api/v1/organizations", nil, want{unauth, forbid, forbid, ok, ok, ok}},
		{"POST", "/api/v1/organizations", func(int) string { return newOrg }, want{unauth, forbid, forbid, forbid, made, made}},
		{"GET", o, nil, want{unauth, forbid, forbid, missing, ok, ok}},
		{"PATCH", o, func(r int) string { return fmt.Sprintf(`{"social_workers":%d}`, r) }, want{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", o + "/history", nil, want{unauth, forbid, forbid, missing, ok, ok}},
		{"DELETE", spare, nil, want{unauth, forbid, forbid, missing, none, none}},
		{"GET", "/api/v1/organization-categories", nil, want{ok, ok, ok, ok, ok, ok}},
		{"POST", "/api/v1/organization-categories", func(r int) string { return newCategory(fmt.Sprint("类别", r)) }, want{unauth, forbid, forbid, forbid, forbid, made}},
		{"PUT", "/api/v1/organization-categories/" + env.category, func(int) string { return newCategory("生活服务类") }, want{unauth, forbid, forbid, forbid, forbid, ok}},
		{"GET", "/api/v1/talents", nil, want{unauth, forbid, forbid, ok, ok, ok}},
		{"POST", "/api/v1/talents", func(r int) string { return newTalent(10 + r) }, want{unauth, forbid, forbid, forbid, made, made}},
		{"GET", tal, nil, want{unauth, ok, missing, missing, ok, ok}},
		{"PATCH", tal, func(r int) string { return fmt.Sprintf(`{"skills":["技能%d"]}`, r) }, want{unauth, forbid, forbid, missing, ok, ok}},
		{"POST", tal + "/reveal", func(int) string { return `{"field":"id_number"}` }, want{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", tal + "/transitions", nil, want{unauth, ok, missing, missing, ok, ok}},
		{"POST", tal + "/transitions", func(r int) string {
			if r == len(roles)-1 { // the province brings back whom 长沙 suspended
				return `{"to_status":"active","reason":"恢复"}`
			}
			return `{"to_status":"suspended","reason":"暂停"}`
		}, want{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", tal + "/training", nil, want{unauth, ok, missing, missing, ok, ok}},
		{"GET", tal + "/events", nil, want{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", "/api/v1/me/talent", nil, want{unauth, ok, missing, missing, missing, missing}},
		{"POST", "/api/v1/talent-reviews", func(int) string { return `{"city_code":"430200","year":` + fmt.Sprint(env.Clock.Now().Year()) + `}` },
			want{unauth, forbid, forbid, made, forbid, clash}},
		{"GET", "/api/v1/talent-reviews", nil, want{unauth, forbid, forbid, ok, ok, ok}},
		{"GET", rv, nil, want{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", rv + "/items", nil, want{unauth, forbid, forbid, missing, ok, ok}},
		{"POST", "/api/v1/talent-review-items/" + env.item.ID + "/resolve", func(int) string { return `{"decision":"keep","reason":"已沟通"}` },
			want{unauth, forbid, forbid, missing, ok, clash}},
	}
	for _, r := range routes {
		for i, who := range roles {
			body := ""
			if r.body != nil {
				body = r.body(i)
			}
			if resp := env.do(t, who, r.method, r.path, body); resp.StatusCode != r.want[i] {
				t.Errorf("%s %s as %q: %d %s, want %d", r.method, r.path, who, resp.StatusCode, resp.Body, r.want[i])
			}
		}
	}
	// A city administrator's lists hold nothing of another city.
	for _, path := range []string{"/api/v1/talents", "/api/v1/organizations?include_deleted=true", "/api/v1/talent-reviews"} {
		if body := string(env.do(t, "zhuzhou", "GET", path, "").Body); strings.Contains(body, "430100") || strings.Contains(body, "430104") {
			t.Errorf("株洲's %s shows 长沙's rows: %s", path, body)
		}
	}
}
