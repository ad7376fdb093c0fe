package bench

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/valyala/fasthttp"

	"xiangcai/api/apitest"
	"xiangcai/database"
	"xiangcai/database/dbtest"
)

// newEnv returns a whole Xiangcai server on PostgreSQL with the production
// connection pool (XIANGCAI_DB_MAX_CONNS's default, database.PoolSize)
// rather than the pool of tests; it skips the benchmark on SQLite, which
// the figures are not about.
func newEnv(b *testing.B) *apitest.Env {
	b.Helper()
	if dbtest.Backend() != "postgres" {
		b.Skip("the load benchmarks run on PostgreSQL: set " + dbtest.URLVariable + " (scripts/bench does)")
	}
	env := apitest.New(b)
	size := database.PoolSize(env.Deps.Config.DBMaxConns)
	env.DB.SetMaxOpenConns(size)
	env.DB.SetMaxIdleConns(size)
	return env
}

// baselinePool opens a raw pgx pool on the server's own schema, of the same
// size as the server's pool, for a baseline handler.
func baselinePool(b *testing.B, env *apitest.Env) *pgxpool.Pool {
	b.Helper()
	var schema string
	if err := env.DB.QueryRowContext(b.Context(), "SELECT current_schema()").Scan(&schema); err != nil {
		b.Fatal(err)
	}
	cfg, err := pgxpool.ParseConfig(os.Getenv(dbtest.URLVariable))
	if err != nil {
		b.Fatal(err)
	}
	cfg.MaxConns = int32(database.PoolSize(env.Deps.Config.DBMaxConns))
	cfg.ConnConfig.RuntimeParams["search_path"] = schema
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(pool.Close)
	return pool
}

// bareApp returns a Fiber app with no middleware, for a baseline.
func bareApp() *fiber.App {
	return fiber.New(fiber.Config{DisableStartupMessage: true})
}

// target makes a load target, failing the benchmark on a bad URL.
func target(b *testing.B, name, baseURL string, conns int, prepare func(int, *fasthttp.Request)) *Target {
	b.Helper()
	t, err := NewTarget(name, baseURL, conns, prepare)
	if err != nil {
		b.Fatal(err)
	}
	return t
}

// bearer returns the value of an Authorization header that apitest's Login
// returned as "Authorization: Bearer …".
func bearer(header string) string {
	return strings.TrimPrefix(header, "Authorization: ")
}

// report prints the server's figures and the baseline's, as benchmark
// metrics and as one readable line: requests answered a second, the median
// and 99th-percentile latency, and, for closed-loop runs, the CPU time a
// request took in this process and in PostgreSQL.
func report(b *testing.B, server, baseline *Result) {
	b.Helper()
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	for _, r := range []struct {
		prefix string
		*Result
	}{{"", server}, {"baseline-", baseline}} {
		b.ReportMetric(r.Rate(), r.prefix+"req/s")
		b.ReportMetric(ms(r.Percentile(0.5)), r.prefix+"p50-ms")
		b.ReportMetric(ms(r.Percentile(0.99)), r.prefix+"p99-ms")
		if process, postgres := r.CPUPerRequest(); process > 0 {
			b.ReportMetric(float64(process.Microseconds()), r.prefix+"go-cpu-us/req")
			b.ReportMetric(float64(postgres.Microseconds()), r.prefix+"pg-cpu-us/req")
		}
	}
	b.Logf("xiangcai: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms%s; baseline: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms%s",
		server.Requests(), server.Rate(), ms(server.Percentile(0.5)), ms(server.Percentile(0.99)), cpuLine(server),
		baseline.Requests(), baseline.Rate(), ms(baseline.Percentile(0.5)), ms(baseline.Percentile(0.99)), cpuLine(baseline))
}

// cpuLine describes the CPU time a request of r took, if r measured it.
func cpuLine(r *Result) string {
	process, postgres := r.CPUPerRequest()
	if process == 0 {
		return ""
	}
	return fmt.Sprintf(", CPU per request %d µs in Go, %d µs in PostgreSQL", process.Microseconds(), postgres.Microseconds())
}
