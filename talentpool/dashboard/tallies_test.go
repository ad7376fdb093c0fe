package dashboard_test

import (
	"sync"
	"testing"

	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// TestKeptTalliesFollowEveryChange reads 长沙's dashboard after each kind
// of change its counts are made of, each seen by a trigger of its own
// table: a kept tally must never outlive a change.
func TestKeptTalliesFollowEveryChange(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	read := func() dashboard.Figures {
		t.Helper()
		d, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{City: "430100"})
		if err != nil {
			t.Fatal(err)
		}
		return d.Total
	}
	if got := read().Pool.Active; got != 0 {
		t.Fatalf("empty pool: %d active", got)
	}
	account := f.account(t, "a")
	tal := f.talent(t, "430104007", talentpool.StatusActive, talentpool.Volunteer, talentpool.QualificationNone, account)
	if got := read(); got.Pool.Active != 1 || got.NewThisYear != 1 || got.Trained.Count != 0 {
		t.Fatalf("after a new talent: %d active, %d new, %d trained", got.Pool.Active, got.NewThisYear, got.Trained.Count)
	}
	f.training(t, account, now)
	if got := read().Trained.Count; got != 1 {
		t.Fatalf("after a training record: %d trained", got)
	}
	org := f.org(t, "430104007", true, 1)
	if got := read().HubStaffing; got.Hubs != 1 || got.WithinTarget != 1 {
		t.Fatalf("after a hub organization: %+v", got)
	}
	if err := f.pool.DeleteOrganization(t.Context(), f.province, org.ID); err != nil {
		t.Fatal(err)
	}
	if got := read().HubStaffing.Hubs; got != 0 {
		t.Fatalf("after deleting the hub: %d hubs", got)
	}
	f.move(t, tal, talentpool.StatusExited)
	if got := read(); got.Pool.Active != 0 || got.ExitedThisYear != 1 {
		t.Fatalf("after an exit: %d active, %d exited", got.Pool.Active, got.ExitedThisYear)
	}
}

// TestDashboardServesKeptTallies shows that a current kept tally is read,
// not counted again, and that a change to another city leaves it current.
func TestDashboardServesKeptTallies(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	f.talent(t, "430104007", talentpool.StatusActive, talentpool.Volunteer, talentpool.QualificationNone, "")
	province := func() dashboard.Figures {
		t.Helper()
		d, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{})
		if err != nil {
			t.Fatal(err)
		}
		return d.Cities[0] // 长沙
	}
	if got := province().Pool.Active; got != 1 {
		t.Fatalf("长沙 has %d active talents, want 1", got)
	}
	_, err := f.db.NewUpdate().Table("dashboard_tallies").Set("tally = ?", `{"by_status":{"active":99}}`).
		Where("city_code = '430100'").Exec(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got := province().Pool.Active; got != 99 {
		t.Fatalf("长沙 has %d active talents, want the kept 99", got)
	}
	f.talent(t, "430202001", talentpool.StatusActive, talentpool.Volunteer, talentpool.QualificationNone, "")
	if got := province().Pool.Active; got != 99 {
		t.Fatalf("a talent of 株洲 made 长沙 count again: %d", got)
	}
	f.talent(t, "430104007", talentpool.StatusActive, talentpool.Volunteer, talentpool.QualificationNone, "")
	if got := province().Pool.Active; got != 2 {
		t.Fatalf("after a second talent of 长沙: %d active, want 2", got)
	}
}

// TestConcurrentReadsShareARecount reads the province's dashboard from
// several goroutines at once after a change: each gets the figures with
// the change and its own cities' selections (run with -race).
func TestConcurrentReadsShareARecount(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	f.talent(t, "430104007", talentpool.StatusActive, talentpool.Volunteer, talentpool.QualificationNone, "")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			d, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{})
			if err != nil {
				t.Error(err)
				return
			}
			if d.Total.Pool.Active != 1 || d.Cities[0].Pool.Active != 1 || d.Total.Selections == nil {
				t.Errorf("province: %d active, 长沙 %d, selections %v", d.Total.Pool.Active, d.Cities[0].Pool.Active, d.Total.Selections)
			}
		})
	}
	wg.Wait()
}

// TestWarmKeepsEveryCity counts every city's tally ahead of any dashboard,
// and a second warming keeps what is current.
func TestWarmKeepsEveryCity(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	f.talent(t, "430104007", talentpool.StatusActive, talentpool.Volunteer, talentpool.QualificationNone, "")
	for range 2 {
		if err := f.svc.Warm(t.Context()); err != nil {
			t.Fatal(err)
		}
		if n, err := f.db.NewSelect().Table("dashboard_tallies").Where("year = 2025").Count(t.Context()); err != nil || n != 14 {
			t.Fatalf("%d kept tallies of 2025, want one per city (%v)", n, err)
		}
	}
	d, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{City: "430100"})
	if err != nil || d.Total.Pool.Active != 1 {
		t.Fatalf("长沙 after warming: %+v, %v", d, err)
	}
}
