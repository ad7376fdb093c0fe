package dashboard

import (
	"context"
	"strconv"
	"sync"
)

// recounts are the cities being counted again, by city and year, so that
// the requests that find a city changed at the same time count it once.
type recounts struct {
	mu       sync.Mutex
	inFlight map[string]*recount
}

// recount is the count of one city's tally for a year, in progress until
// done is closed; then tally, or err, holds its outcome.
type recount struct {
	done  chan struct{}
	tally *tally
	err   error
}

// claim returns a recount of each of cities for year: the ones another
// request is counting already, and new ones, which the caller must count
// and finish; mine lists the cities of those.
func (r *recounts) claim(cities []string, year int) (all map[string]*recount, mine []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.inFlight == nil {
		r.inFlight = map[string]*recount{}
	}
	all = make(map[string]*recount, len(cities))
	for _, city := range cities {
		key := city + "/" + strconv.Itoa(year)
		if all[city] = r.inFlight[key]; all[city] == nil {
			all[city] = &recount{done: make(chan struct{})}
			r.inFlight[key] = all[city]
			mine = append(mine, city)
		}
	}
	return all, mine
}

// finish ends the recounts of cities for year, which the caller claimed,
// with the tallies counted or with err.
func (r *recounts) finish(all map[string]*recount, cities []string, year int, counted []keptTally, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, city := range cities {
		c := all[city]
		if c.err = err; err == nil {
			c.tally = counted[i].Tally
		}
		delete(r.inFlight, city+"/"+strconv.Itoa(year))
		close(c.done)
	}
}

// wait waits for the recount to finish and returns a copy of its tally,
// which the caller may add its own selections to.
func (c *recount) wait(ctx context.Context) (*tally, error) {
	select {
	case <-c.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if c.err != nil {
		return nil, c.err
	}
	copied := *c.tally
	return &copied, nil
}
