package progress

import (
	"math/rand/v2"
	"testing"
)

func TestAddMergesOverlapsAndTouches(t *testing.T) {
	var ivs Intervals
	for _, iv := range []Interval{{10, 20}, {30, 40}, {0, 5}, {5, 10}, {18, 31}, {50, 50}, {60, 55}} {
		ivs = ivs.Add(iv)
	}
	want := Intervals{{0, 40}}
	if len(ivs) != 1 || ivs[0] != want[0] {
		t.Fatalf("got %v, want %v", ivs, want)
	}
	if ivs.Seconds() != 40 {
		t.Fatalf("Seconds = %v", ivs.Seconds())
	}
}

// TestAddAgainstASecondsGrid compares merging with a plain per-second
// bitmap over many random stretches.
func TestAddAgainstASecondsGrid(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		var ivs Intervals
		var grid [300]bool
		for k := 0; k < 1+r.IntN(20); k++ {
			s := r.IntN(290)
			e := s + r.IntN(300-s)
			ivs = ivs.Add(Interval{float64(s), float64(e)})
			for x := s; x < e; x++ {
				grid[x] = true
			}
		}
		covered := 0
		for _, g := range grid {
			if g {
				covered++
			}
		}
		if ivs.Seconds() != float64(covered) || !ivs.Valid() {
			t.Fatalf("round %d: %v covers %v, grid %d, valid %v", round, ivs, ivs.Seconds(), covered, ivs.Valid())
		}
	}
}

func TestValidRejectsBrokenLists(t *testing.T) {
	for _, ivs := range []Intervals{{{5, 3}}, {{0, 5}, {4, 8}}, {{10, 12}, {0, 3}}} {
		if ivs.Valid() {
			t.Errorf("%v should not be valid", ivs)
		}
	}
	if !(Intervals{{0, 1}, {2, 3}}).Valid() || !(Intervals{}).Valid() {
		t.Error("good lists reported invalid")
	}
}
