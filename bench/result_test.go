package bench

import (
	"testing"
	"time"
)

func TestPercentileIsNearestRank(t *testing.T) {
	r := &Result{Elapsed: 2 * time.Second}
	for i := 100; i >= 1; i-- {
		r.latencies = append(r.latencies, time.Duration(i)*time.Millisecond)
	}
	for q, want := range map[float64]time.Duration{0.5: 50 * time.Millisecond, 0.99: 99 * time.Millisecond,
		1: 100 * time.Millisecond, 0.001: time.Millisecond} {
		if got := r.Percentile(q); got != want {
			t.Errorf("p%v = %v, want %v", q*100, got, want)
		}
	}
	if got := r.Rate(); got != 50 {
		t.Errorf("rate %v, want 50", got)
	}
}

func TestMergeAddsTimeAndRequests(t *testing.T) {
	a := &Result{Elapsed: time.Second, latencies: []time.Duration{3, 1}}
	a.Percentile(0.5)
	a.Merge(&Result{Elapsed: time.Second, latencies: []time.Duration{2}})
	if a.Requests() != 3 || a.Elapsed != 2*time.Second || a.Percentile(0.5) != 2 {
		t.Errorf("merged: %d requests in %v, median %v", a.Requests(), a.Elapsed, a.Percentile(0.5))
	}
	if (&Result{}).Percentile(0.99) != 0 || (&Result{}).Rate() != 0 {
		t.Error("an empty result must report zeros")
	}
}
