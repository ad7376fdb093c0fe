package dashboard

import (
	"xiangcai"
	"xiangcai/courses"
	"xiangcai/regions"
	"xiangcai/talentpool"
)

// tally holds the counts of one area that its figures are made from. Maps
// are keyed by code; a missing key counts 0. A city's tally is kept in
// dashboard_tallies as JSON, without its selections, which are counted on
// every request.
type tally struct {
	ByStatus         map[string]int `json:"by_status"` // every talent
	ActiveByCategory map[string]int `json:"active_by_category"`
	Qualified        map[string]int `json:"qualified"` // active talents, by qualification
	Entered          int            `json:"entered"`
	Exited           int            `json:"exited"`
	Trained          int            `json:"trained"`
	Hubs             map[string]int `json:"hubs"` // hub organizations by staffing bucket
	// Covered counts the townships with a hub organization by the part of
	// the area they lie in: their county in a city's tally, their city in
	// the province's.
	Covered map[string]int `json:"covered"`
	// selections is nil when the dashboard has no source of selections.
	selections *selectionTally
}

func newTally() *tally {
	return &tally{ByStatus: map[string]int{}, ActiveByCategory: map[string]int{}, Qualified: map[string]int{},
		Hubs: map[string]int{}, Covered: map[string]int{}}
}

// newTallies returns an empty tally for each of cities, by code, and
// their codes.
func newTallies(cities []regions.Region) (map[string]*tally, []string) {
	tallies := make(map[string]*tally, len(cities))
	codes := make([]string, len(cities))
	for i, c := range cities {
		codes[i], tallies[c.Code] = c.Code, newTally()
	}
	return tallies, codes
}

// add adds a city's tally to the province's, its coverage as city's.
func (t *tally) add(city string, c *tally) {
	for _, m := range [...][2]map[string]int{{t.ByStatus, c.ByStatus}, {t.ActiveByCategory, c.ActiveByCategory},
		{t.Qualified, c.Qualified}, {t.Hubs, c.Hubs}} {
		for k, v := range m[1] {
			m[0][k] += v
		}
	}
	t.Entered += c.Entered
	t.Exited += c.Exited
	t.Trained += c.Trained
	for _, n := range c.Covered {
		t.Covered[city] += n
	}
	if c.selections != nil {
		if t.selections == nil {
			t.selections = &selectionTally{}
		}
		t.selections.add(c.selections)
	}
}

// part is a county of a city or a city of the province, with how many
// townships it has.
type part struct {
	Label
	townships int
}

// figures makes the figures of area, which has townships in all, split
// into parts for the coverage chart.
func (t *tally) figures(area Label, townships int, parts []part) Figures {
	count := func(m map[string]int) func(Label) int { return func(l Label) int { return m[l.Code] } }
	f := Figures{Area: area, NewThisYear: t.Entered, ExitedThisYear: t.Exited}
	f.Pool = Pool{Active: t.ByStatus[string(talentpool.StatusActive)],
		ByStatus:   tallyChart(talentsSeries, vocabularyLabels(talentpool.Statuses), count(t.ByStatus)),
		ByCategory: tallyChart(talentsSeries, vocabularyLabels(talentpool.TalentCategories), count(t.ActiveByCategory))}
	f.Trained = ratio(t.Trained, f.Pool.Active)
	f.Qualified.ByLevel = tallyChart(talentsSeries, vocabularyLabels(talentpool.Qualifications)[1:], count(t.Qualified))
	for _, v := range f.Qualified.ByLevel.Series[0].Values {
		f.Qualified.Total += int(v)
	}
	f.HubStaffing = Staffing{WithinTarget: t.Hubs[staffing[1].Code],
		BySocial: tallyChart(hubsSeries, staffing, count(t.Hubs))}
	for _, n := range t.Hubs {
		f.HubStaffing.Hubs += n
	}
	f.HubCoverage = t.coverage(townships, parts)
	if t.selections != nil {
		f.Selections = t.selections.figures()
	}
	return f
}

// coverage makes the hub coverage of an area with townships in all.
func (t *tally) coverage(townships int, parts []part) Coverage {
	c := Coverage{Target: HubCoverageTarget, ByArea: Chart{Labels: make([]Label, len(parts))}}
	values := make([][]float64, len(coverageSeries))
	covered := 0
	for i, p := range parts {
		c.ByArea.Labels[i] = p.Label
		n := t.Covered[p.Code]
		covered += n
		for k, v := range [...]float64{float64(p.townships), float64(n), ratio(n, p.townships).Share} {
			values[k] = append(values[k], v)
		}
	}
	for k, name := range coverageSeries {
		c.ByArea.Series = append(c.ByArea.Series, Series{Label: name, Values: values[k]})
	}
	c.Ratio = ratio(covered, townships)
	c.Met = townships > 0 && float64(covered)/float64(townships) >= HubCoverageTarget
	return c
}

// vocabularyLabels returns the labels of a vocabulary's terms, in order.
func vocabularyLabels[C ~string](v courses.Vocabulary[C]) []Label {
	out := make([]Label, len(v))
	for i, term := range v {
		out[i] = label(string(term.Code), term.Label)
	}
	return out
}

// placeLabel names a region; place names are Chinese in both languages.
func placeLabel(code, name string) Label { return label(code, xiangcai.Text{ZH: name, EN: name}) }
