// Package jobs is Xiangcai's durable background job queue. A job is a row in
// the jobs table, written by Enqueue in the caller's transaction, so a job
// exists exactly when the change that needs it committed. Workers (one or more
// per replica) claim due jobs under a lease that they keep extending while
// the job runs; the job of a worker that crashed is claimed again once its
// lease runs out, so work survives restarts. Failures are retried with
// backoff until the job's attempts are used up, and then it is failed with
// the reason.
//
// Delivery is at least once: a worker cut off from the database for longer
// than its lease may see its job taken over. Handlers must therefore be
// idempotent; every write a worker makes to a job is fenced by its claim, so
// a worker that lost its lease can never overwrite the new owner's result.
package jobs

import (
	"context"
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// Status is where a job is in its life.
type Status string

// The statuses of a job.
const (
	StatusQueued  Status = "queued"
	StatusRunning Status = "running"
	StatusDone    Status = "done"
	StatusFailed  Status = "failed"
)

// DefaultMaxAttempts is how many times a job is tried before it fails.
const DefaultMaxAttempts = 5

// jobText names a job in error messages.
var jobText = xiangcai.Text{ZH: "后台任务", EN: "job"}

// Job is one piece of background work of a kind, with its payload.
type Job struct {
	bun.BaseModel `bun:"table:jobs,alias:j"`

	ID      string          `bun:"id,pk"`
	Kind    string          `bun:"kind"`
	Payload json.RawMessage `bun:"payload"`
	Status  Status          `bun:"status"`
	// Attempts counts the claims so far, the current one included.
	Attempts    int       `bun:"attempts"`
	MaxAttempts int       `bun:"max_attempts"`
	RunAt       time.Time `bun:"run_at"`
	// LockedBy names the worker holding the lease while the job runs.
	LockedBy    string    `bun:"locked_by,nullzero"`
	LockedUntil time.Time `bun:"locked_until,nullzero"`
	LastError   string    `bun:"last_error,nullzero"`
	CreatedAt   time.Time `bun:"created_at"`
	UpdatedAt   time.Time `bun:"updated_at"`
}

// Decode reads the job's payload into v.
func (j *Job) Decode(v any) error {
	if err := json.Unmarshal(j.Payload, v); err != nil {
		return xiangcai.Internal(err)
	}
	return nil
}

// Enqueue adds a job of kind with payload (encoded as JSON), due at now.
// Pass the transaction that writes the row the job works on, so that both
// commit or neither does. now comes from the caller's clock.
func Enqueue(ctx context.Context, db bun.IDB, now time.Time, kind string, payload any) (*Job, error) {
	b, err := json.Marshal(payload)
	if err != nil {
		return nil, xiangcai.Internal(err)
	}
	now = now.UTC()
	j := &Job{ID: xiangcai.NewID(), Kind: kind, Payload: b, Status: StatusQueued,
		MaxAttempts: DefaultMaxAttempts, RunAt: now, CreatedAt: now, UpdatedAt: now}
	if _, err := db.NewInsert().Model(j).Exec(ctx); err != nil {
		return nil, database.Err(err, jobText)
	}
	return j, nil
}
