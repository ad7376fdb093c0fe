package dashboard

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestCacheSharesBuilds checks that concurrent requests share one build,
// that a fresh build is reused, and that no TTL means no reuse.
func TestCacheSharesBuilds(t *testing.T) {
	var builds atomic.Int32
	build := func() (*Dashboard, error) {
		builds.Add(1)
		time.Sleep(20 * time.Millisecond)
		return &Dashboard{Year: 2026}, nil
	}
	c := newCache(time.Minute)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if d, err := c.get(context.Background(), "430000", 2026, build); err != nil || d.Year != 2026 {
				t.Errorf("get: %v %v", d, err)
			}
		}()
	}
	wg.Wait()
	c.get(context.Background(), "430000", 2026, build)
	if n := builds.Load(); n != 1 {
		t.Fatalf("8 concurrent and 1 later request built %d times, want 1", n)
	}
	c.get(context.Background(), "430100", 2026, build)
	if n := builds.Load(); n != 2 {
		t.Fatalf("another area reused a build: %d builds", n)
	}
	none := newCache(0)
	none.get(context.Background(), "430000", 2026, build)
	none.get(context.Background(), "430000", 2026, build)
	if n := builds.Load(); n != 4 {
		t.Fatalf("without a TTL the cache reused a build: %d builds", n)
	}
}
