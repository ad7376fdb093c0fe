package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/talentpool"
)

// TestEveryChangeIsAudited makes one change of each kind and checks each
// left exactly one event, readable by its city and the province only.
func TestEveryChangeIsAudited(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	o := f.org(t, f.changsha, "甲", township)
	name := "乙"
	if _, err := f.svc.UpdateOrganization(ctx, f.changsha, o.ID, talentpool.OrganizationPatch{Name: &name}); err != nil {
		t.Fatal(err)
	}
	tal := f.talent(t, f.changsha, 1, township, func(in *talentpool.NewTalent) { in.OrganizationID = o.ID })
	skills := []string{"调解", "调解", " 社区治理 "}
	if u, err := f.svc.UpdateTalent(ctx, f.changsha, tal.ID, talentpool.TalentPatch{Skills: &skills}); err != nil ||
		len(u.Skills) != 2 || u.Skills[1] != "社区治理" {
		t.Fatalf("skills: %+v %v", u, err)
	}
	f.mustMove(t, tal.ID, talentpool.StatusSuspended)
	if _, err := f.svc.RevealIDNumber(ctx, f.changsha, tal.ID); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.DeleteOrganization(ctx, f.changsha, o.ID); err != nil {
		t.Fatal(err)
	}
	f.talent(t, f.zhuzhou, 2, zhuzhouTown)

	trail := audit.NewService(f.db)
	events, total, err := trail.FindEvents(ctx, f.changsha, audit.EventFilter{Page: xiangcai.Page{Limit: 100}})
	if err != nil || total != 7 {
		t.Fatalf("长沙's trail: %d %v", total, err)
	}
	wantActions := []string{"organization.delete", "talent.reveal", "talent.transition", "talent.update",
		"talent.create", "organization.update", "organization.create"}
	for i, e := range events {
		if e.Action != wantActions[i] || e.CityCode != changshaCode || e.ActorUserID != f.changsha.UserID {
			t.Fatalf("event %d: %+v, want %s", i, e, wantActions[i])
		}
	}
	if _, total, _ := trail.FindEvents(ctx, f.province, audit.EventFilter{}); total != 8 {
		t.Fatalf("the province sees %d events", total)
	}
	if _, _, err := trail.FindEvents(ctx, f.changsha, audit.EventFilter{CityCode: zhuzhouCode}); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("长沙 reads 株洲's trail: %v", err)
	}
	page, _, _ := f.svc.TalentEvents(ctx, f.changsha, tal.ID, xiangcai.Page{Limit: 2})
	rest, _, _ := f.svc.TalentEvents(ctx, f.changsha, tal.ID, xiangcai.Page{Limit: 2, Cursor: page[1].Cursor()})
	if len(page) != 2 || len(rest) != 2 || rest[1].Action != "talent.create" {
		t.Fatalf("talent events by page: %d then %d", len(page), len(rest))
	}
}

// TestNothingHalfWritten makes the audit trail fail and checks that the
// change it would have recorded was undone with it.
func TestNothingHalfWritten(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	tal := f.talent(t, f.changsha, 1, township)
	if _, err := f.db.ExecContext(ctx, "DROP TABLE audit_events"); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.CreateTalent(ctx, f.changsha, talentpool.NewTalent{TalentInput: talentpool.TalentInput{
		Name: "李四", IDNumber: idNumber(2), Category: talentpool.Volunteer, RegionCode: township}})
	wantCode(t, err, xiangcai.EINTERNAL, "")
	f.clock.Advance(time.Hour)
	_, err = f.svc.TransitionTalent(ctx, f.changsha, tal.ID, talentpool.StatusSuspended, "测试")
	wantCode(t, err, xiangcai.EINTERNAL, "")
	_, err = f.svc.CreateOrganization(ctx, f.changsha, talentpool.OrganizationInput{Name: "甲",
		Status: talentpool.OrganizationFiled, CategoryID: f.category, RegionCode: township})
	wantCode(t, err, xiangcai.EINTERNAL, "")
	if n := f.count(t, "talents", "1 = 1"); n != 1 {
		t.Fatalf("%d talents after a failed create", n)
	}
	if n := f.count(t, "talent_transitions", "1 = 1"); n != 1 {
		t.Fatalf("%d transitions after failures", n)
	}
	if n := f.count(t, "organizations", "1 = 1"); n != 0 {
		t.Fatalf("%d organizations after a failed create", n)
	}
	got, err := f.svc.FindTalentByID(ctx, f.changsha, tal.ID)
	if err != nil || got.Status != talentpool.StatusActive {
		t.Fatalf("talent after a failed transition: %+v %v", got, err)
	}
}
