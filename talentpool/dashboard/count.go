package dashboard

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/talentpool"
)

// Each count is one aggregate query over the cities asked for, grouped by
// city, so a city's dashboard and the province's cost the same number of
// round trips; migration 26 gives each query an index it can answer from.

// countPool counts every talent by status, and the active ones by category
// and by qualification.
func countPool(ctx context.Context, db bun.IDB, tallies map[string]*tally, cities []string) error {
	var rows []struct {
		CityCode, Status, Category, Qualification string
		N                                         int
	}
	err := db.NewSelect().TableExpr("talents AS t").
		ColumnExpr("t.city_code, t.status, t.category, t.qualification, count(*) AS n").
		Where("t.city_code IN (?)", bun.In(cities)).
		GroupExpr("t.city_code, t.status, t.category, t.qualification").Scan(ctx, &rows)
	for _, r := range rows {
		t := tallies[r.CityCode]
		t.ByStatus[r.Status] += r.N
		if r.Status == string(talentpool.StatusActive) {
			t.ActiveByCategory[r.Category] += r.N
			t.Qualified[r.Qualification] += r.N
		}
	}
	return err
}

// countFlow counts the talents who entered each pool in [start, end), by
// their first transition, and those who exited it then.
func countFlow(ctx context.Context, db bun.IDB, tallies map[string]*tally, cities []string, start, end time.Time) error {
	var rows []struct {
		CityCode        string
		Entered, Exited int
	}
	exited := talentpool.StatusExited
	err := db.NewSelect().TableExpr("talent_transitions AS tt").
		ColumnExpr("tt.city_code").
		ColumnExpr("SUM(CASE WHEN tt.from_status IS NULL THEN 1 ELSE 0 END) AS entered").
		ColumnExpr("SUM(CASE WHEN tt.to_status = ? THEN 1 ELSE 0 END) AS exited", exited).
		Where("tt.city_code IN (?)", bun.In(cities)).
		Where("tt.at >= ? AND tt.at < ?", start, end).
		Where("(tt.from_status IS NULL OR (tt.to_status = ? AND tt.from_status <> ?))", exited, exited).
		GroupExpr("tt.city_code").Scan(ctx, &rows)
	for _, r := range rows {
		tallies[r.CityCode].Entered += r.Entered
		tallies[r.CityCode].Exited += r.Exited
	}
	return err
}

// countTrained counts the active talents whose linked account completed at
// least one training in [start, end).
func countTrained(ctx context.Context, db bun.IDB, tallies map[string]*tally, cities []string, start, end time.Time) error {
	var rows []struct {
		CityCode string
		N        int
	}
	err := db.NewSelect().TableExpr("talents AS t").
		ColumnExpr("t.city_code, count(*) AS n").
		Where("t.city_code IN (?)", bun.In(cities)).
		Where("t.status = ? AND t.user_id IS NOT NULL", talentpool.StatusActive).
		Where(`EXISTS (SELECT 1 FROM training_records AS trr
			WHERE trr.user_id = t.user_id AND trr.completed_at >= ? AND trr.completed_at < ?)`, start, end).
		GroupExpr("t.city_code").Scan(ctx, &rows)
	for _, r := range rows {
		tallies[r.CityCode].Trained += r.N
	}
	return err
}

// hubTownship is a township with the hub organizations in it that are not
// deleted, by how many social workers they have.
type hubTownship struct {
	CityCode, TownshipCode         string
	HubsNone, HubsTarget, HubsMore int
}

// findHubs returns every township of the cities that has a hub
// organization that is not deleted.
func findHubs(ctx context.Context, db bun.IDB, cities []string) ([]hubTownship, error) {
	var rows []hubTownship
	err := db.NewSelect().TableExpr("organizations AS o").
		ColumnExpr("o.city_code, o.township_code").
		ColumnExpr("SUM(CASE WHEN o.social_workers = 0 THEN 1 ELSE 0 END) AS hubs_none").
		ColumnExpr("SUM(CASE WHEN o.social_workers BETWEEN 1 AND 2 THEN 1 ELSE 0 END) AS hubs_target").
		ColumnExpr("SUM(CASE WHEN o.social_workers >= 3 THEN 1 ELSE 0 END) AS hubs_more").
		Where("o.is_hub AND o.deleted_at IS NULL").
		Where("o.city_code IN (?)", bun.In(cities)).
		GroupExpr("o.city_code, o.township_code").Scan(ctx, &rows)
	return rows, err
}
