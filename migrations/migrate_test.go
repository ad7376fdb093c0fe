package migrations_test

import (
	"context"
	"sync"
	"testing"

	"xiangcai/database"
	"xiangcai/database/dbtest"
	"xiangcai/migrations"
)

func TestUpDownUp(t *testing.T) {
	ctx := context.Background()
	db := dbtest.OpenEmpty(t)
	m := migrations.New(db)

	n, err := m.Up(ctx)
	if err != nil || n != len(migrations.History) {
		t.Fatalf("first Up applied %d, err %v; want %d", n, err, len(migrations.History))
	}
	if n, err := m.Up(ctx); err != nil || n != 0 {
		t.Fatalf("second Up applied %d, err %v; want 0", n, err)
	}
	for i := len(migrations.History) - 1; i >= 0; i-- {
		reverted, ok, err := m.Down(ctx)
		if err != nil || !ok || reverted.Version != migrations.History[i].Version {
			t.Fatalf("Down: %+v %v %v", reverted, ok, err)
		}
	}
	if _, ok, err := m.Down(ctx); ok || err != nil {
		t.Fatalf("Down with nothing applied: ok=%v err=%v", ok, err)
	}
	states, err := m.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range states {
		if s.Applied() {
			t.Fatalf("migration %d still applied after reverting all", s.Version)
		}
	}
	if n, err := m.Up(ctx); err != nil || n != len(migrations.History) {
		t.Fatalf("Up after Down applied %d, err %v", n, err)
	}
	states, _ = m.Status(ctx)
	for _, s := range states {
		if !s.Applied() {
			t.Fatalf("migration %d pending after Up", s.Version)
		}
	}
}

// TestFailedMigrationIsNotRecorded proves a migration is marked applied only
// after it succeeded: the broken step leaves no row and no partial table.
func TestFailedMigrationIsNotRecorded(t *testing.T) {
	ctx := context.Background()
	db := dbtest.OpenEmpty(t)
	broken := migrations.Migration{Version: 99, Name: "broken", Up: []string{
		"CREATE TABLE half_done (id TEXT PRIMARY KEY)",
		"THIS IS NOT SQL",
	}}
	m := migrations.NewWithHistory(db, []migrations.Migration{broken})
	if _, err := m.Up(ctx); err == nil {
		t.Fatal("Up of a broken migration succeeded")
	}
	states, err := m.Status(ctx)
	if err != nil || states[0].Applied() {
		t.Fatalf("broken migration recorded as applied: %+v %v", states, err)
	}
	if _, err := db.ExecContext(ctx, "SELECT 1 FROM half_done"); err == nil {
		t.Fatal("the failed migration's first statement was kept")
	}
}

// TestConcurrentStartUps runs several migrators at once, as replicas starting
// together would, and checks each migration is applied exactly once.
func TestConcurrentStartUps(t *testing.T) {
	ctx := context.Background()
	opts := dbtest.Options(t)
	var wg sync.WaitGroup
	applied := make([]int, 4)
	errs := make([]error, 4)
	for i := range applied {
		wg.Add(1)
		go func() {
			defer wg.Done()
			db, err := database.Open(ctx, opts)
			if err != nil {
				errs[i] = err
				return
			}
			defer db.Close()
			applied[i], errs[i] = migrations.New(db).Up(ctx)
		}()
	}
	wg.Wait()
	total := 0
	for i := range applied {
		if errs[i] != nil {
			t.Fatalf("replica %d: %v", i, errs[i])
		}
		total += applied[i]
	}
	if total != len(migrations.History) {
		t.Fatalf("replicas applied %d migrations in all, want %d", total, len(migrations.History))
	}
}
