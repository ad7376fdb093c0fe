package jobs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/database"
)

// claimSQL takes the oldest due job of the worker's kinds and leases it in
// one statement. On PostgreSQL the inner select ends in FOR UPDATE SKIP
// LOCKED, so concurrent workers pass over each other's candidates instead of
// waiting; SQLite has one writer at a time, which the IMMEDIATE transaction
// around the statement makes explicit.
const claimSQL = `UPDATE jobs
SET status = 'running', locked_by = ?, locked_until = ?, attempts = attempts + 1, updated_at = ?
WHERE id = (
	SELECT id FROM jobs
	WHERE kind IN (?) AND ((status = 'queued' AND run_at <= ?) OR (status = 'running' AND locked_until < ?))
	ORDER BY run_at, id
	LIMIT 1%s
)
RETURNING *`

// settleTimeout bounds the writes that record a job's outcome, which run
// even after the worker's context has ended.
const settleTimeout = 30 * time.Second

func (w *Worker) now() time.Time { return w.o.Clock.Now().UTC() }

// claim leases the next due job, or returns nil when none is due.
func (w *Worker) claim(ctx context.Context) (*Job, error) {
	if len(w.kinds) == 0 {
		return nil, nil
	}
	lock := ""
	if database.IsPostgres(w.db) {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	now := w.now()
	job := new(Job)
	err := w.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		return tx.NewRaw(fmt.Sprintf(claimSQL, lock), w.o.Name, now.Add(w.o.Lease), now,
			bun.In(w.kinds), now, now).Scan(ctx, job)
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, database.Err(err, jobText)
	}
	return job, nil
}

// fenced narrows an update to the job as this claim holds it, so a worker
// whose lease was taken over changes nothing.
func fenced(q *bun.UpdateQuery, job *Job) *bun.UpdateQuery {
	return q.Where("id = ?", job.ID).Where("status = ?", StatusRunning).
		Where("locked_by = ?", job.LockedBy).Where("attempts = ?", job.Attempts)
}

// extend renews the lease of a running job. It reports false when the
// claim is no longer this worker's.
func (w *Worker) extend(ctx context.Context, job *Job) (bool, error) {
	now := w.now()
	q := w.db.NewUpdate().Table("jobs").Set("locked_until = ?", now.Add(w.o.Lease)).Set("updated_at = ?", now)
	return affected(fenced(q, job).Exec(ctx))
}

// settle ends the claim with the assignment set, in db (the worker's
// database or a transaction on it). It reports false when the claim was no
// longer this worker's.
func (w *Worker) settle(ctx context.Context, db bun.IDB, job *Job, set string, args ...any) (bool, error) {
	q := db.NewUpdate().Table("jobs").Set(set, args...).
		Set("locked_by = NULL").Set("locked_until = NULL").Set("updated_at = ?", w.now())
	return affected(fenced(q, job).Exec(ctx))
}

func affected(res sql.Result, err error) (bool, error) {
	if err != nil {
		return false, database.Err(err, jobText)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, database.Err(err, jobText)
	}
	return n == 1, nil
}

// settleContext outlives the worker's context, so that a job finished or
// abandoned during shutdown is still recorded.
func settleContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
}
