package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool"
)

// TestSelectionFromDraftToPublished walks a selection through its whole
// flow: criteria and nominees in draft, scores and choices in scoring, a
// frozen approved list, the public page, and the province reopening it.
func TestSelectionFromDraftToPublished(t *testing.T) {
	f := newSelectionFixture(t, 3)
	ctx := t.Context()
	all := f.nominateAll(t)
	if _, err := f.svc.ScoreNominee(ctx, f.changsha, changshaCode, year, all[0].ID, nil); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("scoring a draft: %v", err)
	}
	sel, err := f.svc.StartScoring(ctx, f.changsha, changshaCode, year)
	if err != nil || sel.Status != talentpool.SelectionScoring || len(sel.Nominees) != 6 || sel.MaxTotal() != 100 {
		t.Fatalf("start scoring: %+v %v", sel, err)
	}
	if _, err := f.svc.SetCriteria(ctx, f.changsha, changshaCode, year, nil); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("criteria changed while scoring: %v", err)
	}
	if _, err := f.svc.ApproveSelection(ctx, f.changsha, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("approved with nobody selected: %v", err)
	}
	// Organizations 0 and 1 and leader 0 are selected; organization 1
	// scores best; leader 2 is nominated late and left unscored.
	f.scoreAndSelect(t, all[0], 50)
	f.scoreAndSelect(t, all[2], 58.4)
	f.scoreAndSelect(t, all[1], 40)
	late := f.leader(t, f.changsha, 200, township, "")
	lateNominee := f.nominate(t, talentpool.NomineeLeader, late.ID)
	yes := true
	if _, err := f.svc.UpdateNominee(ctx, f.changsha, changshaCode, year, lateNominee.ID, talentpool.NomineePatch{Selected: &yes}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.ApproveSelection(ctx, f.changsha, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("approved with an unscored nominee selected: %v", err)
	}
	if err := f.svc.RemoveNominee(ctx, f.changsha, changshaCode, year, lateNominee.ID); err != nil {
		t.Fatal(err)
	}
	f.clock.Advance(time.Hour)
	sel, err = f.svc.ApproveSelection(ctx, f.changsha, changshaCode, year)
	if err != nil || sel.Status != talentpool.SelectionApproved || !sel.ApprovedAt.Equal(f.clock.Now()) ||
		sel.Tally != (talentpool.Tally{Organizations: 2, Leaders: 1}) || sel.Tally.Warning() == nil {
		t.Fatalf("approve: %+v %v", sel, err)
	}
	if first := sel.Nominees[0]; first.ID != all[2].ID || first.TotalTenths != 876 || first.TotalPoints() != 87.6 ||
		first.Scores[0].CriterionID != f.criteria[0].ID || first.Scores[1].Points() != 29.2 {
		t.Fatalf("ranking: first %+v", first)
	}
	f.requireFrozen(t, all[3])

	count, err := f.svc.SelectionCounts(ctx, f.province, changshaCode, year)
	if err != nil || count.Status != talentpool.SelectionApproved || count.Approved.Organizations != 2 || count.Warning() == nil {
		t.Fatalf("counts: %+v %v", count, err)
	}
	if _, err := f.svc.FindPublishedSelection(ctx, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("an approved list is public: %v", err)
	}
	if _, err := f.svc.PublishSelection(ctx, f.changsha, changshaCode, year); err != nil {
		t.Fatal(err)
	}
	pub, err := f.svc.FindPublishedSelection(ctx, changshaCode, year)
	if err != nil || pub.CityName != "长沙市" || len(pub.Organizations) != 2 || len(pub.Leaders) != 1 ||
		pub.Organizations[0].Name != "岳麓互助会01" || pub.Leaders[0].Name != "李*" ||
		pub.Leaders[0].OrganizationName != "岳麓互助会00" || pub.Leaders[0].RegionCode != township || pub.Leaders[0].RegionName == "" {
		t.Fatalf("public list: %+v %v", pub, err)
	}
	f.requireFrozen(t, all[3])

	if _, err := f.svc.ReopenSelection(ctx, f.changsha, changshaCode, year, "补充提名"); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("a city reopens: %v", err)
	}
	if _, err := f.svc.ReopenSelection(ctx, f.province, changshaCode, year, " "); xiangcai.ErrorCode(err) != xiangcai.EINVALID {
		t.Fatalf("reopened without a reason: %v", err)
	}
	sel, err = f.svc.ReopenSelection(ctx, f.province, changshaCode, year, "补充提名")
	if err != nil || sel.Status != talentpool.SelectionScoring || sel.ReopenReason != "补充提名" || !sel.PublishedAt.IsZero() {
		t.Fatalf("reopen: %+v %v", sel, err)
	}
	if _, err := f.svc.FindPublishedSelection(ctx, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("a reopened list stays public: %v", err)
	}
	if count, _ := f.svc.SelectionCounts(ctx, f.changsha, changshaCode, year); count.Approved != (talentpool.Tally{}) {
		t.Fatalf("a reopened list still counts: %+v", count)
	}
	if _, err := f.svc.ReopenSelection(ctx, f.province, changshaCode, year, "again"); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("reopened a scoring selection: %v", err)
	}
	events, total, err := f.svc.SelectionHistory(ctx, f.changsha, changshaCode, year, xiangcai.Page{Limit: 100})
	// create, criteria, 6 nominations, start, 3×(score, select), late
	// nomination, select, withdraw, approve, publish, reopen.
	if err != nil || total != 21 || events[0].Action != "selection.reopen" || events[total-1].Action != "selection.create" {
		t.Fatalf("history: %d %v", total, err)
	}
}

// requireFrozen checks nothing about an approved or published selection
// changes, n being one of its nominees.
func (f *selectionFixture) requireFrozen(t *testing.T, n *talentpool.Nominee) {
	t.Helper()
	ctx := t.Context()
	yes, reason := true, "改"
	for what, err := range map[string]error{
		"criteria": second(f.svc.SetCriteria(ctx, f.changsha, changshaCode, year, nil)),
		"nominate": second(f.svc.Nominate(ctx, f.changsha, changshaCode, year,
			talentpool.NomineeInput{Kind: talentpool.NomineeOrganization, OrganizationID: f.orgs[2].ID})),
		"select": second(f.svc.UpdateNominee(ctx, f.province, changshaCode, year, n.ID, talentpool.NomineePatch{Selected: &yes, Reason: &reason})),
		"score": second(f.svc.ScoreNominee(ctx, f.province, changshaCode, year, n.ID,
			[]talentpool.ScoreInput{{CriterionID: f.criteria[0].ID, Points: 1}})),
		"withdraw": f.svc.RemoveNominee(ctx, f.changsha, changshaCode, year, n.ID),
		"delete":   f.svc.DeleteSelection(ctx, f.province, changshaCode, year),
		"approve":  second(f.svc.ApproveSelection(ctx, f.changsha, changshaCode, year)),
		"scoring":  second(f.svc.StartScoring(ctx, f.changsha, changshaCode, year)),
	} {
		if xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
			t.Errorf("%s on a frozen list: %v", what, err)
		}
	}
}

// second returns the error of a call that returns a value and an error.
func second[T any](_ T, err error) error { return err }
