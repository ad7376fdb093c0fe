package progress

import (
	"slices"
)

// Interval is a stretch of a video, in seconds from its start, that a
// trainee watched: [Start, End).
type Interval struct {
	Start float64 `json:"s"`
	End   float64 `json:"e"`
}

// Intervals is a sorted list of disjoint watched stretches. Merging keeps it
// small: a trainee who watches a video through, however many heartbeats it
// took, has one interval.
type Intervals []Interval

// Add returns the intervals with iv merged in. Overlapping and touching
// stretches join, so seconds watched twice count once.
func (ivs Intervals) Add(iv Interval) Intervals {
	if iv.End <= iv.Start {
		return ivs
	}
	out := make(Intervals, 0, len(ivs)+1)
	i := 0
	for ; i < len(ivs) && ivs[i].End < iv.Start; i++ {
		out = append(out, ivs[i])
	}
	for ; i < len(ivs) && ivs[i].Start <= iv.End; i++ {
		iv.Start = min(iv.Start, ivs[i].Start)
		iv.End = max(iv.End, ivs[i].End)
	}
	out = append(out, iv)
	return append(out, ivs[i:]...)
}

// Seconds returns how many distinct seconds the intervals cover.
func (ivs Intervals) Seconds() float64 {
	total := 0.0
	for _, iv := range ivs {
		total += iv.End - iv.Start
	}
	return total
}

// Valid reports whether the intervals are sorted, disjoint and non-empty
// each, as Add keeps them; stored values are checked before they are used.
func (ivs Intervals) Valid() bool {
	return slices.IsSortedFunc(ivs, func(a, b Interval) int {
		switch {
		case a.Start < b.Start:
			return -1
		case a.Start > b.Start:
			return 1
		}
		return 0
	}) && !slices.ContainsFunc(ivs, func(iv Interval) bool { return iv.End <= iv.Start }) && disjoint(ivs)
}

func disjoint(ivs Intervals) bool {
	for i := 1; i < len(ivs); i++ {
		if ivs[i].Start <= ivs[i-1].End {
			return false
		}
	}
	return true
}
