package bench

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api/apitest"
)

// catalogPath is the listing measured: one page of 20 with two filters, a
// topic and a city (with its counties).
const catalogPath = "/api/v1/courses?topic=social_work&region_code=430100&limit=20"

// BenchmarkCatalogListing loads GET /api/v1/courses, as a Changsha trainee
// signed in with a bearer token, over 2,000 published courses on
// PostgreSQL, from 64 concurrent connections. The baseline is a bare Fiber
// handler that runs the very SQL statements the server ran for the same
// request, captured from Bun as sent, through a raw pgx pool with pgx's
// defaults, and answers the server's own JSON, built beforehand. The two
// take turns in slices of two seconds.
func BenchmarkCatalogListing(b *testing.B) {
	env := newEnv(b)
	ctx := b.Context()
	admin, err := env.Accounts.CreateUserAsSystem(ctx, accounts.NewUser{Username: "bench-admin", DisplayName: "省管理员",
		Role: xiangcai.RoleProvinceAdmin, Password: apitest.Password})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := env.Accounts.CreateUserAsSystem(ctx, accounts.NewUser{Username: "bench-trainee", DisplayName: "学员",
		Role: xiangcai.RoleTrainee, RegionCode: "430104", Password: apitest.Password}); err != nil {
		b.Fatal(err)
	}
	auth := bearer(env.Login(b, "bench-trainee"))
	seedCatalog(b, env.DB, admin.ID, 2000)

	var body []byte
	statements := captureSQL(env.DB, func() {
		resp := env.Do(b, "GET", catalogPath, "", "Authorization: "+auth)
		if resp.StatusCode != http.StatusOK {
			b.Fatalf("listing: %d %s", resp.StatusCode, resp.Body)
		}
		body = resp.Body
	})
	var page struct{ Courses []json.RawMessage }
	if err := json.Unmarshal(body, &page); err != nil || len(page.Courses) != 20 {
		b.Fatalf("listing has %d courses (%v), want a full page of 20", len(page.Courses), err)
	}
	pool := baselinePool(b, env)
	bare := bareApp()
	bare.Get("/api/v1/courses", func(c *fiber.Ctx) error {
		if err := replay(c.UserContext(), pool, statements); err != nil {
			return err
		}
		c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
		return c.Send(body)
	})
	get := func(_ int, req *fasthttp.Request) {
		req.SetRequestURI(catalogPath)
		req.Header.Set(fiber.HeaderAuthorization, auth)
	}
	const conns = 64
	targets := []*Target{target(b, "xiangcai", env.Listen(b), conns, get), target(b, "baseline", apitest.Listen(b, bare), conns, get)}
	slice := func(d time.Duration) func(*Target) (*Result, error) {
		return func(t *Target) (*Result, error) { return t.Closed(ctx, conns, d) }
	}
	if _, err := Alternate(targets, 1, slice(time.Second)); err != nil { // warm caches and pools
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		results, err := Alternate(targets, 5, slice(2*time.Second))
		if err != nil {
			b.Fatal(err)
		}
		report(b, results[0], results[1])
		ratio := results[0].Rate() / results[1].Rate()
		b.ReportMetric(ratio, "throughput-ratio")
		b.Logf("throughput ratio %.2f", ratio)
	}
}
