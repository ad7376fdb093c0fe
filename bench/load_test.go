package bench

import (
	"net"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"
)

// counter serves GET /n, answering 200 and counting, and 500 from the
// request whose index is failAt on (-1: never).
func counter(t *testing.T, failAt int) (*Target, *atomic.Int64) {
	t.Helper()
	app := bareApp()
	var served atomic.Int64
	app.Get("/n", func(c *fiber.Ctx) error {
		served.Add(1)
		if failAt >= 0 && c.QueryInt("i") >= failAt {
			return c.Status(fiber.StatusInternalServerError).SendString("broken")
		}
		return c.SendString("ok")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go app.Listener(ln)
	t.Cleanup(func() { app.Shutdown() })
	target, err := NewTarget("counter", "http://"+ln.Addr().String(), 8, func(i int, req *fasthttp.Request) {
		req.SetRequestURI("/n?i=" + strconv.Itoa(i))
	})
	if err != nil {
		t.Fatal(err)
	}
	return target, &served
}

func TestClosedKeepsConnectionsBusyForItsTime(t *testing.T) {
	target, served := counter(t, -1)
	r, err := target.Closed(t.Context(), 8, 200*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if r.Requests() == 0 || int64(r.Requests()) != served.Load() {
		t.Fatalf("%d requests answered, %d served", r.Requests(), served.Load())
	}
	if r.Elapsed < 200*time.Millisecond || r.Elapsed > 2*time.Second {
		t.Fatalf("the run took %v", r.Elapsed)
	}
	if process, _ := r.CPUPerRequest(); process <= 0 {
		t.Fatalf("the run measured %v of CPU per request", process)
	}
}

func TestPacedSendsOnSchedule(t *testing.T) {
	target, served := counter(t, -1)
	r, err := target.Paced(t.Context(), 50, 4*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if r.Requests() != 50 || served.Load() != 50 {
		t.Fatalf("%d requests answered, %d served, want 50", r.Requests(), served.Load())
	}
	if r.Elapsed < 196*time.Millisecond {
		t.Fatalf("50 requests 4 ms apart took only %v", r.Elapsed)
	}
}

func TestAWrongStatusEndsTheRun(t *testing.T) {
	for name, run := range map[string]func(*Target) (*Result, error){
		"closed": func(target *Target) (*Result, error) { return target.Closed(t.Context(), 4, 10*time.Second) },
		"paced":  func(target *Target) (*Result, error) { return target.Paced(t.Context(), 1000, time.Millisecond) },
	} {
		target, _ := counter(t, 20)
		start := time.Now()
		_, err := run(target)
		if err == nil || !strings.Contains(err.Error(), "status 500") || !strings.Contains(err.Error(), "broken") {
			t.Errorf("%s: error %v, want one naming status 500 and the body", name, err)
		}
		if time.Since(start) > 5*time.Second {
			t.Errorf("%s: a failing run went on for %v", name, time.Since(start))
		}
	}
}

func TestAlternateMergesEachTargetsTurns(t *testing.T) {
	a, _ := counter(t, -1)
	b, _ := counter(t, -1)
	var order []*Target
	results, err := Alternate([]*Target{a, b}, 3, func(target *Target) (*Result, error) {
		order = append(order, target)
		return target.Paced(t.Context(), 2, time.Millisecond)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(order) != 6 || order[0] != a || order[1] != b || order[4] != a {
		t.Fatalf("turns were not taken in order: %v", order)
	}
	if results[0].Requests() != 6 || results[1].Requests() != 6 {
		t.Fatalf("merged %d and %d requests, want 6 each", results[0].Requests(), results[1].Requests())
	}
}
