package main

import (
	"context"
	"log/slog"
	"net"
	"sync"

	"xiangcai/api"
	"xiangcai/courses/media"
	"xiangcai/jobs"
	"xiangcai/web"
)

// serve runs the web server until ctx is cancelled (SIGINT or SIGTERM), then
// stops taking connections and lets in-flight requests finish.
func serve(ctx context.Context) error {
	a, err := openApp(ctx)
	if err != nil {
		return err
	}
	defer a.close()
	if a.cfg.MigrateOnStart {
		if err := a.migrate(ctx); err != nil {
			return err
		}
	}
	srv := api.New(a.deps())
	web.Mount(srv, a.deps())
	srv.NotFound()

	ln, err := net.Listen("tcp", a.cfg.Listen)
	if err != nil {
		return err
	}
	a.log.Info("xiangcai is listening", slog.String("address", ln.Addr().String()),
		slog.String("base_url", a.cfg.BaseURL), slog.Bool("embedded", a.cfg.Embedded()),
		slog.Int("workers", a.cfg.Workers))
	workCtx, stopWork := context.WithCancel(ctx)
	waitWorkers := a.startWorkers(workCtx)
	err = srv.Serve(ctx, ln, a.cfg.ShutdownTimeout)
	// The workers stop with the server: each finishes or releases its job
	// before the database closes.
	stopWork()
	waitWorkers()
	a.log.Info("xiangcai has stopped", slog.Any("err", err))
	return err
}

// startWorkers runs XIANGCAI_WORKERS background job workers and the
// housekeeping until ctx ends, and counts the dashboards' tallies once, and
// returns a function that waits for them to stop.
func (a *app) startWorkers(ctx context.Context) (wait func()) {
	handlers := map[string]jobs.Handler{media.ProcessKind: a.media.Handler()}
	var wg sync.WaitGroup
	wg.Go(func() {
		// The first dashboards after a deployment then read kept tallies.
		if err := a.dashboards.Warm(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("the dashboards' tallies were not counted at start", slog.Any("error", err))
		}
	})
	wg.Go(func() { a.keepHouse(ctx) })
	for range a.cfg.Workers {
		w := jobs.NewWorker(a.db, handlers, jobs.Options{Logger: a.log})
		wg.Go(func() { w.Run(ctx) })
	}
	return wg.Wait
}
