package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool/dashboard"
)

// dashboardPage is the data of the dashboard of a city or the province.
type dashboardPage struct {
	Title, Generated string
	Filter           template.HTML
	Exports          []poolLink
	Figures          []figureView
	Warning          string
	Charts           []chartView
	// Cities compares every city, on the province's dashboard.
	Cities *chartView
}

// figureView is one headline number; Good and Bad say whether it meets
// its target, when it has one.
type figureView struct {
	Label, Value, Note string
	Good, Bad          bool
}

// dashboardShares are the codes of the figures that are shares.
var dashboardShares = []string{"share", "trained_share", "hub_coverage"}

// dashboardView answers GET /dashboard?city=&year=: the figures of the
// visitor's city, or of the province with every city side by side (or of
// one city the province picks), as numbers and charts.
func (pp *poolPages) dashboardView(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	year, _ := strconv.Atoi(c.Query("year"))
	q := dashboard.Query{City: c.Query("city"), Year: year}
	d, err := pp.dashboards.TalentPool(c.UserContext(), p, q)
	if err != nil {
		return err
	}
	t := d.Total
	data := dashboardPage{Title: say(lang, "dashboard.heading", t.Area.In(lang), d.Year), Generated: whenText(d.GeneratedAt)}
	query := url.Values{"year": {strconv.Itoa(d.Year)}}
	if q.City != "" {
		query.Set("city", q.City)
	}
	for _, ext := range []string{"xlsx", "csv"} {
		data.Exports = append(data.Exports, poolLink{Label: say(lang, "dashboard.export_"+ext),
			Href: "/api/v1/dashboards/talent-pool/export." + ext + "?" + query.Encode()})
	}
	data.Figures, data.Warning = headlineFigures(lang, &t)
	data.Charts = []chartView{
		newChart(lang, say(lang, "dashboard.by_status"), "bar", t.Pool.ByStatus, 0),
		newChart(lang, say(lang, "dashboard.by_category"), "pie", t.Pool.ByCategory, 0),
		newChart(lang, say(lang, "dashboard.coverage_by_area"), "coverage", t.HubCoverage.ByArea, t.HubCoverage.Target, "share"),
		newChart(lang, say(lang, "dashboard.staffing"), "pie", t.HubStaffing.BySocial, 0),
		newChart(lang, say(lang, "dashboard.qualified"), "bar", t.Qualified.ByLevel, 0),
	}
	if s := t.Selections; s != nil {
		data.Charts = append(data.Charts, newChart(lang, say(lang, "dashboard.selections"), "bar", s.ByKind, 0))
	}
	if d.Comparison != nil {
		shares, counts := split(*d.Comparison, dashboardShares...)
		data.Charts = append(data.Charts, newChart(lang, say(lang, "dashboard.compare_counts"), "compare", counts, 0),
			newChart(lang, say(lang, "dashboard.compare_shares"), "compare", shares, dashboard.HubCoverageTarget, dashboardShares...))
		table := newChart(lang, say(lang, "dashboard.cities"), "table", *d.Comparison, 0, dashboardShares...)
		data.Cities = &table
	}
	if data.Filter, err = pp.drawForm(c, pp.dashboardFilter(c, q.City, d.Year)); err != nil {
		return err
	}
	return pp.render(c, fiber.StatusOK, "dashboard", pp.newPage(c, data))
}

// headlineFigures are the numbers at the top of the dashboard, and the
// warning of a city whose annual selection falls short.
func headlineFigures(lang string, t *dashboard.Figures) ([]figureView, string) {
	percent := func(r dashboard.Ratio) string { return number(r.Share, true) }
	cov := t.HubCoverage
	out := []figureView{
		{Label: say(lang, "dashboard.active"), Value: strconv.Itoa(t.Pool.Active)},
		{Label: say(lang, "dashboard.new"), Value: strconv.Itoa(t.NewThisYear)},
		{Label: say(lang, "dashboard.exited"), Value: strconv.Itoa(t.ExitedThisYear)},
		{Label: say(lang, "dashboard.trained"), Value: percent(t.Trained), Note: say(lang, "dashboard.of", t.Trained.Count, t.Trained.Of)},
		{Label: say(lang, "dashboard.qualified_total"), Value: strconv.Itoa(t.Qualified.Total)},
		{Label: say(lang, "dashboard.coverage"), Value: percent(cov.Ratio), Good: cov.Met, Bad: !cov.Met,
			Note: say(lang, "dashboard.coverage_note", cov.Count, cov.Of, number(cov.Target, true))},
		{Label: say(lang, "dashboard.staffed"), Value: strconv.Itoa(t.HubStaffing.WithinTarget),
			Note: say(lang, "dashboard.staffed_note", t.HubStaffing.Hubs)},
	}
	s := t.Selections
	if s == nil {
		return out, ""
	}
	out = append(out, figureView{Label: say(lang, "dashboard.selected"), Value: fmt.Sprintf("%d + %d", s.Organizations, s.Leaders),
		Note: say(lang, "dashboard.selected_note", s.Target), Good: s.Met, Bad: !s.Met})
	switch {
	case s.Met:
		return out, ""
	case s.Status != nil:
		return out, say(lang, "dashboard.city_short", s.Organizations, s.Leaders, s.Target, s.Status.In(lang))
	}
	return out, say(lang, "dashboard.cities_short", s.CitiesMet.Count, s.CitiesMet.Of, s.Target)
}

// dashboardFilter picks the year and, for the province, the city.
func (pp *poolPages) dashboardFilter(c *fiber.Ctx, city string, year int) *poolForm {
	p, lang := principalOf(c), api.Language(c)
	this := time.Now().In(chinaTime).Year()
	f := &poolForm{ID: "dashboard", Action: "/dashboard", Method: "get", Class: "inline short", Submit: say(lang, "dashboard.show"),
		Fields: []formField{{Name: "year", Label: say(lang, "pool.year"), Kind: "select", Options: yearOptions(this-4, this, year)}}}
	if p.Role == xiangcai.RoleProvinceAdmin {
		f.Fields = append([]formField{{Name: "city", Label: say(lang, "pool.city"), Kind: "select",
			Options: pp.cityOptions(p, city, say(lang, "dashboard.province"))}}, f.Fields...)
	}
	return f
}
