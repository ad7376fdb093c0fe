package api_test

import (
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api/apitest"
)

// BenchmarkAuthenticatedRequest measures GET /api/v1/me through the whole
// stack (middleware, session look-up in the database, huma, JSON) against a
// baseline in the same run: a bare Fiber app on the same machine answering
// the same pre-built bytes. Both go over real loopback connections, taking
// turns, so machine noise falls on both alike; the ratio is the figure to
// compare across runs.
func BenchmarkAuthenticatedRequest(b *testing.B) {
	env := apitest.New(b)
	env.CreateUser(b, "bench", xiangcai.RoleTrainee, "430100")
	auth := env.Login(b, "bench")
	body := env.Do(b, "GET", "/api/v1/me", "", auth).Body

	bare := fiber.New(fiber.Config{DisableStartupMessage: true})
	bare.Get("/api/v1/me", func(c *fiber.Ctx) error {
		c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
		return c.Send(body)
	})
	baseline := apitest.Listen(b, bare)
	real := env.Listen(b)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
	get := func(base string) time.Duration {
		req, _ := http.NewRequest("GET", base+"/api/v1/me", nil)
		req.Header.Set("Authorization", auth[len("Authorization: "):])
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Fatalf("GET %s: %v", base, err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		return time.Since(start)
	}
	var realTime, baseTime time.Duration
	b.ResetTimer()
	for range b.N {
		baseTime += get(baseline)
		realTime += get(real)
	}
	b.ReportMetric(float64(realTime.Nanoseconds())/float64(b.N), "ns/request")
	b.ReportMetric(float64(baseTime.Nanoseconds())/float64(b.N), "baseline-ns/request")
	b.ReportMetric(float64(baseTime)/float64(realTime), "throughput-ratio")
}
