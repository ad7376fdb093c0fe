package jobs

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/database/dbtest"
)

var discard = slog.New(slog.NewTextHandler(io.Discard, nil))

// TestExpiredLeaseIsClaimedAgain plays a worker that claims a job and dies:
// the job waits out the lease, then another worker runs it, and the dead
// worker's late writes change nothing.
func TestExpiredLeaseIsClaimedAgain(t *testing.T) {
	ctx := context.Background()
	db := dbtest.Open(t)
	clock := testClock()
	runs := 0
	h := Handler{Run: func(context.Context, *Job) error { runs++; return nil }}
	dead := testWorker(db, clock, "dead", h, time.Minute)
	live := testWorker(db, clock, "live", h, time.Minute)
	j := enqueue(t, db, clock, nil)

	claimed, err := dead.claim(ctx)
	if err != nil || claimed == nil || claimed.ID != j.ID || claimed.LockedBy != "dead" {
		t.Fatalf("claim: %+v %v", claimed, err)
	}
	if next(t, live) {
		t.Fatal("a job was taken while its lease was still valid")
	}
	clock.Advance(time.Minute + time.Second)
	if !next(t, live) || runs != 1 {
		t.Fatalf("the expired job did not run again (runs %d)", runs)
	}
	if r := row(t, db, j.ID); r.Status != StatusDone || r.Attempts != 2 {
		t.Fatalf("re-run job: %+v", r)
	}
	if ok, err := dead.extend(ctx, claimed); ok || err != nil {
		t.Fatalf("the dead worker extended a lease it lost: %v %v", ok, err)
	}
	if err := dead.retry(ctx, discard, claimed, context.Canceled); err != nil {
		t.Fatal(err)
	}
	if r := row(t, db, j.ID); r.Status != StatusDone || r.LastError != "" {
		t.Fatalf("the dead worker's late write landed: %+v", r)
	}
}

// TestLeaseRunningOutEveryTimeFails checks that a job whose workers keep
// dying fails once its attempts are used up, through the Failed hook.
func TestLeaseRunningOutEveryTimeFails(t *testing.T) {
	ctx := context.Background()
	db := dbtest.Open(t)
	clock := testClock()
	hooked := 0
	w := testWorker(db, clock, "crashy", Handler{
		Run:    func(context.Context, *Job) error { t.Error("ran a job past its attempts"); return nil },
		Failed: func(context.Context, bun.IDB, *Job) error { hooked++; return nil },
	}, time.Minute)
	j := enqueue(t, db, clock, nil)
	for range DefaultMaxAttempts {
		if c, err := w.claim(ctx); err != nil || c == nil {
			t.Fatalf("claim: %v %v", c, err)
		}
		clock.Advance(2 * time.Minute)
	}
	if !next(t, w) {
		t.Fatal("the exhausted job was not picked up")
	}
	if r := row(t, db, j.ID); r.Status != StatusFailed || r.LastError == "" || hooked != 1 {
		t.Fatalf("exhausted job: %+v, hook calls %d", r, hooked)
	}
}

// TestHeartbeatExtendsTheLease runs a job longer than its lease and checks
// the lease moves with the clock.
func TestHeartbeatExtendsTheLease(t *testing.T) {
	db := dbtest.Open(t)
	clock := testClock()
	started, release := make(chan struct{}), make(chan struct{})
	w := testWorker(db, clock, "slow", Handler{Run: func(context.Context, *Job) error {
		close(started)
		<-release
		return nil
	}}, 90*time.Millisecond)
	j := enqueue(t, db, clock, nil)
	done := make(chan bool)
	go func() { ran, _ := w.Next(context.Background()); done <- ran }()
	<-started
	clock.Advance(time.Hour)
	deadline := time.Now().Add(5 * time.Second)
	for row(t, db, j.ID).LockedUntil.Before(clock.Now()) {
		if time.Now().After(deadline) {
			t.Fatal("the lease was not extended while the job ran")
		}
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	if !<-done {
		t.Fatal("Next reported no job")
	}
	if r := row(t, db, j.ID); r.Status != StatusDone {
		t.Fatalf("slow job: %+v", r)
	}
}

// TestLostLeaseCancelsTheJob hands the job to another worker behind the
// running one's back: its handler is cancelled and its outcome not written.
func TestLostLeaseCancelsTheJob(t *testing.T) {
	db := dbtest.Open(t)
	clock := testClock()
	started := make(chan struct{})
	w := testWorker(db, clock, "loser", Handler{Run: func(ctx context.Context, _ *Job) error {
		close(started)
		<-ctx.Done()
		return ctx.Err()
	}}, 90*time.Millisecond)
	j := enqueue(t, db, clock, nil)
	done := make(chan error)
	go func() { _, err := w.Next(context.Background()); done <- err }()
	<-started
	if _, err := db.NewUpdate().Table("jobs").Set("locked_by = 'thief'").Where("id = ?", j.ID).Exec(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the handler was not cancelled when its lease was lost")
	}
	if r := row(t, db, j.ID); r.Status != StatusRunning || r.LockedBy != "thief" {
		t.Fatalf("the loser overwrote the job: %+v", r)
	}
}

// TestRunStopsGracefully stops workers mid-job: a handler that gives up has
// its job released without using an attempt; one that finishes is done.
func TestRunStopsGracefully(t *testing.T) {
	for _, finish := range []bool{false, true} {
		db := dbtest.Open(t)
		clock := testClock()
		started := make(chan struct{})
		w := testWorker(db, clock, "stopping", Handler{Run: func(ctx context.Context, _ *Job) error {
			close(started)
			<-ctx.Done()
			if finish {
				return nil
			}
			return ctx.Err()
		}}, time.Minute)
		j := enqueue(t, db, clock, nil)
		ctx, cancel := context.WithCancel(context.Background())
		stopped := make(chan struct{})
		go func() { w.Run(ctx); close(stopped) }()
		<-started
		cancel()
		select {
		case <-stopped:
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return after its context ended")
		}
		r := row(t, db, j.ID)
		if finish && r.Status != StatusDone {
			t.Fatalf("a job that finished during shutdown: %+v", r)
		}
		if !finish && (r.Status != StatusQueued || r.Attempts != 0 || r.LockedBy != "" || !r.RunAt.Equal(clock.Now())) {
			t.Fatalf("a job given up during shutdown: %+v, want queued, due now, no attempt used", r)
		}
	}
}
