package dashboard

import (
	"slices"

	"xiangcai/regions"
)

// addHubs adds a township's hub organizations to its city's tally, and the
// township to its county's coverage. A township the table of divisions
// does not hold under that city, such as one whose code has since changed,
// counts for staffing but not for coverage.
func (s *Service) addHubs(t *tally, h hubTownship) {
	for i, n := range [...]int{h.HubsNone, h.HubsTarget, h.HubsMore} {
		t.Hubs[staffing[i].Code] += n
	}
	town, ok := s.regions.Find(h.TownshipCode)
	if !ok || town.Level != regions.LevelTownship {
		return
	}
	if county, ok := s.regions.Find(town.ParentCode); ok && county.ParentCode == h.CityCode {
		t.Covered[county.Code]++
	}
}

// cityFigures makes a city's figures, its coverage by county.
func (s *Service) cityFigures(city regions.Region, t *tally) Figures {
	var parts []part
	for _, county := range s.regions.Children(city.Code) {
		parts = append(parts, s.part(county))
	}
	return t.figures(placeLabel(city.Code, city.Name), s.regions.CountAt(city.Code, regions.LevelTownship), parts)
}

// provinceFigures makes every city's figures and the province's total,
// its coverage by city.
func (s *Service) provinceFigures(province regions.Region, cities []regions.Region, tallies map[string]*tally) (Figures, []Figures) {
	total := newTally()
	each := make([]Figures, len(cities))
	parts := make([]part, len(cities))
	for i, c := range cities {
		each[i] = s.cityFigures(c, tallies[c.Code])
		total.add(c.Code, tallies[c.Code])
		parts[i] = s.part(c)
	}
	return total.figures(placeLabel(province.Code, province.Name), s.regions.CountAt("", regions.LevelTownship), parts), each
}

// part returns a region as a part of a coverage chart.
func (s *Service) part(r regions.Region) part {
	return part{Label: placeLabel(r.Code, r.Name), townships: s.regions.CountAt(r.Code, regions.LevelTownship)}
}

// headline is a figure the province compares its cities by.
type headline struct {
	Label
	value func(f *Figures) float64
}

// headlines are the figures the province compares its cities by;
// selectionHeadlines follow when the dashboard has selections.
var headlines = []headline{
	{activeLabel, func(f *Figures) float64 { return float64(f.Pool.Active) }},
	{newLabel, func(f *Figures) float64 { return float64(f.NewThisYear) }},
	{exitedLabel, func(f *Figures) float64 { return float64(f.ExitedThisYear) }},
	{trainedShareLabel, func(f *Figures) float64 { return f.Trained.Share }},
	{qualifiedLabel, func(f *Figures) float64 { return float64(f.Qualified.Total) }},
	{coverageShareLabel, func(f *Figures) float64 { return f.HubCoverage.Share }},
	{withinTargetLabel, func(f *Figures) float64 { return float64(f.HubStaffing.WithinTarget) }},
}

var selectionHeadlines = []headline{
	{selectedOrgsLabel, func(f *Figures) float64 { return float64(f.Selections.Organizations) }},
	{selectedLeadersLabel, func(f *Figures) float64 { return float64(f.Selections.Leaders) }},
}

// compare returns the cities' headline figures as a chart: the cities are
// the labels, each headline a series.
func compare(cities []Figures) *Chart {
	c := &Chart{Labels: make([]Label, len(cities))}
	for i := range cities {
		c.Labels[i] = cities[i].Area
	}
	lines := headlines
	if cities[0].Selections != nil {
		lines = append(slices.Clip(lines), selectionHeadlines...)
	}
	for _, h := range lines {
		values := make([]float64, len(cities))
		for i := range cities {
			values[i] = h.value(&cities[i])
		}
		c.Series = append(c.Series, Series{Label: h.Label, Values: values})
	}
	return c
}
