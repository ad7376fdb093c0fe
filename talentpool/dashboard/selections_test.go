package dashboard_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"xiangcai/regions"
	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// approveSelection approves 长沙's selection of 2025 with one organization
// and one leader selected.
func approveSelection(t *testing.T, f *fixture) {
	t.Helper()
	ctx, p, cs := t.Context(), f.changsha, "430100"
	org := f.org(t, "430104007", false, 0)
	leader := f.talent(t, "430104007", talentpool.StatusActive, talentpool.OrganizationLeader, talentpool.QualificationNone, "")
	if _, err := f.pool.CreateSelection(ctx, p, cs, 2025); err != nil {
		t.Fatal(err)
	}
	sel, err := f.pool.SetCriteria(ctx, p, cs, 2025, []talentpool.CriterionInput{{Name: "工作成效", MaxPoints: 100}})
	if err != nil {
		t.Fatal(err)
	}
	var nominees []*talentpool.Nominee
	for _, in := range []talentpool.NomineeInput{{Kind: talentpool.NomineeOrganization, OrganizationID: org.ID},
		{Kind: talentpool.NomineeLeader, TalentID: leader.ID}} {
		n, err := f.pool.Nominate(ctx, p, cs, 2025, in)
		if err != nil {
			t.Fatal(err)
		}
		nominees = append(nominees, n)
	}
	if _, err := f.pool.StartScoring(ctx, p, cs, 2025); err != nil {
		t.Fatal(err)
	}
	selected := true
	for _, n := range nominees {
		if _, err := f.pool.ScoreNominee(ctx, p, cs, 2025, n.ID, []talentpool.ScoreInput{{CriterionID: sel.Criteria[0].ID, Points: 90}}); err != nil {
			t.Fatal(err)
		}
		if _, err := f.pool.UpdateNominee(ctx, p, cs, 2025, n.ID, talentpool.NomineePatch{Selected: &selected}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.pool.ApproveSelection(ctx, p, cs, 2025); err != nil {
		t.Fatal(err)
	}
}

// TestSelections checks the annual selections against the target of 10:
// 长沙's approved list of one organization and one leader, 株洲's draft,
// which counts none, and the other cities, which have none.
func TestSelections(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	approveSelection(t, f)
	if _, err := f.pool.CreateSelection(t.Context(), f.zhuzhou, "430200", 2025); err != nil {
		t.Fatal(err)
	}
	d, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	chart := func(orgs, leaders, target float64) dashboard.Chart {
		return dashboard.Chart{Labels: []dashboard.Label{{Code: "organizations", ZH: "优秀社区社会组织", EN: "Outstanding organizations"},
			{Code: "leaders", ZH: "优秀负责人", EN: "Outstanding leaders"}}, Series: []dashboard.Series{
			{Label: dashboard.Label{Code: "selected", ZH: "已入选", EN: "Selected"}, Values: []float64{orgs, leaders}},
			{Label: dashboard.Label{Code: "target", ZH: "目标", EN: "Target"}, Values: []float64{target, target}}}}
	}
	for _, c := range []struct {
		got  *dashboard.Selected
		want dashboard.Selected
	}{
		{d.Cities[0].Selections, dashboard.Selected{Organizations: 1, Leaders: 1, Target: 10, CitiesMet: dashboard.Ratio{Of: 1},
			Status: &dashboard.Label{Code: "approved", ZH: "已批准", EN: "Approved"}, ByKind: chart(1, 1, 10)}},
		{d.Cities[1].Selections, dashboard.Selected{Target: 10, CitiesMet: dashboard.Ratio{Of: 1}, Status: &dashboard.Label{Code: "draft", ZH: "草稿", EN: "Draft"}, ByKind: chart(0, 0, 10)}},
		{d.Cities[2].Selections, dashboard.Selected{Target: 10, CitiesMet: dashboard.Ratio{Of: 1}, Status: &dashboard.Label{Code: "none", ZH: "未开始", EN: "Not started"}, ByKind: chart(0, 0, 10)}},
		{d.Total.Selections, dashboard.Selected{Organizations: 1, Leaders: 1, Target: 10, CitiesMet: dashboard.Ratio{Of: 14}, ByKind: chart(1, 1, 140)}},
	} {
		if c.got == nil || !reflect.DeepEqual(*c.got, c.want) {
			t.Errorf("selections: got %+v, want %+v", c.got, c.want)
		}
	}
	// The province compares the cities' selections too: 长沙 1, 株洲 0.
	compared := 0
	for _, s := range d.Comparison.Series {
		if s.Code == "selected_organizations" || s.Code == "selected_leaders" {
			compared++
			if s.Values[0] != 1 || s.Values[1] != 0 {
				t.Errorf("comparison %s: %v", s.Code, s.Values)
			}
		}
	}
	if compared != 2 {
		t.Errorf("the comparison has %d series of selections", compared)
	}
	// A city administrator's dashboard has their selection too.
	own, err := f.svc.TalentPool(t.Context(), f.changsha, dashboard.Query{})
	if err != nil || own.Total.Selections == nil || own.Total.Selections.Organizations != 1 {
		t.Fatalf("长沙's own selections: %v %+v", err, own)
	}
}

// TestWithoutSelections checks that a dashboard with no source of
// selections leaves the figure out rather than showing zeros.
func TestWithoutSelections(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	svc := dashboard.NewService(f.db, dashboard.Options{Regions: regions.Hunan(), Clock: f.clock})
	d, err := svc.TalentPool(t.Context(), f.province, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(d)
	if d.Total.Selections != nil || d.Cities[0].Selections != nil || strings.Contains(string(b), "selections") ||
		len(d.Comparison.Series) != 7 {
		t.Errorf("a dashboard without selections: %s", b)
	}
}
