package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool"
)

func TestLifecycleAllowsOnlyItsSteps(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	tal := f.talent(t, f.changsha, 1, township, func(in *talentpool.NewTalent) { in.Status = "" })
	if tal.Status != talentpool.StatusNominated {
		t.Fatalf("a new talent is %s", tal.Status)
	}
	steps := []struct {
		to     talentpool.Status
		reason string
		code   string
	}{
		{talentpool.StatusActive, "跳过审核", xiangcai.ECONFLICT},
		{talentpool.StatusUnderReview, "  ", xiangcai.EINVALID},
		{talentpool.StatusUnderReview, "材料齐全", ""},
		{talentpool.StatusNominated, "补充材料", ""},
		{talentpool.StatusUnderReview, "已补充", ""},
		{talentpool.StatusActive, "审核通过", ""},
		{talentpool.StatusUnderReview, "重新审核", xiangcai.ECONFLICT},
		{talentpool.StatusSuspended, "长期未参加活动", ""},
		{talentpool.StatusSuspended, "再次暂停", xiangcai.ECONFLICT},
		{talentpool.StatusActive, "恢复活动", ""},
		{talentpool.StatusExited, "调离", ""},
		{talentpool.StatusActive, "回来了", xiangcai.ECONFLICT},
		{"retired", "x", xiangcai.EINVALID},
	}
	for i, s := range steps {
		f.clock.Advance(time.Hour)
		got, err := f.svc.TransitionTalent(ctx, f.changsha, tal.ID, s.to, s.reason)
		if xiangcai.ErrorCode(err) != s.code {
			t.Fatalf("step %d to %s: %v, want %q", i, s.to, err, s.code)
		}
		if err == nil && (got.Status != s.to || !got.StatusChangedAt.Equal(f.clock.Now())) {
			t.Fatalf("step %d: talent is %s since %s", i, got.Status, got.StatusChangedAt)
		}
	}
	list, err := f.svc.FindTransitions(ctx, f.changsha, tal.ID)
	if err != nil || len(list) != 8 {
		t.Fatalf("%d transitions, %v", len(list), err)
	}
	first, last := list[0], list[7]
	if first.FromStatus != "" || first.ToStatus != talentpool.StatusNominated || first.Reason != "加入人才库" ||
		last.FromStatus != talentpool.StatusActive || last.ToStatus != talentpool.StatusExited ||
		last.Reason != "调离" || last.ByUserID != f.changsha.UserID {
		t.Fatalf("transitions: first %+v last %+v", first, last)
	}
	if n := f.count(t, "audit_events", "action = 'talent.transition' AND object_id = ?", tal.ID); n != 7 {
		t.Fatalf("%d transitions audited, want 7", n)
	}
	if _, err := f.svc.TransitionTalent(ctx, f.trainee, tal.ID, talentpool.StatusActive, "x"); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("a trainee moves a talent: %v", err)
	}
}

// TestPoolAsOfADate rebuilds the pool on past dates from the transitions,
// with the fixed clock moving a day at a time.
func TestPoolAsOfADate(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	day := func(n int) time.Time { return start.Add(time.Duration(n) * 24 * time.Hour) }
	a := f.talent(t, f.changsha, 1, township, func(in *talentpool.NewTalent) { in.Status = talentpool.StatusNominated })
	f.clock.Advance(24 * time.Hour) // day 1
	f.mustMove(t, a.ID, talentpool.StatusUnderReview)
	f.mustMove(t, a.ID, talentpool.StatusActive)
	b := f.talent(t, f.changsha, 2, township)
	f.clock.Advance(24 * time.Hour) // day 2
	f.mustMove(t, a.ID, talentpool.StatusSuspended)
	elsewhere := zhuzhouTown
	if _, err := f.svc.UpdateTalent(ctx, f.province, b.ID, talentpool.TalentPatch{RegionCode: &elsewhere}); err != nil {
		t.Fatal(err)
	}
	f.clock.Advance(24 * time.Hour) // day 3
	f.mustMove(t, a.ID, talentpool.StatusExited)

	pool := func(p xiangcai.Principal, at time.Time, status talentpool.Status) map[string]talentpool.Status {
		t.Helper()
		list, total, err := f.svc.FindTalents(ctx, p, talentpool.TalentFilter{AsOf: at, Status: status})
		if err != nil || total != len(list) {
			t.Fatalf("as of %s: %d %v", at, total, err)
		}
		out := map[string]talentpool.Status{}
		for _, tal := range list {
			out[tal.ID] = tal.Status
		}
		return out
	}
	want := func(label string, got map[string]talentpool.Status, pairs ...any) {
		t.Helper()
		if len(got) != len(pairs)/2 {
			t.Fatalf("%s: %v, want %v", label, got, pairs)
		}
		for i := 0; i < len(pairs); i += 2 {
			if got[pairs[i].(string)] != pairs[i+1].(talentpool.Status) {
				t.Fatalf("%s: %v, want %v", label, got, pairs)
			}
		}
	}
	want("before anyone", pool(f.changsha, day(0).Add(-time.Second), ""))
	want("day 0", pool(f.changsha, day(0), ""), a.ID, talentpool.StatusNominated)
	want("day 1", pool(f.changsha, day(1).Add(time.Hour), ""), a.ID, talentpool.StatusActive, b.ID, talentpool.StatusActive)
	want("day 2 in 长沙", pool(f.changsha, day(2), ""), a.ID, talentpool.StatusSuspended)
	want("day 2 in 株洲", pool(f.zhuzhou, day(2), ""), b.ID, talentpool.StatusActive)
	want("day 1 in 株洲", pool(f.zhuzhou, day(1), ""))
	want("day 3 active", pool(f.province, day(3), talentpool.StatusActive), b.ID, talentpool.StatusActive)
	want("day 3 everyone", pool(f.province, day(3), ""), a.ID, talentpool.StatusExited, b.ID, talentpool.StatusActive)
}

// mustMove moves a talent of 长沙 to status.
func (f *fixture) mustMove(t *testing.T, id string, to talentpool.Status) {
	t.Helper()
	if _, err := f.svc.TransitionTalent(t.Context(), f.changsha, id, to, "测试"); err != nil {
		t.Fatal(err)
	}
}
