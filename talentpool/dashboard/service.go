// Package dashboard is the talent pool's dashboard (看板): where each city
// stands against the plan's targets. For a city and for the province it
// counts the pool by category and status, the talents who entered and
// exited it in a year, the share of active talents trained that year,
// qualified social workers, hub-organization coverage of townships against
// the 70% target, and how many social workers hub organizations have. The
// figures come as JSON shaped for charts and as CSV or XLSX files.
//
// Access: the province administrator reads the province's dashboard, with
// every city side by side, and any city's; a city administrator reads
// their own city's only; nobody else reads any.
package dashboard

import (
	"context"
	"time"

	"github.com/uptrace/bun"
	"golang.org/x/sync/errgroup"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/regions"
)

// Regions is what the dashboard needs from the table of administrative
// divisions; *regions.Table has it. The townships it holds are the
// denominator of hub coverage.
type Regions interface {
	Validate(field, code string, allowed ...regions.Level) error
	Find(code string) (regions.Region, bool)
	Children(code string) []regions.Region
	CountAt(parent string, level regions.Level) int
}

// Options configure a Service. Regions is required; without Selections
// the figures have no annual selections.
type Options struct {
	Regions    Regions
	Clock      xiangcai.Clock // default xiangcai.SystemClock
	Selections Selections
}

// Service builds dashboards from the talent pool's tables. It runs its
// counts on several connections at once, so it works on a *bun.DB, not
// inside a transaction.
type Service struct {
	db         *bun.DB
	regions    Regions
	clock      xiangcai.Clock
	selections Selections
	recounts   recounts
}

// NewService returns a Service over db.
func NewService(db *bun.DB, o Options) *Service {
	s := &Service{db: db, regions: o.Regions, clock: o.Clock, selections: o.Selections}
	if s.clock == nil {
		s.clock = xiangcai.SystemClock{}
	}
	return s
}

// dashboardText names the dashboard in error messages.
var dashboardText = xiangcai.Text{ZH: "看板", EN: "dashboard"}

// Query names a dashboard.
type Query struct {
	// City is a city's code, or empty for the province's dashboard (a
	// city administrator's own city's).
	City string
	// Year is the calendar year of the yearly figures; 0 is this year.
	Year int
}

// TalentPool returns the talent pool's dashboard that q names, if p may
// read it.
func (s *Service) TalentPool(ctx context.Context, p xiangcai.Principal, q Query) (*Dashboard, error) {
	area, cities, err := s.scope(p, q.City)
	if err != nil {
		return nil, err
	}
	now := s.clock.Now()
	year, err := checkYear(q.Year, now)
	if err != nil {
		return nil, err
	}
	return s.build(ctx, p, area, cities, year, now)
}

// build counts the figures of a dashboard over cities in area.
func (s *Service) build(ctx context.Context, p xiangcai.Principal, area regions.Region, cities []regions.Region, year int, now time.Time) (*Dashboard, error) {
	tallies, codes := newTallies(cities)
	if err := s.count(ctx, p, tallies, codes, year); err != nil {
		return nil, database.Err(err, dashboardText)
	}
	d := &Dashboard{Year: year, GeneratedAt: now.UTC(), Area: placeLabel(area.Code, area.Name)}
	if area.Level == regions.LevelCity {
		d.Total = s.cityFigures(area, tallies[area.Code])
		return d, nil
	}
	d.Total, d.Cities = s.provinceFigures(area, cities, tallies)
	d.Comparison = compare(d.Cities)
	return d, nil
}

// count runs every count of the dashboard over the cities, as p.
func (s *Service) count(ctx context.Context, p xiangcai.Principal, tallies map[string]*tally, cities []string, year int) error {
	if err := s.countCities(ctx, tallies, cities, year); err != nil {
		return err
	}
	return s.countSelections(ctx, p, tallies, cities, year)
}

// countAll counts the tallies of cities for year, two queries at a time.
// Each query fills in fields of the tallies that no other touches.
func (s *Service) countAll(ctx context.Context, tallies map[string]*tally, cities []string, year int) error {
	start, end := yearBounds(year)
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(countsAtOnce)
	g.Go(func() error { return countTrained(ctx, s.db, tallies, cities, start, end) })
	g.Go(func() error { return countPool(ctx, s.db, tallies, cities) })
	g.Go(func() error { return countFlow(ctx, s.db, tallies, cities, start, end) })
	g.Go(func() error {
		hubs, err := findHubs(ctx, s.db, cities)
		for _, h := range hubs {
			s.addHubs(tallies[h.CityCode], h)
		}
		return err
	})
	return g.Wait()
}

// countsAtOnce is how many of a dashboard's count queries run at the same
// time, each on a connection of its own.
const countsAtOnce = 2

// beijing is Beijing time (Asia/Shanghai), in which years are judged. A
// fixed zone needs no time-zone database in the container.
var beijing = time.FixedZone("CST", 8*60*60)

// yearBounds returns the first instant of year and of the next year in
// Beijing time, in UTC, the zone stored times are written in.
func yearBounds(year int) (start, end time.Time) {
	return time.Date(year, 1, 1, 0, 0, 0, 0, beijing).UTC(), time.Date(year+1, 1, 1, 0, 0, 0, 0, beijing).UTC()
}
