package dashboard_test

import (
	"context"
	"fmt"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/database"
	"xiangcai/regions"
)

// benchTownship is a township of Hunan numbered from 0, so generated rows
// can be spread over every township by their number.
type benchTownship struct {
	bun.BaseModel `bun:"table:bench_townships"`
	N             int `bun:",pk"`
	CityCode      string
	CountyCode    string
	TownshipCode  string
}

// benchDay is a day of 2024 and 2025 numbered from 0, so generated rows
// can be dated by their number.
type benchDay struct {
	bun.BaseModel `bun:"table:bench_days"`
	N             int `bun:",pk"`
	At            time.Time
}

// seedDays is how many days benchDay spans: two years from 1 January 2024.
// Talents enter on one of the first entryDays; the exited exit
// seedDays − entryDays days later.
const (
	seedDays  = 731
	entryDays = 500
)

// seed fills db with a synthetic pool generated in the database by SQL
// that both backends run: orgs organizations (one in ten a hub, one in ten
// of those deleted) and talents over every township of Hunan,
// three in four active and one in ten exited, each with an entry
// transition and the exited with an exit one over 2024–2025, a linked
// account for every third talent and three training records per account.
// Rows are valid for the schema; the personal data are placeholders.
func seed(ctx context.Context, db *bun.DB, talents, orgs int) error {
	towns, err := seedTables(ctx, db)
	if err != nil {
		return err
	}
	at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	series := func(n int) string {
		return fmt.Sprintf("WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < %d) ", n)
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO organizations (id, name, status, category_id, region_code, city_code, county_code, township_code,
			is_hub, is_incubation_base, social_workers, services, created_at, updated_at) ` + series(orgs) +
			`SELECT 'org-' || g.n, '组织' || g.n, CASE WHEN g.n % 3 = 0 THEN 'registered' ELSE 'filed' END,
				'01900000-0000-7000-8000-000000000001', w.township_code, w.city_code, w.county_code, w.township_code,
				g.n % 10 = 0, g.n % 50 = 0, g.n % 5, '', ?, ?
			FROM g JOIN bench_townships AS w ON w.n = g.n % ?`, []any{at, at, towns}},
		{`UPDATE organizations SET deleted_at = updated_at WHERE is_hub AND id LIKE '%00'`, nil},
		{`INSERT INTO users (id, username, display_name, role, city_code, password_hash, created_at, updated_at) ` +
			series(talents) + `SELECT 'user-' || g.n, 'u' || g.n, '学员', 'trainee', w.city_code, '-', ?, ?
			FROM g JOIN bench_townships AS w ON w.n = g.n % ? WHERE g.n % 3 = 0`, []any{at, at, towns}},
		{`INSERT INTO talents (id, city_code, name, id_hash, id_enc, id_masked, gender, birth_date, category,
			organization_id, region_code, county_code, township_code, qualification, skills, user_id,
			priority_marked, priority, status, status_changed_at, created_at, updated_at) ` + series(talents) +
			`SELECT 'talent-' || g.n, w.city_code, '人才' || g.n, 'hash-' || g.n, '-', '430***********000X',
				CASE WHEN g.n % 2 = 0 THEN 'female' ELSE 'male' END, ?,
				CASE g.n % 6 WHEN 0 THEN 'civil_affairs_staff' WHEN 1 THEN 'community_worker' WHEN 2 THEN 'childrens_director'
					WHEN 3 THEN 'organization_leader' WHEN 4 THEN 'social_worker' ELSE 'volunteer' END,
				'org-' || (g.n % ? + 1), w.township_code, w.county_code, w.township_code,
				CASE g.n % 10 WHEN 0 THEN 'assistant' WHEN 1 THEN 'intermediate' WHEN 2 THEN 'senior' ELSE 'none' END,
				'[]', CASE WHEN g.n % 3 = 0 THEN 'user-' || g.n END, 1 = 0, 1 = 0,
				CASE g.n % 20 WHEN 0 THEN 'nominated' WHEN 1 THEN 'under_review' WHEN 2 THEN 'suspended'
					WHEN 3 THEN 'exited' WHEN 4 THEN 'exited' ELSE 'active' END, ?, ?, ?
			FROM g JOIN bench_townships AS w ON w.n = g.n % ?`,
			[]any{time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), orgs, at, at, at, towns}},
		{`INSERT INTO talent_transitions (id, talent_id, city_code, from_status, to_status, at, by_user_id, reason)
			SELECT 'entry-' || t.id, t.id, t.city_code, NULL, CASE WHEN t.status = 'exited' THEN 'active' ELSE t.status END,
				d.at, '-', '加入人才库'
			FROM talents AS t JOIN bench_days AS d ON d.n = CAST(SUBSTR(t.id, 8) AS INTEGER) % ?`, []any{entryDays}},
		{`INSERT INTO talent_transitions (id, talent_id, city_code, from_status, to_status, at, by_user_id, reason)
			SELECT 'exit-' || t.id, t.id, t.city_code, 'active', 'exited', d.at, '-', '退出'
			FROM talents AS t JOIN bench_days AS d ON d.n = ? + CAST(SUBSTR(t.id, 8) AS INTEGER) % ?
			WHERE t.status = 'exited'`, []any{seedDays - entryDays, entryDays}},
		{`INSERT INTO training_records (id, user_id, source_kind, source_id, title, credit_tenths, completed_at) ` +
			series(talents) + `SELECT 'training-' || g.n, 'user-' || (3 * (g.n % ? + 1)), 'course', 'course-' || g.n,
				'社区治理基础', 10, d.at
			FROM g JOIN bench_days AS d ON d.n = (g.n * 7) % ?`, []any{talents / 3, seedDays}},
	} {
		if _, err := db.ExecContext(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("seed: %w\n%s", err, q.sql)
		}
	}
	return analyze(ctx, db)
}

// seedTables fills the tables of townships and days the seed joins and
// returns how many townships there are.
func seedTables(ctx context.Context, db *bun.DB) (int, error) {
	var towns []benchTownship
	t := regions.Hunan()
	for _, city := range t.Children("") {
		for _, county := range t.Children(city.Code) {
			for _, town := range t.Children(county.Code) {
				towns = append(towns, benchTownship{N: len(towns), CityCode: city.Code, CountyCode: county.Code, TownshipCode: town.Code})
			}
		}
	}
	days := make([]benchDay, seedDays)
	for i := range days {
		days[i] = benchDay{N: i, At: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, i)}
	}
	for _, model := range []any{&towns, &days} {
		if _, err := db.NewCreateTable().Model(model).Exec(ctx); err != nil {
			return 0, err
		}
		if _, err := db.NewInsert().Model(model).Exec(ctx); err != nil {
			return 0, err
		}
	}
	return len(towns), nil
}

// analyze refreshes the planner's statistics after the bulk load and, on
// PostgreSQL, the visibility map that index-only scans rely on, as
// autovacuum would soon after on a live database.
func analyze(ctx context.Context, db *bun.DB) error {
	command := "ANALYZE "
	if database.IsPostgres(db) {
		command = "VACUUM ANALYZE "
	}
	for _, table := range []string{"organizations", "users", "talents", "talent_transitions", "training_records"} {
		if _, err := db.ExecContext(ctx, command+table); err != nil {
			return err
		}
	}
	return nil
}
