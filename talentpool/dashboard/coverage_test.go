package dashboard

import "testing"

// TestCoverageTarget checks the 70% target at its edge: 7 of 10 townships
// meet it, 6 do not, and an area without townships never does.
func TestCoverageTarget(t *testing.T) {
	for _, c := range []struct {
		covered, townships int
		share              float64
		met                bool
	}{{7, 10, 0.7, true}, {6, 10, 0.6, false}, {139, 199, 0.6985, false}, {140, 200, 0.7, true}, {0, 0, 0, false}} {
		tl := newTally()
		tl.Covered["430104"] = c.covered
		got := tl.coverage(c.townships, []part{{Label: Label{Code: "430104"}, townships: c.townships}})
		if got.Share != c.share || got.Met != c.met || got.Count != c.covered || got.Of != c.townships ||
			got.ByArea.Series[2].Values[0] != c.share {
			t.Errorf("%d of %d: %+v", c.covered, c.townships, got)
		}
	}
}
