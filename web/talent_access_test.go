package web_test

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"xiangcai/talentpool"
)

// TestPoolPagesByRole opens every page of the talent pool as every kind of
// visitor: only administrators of the record's city and the province see
// it; another city's administrator gets the not-found page and sees
// nothing of it in lists.
func TestPoolPagesByRole(t *testing.T) {
	w := newPoolWorld(t)
	o := w.org(w.changsha, "岳麓邻里互助会", yueluTown)
	tl := w.talent(w.changsha, 1, "周秘密", yuelu)
	year, imp := w.yearlyWork(t)
	rv, err := w.pool.StartAnnualReview(context.Background(), w.changsha.Principal, changsha, year)
	if err != nil {
		t.Fatal(err)
	}
	selection := fmt.Sprintf("/selections/%s/%d/manage", changsha, year)
	const ok, notFound, forbidden = http.StatusOK, http.StatusNotFound, http.StatusForbidden
	for _, tc := range []struct {
		path string
		// trainee is what a trainee (and an instructor) gets; other is
		// what 株洲's administrator gets.
		trainee, other int
	}{
		{"/organizations", forbidden, ok},
		{"/organizations/new", forbidden, ok},
		{"/organizations/" + o.ID, forbidden, notFound},
		{"/organizations/" + o.ID + "/edit", forbidden, notFound},
		{"/organizations/" + o.ID + "/delete", forbidden, notFound},
		{"/talents", forbidden, ok},
		{"/talents?as_of=2020-01-01", forbidden, ok},
		{"/talents/new", forbidden, ok},
		{"/talents/" + tl.ID, notFound, notFound},
		{"/talents/" + tl.ID + "/edit", forbidden, notFound},
		{"/reviews", forbidden, ok},
		{"/reviews/" + rv.ID, forbidden, notFound},
		{"/selections", forbidden, ok},
		{selection, forbidden, notFound},
		{"/dashboard", forbidden, ok},
		{"/dashboard?city=" + changsha, forbidden, forbidden},
		{"/import", forbidden, ok},
		{"/import/" + imp.ID, forbidden, notFound},
	} {
		for _, who := range []struct {
			name   string
			p      person
			status int
		}{
			{"anonymous", person{}, http.StatusUnauthorized},
			{"trainee", w.trainee, tc.trainee},
			{"instructor", w.instructor, tc.trainee},
			{"city admin", w.changsha, ok},
			{"other city", w.zhuzhou, tc.other},
			{"province", w.province, ok},
		} {
			p := w.as(who.p).get(tc.path)
			if p.Status != who.status {
				t.Errorf("%s as %s: status %d, want %d", tc.path, who.name, p.Status, who.status)
			}
			if who.name == "other city" && (strings.Contains(p.Body, "周秘密") || strings.Contains(p.Body, "岳麓邻里互助会")) {
				t.Errorf("%s shows 长沙's records to 株洲's administrator", tc.path)
			}
		}
	}
}

// TestPoolPostsByRole sends every form of the talent pool as visitors who
// may not: nothing changes and they get the page that says why. Another
// city's administrator who names 长沙's township in a new record's form
// gets a record of their own city or an invalid form, never 长沙's.
func TestPoolPostsByRole(t *testing.T) {
	w := newPoolWorld(t)
	o := w.org(w.changsha, "岳麓邻里互助会", yueluTown)
	tl := w.talent(w.changsha, 1, "周秘密", yuelu)
	year, imp := w.yearlyWork(t)
	selection := fmt.Sprintf("/selections/%s/%d", changsha, year)
	for _, path := range []string{"/organizations/new", "/organizations/" + o.ID + "/edit", "/organizations/" + o.ID + "/delete",
		"/talents/new", "/talents/" + tl.ID + "/edit", "/talents/" + tl.ID + "/reveal", "/talents/" + tl.ID + "/transition", "/reviews",
		"/selections", selection + "/criteria", selection + "/nominees", selection + "/status", "/import/" + imp.ID + "/commit"} {
		for _, who := range []struct {
			name string
			p    person
			want []int
		}{
			{"trainee", w.trainee, []int{http.StatusForbidden, http.StatusNotFound}},
			{"other city", w.zhuzhou, []int{http.StatusForbidden, http.StatusNotFound, http.StatusUnprocessableEntity}},
		} {
			v := w.as(who.p)
			token := v.get("/").csrf(t)
			p := v.post(path, formOf(token, "name", "改名", "region_township", yueluTown, "status", "filed", "category_id", w.category,
				"id_number", idNumber(2), "category", "volunteer", "to_status", "exited", "reason", "测试", "field", "id_number",
				"city_code", changsha, "year", "2025", "kind", "organization", "organization_id", o.ID, "action", "start_scoring",
				"criteria[0].name", "改", "criteria[0].max_points", "10"))
			if !slices.Contains(who.want, p.Status) {
				t.Errorf("POST %s as %s: status %d, want %v:\n%s", path, who.name, p.Status, who.want, p.Body)
			}
			if strings.Contains(p.Body, idNumber(1)) {
				t.Errorf("POST %s as %s revealed the ID number", path, who.name)
			}
		}
	}
	got, err := w.pool.FindTalentByID(context.Background(), w.changsha.Principal, tl.ID)
	if err != nil || got.Status != tl.Status || got.Name != tl.Name {
		t.Errorf("the talent changed: %+v %v", got, err)
	}
	orgs, n, err := w.pool.FindOrganizations(context.Background(), w.province.Principal, talentpool.OrganizationFilter{RegionCode: changsha})
	if err != nil || n != 1 {
		t.Errorf("长沙 has %d organizations, want 1: %v %v", n, orgs, err)
	}
	if _, n, err := w.pool.FindTalents(context.Background(), w.province.Principal, talentpool.TalentFilter{RegionCode: changsha}); err != nil || n != 1 {
		t.Errorf("长沙 has %d talents, want 1: %v", n, err)
	}
	if sel, err := w.pool.FindSelection(context.Background(), w.changsha.Principal, changsha, year); err != nil ||
		sel.Status != talentpool.SelectionDraft || len(sel.Criteria) != 0 || len(sel.Nominees) != 0 {
		t.Errorf("the selection changed: %+v %v", sel, err)
	}
	if got, err := talentpool.NewImporter(w.pool, w.env.Deps.Regions).FindImport(context.Background(), w.changsha.Principal, imp.ID); err != nil ||
		got.Status != talentpool.ImportReady {
		t.Errorf("the import changed: %+v %v", got, err)
	}
	if org, err := w.pool.FindOrganizationByID(context.Background(), w.changsha.Principal, o.ID); err != nil || org.Deleted() || org.Name != o.Name {
		t.Errorf("the organization changed: %+v %v", org, err)
	}
}

// yearlyWork starts 长沙's selection of this year and a dry run of a
// roster, and returns the year and the import.
func (w *poolWorld) yearlyWork(t *testing.T) (int, *talentpool.Import) {
	t.Helper()
	year := w.env.Clock.Now().Year()
	if _, err := w.pool.CreateSelection(context.Background(), w.changsha.Principal, changsha, year); err != nil {
		t.Fatal(err)
	}
	imp, err := talentpool.NewImporter(w.pool, w.env.Deps.Regions).DryRun(context.Background(), w.changsha.Principal,
		talentpool.ImportFile{Name: "名册.xlsx", Data: roster(t)})
	if err != nil {
		t.Fatal(err)
	}
	return year, imp
}
