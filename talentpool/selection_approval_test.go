package talentpool_test

import (
	"testing"

	"xiangcai"
	"xiangcai/talentpool"
)

func TestApprovalChecksTheSelectedAgain(t *testing.T) {
	f := newSelectionFixture(t, 2)
	ctx := t.Context()
	all := f.nominateAll(t)
	if _, err := f.svc.StartScoring(ctx, f.province, changshaCode, year); err != nil {
		t.Fatal(err)
	}
	for _, n := range all {
		f.scoreAndSelect(t, n, 30)
	}
	f.mustMove(t, f.leaders[1].ID, talentpool.StatusExited)
	if _, err := f.svc.ApproveSelection(ctx, f.changsha, changshaCode, year); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("approved an exited leader: %v", err)
	}
	no := false
	if _, err := f.svc.UpdateNominee(ctx, f.changsha, changshaCode, year, all[3].ID, talentpool.NomineePatch{Selected: &no}); err != nil {
		t.Fatal(err)
	}
	name := "岳麓互助会（更名）"
	if _, err := f.svc.UpdateOrganization(ctx, f.changsha, f.orgs[0].ID, talentpool.OrganizationPatch{Name: &name}); err != nil {
		t.Fatal(err)
	}
	sel, err := f.svc.ApproveSelection(ctx, f.province, changshaCode, year)
	if err != nil || sel.Nominees[0].Name != name || sel.Nominees[2].OrganizationName != name ||
		sel.Tally != (talentpool.Tally{Organizations: 2, Leaders: 1}) {
		t.Fatalf("approve: %+v %v", sel, err)
	}
}

func TestTenOfEachMeetsTheTarget(t *testing.T) {
	f := newSelectionFixture(t, talentpool.SelectionTarget)
	ctx := t.Context()
	all := f.nominateAll(t)
	if _, err := f.svc.StartScoring(ctx, f.changsha, changshaCode, year); err != nil {
		t.Fatal(err)
	}
	for _, n := range all {
		f.scoreAndSelect(t, n, 20)
	}
	sel, err := f.svc.ApproveSelection(ctx, f.changsha, changshaCode, year)
	if err != nil || sel.Tally.Short() || sel.Tally.Warning() != nil {
		t.Fatalf("ten of each: %+v %v", sel.Tally, err)
	}
	count, err := f.svc.SelectionCounts(ctx, f.changsha, changshaCode, year)
	if err != nil || count.Warning() != nil || count.Approved.Leaders != talentpool.SelectionTarget {
		t.Fatalf("counts: %+v %v", count, err)
	}
}
