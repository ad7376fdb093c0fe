package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool"
)

// training inserts a completed training worth tenths credit hours for user.
func (f *fixture) training(t *testing.T, user string, tenths int, at time.Time) {
	t.Helper()
	_, err := f.db.NewInsert().Table("training_records").Model(&map[string]any{
		"id": xiangcai.NewID(), "user_id": user, "source_kind": "course", "source_id": xiangcai.NewID(),
		"title": "社区治理基础", "credit_tenths": tenths, "city_code": changshaCode, "completed_at": at.UTC(),
	}).Exec(t.Context())
	if err != nil {
		t.Fatal(err)
	}
}

func TestAnnualReviewFlagsAndDecisions(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	o1 := f.org(t, f.changsha, "甲", township)
	o2 := f.org(t, f.changsha, "乙", township)
	learner := func(name string) string { return f.user(t, name, xiangcai.RoleTrainee, changshaCode).UserID }
	withUser := func(u string) func(*talentpool.NewTalent) {
		return func(in *talentpool.NewTalent) { in.UserID = u }
	}
	// trained: 1.5 hours this year (in Beijing time), and an hour in 2024.
	u1 := learner("user1")
	trained := f.talent(t, f.changsha, 1, township, withUser(u1))
	f.training(t, u1, 15, time.Date(2024, 12, 31, 17, 0, 0, 0, time.UTC)) // 1 January 2025 in Beijing
	f.training(t, u1, 10, time.Date(2024, 12, 31, 15, 0, 0, 0, time.UTC)) // still 2024 in Beijing
	// idle: an account, but no training this year.
	u2 := learner("user2")
	idle := f.talent(t, f.changsha, 2, township, withUser(u2))
	f.training(t, u2, 10, time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC))
	// expired: trained, but the qualification ran out.
	u3 := learner("user3")
	expired := f.talent(t, f.changsha, 3, township, withUser(u3), func(in *talentpool.NewTalent) {
		in.Qualification, in.QualificationExpiresAt = talentpool.QualificationAssistant, start.AddDate(0, -1, 0)
	})
	f.training(t, u3, 20, start)
	// orphan: trained, but their organization was deleted.
	u4 := learner("user4")
	orphan := f.talent(t, f.changsha, 4, township, withUser(u4), func(in *talentpool.NewTalent) { in.OrganizationID = o1.ID })
	f.training(t, u4, 20, start)
	if err := f.svc.DeleteOrganization(ctx, f.changsha, o1.ID); err != nil {
		t.Fatal(err)
	}
	// mover: trained, but changed organization this year.
	u5 := learner("user5")
	mover := f.talent(t, f.changsha, 5, township, withUser(u5), func(in *talentpool.NewTalent) { in.OrganizationID = o2.ID })
	f.training(t, u5, 20, start)
	none := ""
	if _, err := f.svc.UpdateTalent(ctx, f.changsha, mover.ID, talentpool.TalentPatch{OrganizationID: &none}); err != nil {
		t.Fatal(err)
	}
	// Neither a suspended talent nor another city's is reviewed.
	f.mustMove(t, f.talent(t, f.changsha, 6, township).ID, talentpool.StatusSuspended)
	f.talent(t, f.zhuzhou, 7, zhuzhouTown)

	if _, err := f.svc.StartAnnualReview(ctx, f.zhuzhou, changshaCode, 2025); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("another city starts the review: %v", err)
	}
	_, err := f.svc.StartAnnualReview(ctx, f.changsha, "430104", 2026)
	wantCode(t, err, xiangcai.EINVALID, "city_code")
	wantCode(t, err, xiangcai.EINVALID, "year")
	rv, err := f.svc.StartAnnualReview(ctx, f.changsha, changshaCode, 2025)
	if err != nil || rv.Talents != 5 || rv.Flagged != 4 || rv.Pending != 4 || !rv.CompletedAt.IsZero() {
		t.Fatalf("review: %+v %v", rv, err)
	}
	if _, err := f.svc.StartAnnualReview(ctx, f.province, changshaCode, 2025); xiangcai.ErrorCode(err) != xiangcai.ECONFLICT {
		t.Fatalf("a second review of the year: %v", err)
	}
	items, total, err := f.svc.FindReviewItems(ctx, f.changsha, rv.ID, talentpool.ReviewItemFilter{Page: xiangcai.Page{Limit: 100}})
	if err != nil || total != 5 {
		t.Fatalf("items: %d %v", total, err)
	}
	byTalent := map[string]*talentpool.ReviewItem{}
	for _, it := range items {
		byTalent[it.TalentID] = it
	}
	type flags struct{ noHours, left, expired bool }
	wantFlags := map[string]flags{trained.ID: {}, idle.ID: {noHours: true}, expired.ID: {expired: true},
		orphan.ID: {left: true}, mover.ID: {left: true}}
	for id, want := range wantFlags {
		it := byTalent[id]
		if it == nil || (flags{it.NoCreditHours, it.LeftOrganization, it.QualificationExpired}) != want || it.Talent == nil {
			t.Fatalf("item of %s: %+v, want %+v", id, it, want)
		}
	}
	if it := byTalent[trained.ID]; it.CreditTenths != 15 || it.Decision != talentpool.DecisionKeep {
		t.Fatalf("unflagged item: %+v", it)
	}
	_, pending, _ := f.svc.FindReviewItems(ctx, f.changsha, rv.ID, talentpool.ReviewItemFilter{Pending: true})
	if pending != 4 {
		t.Fatalf("%d pending", pending)
	}
	if _, _, err := f.svc.FindReviewItems(ctx, f.zhuzhou, rv.ID, talentpool.ReviewItemFilter{}); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("another city reads the review: %v", err)
	}

	resolve := func(p xiangcai.Principal, talentID string, d talentpool.Decision, reason string) error {
		_, err := f.svc.ResolveReviewItem(ctx, p, byTalent[talentID].ID, d, reason)
		return err
	}
	wantCode(t, resolve(f.changsha, idle.ID, "promote", ""), xiangcai.EINVALID, "decision")
	wantCode(t, resolve(f.changsha, idle.ID, "promote", ""), xiangcai.EINVALID, "reason")
	wantCode(t, resolve(f.zhuzhou, idle.ID, talentpool.DecisionKeep, "x"), xiangcai.ENOTFOUND, "")
	wantCode(t, resolve(f.changsha, trained.ID, talentpool.DecisionSuspend, "x"), xiangcai.ECONFLICT, "")
	for _, r := range []struct {
		id     string
		d      talentpool.Decision
		status talentpool.Status
	}{
		{idle.ID, talentpool.DecisionSuspend, talentpool.StatusSuspended},
		{expired.ID, talentpool.DecisionKeep, talentpool.StatusActive},
		{orphan.ID, talentpool.DecisionExit, talentpool.StatusExited},
	} {
		if err := resolve(f.changsha, r.id, r.d, "复核意见"); err != nil {
			t.Fatal(err)
		}
		got, _ := f.svc.FindTalentByID(ctx, f.changsha, r.id)
		if got.Status != r.status {
			t.Fatalf("after %s the talent is %s", r.d, got.Status)
		}
	}
	wantCode(t, resolve(f.changsha, idle.ID, talentpool.DecisionExit, "again"), xiangcai.ECONFLICT, "")
	if err := resolve(f.province, mover.ID, talentpool.DecisionKeep, "已加入新组织"); err != nil {
		t.Fatal(err)
	}
	rv, err = f.svc.FindReviewByID(ctx, f.changsha, rv.ID)
	if err != nil || rv.Pending != 0 || !rv.CompletedAt.Equal(f.clock.Now()) {
		t.Fatalf("review after the last decision: %+v %v", rv, err)
	}
	list, err := f.svc.FindReviews(ctx, f.changsha, talentpool.ReviewFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("reviews: %d %v", len(list), err)
	}
	if n := f.count(t, "audit_events", "action = 'talent.review_decision'"); n != 4 {
		t.Fatalf("%d decisions audited", n)
	}
	if n := f.count(t, "talent_transitions", "reason = '年度复核：复核意见'"); n != 2 {
		t.Fatalf("%d review transitions", n)
	}

	// The next year's review counts leaving the organization since this
	// review only.
	f.clock.Advance(365 * 24 * time.Hour)
	next, err := f.svc.StartAnnualReview(ctx, f.changsha, changshaCode, 2026)
	if err != nil {
		t.Fatal(err)
	}
	items, _, _ = f.svc.FindReviewItems(ctx, f.changsha, next.ID, talentpool.ReviewItemFilter{})
	for _, it := range items {
		if it.TalentID == mover.ID && (it.LeftOrganization || !it.NoCreditHours) {
			t.Fatalf("next year's item of the mover: %+v", it)
		}
	}
}
