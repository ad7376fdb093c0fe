package dashboard

import (
	"context"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// cache shares the work of building a dashboard: requests for the same area
// and year that arrive together wait for one build, and a build is reused
// for ttl. Dashboards report when they were generated, so a reader sees how
// fresh the figures are. Each replica keeps its own cache; nothing depends
// on it but speed.
type cache struct {
	ttl     time.Duration
	flights singleflight.Group
	mu      sync.Mutex
	built   map[string]*Dashboard
	at      map[string]time.Time
}

func newCache(ttl time.Duration) *cache {
	return &cache{ttl: ttl, built: map[string]*Dashboard{}, at: map[string]time.Time{}}
}

// get returns the dashboard of area and year, building it with build when
// there is no fresh one. With a zero ttl (or no cache) it always builds.
func (c *cache) get(ctx context.Context, area string, year int, build func() (*Dashboard, error)) (*Dashboard, error) {
	if c == nil || c.ttl <= 0 {
		return build()
	}
	key := area + "/" + strconv.Itoa(year)
	c.mu.Lock()
	d, at := c.built[key], c.at[key]
	c.mu.Unlock()
	if d != nil && time.Since(at) < c.ttl {
		return d, nil
	}
	v, err, _ := c.flights.Do(key, func() (any, error) {
		d, err := build()
		if err == nil {
			c.mu.Lock()
			c.built[key], c.at[key] = d, time.Now()
			c.mu.Unlock()
		}
		return d, err
	})
	if err != nil {
		return nil, err
	}
	return v.(*Dashboard), nil
}
