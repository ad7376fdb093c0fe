package jobs

import (
	"context"
	"errors"
	"testing"

	"github.com/uptrace/bun"

	"xiangcai/database/dbtest"
)

// TestEnqueueFollowsTheTransaction checks that a job exists exactly when the
// transaction that enqueued it committed.
func TestEnqueueFollowsTheTransaction(t *testing.T) {
	ctx := context.Background()
	db := dbtest.Open(t)
	clock := testClock()
	rollback := errors.New("rollback")
	err := db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		enqueue(t, tx, clock, map[string]string{"asset_id": "rolled-back"})
		return rollback
	})
	if !errors.Is(err, rollback) {
		t.Fatal(err)
	}
	if n, err := db.NewSelect().Model((*Job)(nil)).Count(ctx); err != nil || n != 0 {
		t.Fatalf("%d jobs after a rolled-back enqueue (err %v), want 0", n, err)
	}
	var kept *Job
	err = db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		kept = enqueue(t, tx, clock, map[string]string{"asset_id": "kept"})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := row(t, db, kept.ID)
	var payload struct {
		AssetID string `json:"asset_id"`
	}
	if err := got.Decode(&payload); err != nil || payload.AssetID != "kept" {
		t.Fatalf("payload %q, err %v", got.Payload, err)
	}
	if got.Status != StatusQueued || got.Attempts != 0 || got.MaxAttempts != DefaultMaxAttempts || !got.RunAt.Equal(clock.Now()) {
		t.Fatalf("new job: %+v", got)
	}
}
