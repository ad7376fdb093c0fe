package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/talentpool"
)

// selectionEnv is the talent-pool test server with a leader in 长沙's pool
// and 长沙's selection of this year as a draft with two nominees: the
// organization (to score and select) and the leader (to withdraw).
type selectionEnv struct {
	*poolEnv
	year              int
	province          xiangcai.Principal
	leader            *talentpool.Talent
	scored, withdrawn *talentpool.Nominee
}

func newSelectionEnv(t *testing.T) *selectionEnv {
	t.Helper()
	env := &selectionEnv{poolEnv: newPoolEnv(t)}
	env.year = env.Clock.Now().Year()
	env.province = env.CreateUser(t, "setup", xiangcai.RoleProvinceAdmin, "").Principal()
	ctx := t.Context()
	svc := env.Deps.Talents
	var err error
	env.leader, err = svc.CreateTalent(ctx, env.province, talentpool.NewTalent{Status: talentpool.StatusActive,
		TalentInput: talentpool.TalentInput{Name: "赵大明", IDNumber: fakeID(50), Phone: "13900139000",
			Category: talentpool.OrganizationLeader, RegionCode: "430104007", OrganizationID: env.org.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.CreateSelection(ctx, env.province, "430100", env.year); err != nil {
		t.Fatal(err)
	}
	nominate := func(in talentpool.NomineeInput) *talentpool.Nominee {
		n, err := svc.Nominate(ctx, env.province, "430100", env.year, in)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	env.scored = nominate(talentpool.NomineeInput{Kind: talentpool.NomineeOrganization, OrganizationID: env.org.ID})
	env.withdrawn = nominate(talentpool.NomineeInput{Kind: talentpool.NomineeLeader, TalentID: env.leader.ID})
	return env
}

// path returns the path of 长沙's selection of year plus rest.
func (e *selectionEnv) path(year int, rest string) string {
	return fmt.Sprintf("/api/v1/selections/430100/%d%s", year, rest)
}

// TestSelectionRoutesByRole checks every selection route against every
// role and another city's administrator, in the order a selection goes:
// draft, scoring, approved, published, reopened.
func TestSelectionRoutesByRole(t *testing.T) {
	env := newSelectionEnv(t)
	sel, next := env.path(env.year, ""), env.path(env.year+1, "")
	scored, withdrawn := sel+"/nominees/"+env.scored.ID, sel+"/nominees/"+env.withdrawn.ID
	public := fmt.Sprintf("/api/v1/public/selections/430100/%d", env.year)
	scores := func(int) string {
		s, err := env.Deps.Talents.FindSelection(t.Context(), env.province, "430100", env.year)
		if err != nil || len(s.Criteria) == 0 {
			t.Fatalf("criteria: %v", err)
		}
		return `{"scores":[{"criterion_id":"` + s.Criteria[0].ID + `","points":80.5}]}`
	}
	nominee := func(r int) string {
		if r == 4 { // 长沙 nominates the spare organization, the province nobody new
			return `{"kind":"organization","organization_id":"` + env.spareOrg.ID + `"}`
		}
		return `{"kind":"organization","organization_id":"` + env.org.ID + `"}`
	}
	text := func(s string) func(int) string { return func(int) string { return s } }
	roles := []string{"", "learner", "teacher", "zhuzhou", "changsha", "province"}
	const (
		ok, made, none = http.StatusOK, http.StatusCreated, http.StatusNoContent
		unauth, forbid = http.StatusUnauthorized, http.StatusForbidden
		missing, clash = http.StatusNotFound, http.StatusConflict
	)
	routes := []struct {
		method, path string
		body         func(role int) string
		want         [6]int // by roles, in order
	}{
		{"GET", "/api/v1/selections", nil, [6]int{unauth, forbid, forbid, ok, ok, ok}},
		{"POST", next, nil, [6]int{unauth, forbid, forbid, forbid, made, clash}},
		{"GET", next, nil, [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"DELETE", next, nil, [6]int{unauth, forbid, forbid, missing, none, missing}},
		{"GET", sel, nil, [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", sel + "/history", nil, [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"PUT", sel + "/criteria", text(`{"criteria":[{"name":"工作成效","max_points":100}]}`), [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"POST", sel + "/nominees", nominee, [6]int{unauth, forbid, forbid, missing, made, clash}},
		{"PATCH", scored, text(`{"selected":true}`), [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"DELETE", withdrawn, nil, [6]int{unauth, forbid, forbid, missing, none, missing}},
		{"PUT", scored + "/scores", scores, [6]int{unauth, forbid, forbid, missing, clash, clash}}, // a draft is not scored
		{"POST", sel + "/start-scoring", nil, [6]int{unauth, forbid, forbid, missing, ok, clash}},
		{"PUT", scored + "/scores", scores, [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", public, nil, [6]int{missing, missing, missing, missing, missing, missing}},
		{"POST", sel + "/approve", nil, [6]int{unauth, forbid, forbid, missing, ok, clash}},
		{"POST", sel + "/publish", nil, [6]int{unauth, forbid, forbid, missing, ok, clash}},
		{"GET", public, nil, [6]int{ok, ok, ok, ok, ok, ok}},
		{"PATCH", scored, text(`{"selected":false}`), [6]int{unauth, forbid, forbid, missing, clash, clash}},
		{"POST", sel + "/reopen", text(`{"reason":"补充提名"}`), [6]int{unauth, forbid, forbid, forbid, forbid, ok}},
		{"GET", public, nil, [6]int{missing, missing, missing, missing, missing, missing}},
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
	if body := string(env.do(t, "zhuzhou", "GET", "/api/v1/selections", "").Body); strings.Contains(body, "430100") {
		t.Errorf("株洲's list shows 长沙's selection: %s", body)
	}
	if resp := env.do(t, "changsha", "GET", "/api/v1/selections?city_code=430200", ""); resp.StatusCode != forbid {
		t.Errorf("长沙 lists 株洲's selections: %d", resp.StatusCode)
	}
}
