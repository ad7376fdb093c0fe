package dashboard

import (
	"context"
	"slices"

	"github.com/uptrace/bun"

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
// tallies that are current, and by counting the other cities again. The
// cities that another request is counting already are waited for; the
// rest are counted in one pass.
func (s *Service) countCities(ctx context.Context, tallies map[string]*tally, cities []string, year int) error {
	stale, err := s.readKept(ctx, tallies, cities, year)
	if err != nil || len(stale) == 0 {
		return err
	}
	all, mine := s.recounts.claim(stale, year)
	if len(mine) > 0 {
		// The count outlives a caller that gives up on it: others wait for it.
		counted, err := s.recount(context.WithoutCancel(ctx), mine, year)
		s.recounts.finish(all, mine, year, counted, err)
	}
	for city, c := range all {
		if tallies[city], err = c.wait(ctx); err != nil {
			return err
		}
	}
	return nil
}

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

// recount counts the tallies of cities for year again and keeps them. The
// cities' versions are read before the counts: a change that commits after
// that moves its city's version on, so a tally that may have counted part
// of the change is kept under a version that is no longer current and never
// read. No transaction is needed, and none takes SQLite's write lock. A
// tally counted at an older version than one kept meanwhile is not kept.
func (s *Service) recount(ctx context.Context, cities []string, year int) ([]keptTally, error) {
	var versions []struct {
		CityCode string
		Version  int64
	}
	err := s.db.NewSelect().Table("dashboard_versions").Column("city_code", "version").
		Where("city_code IN (?)", bun.In(cities)).Scan(ctx, &versions)
	if err != nil {
		return nil, err
	}
	version := make(map[string]int64, len(versions)) // a city with none never changed: 0
	for _, v := range versions {
		version[v.CityCode] = v.Version
	}
	kept := make([]keptTally, len(cities))
	tallies := make(map[string]*tally, len(cities))
	for i, city := range cities {
		kept[i] = keptTally{CityCode: city, Year: year, Version: version[city], Tally: newTally()}
		tallies[city] = kept[i].Tally
	}
	if err := s.countAll(ctx, tallies, cities, year); err != nil {
		return nil, err
	}
	_, err = s.db.NewInsert().Model(&kept).On("CONFLICT (city_code, year) DO UPDATE").
		Set("version = EXCLUDED.version, tally = EXCLUDED.tally").
		Where("dt.version < EXCLUDED.version").Exec(ctx)
	return kept, err
}
