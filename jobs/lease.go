package jobs

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"
)

// keepLease extends the lease of a running job every Lease/3 until the
// returned stop is called; stop reports whether the lease was lost. When
// an extension finds the claim gone (it ran out and another worker took the
// job), cancel ends the handler's context. A failed extension is only
// logged: the lease still has two thirds of its time to succeed again.
func (w *Worker) keepLease(ctx context.Context, cancel context.CancelFunc, log *slog.Logger, job *Job) (stop func() bool) {
	done := make(chan struct{})
	var lost atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(w.o.Lease / 3)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			ok, err := w.extend(ctx, job)
			switch {
			case err != nil && ctx.Err() == nil:
				log.Warn("could not extend the job's lease", slog.Any("err", err))
			case err == nil && !ok:
				lost.Store(true)
				cancel()
				return
			}
		}
	})
	return func() bool {
		close(done)
		wg.Wait()
		return lost.Load()
	}
}
