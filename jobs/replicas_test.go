package jobs

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/database"
	"xiangcai/database/dbtest"
	"xiangcai/migrations"
)

// TestReplicasNeverRunAJobTwice runs two "replicas" (two connection pools on
// one database) with two workers each over many jobs, and counts how often
// each job ran and whether any ran twice at the same time.
func TestReplicasNeverRunAJobTwice(t *testing.T) {
	ctx := context.Background()
	opts := dbtest.Options(t)
	dbs := make([]*bun.DB, 2)
	for i := range dbs {
		db, err := database.Open(ctx, opts)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		dbs[i] = db
	}
	if _, err := migrations.New(dbs[0]).Up(ctx); err != nil {
		t.Fatal(err)
	}
	clock := testClock()
	const total = 80
	for range total {
		enqueue(t, dbs[0], clock, nil)
	}

	var mu sync.Mutex
	runs, running := map[string]int{}, map[string]bool{}
	h := Handler{Run: func(ctx context.Context, job *Job) error {
		mu.Lock()
		if running[job.ID] {
			t.Errorf("job %s runs twice at once", job.ID)
		}
		running[job.ID] = true
		runs[job.ID]++
		mu.Unlock()
		time.Sleep(time.Millisecond)
		mu.Lock()
		delete(running, job.ID)
		mu.Unlock()
		return nil
	}}
	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	for i, db := range dbs {
		for n := range 2 {
			w := testWorker(db, clock, fmt.Sprintf("replica%d-%d", i, n), h, time.Minute)
			wg.Go(func() { w.Run(runCtx) })
		}
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		done, err := dbs[1].NewSelect().Model((*Job)(nil)).Where("status = ?", StatusDone).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if done == total {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d jobs done", done, total)
		}
		time.Sleep(20 * time.Millisecond)
	}
	stop()
	wg.Wait()
	if len(runs) != total {
		t.Fatalf("%d distinct jobs ran, want %d", len(runs), total)
	}
	for id, n := range runs {
		if n != 1 {
			t.Errorf("job %s ran %d times", id, n)
		}
	}
}
