package jobs

import (
	"context"
	"errors"
	"log/slog"
	"unicode/utf8"

	"github.com/uptrace/bun"
)

// maxErrorLength bounds the reason kept in last_error, in bytes.
const maxErrorLength = 2000

// errLeaseLost rolls back the transaction of a failure that is no longer
// this worker's to record.
var errLeaseLost = errors.New("jobs: the lease was lost")

// complete records a job as done.
func (w *Worker) complete(ctx context.Context, log *slog.Logger, job *Job) error {
	ctx, cancel := settleContext(ctx)
	defer cancel()
	ok, err := w.settle(ctx, w.db, job, "status = ?", StatusDone)
	if err == nil && !ok {
		log.Warn("job finished after its lease was taken over; the result is not recorded")
	}
	return err
}

// release puts a job the worker gave up on during shutdown back in the
// queue, due now, without counting the attempt.
func (w *Worker) release(ctx context.Context, log *slog.Logger, job *Job) error {
	ctx, cancel := settleContext(ctx)
	defer cancel()
	_, err := w.settle(ctx, w.db, job, "status = ?, attempts = attempts - 1, run_at = ?", StatusQueued, w.now())
	log.Info("job released on shutdown")
	return err
}

// retry queues a job that failed again after a backoff.
func (w *Worker) retry(ctx context.Context, log *slog.Logger, job *Job, cause error) error {
	ctx, cancel := settleContext(ctx)
	defer cancel()
	runAt := w.now().Add(w.o.Backoff(job.Attempts))
	log.Warn("job failed; will retry", slog.Time("run_at", runAt), slog.Any("err", cause))
	_, err := w.settle(ctx, w.db, job, "status = ?, run_at = ?, last_error = ?", StatusQueued, runAt, truncate(cause.Error()))
	return err
}

// fail marks a job failed for good with reason and lets its handler's
// Failed hook record the failure in the same transaction.
func (w *Worker) fail(ctx context.Context, log *slog.Logger, job *Job, reason string) error {
	ctx, cancel := settleContext(ctx)
	defer cancel()
	log.Error("job failed for good", slog.String("reason", reason))
	job.LastError = truncate(reason)
	err := w.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		ok, err := w.settle(ctx, tx, job, "status = ?, last_error = ?", StatusFailed, job.LastError)
		if err != nil {
			return err
		}
		if !ok {
			return errLeaseLost
		}
		if failed := w.handlers[job.Kind].Failed; failed != nil {
			return failed(ctx, tx, job)
		}
		return nil
	})
	if errors.Is(err, errLeaseLost) {
		log.Warn("job failed after its lease was taken over; the failure is not recorded")
		return nil
	}
	return err
}

// truncate cuts s to at most maxErrorLength bytes of whole characters.
func truncate(s string) string {
	if len(s) <= maxErrorLength {
		return s
	}
	s = s[:maxErrorLength]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
