package main

import (
	"context"
	"log/slog"
	"time"

	"xiangcai/regions"
	"xiangcai/talentpool"
)

// housekeepingEvery is how often serve deletes what has outlived its use.
const housekeepingEvery = time.Hour

// sweep deletes one kind of thing that has outlived its use and says how
// many it deleted.
type sweep struct {
	what string
	run  func(context.Context) (int, error)
}

// sweeps are the deletions of housekeeping: sessions a month after they
// expired, uploads left unfinished for a day (media.UploadWindow), and
// roster dry runs, with their sealed personal data, not committed within
// a week.
func (a *app) sweeps() []sweep {
	importer := talentpool.NewImporter(a.talents, regions.Hunan())
	return []sweep{
		{"expired sessions", a.accounts.PurgeSessions},
		{"unfinished uploads", a.media.DiscardStaleUploads},
		{"expired roster dry runs", importer.PurgeExpired},
	}
}

// housekeep runs every sweep once, logging what each deleted. A sweep
// that fails is logged and tried again next time. Every replica
// housekeeps; two at once delete nothing twice.
func (a *app) housekeep(ctx context.Context) {
	for _, s := range a.sweeps() {
		n, err := s.run(ctx)
		switch {
		case err != nil && ctx.Err() == nil:
			a.log.Warn("housekeeping failed", slog.String("sweep", s.what), slog.Any("error", err))
		case n > 0:
			a.log.Info("housekeeping", slog.String("sweep", s.what), slog.Int("deleted", n))
		}
	}
}

// keepHouse housekeeps at once and then every housekeepingEvery until ctx
// ends.
func (a *app) keepHouse(ctx context.Context) {
	tick := time.NewTicker(housekeepingEvery)
	defer tick.Stop()
	for {
		a.housekeep(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
