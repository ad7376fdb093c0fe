package main

import (
	"context"
	"log/slog"
	"net"

	"xiangcai/api"
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
		slog.String("base_url", a.cfg.BaseURL), slog.Bool("embedded", a.cfg.Embedded()))
	err = srv.Serve(ctx, ln, a.cfg.ShutdownTimeout)
	a.log.Info("xiangcai has stopped", slog.Any("err", err))
	return err
}
