package web

import (
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/regions"
	"xiangcai/talentpool"
)

// talentList is the data of the talent list.
type talentList struct {
	Filter template.HTML
	// Filtered counts the filters in use.
	Filtered int
	// AsOf is the day whose pool the list shows, or "" for today's.
	AsOf string
	// Organization is the organization the list is narrowed to, linked to
	// the list without it.
	Organization *poolLink
	Rows         []talentRow
	Pager        poolPager
	Export       []poolLink
}

// talentRow is one talent in the list, with masked personal data.
type talentRow struct {
	ID, Name, IDNumber, Category, Status, StatusCode, Organization, Place, Qualification string
	Priority                                                                             bool
}

// talentList answers GET /talents: the talents of the pools the visitor
// administers, filtered by category, status, organization, region,
// qualification, priority and name, newest first; with as_of, the pool as
// it stood at the end of that day.
func (pp *poolPages) talentList(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	f := talentpool.TalentFilter{RegionCode: pp.chosenRegion(p, c.Query), Category: talentpool.TalentCategory(c.Query("category")),
		Status: talentpool.Status(c.Query("status")), OrganizationID: c.Query("organization_id"),
		Qualification: talentpool.Qualification(c.Query("qualification")), Priority: queryFlag(c.Query("priority")),
		Query: c.Query("q"), Page: pageAsked(c)}
	filter := pp.talentFilter(c, f)
	data, status := talentList{AsOf: strings.TrimSpace(c.Query("as_of")), Filtered: activeFilters(c)}, fiber.StatusOK
	at, err := asOfDay(data.AsOf)
	var list []*talentpool.Talent
	var total int
	if err == nil {
		f.AsOf = at
		list, total, err = pp.pool.FindTalents(c.UserContext(), p, f)
	}
	if err != nil {
		if status, err = filter.explain(c, err); err != nil {
			return err
		}
		data.AsOf = ""
	}
	data.Pager = newPoolPager(c, list, total, f.Page)
	if f.OrganizationID != "" {
		data.Organization = &poolLink{Label: pp.organizationName(c, f.OrganizationID), Href: withQuery(c, "organization_id", "")}
	}
	for _, t := range list {
		data.Rows = append(data.Rows, pp.talentRow(p, lang, t))
	}
	data.Export = exportLinks(lang, "import.export_", exportQuery(f, data.AsOf, c.Query("priority")))
	if data.Filter, err = pp.drawForm(c, filter); err != nil {
		return err
	}
	return pp.render(c, status, "talent_list", pp.newPage(c, data))
}

// talentFilter is the talent list's filter showing f.
func (pp *poolPages) talentFilter(c *fiber.Ctx, f talentpool.TalentFilter) *poolForm {
	p, lang := principalOf(c), api.Language(c)
	anyLabel := say(lang, "pool.any")
	return &poolForm{ID: "filter", Action: "/talents", Method: "get", Class: "filters", Submit: say(lang, "pool.filter"),
		Cancel: &poolLink{Label: say(lang, "pool.clear"), Href: "/talents"},
		Fields: []formField{
			{Name: "q", Label: say(lang, "talent.name"), Kind: "search", Value: f.Query},
			{Name: "category", Label: say(lang, "talent.category"), Kind: "select", Options: withBlank(anyLabel, options(talentpool.TalentCategories, lang, f.Category))},
			{Name: "status", Label: say(lang, "talent.status"), Kind: "select", Options: withBlank(anyLabel, options(talentpool.Statuses, lang, f.Status))},
			{Name: "qualification", Label: say(lang, "talent.qualification"), Kind: "select",
				Options: withBlank(anyLabel, options(talentpool.Qualifications, lang, f.Qualification))},
			pp.regionField(p, lang, "region_code", say(lang, "talent.region"), f.RegionCode, regions.LevelTownship, anyLabel),
			{Name: "priority", Label: say(lang, "talent.priority"), Kind: "select", Options: flagOptions(lang, c.Query("priority"))},
			{Name: "as_of", Label: say(lang, "talent.as_of"), Kind: "date", Value: c.Query("as_of")},
			{Name: "organization_id", Kind: "hidden", Value: f.OrganizationID},
		}}
}

// exportQuery is the API's export query for the talents f selects, on the
// day asOf ("" for today).
func exportQuery(f talentpool.TalentFilter, asOf, priority string) url.Values {
	q := url.Values{}
	for name, v := range map[string]string{"region_code": f.RegionCode, "category": string(f.Category), "status": string(f.Status),
		"organization_id": f.OrganizationID, "qualification": string(f.Qualification), "priority": priority, "q": f.Query, "as_of": asOf} {
		if v != "" {
			q.Set(name, v)
		}
	}
	return q
}

// talentRow shows a talent in a list.
func (pp *poolPages) talentRow(p xiangcai.Principal, lang string, t *talentpool.Talent) talentRow {
	r := talentRow{ID: t.ID, Name: t.Name, IDNumber: t.IDMasked, Category: talentpool.TalentCategories.Label(t.Category).In(lang),
		Status: talentpool.Statuses.Label(t.Status).In(lang), StatusCode: string(t.Status), Place: pp.placeName(p, t.RegionCode),
		Qualification: talentpool.Qualifications.Label(t.Qualification).In(lang), Priority: t.Priority}
	if t.Organization != nil {
		r.Organization = t.Organization.Name
	}
	return r
}

// asOfDay reads the day of an as-of view as its last instant; blank is
// today's pool.
func asOfDay(v string) (time.Time, error) {
	d, err := parseDay("as_of", v)
	if err != nil || d.IsZero() {
		return d, err
	}
	return talentpool.EndOfDay(d), nil
}
