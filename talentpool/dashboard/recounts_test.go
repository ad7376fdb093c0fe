package dashboard

import (
	"context"
	"errors"
	"slices"
	"testing"
)

// TestRecountsCountEachCityOnce claims overlapping sets of cities as two
// requests would: the second counts only the city nobody counts yet and
// waits for the first's; each gets a tally of its own.
func TestRecountsCountEachCityOnce(t *testing.T) {
	var r recounts
	first, mine := r.claim([]string{"430100", "430200"}, 2025)
	if !slices.Equal(mine, []string{"430100", "430200"}) {
		t.Fatalf("first request counts %v", mine)
	}
	second, theirs := r.claim([]string{"430200", "430300"}, 2025)
	if !slices.Equal(theirs, []string{"430300"}) || second["430200"] != first["430200"] {
		t.Fatalf("second request counts %v and shares 湘潭's count: %v", theirs, second["430200"] == first["430200"])
	}
	if _, again := r.claim([]string{"430200"}, 2026); len(again) != 1 {
		t.Fatalf("another year is another count: %v", again)
	}
	counted := []keptTally{{CityCode: "430100", Tally: newTally()}, {CityCode: "430200", Tally: newTally()}}
	counted[1].Tally.Trained = 7
	r.finish(first, mine, 2025, counted, nil)
	a, errA := first["430200"].wait(t.Context())
	b, errB := second["430200"].wait(t.Context())
	if errA != nil || errB != nil || a.Trained != 7 || b.Trained != 7 || a == b {
		t.Fatalf("shared tally: %+v %v, %+v %v", a, errA, b, errB)
	}
	if _, fresh := r.claim([]string{"430100"}, 2025); len(fresh) != 1 {
		t.Fatal("a finished count is still claimed")
	}
}

// TestRecountWaitEndsWithItsContext gives up waiting for a count that
// goes on, and sees a failed count's error.
func TestRecountWaitEndsWithItsContext(t *testing.T) {
	var r recounts
	all, mine := r.claim([]string{"430100"}, 2025)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := all["430100"].wait(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("wait after the caller gave up: %v", err)
	}
	failed := errors.New("connection lost")
	r.finish(all, mine, 2025, nil, failed)
	if _, err := all["430100"].wait(t.Context()); !errors.Is(err, failed) {
		t.Fatalf("wait for a failed count: %v", err)
	}
}
