package bench

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/valyala/fasthttp"
)

// Target is a server under load and the request it gets. The generator
// uses fasthttp's client, which costs little CPU, so that on a small
// machine most of it is left to the servers being measured.
type Target struct {
	// Name labels the target in reports.
	Name string
	// Prepare fills in request i of a run (counted from 0): method, path,
	// headers and body. The Host header is set for it.
	Prepare func(i int, req *fasthttp.Request)
	// Status is the answer every request must get; 0 means 200.
	Status int
	client *fasthttp.HostClient
}

// NewTarget returns a target at baseURL (http://host:port) that keeps at
// most conns keep-alive connections open.
func NewTarget(name, baseURL string, conns int, prepare func(int, *fasthttp.Request)) (*Target, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, err
	}
	return &Target{Name: name, Prepare: prepare,
		client: &fasthttp.HostClient{Addr: u.Host, MaxConns: conns, MaxConnWaitTimeout: time.Minute}}, nil
}

// send makes request i and checks its status.
func (t *Target) send(i int) error {
	req, resp := fasthttp.AcquireRequest(), fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)
	t.Prepare(i, req)
	req.Header.SetHost(t.client.Addr)
	if err := t.client.DoTimeout(req, resp, time.Minute); err != nil {
		return fmt.Errorf("%s: request %d: %w", t.Name, i, err)
	}
	want := t.Status
	if want == 0 {
		want = fasthttp.StatusOK
	}
	if resp.StatusCode() != want {
		return fmt.Errorf("%s: request %d: status %d, want %d: %.300s", t.Name, i, resp.StatusCode(), want, resp.Body())
	}
	return nil
}

// Closed keeps conns requests in flight for d: each of conns connections
// sends its next request as soon as the previous one is answered. Latency
// runs from sending to the whole answer. The first failing request ends
// the run with its error.
func (t *Target) Closed(ctx context.Context, conns int, d time.Duration) (*Result, error) {
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	var (
		mu    sync.Mutex
		out   = &Result{}
		first error
		wg    sync.WaitGroup
		next  int
	)
	start, cpu := time.Now(), cpuNow()
	for range conns {
		wg.Go(func() {
			var mine []time.Duration
			for ctx.Err() == nil {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				began := time.Now()
				if err := t.send(i); err != nil {
					mu.Lock()
					first = firstError(first, err)
					mu.Unlock()
					cancel()
					break
				}
				mine = append(mine, time.Since(began))
			}
			mu.Lock()
			out.latencies = append(out.latencies, mine...)
			mu.Unlock()
		})
	}
	wg.Wait()
	out.Elapsed, out.cpu = time.Since(start), cpuNow().since(cpu)
	return out, first
}

// Paced sends n requests, one every interval, whether or not the earlier
// ones have been answered, as independent clients do. Latency runs from
// when a request was due, so a server that falls behind is not flattered
// by requests that wait to be sent.
func (t *Target) Paced(ctx context.Context, n int, interval time.Duration) (*Result, error) {
	var (
		mu    sync.Mutex
		out   = &Result{latencies: make([]time.Duration, 0, n)}
		first error
		wg    sync.WaitGroup
	)
	start := time.Now()
	for i := range n {
		due := start.Add(time.Duration(i) * interval)
		time.Sleep(time.Until(due))
		if ctx.Err() != nil {
			break
		}
		wg.Go(func() {
			err := t.send(i)
			took := time.Since(due)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				first = firstError(first, err)
				return
			}
			out.latencies = append(out.latencies, took)
		})
		mu.Lock()
		failed := first != nil
		mu.Unlock()
		if failed {
			break
		}
	}
	wg.Wait()
	out.Elapsed = time.Since(start)
	return out, first
}

// firstError keeps the first error of a run.
func firstError(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// Alternate measures each target in turn, rounds times over, and returns
// each target's results merged over its turns. Taking turns in short slices
// makes noise on the machine fall on every target alike.
func Alternate(targets []*Target, rounds int, measure func(*Target) (*Result, error)) ([]*Result, error) {
	out := make([]*Result, len(targets))
	for i := range out {
		out[i] = &Result{}
	}
	for range rounds {
		for i, t := range targets {
			r, err := measure(t)
			if err != nil {
				return nil, err
			}
			out[i].Merge(r)
		}
	}
	return out, nil
}
