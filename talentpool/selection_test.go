package talentpool_test

import (
	"testing"

	"xiangcai"
	"xiangcai/talentpool"
)

func TestSelectionIsOnePerCityAndYear(t *testing.T) {
	f := newSelectionFixture(t, 0)
	ctx := t.Context()
	for _, c := range []struct {
		p          xiangcai.Principal
		city       string
		year       int
		code, name string
	}{
		{f.changsha, changshaCode, year, xiangcai.ECONFLICT, ""},
		{f.province, changshaCode, year, xiangcai.ECONFLICT, ""},
		{f.changsha, zhuzhouCode, year, xiangcai.EFORBIDDEN, ""},
		{f.changsha, yueluCounty, year, xiangcai.EINVALID, "city_code"},
		{f.changsha, changshaCode, 2027, xiangcai.EINVALID, "year"},
		{f.changsha, changshaCode, 1999, xiangcai.EINVALID, "year"},
		{f.trainee, changshaCode, year, xiangcai.EFORBIDDEN, ""},
		{f.instructor, changshaCode, year, xiangcai.EFORBIDDEN, ""},
		{xiangcai.Principal{}, changshaCode, year, xiangcai.EUNAUTHORIZED, ""},
		{f.changsha, changshaCode, year + 1, "", ""},
		{f.province, zhuzhouCode, year, "", ""},
	} {
		_, err := f.svc.CreateSelection(ctx, c.p, c.city, c.year)
		if c.code == "" && err != nil || c.code != "" {
			wantCode(t, err, c.code, c.name)
		}
	}
	if _, err := f.svc.FindSelection(ctx, f.zhuzhou, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("株洲 reads 长沙's selection: %v", err)
	}
	if err := f.svc.DeleteSelection(ctx, f.zhuzhou, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("株洲 deletes 长沙's selection: %v", err)
	}
	if _, err := f.svc.FindSelection(ctx, f.changsha, changshaCode, 2024); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("a year without a selection: %v", err)
	}
	mine, err := f.svc.FindSelections(ctx, f.changsha, talentpool.SelectionFilter{})
	if err != nil || len(mine) != 2 || mine[0].Year != year+1 {
		t.Fatalf("长沙's selections: %d %v", len(mine), err)
	}
	if all, _ := f.svc.FindSelections(ctx, f.province, talentpool.SelectionFilter{Year: year}); len(all) != 2 {
		t.Fatalf("the province sees %d selections of %d", len(all), year)
	}
	if _, err := f.svc.FindSelections(ctx, f.changsha, talentpool.SelectionFilter{CityCode: zhuzhouCode}); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("长沙 lists 株洲's selections: %v", err)
	}
	if _, err := f.svc.SelectionCounts(ctx, f.changsha, zhuzhouCode, year); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("长沙 counts 株洲's selection: %v", err)
	}
	if err := f.svc.DeleteSelection(ctx, f.changsha, changshaCode, year); err != nil {
		t.Fatal(err)
	}
	if n := f.count(t, "selection_criteria", "1 = 1"); n != 0 {
		t.Fatalf("%d criteria left after the delete", n)
	}
	if _, err := f.svc.CreateSelection(ctx, f.changsha, changshaCode, year); err != nil {
		t.Fatalf("create again after the delete: %v", err)
	}
	if c, err := f.svc.SelectionCounts(ctx, f.province, "430300", year); err != nil || c.Status != "" || c.Warning() == nil {
		t.Fatalf("a city without a selection: %+v %v", c, err)
	}
}

func TestSelectionCriteriaAreChecked(t *testing.T) {
	f := newSelectionFixture(t, 0)
	ctx := t.Context()
	for field, in := range map[string][]talentpool.CriterionInput{
		"criteria[1].name":        {{Name: "成效", MaxPoints: 50}, {Name: " 成效 ", MaxPoints: 50}},
		"criteria[0].max_points":  {{Name: "成效", MaxPoints: 0}},
		"criteria[0].description": {{Name: "成效", MaxPoints: 10, Description: string(make([]byte, 501))}},
		"criteria":                make([]talentpool.CriterionInput, 21),
	} {
		_, err := f.svc.SetCriteria(ctx, f.changsha, changshaCode, year, in)
		wantCode(t, err, xiangcai.EINVALID, field)
	}
	sel, err := f.svc.SetCriteria(ctx, f.changsha, changshaCode, year, nil)
	if err != nil || len(sel.Criteria) != 0 {
		t.Fatalf("clear the criteria: %v", err)
	}
	_, err = f.svc.StartScoring(ctx, f.changsha, changshaCode, year)
	wantCode(t, err, xiangcai.ECONFLICT, "criteria")
}

func TestNomineesMustBeInTheCitysPool(t *testing.T) {
	f := newSelectionFixture(t, 2)
	ctx := t.Context()
	zhuzhouOrg := f.org(t, f.zhuzhou, "株洲组织", zhuzhouTown)
	zhuzhouLeader := f.leader(t, f.zhuzhou, 300, zhuzhouTown, zhuzhouOrg.ID)
	volunteer := f.talent(t, f.changsha, 301, township)
	suspended := f.leader(t, f.changsha, 302, township, "")
	f.mustMove(t, suspended.ID, talentpool.StatusSuspended)
	if err := f.svc.DeleteOrganization(ctx, f.changsha, f.orgs[1].ID); err != nil {
		t.Fatal(err)
	}
	org, leader := talentpool.NomineeOrganization, talentpool.NomineeLeader
	for _, c := range []struct {
		in          talentpool.NomineeInput
		code, field string
	}{
		{talentpool.NomineeInput{Kind: org, OrganizationID: zhuzhouOrg.ID}, xiangcai.EINVALID, "organization_id"},
		{talentpool.NomineeInput{Kind: org, OrganizationID: f.orgs[1].ID}, xiangcai.EINVALID, "organization_id"},
		{talentpool.NomineeInput{Kind: org, OrganizationID: "nope"}, xiangcai.EINVALID, "organization_id"},
		{talentpool.NomineeInput{Kind: org}, xiangcai.EINVALID, "organization_id"},
		{talentpool.NomineeInput{Kind: org, OrganizationID: f.orgs[0].ID, TalentID: f.leaders[0].ID}, xiangcai.EINVALID, "talent_id"},
		{talentpool.NomineeInput{Kind: leader, TalentID: zhuzhouLeader.ID}, xiangcai.EINVALID, "talent_id"},
		{talentpool.NomineeInput{Kind: leader, TalentID: volunteer.ID}, xiangcai.EINVALID, "talent_id"},
		{talentpool.NomineeInput{Kind: leader, TalentID: suspended.ID}, xiangcai.EINVALID, "talent_id"},
		{talentpool.NomineeInput{Kind: "team", TalentID: f.leaders[0].ID}, xiangcai.EINVALID, "kind"},
		{talentpool.NomineeInput{Kind: leader, TalentID: f.leaders[0].ID, Reason: "a\x00b"}, xiangcai.EINVALID, "reason"},
	} {
		_, err := f.svc.Nominate(ctx, f.changsha, changshaCode, year, c.in)
		wantCode(t, err, c.code, c.field)
	}
	f.nominate(t, org, f.orgs[0].ID)
	n := f.nominate(t, leader, f.leaders[0].ID)
	if n.Name != "李明" || n.OrganizationName != "岳麓互助会00" || n.RegionCode != township || n.Selected {
		t.Fatalf("nominee: %+v", n)
	}
	_, err := f.svc.Nominate(ctx, f.province, changshaCode, year, talentpool.NomineeInput{Kind: leader, TalentID: f.leaders[0].ID})
	wantCode(t, err, xiangcai.ECONFLICT, "talent_id")
	_, err = f.svc.Nominate(ctx, f.changsha, changshaCode, year, talentpool.NomineeInput{Kind: org, OrganizationID: f.orgs[0].ID})
	wantCode(t, err, xiangcai.ECONFLICT, "organization_id")
	if _, err := f.svc.UpdateNominee(ctx, f.zhuzhou, changshaCode, year, n.ID, talentpool.NomineePatch{}); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("株洲 changes 长沙's nominee: %v", err)
	}
	if _, err := f.svc.CreateSelection(ctx, f.zhuzhou, zhuzhouCode, year); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.RemoveNominee(ctx, f.zhuzhou, zhuzhouCode, year, n.ID); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("a nominee removed through another city's selection: %v", err)
	}
	if n := f.count(t, "audit_events", "action = 'selection.nominate'"); n != 2 {
		t.Fatalf("%d nominations audited, want 2", n)
	}
}

func TestScoresStayWithinTheCriteria(t *testing.T) {
	f := newSelectionFixture(t, 1)
	ctx := t.Context()
	n := f.nominate(t, talentpool.NomineeOrganization, f.orgs[0].ID)
	if _, err := f.svc.StartScoring(ctx, f.changsha, changshaCode, year); err != nil {
		t.Fatal(err)
	}
	c0, c1 := f.criteria[0].ID, f.criteria[1].ID
	for field, in := range map[string][]talentpool.ScoreInput{
		"scores":                 nil,
		"scores[0].points":       {{CriterionID: c0, Points: 60.5}},
		"scores[1].points":       {{CriterionID: c0, Points: 1}, {CriterionID: c1, Points: -1}},
		"scores[0].criterion_id": {{CriterionID: "other", Points: 1}},
		"scores[2].criterion_id": {{CriterionID: c0, Points: 1}, {CriterionID: c1, Points: 1}, {CriterionID: c0, Points: 2}},
	} {
		_, err := f.svc.ScoreNominee(ctx, f.changsha, changshaCode, year, n.ID, in)
		wantCode(t, err, xiangcai.EINVALID, field)
	}
	_, err := f.svc.ScoreNominee(ctx, f.changsha, changshaCode, year, n.ID, []talentpool.ScoreInput{{CriterionID: c0, Points: 8.25}})
	wantCode(t, err, xiangcai.EINVALID, "scores[0].points")
	got, err := f.svc.ScoreNominee(ctx, f.province, changshaCode, year, n.ID, []talentpool.ScoreInput{{CriterionID: c1, Points: 40}})
	if err != nil || got.TotalTenths != 400 || len(got.Scores) != 1 {
		t.Fatalf("score one criterion: %+v %v", got, err)
	}
	got, err = f.svc.ScoreNominee(ctx, f.changsha, changshaCode, year, n.ID, []talentpool.ScoreInput{
		{CriterionID: c1, Points: 40}, {CriterionID: c0, Points: 0.1}})
	if err != nil || got.TotalTenths != 401 || got.Scores[0].CriterionID != c0 || got.Scores[1].ScoredBy != f.province.UserID {
		t.Fatalf("score the other: %+v %v", got, err)
	}
	if _, err := f.svc.ScoreNominee(ctx, f.changsha, changshaCode, year, n.ID, []talentpool.ScoreInput{{CriterionID: c1, Points: 40}}); err != nil {
		t.Fatal(err)
	}
	if n := f.count(t, "audit_events", "action = 'selection.score'"); n != 2 {
		t.Fatalf("%d scorings audited, want 2 (an unchanged score is not a change)", n)
	}
}
