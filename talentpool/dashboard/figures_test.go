package dashboard_test

import (
	"testing"
	"time"

	"xiangcai/talentpool/dashboard"
)

// The figures of the known pool in 2025 (the year of the clock) and 2024.
var (
	changsha2025 = want{
		byStatus:   []float64{1, 0, 3, 1, 2}, // nominated, under review, active, suspended, exited
		byCategory: []float64{0, 0, 1, 0, 1, 1},
		byLevel:    []float64{1, 1, 0}, // assistant, intermediate, senior
		entered:    4, exited: 1,
		trained:  dashboard.Ratio{Count: 1, Of: 3, Share: 0.3333},
		coverage: dashboard.Ratio{Count: 3, Of: 172, Share: 0.0174},
		byArea: map[string][3]float64{"430102": {14, 0, 0}, "430103": {14, 1, 0.0714}, "430104": {19, 2, 0.1053},
			"430181": {32, 0, 0}},
		staffing: []float64{1, 2, 1}, // none, 1–2, 3 or more
	}
	zhuzhou2025 = want{
		byStatus:   []float64{0, 1, 1, 0, 1},
		byCategory: []float64{0, 0, 0, 0, 0, 1},
		byLevel:    []float64{0, 0, 0},
		entered:    3, exited: 1,
		trained:  dashboard.Ratio{Count: 0, Of: 1, Share: 0},
		coverage: dashboard.Ratio{Count: 1, Of: 112, Share: 0.0089},
		byArea:   map[string][3]float64{"430202": {7, 1, 0.1429}},
		staffing: []float64{0, 1, 0},
	}
	province2025 = want{
		byStatus:   []float64{1, 1, 4, 1, 3},
		byCategory: []float64{0, 0, 1, 0, 1, 2},
		byLevel:    []float64{1, 1, 0},
		entered:    7, exited: 2,
		trained:  dashboard.Ratio{Count: 1, Of: 4, Share: 0.25},
		coverage: dashboard.Ratio{Count: 4, Of: 2008, Share: 0.002},
		byArea:   map[string][3]float64{"430100": {172, 3, 0.0174}, "430200": {112, 1, 0.0089}, "430300": {70, 0, 0}},
		staffing: []float64{1, 3, 1},
	}
)

func TestCityDashboard(t *testing.T) {
	f := newFixture(t)
	known(t, f)
	for _, c := range []struct {
		name  string
		query dashboard.Query
	}{{"city administrator, own city", dashboard.Query{}}, {"named city and year", dashboard.Query{City: "430100", Year: 2025}}} {
		d, err := f.svc.TalentPool(t.Context(), f.changsha, c.query)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Year != 2025 || d.Area.Code != "430100" || d.Area.ZH != "长沙市" || d.Cities != nil || d.Comparison != nil ||
			!d.GeneratedAt.Equal(now) {
			t.Errorf("%s: dashboard %+v", c.name, d)
		}
		check(t, d.Total, changsha2025)
		if n := len(d.Total.HubCoverage.ByArea.Labels); n != 9 {
			t.Errorf("长沙 has %d counties in its coverage chart, want 9", n)
		}
	}
	d, err := f.svc.TalentPool(t.Context(), f.zhuzhou, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	check(t, d.Total, zhuzhou2025)
}

func TestProvinceDashboard(t *testing.T) {
	f := newFixture(t)
	known(t, f)
	d, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Area.Code != "430000" || d.Area.ZH != "湖南省" || len(d.Cities) != 14 || d.Year != 2025 {
		t.Fatalf("province dashboard: %v %v %d cities", d.Year, d.Area, len(d.Cities))
	}
	check(t, d.Total, province2025)
	check(t, d.Cities[0], changsha2025)
	check(t, d.Cities[1], zhuzhou2025)
	if c := d.Cities[13]; c.Area.Code != "433100" || c.Pool.Active != 0 || c.HubCoverage.Of != 116 {
		t.Errorf("湘西 is %+v", c)
	}
	cmp := d.Comparison
	if len(cmp.Labels) != 14 || cmp.Labels[0].ZH != "长沙市" {
		t.Fatalf("comparison labels: %v", cmp.Labels)
	}
	wantSeries := map[string][2]float64{"active": {3, 1}, "new_this_year": {4, 3}, "exited_this_year": {1, 1},
		"trained_share": {0.3333, 0}, "qualified": {2, 0}, "hub_coverage": {0.0174, 0.0089}, "hubs_within_target": {2, 1},
		"selected_organizations": {0, 0}, "selected_leaders": {0, 0}}
	for _, s := range cmp.Series {
		w, ok := wantSeries[s.Code]
		if !ok || len(s.Values) != 14 || [2]float64{s.Values[0], s.Values[1]} != w || s.Values[2] != 0 || s.ZH == "" || s.EN == "" {
			t.Errorf("comparison series %s: %v, want %v for 长沙 and 株洲 and 0 for 湘潭", s.Code, s.Values, w)
		}
		delete(wantSeries, s.Code)
	}
	if len(wantSeries) > 0 {
		t.Errorf("comparison lacks %v", wantSeries)
	}
	// The province may ask for one city, and gets the city's dashboard.
	one, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{City: "430200"})
	if err != nil || one.Area.Code != "430200" || one.Cities != nil {
		t.Fatalf("province asks for 株洲: %+v %v", one, err)
	}
	check(t, one.Total, zhuzhou2025)
}

// TestYears checks the yearly figures of a past year and that years turn
// at midnight in Beijing, not in UTC.
func TestYears(t *testing.T) {
	f := newFixture(t)
	known(t, f)
	d, err := f.svc.TalentPool(t.Context(), f.changsha, dashboard.Query{Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	w := changsha2025 // today's pool and hubs, 2024's flow and training
	w.entered, w.exited, w.trained = 3, 1, dashboard.Ratio{Count: 1, Of: 3, Share: 0.3333}
	check(t, d.Total, w)
	// 16:00 UTC on 31 December 2025 is New Year in Beijing: 2026 has begun
	// and nothing happened in it yet.
	f.at(time.Date(2025, 12, 31, 16, 0, 0, 0, time.UTC))
	d, err = f.svc.TalentPool(t.Context(), f.changsha, dashboard.Query{})
	if err != nil || d.Year != 2026 || d.Total.NewThisYear != 0 || d.Total.Trained.Count != 0 || d.Total.Pool.Active != 3 {
		t.Fatalf("on New Year's Day 2026: %v %+v", err, d)
	}
}
