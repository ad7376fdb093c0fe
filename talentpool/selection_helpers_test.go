package talentpool_test

import (
	"fmt"
	"testing"

	"xiangcai"
	"xiangcai/talentpool"
)

// year is the selections' year: the fixture clock's.
const year = 2025

// selectionFixture is the fixture with organizations and leaders of 长沙
// to nominate, and 长沙's selection of 2025 as a draft with two criteria:
// 工作成效 (60 points) and 群众评价 (40).
type selectionFixture struct {
	*fixture
	orgs     []*talentpool.Organization
	leaders  []*talentpool.Talent
	criteria []*talentpool.Criterion
}

func newSelectionFixture(t *testing.T, n int) *selectionFixture {
	t.Helper()
	f := &selectionFixture{fixture: newFixture(t)}
	for i := range n {
		o := f.org(t, f.changsha, fmt.Sprintf("岳麓互助会%02d", i), township)
		f.orgs = append(f.orgs, o)
		f.leaders = append(f.leaders, f.leader(t, f.changsha, 100+i, township, o.ID))
	}
	if _, err := f.svc.CreateSelection(t.Context(), f.changsha, changshaCode, year); err != nil {
		t.Fatal(err)
	}
	sel, err := f.svc.SetCriteria(t.Context(), f.changsha, changshaCode, year, []talentpool.CriterionInput{
		{Name: "工作成效", Description: "服务人次、项目成果", MaxPoints: 60}, {Name: "群众评价", MaxPoints: 40}})
	if err != nil {
		t.Fatal(err)
	}
	f.criteria = sel.Criteria
	return f
}

// leader adds an active organization leader named 李明 to the pool of
// region's city as p, linked to org when it is not empty.
func (f *selectionFixture) leader(t *testing.T, p xiangcai.Principal, seq int, region, org string) *talentpool.Talent {
	t.Helper()
	return f.talent(t, p, seq, region, func(in *talentpool.NewTalent) {
		in.Name, in.Category, in.OrganizationID = "李明", talentpool.OrganizationLeader, org
	})
}

// nominate nominates an organization (kind organization) or a talent
// (kind leader) in 长沙's selection as 长沙's administrator.
func (f *selectionFixture) nominate(t *testing.T, kind talentpool.NomineeKind, id string) *talentpool.Nominee {
	t.Helper()
	in := talentpool.NomineeInput{Kind: kind, Reason: "服务成效显著"}
	if kind == talentpool.NomineeOrganization {
		in.OrganizationID = id
	} else {
		in.TalentID = id
	}
	n, err := f.svc.Nominate(t.Context(), f.changsha, changshaCode, year, in)
	if err != nil {
		t.Fatalf("nominate %s %s: %v", kind, id, err)
	}
	return n
}

// nominateAll nominates every organization and leader of the fixture.
func (f *selectionFixture) nominateAll(t *testing.T) []*talentpool.Nominee {
	t.Helper()
	var all []*talentpool.Nominee
	for i := range f.orgs {
		all = append(all, f.nominate(t, talentpool.NomineeOrganization, f.orgs[i].ID),
			f.nominate(t, talentpool.NomineeLeader, f.leaders[i].ID))
	}
	return all
}

// scoreAndSelect gives n points on both criteria (points and half of
// them) and marks it selected, as 长沙's administrator.
func (f *selectionFixture) scoreAndSelect(t *testing.T, n *talentpool.Nominee, points float64) {
	t.Helper()
	ctx := t.Context()
	_, err := f.svc.ScoreNominee(ctx, f.changsha, changshaCode, year, n.ID, []talentpool.ScoreInput{
		{CriterionID: f.criteria[0].ID, Points: points}, {CriterionID: f.criteria[1].ID, Points: points / 2}})
	if err != nil {
		t.Fatalf("score %s: %v", n.Name, err)
	}
	yes := true
	if _, err := f.svc.UpdateNominee(ctx, f.changsha, changshaCode, year, n.ID, talentpool.NomineePatch{Selected: &yes}); err != nil {
		t.Fatalf("select %s: %v", n.Name, err)
	}
}
