package web

import (
	"encoding/json"
	"fmt"
	"slices"

	"xiangcai/talentpool/dashboard"
)

// chartView is one chart of the dashboard: its data in the page's
// language, drawn by dashboard.js with ECharts from the JSON in the page,
// and as a table where scripts do not run.
type chartView struct {
	Title string `json:"-"`
	// Kind is how dashboard.js draws it: bar, pie, coverage (bars of
	// townships with the share as a line against Target) or compare (the
	// cities side by side).
	Kind   string       `json:"kind"`
	Labels []string     `json:"labels"`
	Series []seriesView `json:"series"`
	Target float64      `json:"target,omitempty"`
	Heads  []string     `json:"-"`
	Rows   []chartRow   `json:"-"`
	JSON   string       `json:"-"`
}

// seriesView is one series of a chart; Percent marks shares.
type seriesView struct {
	Name    string    `json:"name"`
	Values  []float64 `json:"values"`
	Percent bool      `json:"percent,omitempty"`
}

// chartRow is one label of a chart with its values, for the table.
type chartRow struct {
	Label  string
	Values []string
}

// newChart shows c as a chart of kind, titled title, in lang: the series
// coded as one of shares are percentages, and target is the share a
// coverage chart aims at.
func newChart(lang, title, kind string, c dashboard.Chart, target float64, shares ...string) chartView {
	v := chartView{Title: title, Kind: kind, Target: target}
	for _, l := range c.Labels {
		v.Labels = append(v.Labels, l.In(lang))
	}
	for _, s := range c.Series {
		sv := seriesView{Name: s.In(lang), Values: s.Values, Percent: slices.Contains(shares, s.Code)}
		v.Series = append(v.Series, sv)
		v.Heads = append(v.Heads, sv.Name)
	}
	for i, label := range v.Labels {
		row := chartRow{Label: label}
		for _, s := range v.Series {
			row.Values = append(row.Values, number(s.Values[i], s.Percent))
		}
		v.Rows = append(v.Rows, row)
	}
	b, _ := json.Marshal(v)
	v.JSON = string(b)
	return v
}

// number shows a figure: a share as a percentage, a count as it is.
func number(v float64, percent bool) string {
	if percent {
		return fmt.Sprintf("%.1f%%", v*100)
	}
	return fmt.Sprintf("%g", v)
}

// split parts a chart's series in two: those coded as one of codes, and
// the others.
func split(c dashboard.Chart, codes ...string) (in, out dashboard.Chart) {
	in.Labels, out.Labels = c.Labels, c.Labels
	for _, s := range c.Series {
		if slices.Contains(codes, s.Code) {
			in.Series = append(in.Series, s)
		} else {
			out.Series = append(out.Series, s)
		}
	}
	return in, out
}
