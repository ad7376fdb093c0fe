package bench

import (
	"math"
	"slices"
	"time"
)

// Result is what a load run measured: how long it took, the latency of
// every request answered, and the CPU time used meanwhile.
type Result struct {
	Elapsed   time.Duration
	latencies []time.Duration
	sorted    bool
	cpu       cpuTimes
}

// Merge adds another run's requests and times to r.
func (r *Result) Merge(o *Result) {
	r.Elapsed += o.Elapsed
	r.latencies = append(r.latencies, o.latencies...)
	r.sorted = false
	r.cpu.process += o.cpu.process
	r.cpu.postgres += o.cpu.postgres
}

// CPUPerRequest returns the CPU time a request took, on average, in this
// process (server, load generator and all) and in PostgreSQL's processes
// on this machine (zero when none are visible).
func (r *Result) CPUPerRequest() (process, postgres time.Duration) {
	if len(r.latencies) == 0 {
		return 0, 0
	}
	n := time.Duration(len(r.latencies))
	return r.cpu.process / n, r.cpu.postgres / n
}

// Requests counts the requests answered.
func (r *Result) Requests() int { return len(r.latencies) }

// Rate returns the requests answered per second.
func (r *Result) Rate() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(len(r.latencies)) / r.Elapsed.Seconds()
}

// Percentile returns the latency that the fraction q (0 < q ≤ 1) of the
// requests did not exceed: the nearest-rank percentile.
func (r *Result) Percentile(q float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	if !r.sorted {
		slices.Sort(r.latencies)
		r.sorted = true
	}
	rank := int(math.Ceil(q*float64(len(r.latencies)))) - 1
	return r.latencies[min(max(rank, 0), len(r.latencies)-1)]
}
