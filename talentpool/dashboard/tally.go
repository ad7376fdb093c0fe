package dashboard

import (
	"xiangcai"
	"xiangcai/courses"
	"xiangcai/talentpool"
)

// tally holds the counts of one area that its figures are made from. Maps
// are keyed by code; a missing key counts 0.
type tally struct {
	byStatus         map[string]int // every talent
	activeByCategory map[string]int
	qualified        map[string]int // active talents, by qualification
	entered, exited  int
	trained          int
	hubs             map[string]int // hub organizations by staffing bucket
	// covered counts the townships with a hub organization by the part of
	// the area they lie in: their county in a city's tally, their city in
	// the province's.
	covered map[string]int
	// selections is nil when the dashboard has no source of selections.
	selections *selectionTally
}

func newTally() *tally {
	return &tally{byStatus: map[string]int{}, activeByCategory: map[string]int{}, qualified: map[string]int{},
		hubs: map[string]int{}, covered: map[string]int{}}
}

// add adds a city's tally to the province's, its coverage as city's.
func (t *tally) add(city string, c *tally) {
	for _, m := range [...][2]map[string]int{{t.byStatus, c.byStatus}, {t.activeByCategory, c.activeByCategory},
		{t.qualified, c.qualified}, {t.hubs, c.hubs}} {
		for k, v := range m[1] {
			m[0][k] += v
		}
	}
	t.entered += c.entered
	t.exited += c.exited
	t.trained += c.trained
	for _, n := range c.covered {
		t.covered[city] += n
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
	f := Figures{Area: area, NewThisYear: t.entered, ExitedThisYear: t.exited}
	f.Pool = Pool{Active: t.byStatus[string(talentpool.StatusActive)],
		ByStatus:   tallyChart(talentsSeries, vocabularyLabels(talentpool.Statuses), count(t.byStatus)),
		ByCategory: tallyChart(talentsSeries, vocabularyLabels(talentpool.TalentCategories), count(t.activeByCategory))}
	f.Trained = ratio(t.trained, f.Pool.Active)
	f.Qualified.ByLevel = tallyChart(talentsSeries, vocabularyLabels(talentpool.Qualifications)[1:], count(t.qualified))
	for _, v := range f.Qualified.ByLevel.Series[0].Values {
		f.Qualified.Total += int(v)
	}
	f.HubStaffing = Staffing{WithinTarget: t.hubs[staffing[1].Code],
		BySocial: tallyChart(hubsSeries, staffing, count(t.hubs))}
	for _, n := range t.hubs {
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
		n := t.covered[p.Code]
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
