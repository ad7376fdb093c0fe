package dashboard

import (
	"context"

	"xiangcai"
	"xiangcai/talentpool"
)

// Selections tells where a city's annual selection (年度推选) of a year
// stands; *talentpool.Service has it.
type Selections interface {
	SelectionCountsOf(ctx context.Context, p xiangcai.Principal, cities []string, year int) ([]talentpool.SelectionCount, error)
}

// Selected is how many outstanding organizations and leaders the annual
// selections of the year hold once approved, against the plan's target
// of talentpool.SelectionTarget of each in every city. A list not yet
// approved counts none.
type Selected struct {
	Organizations int `json:"organizations"`
	Leaders       int `json:"leaders"`
	// Target is the fewest of each a city must select.
	Target int `json:"target" doc:"the fewest organizations, and leaders, each city must select (10)"`
	// CitiesMet counts the cities that selected at least Target of each,
	// of the cities of the area; Met is whether all of them did.
	CitiesMet Ratio `json:"cities_met" doc:"cities that reached the target of both, of all cities of the area"`
	Met       bool  `json:"met"`
	// Status is where a city's selection stands ("none" before it is
	// created); the province's figures have none.
	Status *Label `json:"status,omitempty" doc:"the city's selection: none, draft, scoring, approved or published (cities only)"`
	// ByKind charts the organizations and leaders selected against the
	// target: labels organizations and leaders, series selected and
	// target (Target for each city of the area).
	ByKind Chart `json:"by_kind" doc:"labels organizations and leaders; series selected and target (10 for each city of the area)"`
}

// selectionTally is what a city's, or the province's, selections add up to.
type selectionTally struct {
	organizations, leaders, met, cities int
	status                              *Label
}

// countSelections asks for each city's selection of year as p. It counts
// nothing when the service has no source of selections.
func (s *Service) countSelections(ctx context.Context, p xiangcai.Principal, tallies map[string]*tally, cities []string, year int) error {
	if s.selections == nil {
		return nil
	}
	counts, err := s.selections.SelectionCountsOf(ctx, p, cities, year)
	if err != nil {
		return err
	}
	for _, c := range counts {
		st := &selectionTally{organizations: c.Approved.Organizations, leaders: c.Approved.Leaders, cities: 1,
			status: &noSelection}
		if !c.Approved.Short() {
			st.met = 1
		}
		if c.Status != "" {
			status := label(string(c.Status), talentpool.SelectionStatuses.Label(c.Status))
			st.status = &status
		}
		tallies[c.CityCode].selections = st
	}
	return nil
}

// add adds a city's selections to the province's.
func (t *selectionTally) add(c *selectionTally) {
	t.organizations += c.organizations
	t.leaders += c.leaders
	t.met += c.met
	t.cities += c.cities
}

// figures makes the figures of the selections.
func (t *selectionTally) figures() *Selected {
	target := float64(talentpool.SelectionTarget)
	return &Selected{Organizations: t.organizations, Leaders: t.leaders, Target: talentpool.SelectionTarget,
		CitiesMet: ratio(t.met, t.cities), Met: t.cities > 0 && t.met == t.cities, Status: t.status,
		ByKind: Chart{Labels: selectionKinds, Series: []Series{
			{Label: selectedSeries, Values: []float64{float64(t.organizations), float64(t.leaders)}},
			{Label: targetItem, Values: []float64{target * float64(t.cities), target * float64(t.cities)}},
		}}}
}
