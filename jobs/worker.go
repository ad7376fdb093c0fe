package jobs

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"slices"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

// Handler runs the jobs of one kind.
type Handler struct {
	// Run does the job. Its context ends when the worker stops or loses the
	// job's lease. An error makes the job retry with backoff until its
	// attempts are used up.
	Run func(ctx context.Context, job *Job) error
	// Failed, when set, runs when the job fails for good, in the transaction
	// that marks it failed, so the row that waited for the job can record why.
	// job.LastError holds the reason.
	Failed func(ctx context.Context, tx bun.IDB, job *Job) error
}

// Options configure a Worker; the zero value of each field means its default.
type Options struct {
	// Name identifies the worker in locked_by; default host-pid-random.
	Name  string
	Clock xiangcai.Clock // default xiangcai.SystemClock
	// Lease is how long a claim lasts without being extended (default 2
	// minutes). A running job's lease is extended every Lease/3.
	Lease time.Duration
	// Poll is how long an idle worker waits before looking again (default 1s).
	Poll time.Duration
	// Backoff is the wait before retrying a job that failed its attempt'th
	// try (default DefaultBackoff).
	Backoff func(attempt int) time.Duration
	Logger  *slog.Logger // default slog.Default()
}

// DefaultBackoff waits 10 seconds after the first failure and doubles the
// wait after each further one, up to an hour.
func DefaultBackoff(attempt int) time.Duration {
	return min(10*time.Second<<min(max(attempt-1, 0), 9), time.Hour)
}

// Worker claims and runs jobs, one at a time. Run several for parallelism;
// workers on any number of replicas share the queue safely.
type Worker struct {
	db       *bun.DB
	handlers map[string]Handler
	kinds    []string
	o        Options
}

// NewWorker returns a worker for the job kinds in handlers. It claims no job
// of another kind, so replicas running different versions share one queue.
func NewWorker(db *bun.DB, handlers map[string]Handler, o Options) *Worker {
	if o.Name == "" {
		host, _ := os.Hostname()
		b := make([]byte, 4)
		rand.Read(b)
		o.Name = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
	}
	if o.Clock == nil {
		o.Clock = xiangcai.SystemClock{}
	}
	if o.Lease <= 0 {
		o.Lease = 2 * time.Minute
	}
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	if o.Backoff == nil {
		o.Backoff = DefaultBackoff
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	w := &Worker{db: db, handlers: handlers, o: o}
	for kind := range handlers {
		w.kinds = append(w.kinds, kind)
	}
	slices.Sort(w.kinds)
	return w
}

// Run claims and runs due jobs until ctx ends. When ctx ends during a job,
// the job's context ends too: a job that still finishes is recorded done,
// one that gives up is released for another worker without counting as an
// attempt. Problems with the queue itself are logged and retried.
func (w *Worker) Run(ctx context.Context) {
	for ctx.Err() == nil {
		ran, err := w.Next(ctx)
		if err != nil && ctx.Err() == nil {
			w.o.Logger.Error("job queue", slog.String("worker", w.o.Name), slog.Any("err", err))
		}
		if ran && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
		case <-time.After(w.o.Poll):
		}
	}
}

// Next claims one due job and runs it, reporting whether there was one. The
// error is about the queue (the database); a job's own failure is recorded
// on the job, not returned.
func (w *Worker) Next(ctx context.Context) (bool, error) {
	job, err := w.claim(ctx)
	if err != nil || job == nil {
		return false, err
	}
	return true, w.run(ctx, job)
}

// run runs a claimed job while keeping its lease, then records the outcome.
func (w *Worker) run(ctx context.Context, job *Job) error {
	log := w.o.Logger.With(slog.String("job", job.ID), slog.String("kind", job.Kind),
		slog.Int("attempt", job.Attempts), slog.String("worker", w.o.Name))
	if job.Attempts > job.MaxAttempts {
		// Every allowed attempt was claimed and none finished: its workers
		// died or were cut off before they could record anything.
		return w.fail(ctx, log, job, "the job's lease ran out on every attempt; its worker stopped before finishing")
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	stopLease := w.keepLease(runCtx, cancel, log, job)
	err := w.call(runCtx, log, job)
	if lost := stopLease(); lost {
		log.Warn("job lease lost while running; another worker owns the job now")
		return nil
	}
	switch {
	case err == nil:
		return w.complete(ctx, log, job)
	case ctx.Err() != nil:
		return w.release(ctx, log, job)
	case job.Attempts >= job.MaxAttempts:
		return w.fail(ctx, log, job, err.Error())
	default:
		return w.retry(ctx, log, job, err)
	}
}

// call runs the job's handler, turning a panic into an error.
func (w *Worker) call(ctx context.Context, log *slog.Logger, job *Job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Error("job panicked", slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return w.handlers[job.Kind].Run(ctx, job)
}
