package dashboard

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strconv"

	"github.com/uptrace/bun"
	"golang.org/x/sync/errgroup"

	"xiangcai/database"
)

// A city's counts are kept in dashboard_tallies with the version of the
// city they were counted at (migration 28). Triggers move a city's version
// on in the same transaction as every change to what its counts are made
// of, so a kept tally whose version is the city's current one is exact: a
// dashboard reads those and counts again only the cities that changed.

// keptTally is a city's tally for a year as dashboard_tallies keeps it.
type keptTally struct {
	bun.BaseModel `bun:"table:dashboard_tallies,alias:dt"`
	CityCode      string `bun:",pk"`
	Year          int    `bun:",pk"`
	Version       int64
	Tally         *tally
}

// Warm counts and keeps this year's tally of every city whose kept one is
// not current, so that the first dashboards after a deployment, or in a
// new year, read kept tallies.
func (s *Service) Warm(ctx context.Context) error {
	year, _ := checkYear(0, s.clock.Now())
	cities := s.regions.Children("")
	tallies, codes := newTallies(cities)
	return database.Err(s.countCities(ctx, tallies, codes, year), dashboardText)
}

// countCities fills in the tallies of cities for year: from the kept
// tallies that are current, and by counting the other cities again, a few
// at a time, each once for all the requests that find it changed at the
// same time.
func (s *Service) countCities(ctx context.Context, tallies map[string]*tally, cities []string, year int) error {
	stale, err := s.readKept(ctx, tallies, cities, year)
	if err != nil {
		return err
	}
	counted := make([]tally, len(stale))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(recountsAtOnce)
	for i, city := range stale {
		g.Go(func() error {
			// The shared count outlives a caller that gives up on it.
			shared := context.WithoutCancel(gctx)
			v, err, _ := s.recounts.Do(city+"/"+strconv.Itoa(year), func() (any, error) { return s.recount(shared, city, year) })
			if err == nil {
				counted[i] = *v.(*tally) // a copy: each request adds its own selections
			}
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	for i, city := range stale {
		tallies[city] = &counted[i]
	}
	return nil
}

// recountsAtOnce bounds the cities one request counts at the same time,
// each on a connection of its own.
const recountsAtOnce = 4

// readKept reads the current kept tallies of cities for year into tallies
// and returns the cities that have none.
func (s *Service) readKept(ctx context.Context, tallies map[string]*tally, cities []string, year int) ([]string, error) {
	var kept []keptTally
	err := s.db.NewSelect().Model(&kept).
		Join("LEFT JOIN dashboard_versions AS dv ON dv.city_code = dt.city_code").
		Where("dt.year = ? AND dt.city_code IN (?)", year, bun.In(cities)).
		Where("dt.version = COALESCE(dv.version, 0)").Scan(ctx)
	if err != nil {
		return nil, err
	}
	stale := slices.Clone(cities)
	for _, k := range kept {
		tallies[k.CityCode] = k.Tally
		stale = slices.DeleteFunc(stale, func(c string) bool { return c == k.CityCode })
	}
	return stale, nil
}

// recount counts the tally of city for year again and keeps it. The
// city's version is read before the counts: a change that commits after
// that moves the version on, so a tally that may have counted part of the
// change is kept under a version that is no longer current and never read.
// No transaction is needed, and none takes SQLite's write lock. A tally
// counted at an older version than one kept meanwhile is not kept.
func (s *Service) recount(ctx context.Context, city string, year int) (*tally, error) {
	kept := keptTally{CityCode: city, Year: year, Tally: newTally()}
	err := s.db.NewSelect().Table("dashboard_versions").Column("version").Where("city_code = ?", city).Scan(ctx, &kept.Version)
	if err != nil && !errors.Is(err, sql.ErrNoRows) { // no row: the city never changed
		return nil, err
	}
	if err := s.countAll(ctx, s.db, map[string]*tally{city: kept.Tally}, []string{city}, year); err != nil {
		return nil, err
	}
	_, err = s.db.NewInsert().Model(&kept).On("CONFLICT (city_code, year) DO UPDATE").
		Set("version = EXCLUDED.version, tally = EXCLUDED.tally").
		Where("dt.version < EXCLUDED.version").Exec(ctx)
	return kept.Tally, err
}
