package dashboard_test

import (
	"context"
	"math"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/uptrace/bun"

	"xiangcai/database"
	"xiangcai/database/dbtest"
	"xiangcai/migrations"
	"xiangcai/regions"
	"xiangcai/talentpool/dashboard"
)

// The size of the benchmark's pool: the 100,000 talents and
// 20,000 organizations over Hunan's 14 cities.
const (
	benchTalents = 100_000
	benchOrgs    = 20_000
)

// BenchmarkDashboard measures the talent pool's dashboard of a city (each
// city in turn) and of the province, on a generated pool of benchTalents
// talents and benchOrgs organizations, three ways: with every city's kept
// tally current ("kept"), with one city changed before each call, the city
// asked for or, for the province, one city in turn ("changed"), and with
// no tally kept at all, so every city is counted ("counted"). Changes and
// clearing happen before a call starts its clock; each way starts with
// every city's tally kept. Each call takes turns
// with a baseline, the cheapest aggregate there is (SELECT count(*) FROM
// talents WHERE city_code = $1) sent raw: through pgx on PostgreSQL,
// through database/sql on SQLite. It reports the 50th and 99th percentile
// latency of both; run it with -benchtime 200x.
func BenchmarkDashboard(b *testing.B) {
	ctx := b.Context()
	opts := dbtest.Options(b)
	opts.MaxConns = 0 // the production pool (database.PoolSize)
	db, err := database.Open(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if _, err := migrations.New(db).Up(ctx); err != nil {
		b.Fatal(err)
	}
	f := fixtureOn(b, db)
	began := time.Now()
	if err := seed(ctx, db, benchTalents, benchOrgs); err != nil {
		b.Fatal(err)
	}
	b.Logf("%s: seeded %d talents and %d organizations in %v", dbtest.Backend(), benchTalents, benchOrgs, time.Since(began).Round(time.Millisecond))
	f.at(time.Date(2025, 12, 15, 2, 0, 0, 0, time.UTC))
	count := baseline(b, opts, db)
	cities := regions.Hunan().Children("")
	city := func(i int) dashboard.Query { return dashboard.Query{City: cities[i%len(cities)].Code} }
	province := func(int) dashboard.Query { return dashboard.Query{} }
	before := map[string]func(i int) error{
		"kept": func(int) error { return nil },
		"changed": func(i int) error {
			_, err := db.NewUpdate().Table("talents").Set("updated_at = updated_at").
				Where("id = (SELECT id FROM talents WHERE city_code = ? LIMIT 1)", cities[i%len(cities)].Code).Exec(ctx)
			return err
		},
		"counted": func(int) error {
			_, err := db.NewDelete().Table("dashboard_tallies").Where("TRUE").Exec(ctx)
			return err
		},
	}
	for _, c := range []struct {
		name, before string
		workers      int
		query        func(i int) dashboard.Query
	}{
		{"city/kept/workers=4", "kept", 4, city}, {"province/kept/workers=4", "kept", 4, province},
		{"city/changed/workers=1", "changed", 1, city}, {"province/changed/workers=1", "changed", 1, province},
		{"city/changed/workers=4", "changed", 4, city}, {"province/changed/workers=4", "changed", 4, province},
		{"city/counted/workers=1", "counted", 1, city}, {"province/counted/workers=1", "counted", 1, province},
	} {
		b.Run(c.name, func(b *testing.B) {
			if _, err := f.svc.TalentPool(ctx, f.province, province(0)); err != nil { // keeps every city's tally
				b.Fatal(err)
			}
			var real, base latencies
			run(b, c.workers, func(i int) {
				code := cities[i%len(cities)].Code
				base.time(b, func() error { return count(ctx, code) })
				if err := before[c.before](i); err != nil {
					b.Error(err)
				}
				real.time(b, func() error { _, err := f.svc.TalentPool(ctx, f.province, c.query(i)); return err })
			})
			for _, l := range []struct {
				unit string
				of   *latencies
			}{{"", &real}, {"baseline-", &base}} {
				b.ReportMetric(l.of.percentile(0.5), l.unit+"p50-ms")
				b.ReportMetric(l.of.percentile(0.99), l.unit+"p99-ms")
			}
		})
	}
}

// baseline returns the raw count of a city's talents, on a pgx pool of
// its own on PostgreSQL and on the database/sql handle under Bun on SQLite.
func baseline(b *testing.B, opts database.Options, db *bun.DB) func(ctx context.Context, city string) error {
	b.Helper()
	if opts.PostgresURL == "" {
		return func(ctx context.Context, city string) error {
			var n int
			return db.DB.QueryRowContext(ctx, "SELECT count(*) FROM talents WHERE city_code = ?", city).Scan(&n)
		}
	}
	pool, err := pgxpool.New(b.Context(), opts.PostgresURL)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(pool.Close)
	return func(ctx context.Context, city string) error {
		var n int
		return pool.QueryRow(ctx, "SELECT count(*) FROM talents WHERE city_code = $1", city).Scan(&n)
	}
}

// run calls do b.N times, from workers goroutines at once.
func run(b *testing.B, workers int, do func(i int)) {
	var (
		mu   sync.Mutex
		next int
		wg   sync.WaitGroup
	)
	b.ResetTimer()
	for range workers {
		wg.Go(func() {
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= b.N {
					return
				}
				do(i)
			}
		})
	}
	wg.Wait()
}

// latencies collects how long calls took, from any goroutine.
type latencies struct {
	mu  sync.Mutex
	all []time.Duration
}

// time times one call and fails the benchmark if it fails.
func (l *latencies) time(b *testing.B, call func() error) {
	began := time.Now()
	if err := call(); err != nil {
		b.Error(err)
		return
	}
	took := time.Since(began)
	l.mu.Lock()
	l.all = append(l.all, took)
	l.mu.Unlock()
}

// percentile returns the nearest-rank percentile q (0 < q ≤ 1) in
// milliseconds.
func (l *latencies) percentile(q float64) float64 {
	if len(l.all) == 0 {
		return 0
	}
	slices.Sort(l.all)
	rank := min(max(int(math.Ceil(q*float64(len(l.all))))-1, 0), len(l.all)-1)
	return float64(l.all[rank].Microseconds()) / 1000
}
