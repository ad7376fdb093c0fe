package web_test

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/demo"
	"xiangcai/talentpool"
)

// Places the talent-pool page tests use.
const (
	changsha    = "430100"
	zhuzhou     = "430200"
	yuelu       = "430104"    // a county of 长沙
	yueluTown   = "430104007" // a township of 岳麓区
	zhuzhouTown = "430202001"
)

// poolWorld is a test site with people of every role, and the talent-pool
// service to make records with.
type poolWorld struct {
	*testSite
	pool     *talentpool.Service
	category string // the first organization category
	// The people: the province, 长沙's and 株洲's administrators, an
	// instructor and a trainee of 长沙.
	province, changsha, zhuzhou, instructor, trainee person
}

func newPoolWorld(t *testing.T) *poolWorld {
	t.Helper()
	w := &poolWorld{testSite: newSite(t)}
	w.pool = w.env.Deps.Talents
	w.province = w.testSite.person(xiangcai.RoleProvinceAdmin, "省管理员", "")
	w.changsha = w.testSite.person(xiangcai.RoleCityAdmin, "长沙管理员", changsha)
	w.zhuzhou = w.testSite.person(xiangcai.RoleCityAdmin, "株洲管理员", zhuzhou)
	w.instructor = w.testSite.person(xiangcai.RoleInstructor, "王老师", yuelu)
	w.trainee = w.testSite.person(xiangcai.RoleTrainee, "李学员", yuelu)
	cats, err := w.pool.FindCategories(t.Context())
	if err != nil || len(cats) == 0 {
		t.Fatalf("categories: %v", err)
	}
	w.category = cats[0].ID
	return w
}

// as returns a visitor signed in as p, or an anonymous one for the zero
// person.
func (w *poolWorld) as(p person) *visitor {
	v := w.visitor()
	if p.Login != "" {
		v.signIn(p.account)
	}
	return v
}

// org registers an organization in region as p.
func (w *poolWorld) org(p person, name, region string, mutate ...func(*talentpool.OrganizationInput)) *talentpool.Organization {
	w.t.Helper()
	in := talentpool.OrganizationInput{Name: name, Status: talentpool.OrganizationFiled, CategoryID: w.category, RegionCode: region}
	for _, m := range mutate {
		m(&in)
	}
	o, err := w.pool.CreateOrganization(context.Background(), p.Principal, in)
	if err != nil {
		w.t.Fatalf("create organization %s: %v", name, err)
	}
	return o
}

// talent adds an active talent, the seq-th synthetic person, to region's
// pool as p.
func (w *poolWorld) talent(p person, seq int, name, region string, mutate ...func(*talentpool.NewTalent)) *talentpool.Talent {
	w.t.Helper()
	in := talentpool.NewTalent{Status: talentpool.StatusActive, TalentInput: talentpool.TalentInput{
		Name: name, IDNumber: idNumber(seq), Category: talentpool.Volunteer, RegionCode: region}}
	for _, m := range mutate {
		m(&in)
	}
	t, err := w.pool.CreateTalent(context.Background(), p.Principal, in)
	if err != nil {
		w.t.Fatalf("create talent %s: %v", name, err)
	}
	return t
}

// idNumber is a check-digit-valid synthetic ID number; odd seq is a man.
func idNumber(seq int) string {
	return demo.FakeIDNumber(1, time.Date(1985, 3, 9, 0, 0, 0, 0, time.UTC), seq)
}

// wantPage fails the test unless the page answered status and shows every
// one of want.
func wantPage(t *testing.T, what string, p page, status int, want ...string) {
	t.Helper()
	if p.Status != status {
		t.Fatalf("%s: status %d, want %d:\n%s", what, p.Status, status, p.Body)
	}
	for _, w := range want {
		if !strings.Contains(p.Body, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, p.Body)
		}
	}
}

// formOf is a form with the CSRF token and name, value pairs.
func formOf(csrf string, pairs ...string) url.Values {
	form := url.Values{api.CSRFField: {csrf}}
	for i := 0; i+1 < len(pairs); i += 2 {
		form.Add(pairs[i], pairs[i+1])
	}
	return form
}

// poolOf is the filter of a city's whole pool.
func poolOf(city string) talentpool.TalentFilter { return talentpool.TalentFilter{RegionCode: city} }
