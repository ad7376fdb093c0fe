package web

import (
	"html/template"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
	"xiangcai/regions"
	"xiangcai/talentpool"
)

// organizationList is the data of the organization list.
type organizationList struct {
	Filter template.HTML
	// Filtered counts the filters in use.
	Filtered int
	Rows     []organizationRow
	Pager    poolPager
}

// organizationRow is one organization in the list.
type organizationRow struct {
	ID, Name, Category, Status, Place string
	Hub, IncubationBase, Deleted      bool
	SocialWorkers                     int
}

// organizationList answers GET /organizations: the organizations the
// visitor administers, filtered by category, status, region, hub and
// incubation-base flags and name, newest first, a page at a time.
func (pp *poolPages) organizationList(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	cats, err := pp.categoryNames(c)
	if err != nil {
		return err
	}
	f := talentpool.OrganizationFilter{RegionCode: pp.chosenRegion(p, c.Query), CategoryID: c.Query("category_id"),
		Status: talentpool.OrganizationStatus(c.Query("status")), Hub: queryFlag(c.Query("hub")),
		IncubationBase: queryFlag(c.Query("incubation_base")), Query: c.Query("q"),
		IncludeDeleted: c.Query("deleted") == "true", Page: pageAsked(c)}
	list, total, err := pp.pool.FindOrganizations(c.UserContext(), p, f)
	if err != nil {
		return err
	}
	data := organizationList{Pager: newPoolPager(c, list, total, f.Page), Filtered: activeFilters(c)}
	for _, o := range list {
		data.Rows = append(data.Rows, organizationRow{ID: o.ID, Name: o.Name, Category: cats.name(o.CategoryID),
			Status: organizationStatuses.Label(o.Status).In(lang), Place: pp.placeName(p, o.RegionCode),
			Hub: o.IsHub, IncubationBase: o.IsIncubationBase, Deleted: o.Deleted(), SocialWorkers: o.SocialWorkers})
	}
	filter := &poolForm{ID: "filter", Action: "/organizations", Method: "get", Class: "filters", Submit: say(lang, "pool.filter"),
		Cancel: &poolLink{Label: say(lang, "pool.clear"), Href: "/organizations"},
		Fields: []formField{
			{Name: "q", Label: say(lang, "org.name"), Kind: "search", Value: f.Query},
			{Name: "category_id", Label: say(lang, "org.category"), Kind: "select", Options: cats.options(lang, f.CategoryID, say(lang, "pool.any"))},
			{Name: "status", Label: say(lang, "org.status"), Kind: "select",
				Options: withBlank(say(lang, "pool.any"), options(organizationStatuses, lang, f.Status))},
			pp.regionField(p, lang, "region_code", say(lang, "org.region"), f.RegionCode, regions.LevelTownship, say(lang, "pool.any")),
			{Name: "hub", Label: say(lang, "org.hub"), Kind: "select", Options: flagOptions(lang, c.Query("hub"))},
			{Name: "incubation_base", Label: say(lang, "org.incubation_base"), Kind: "select", Options: flagOptions(lang, c.Query("incubation_base"))},
			{Name: "deleted", Label: say(lang, "org.include_deleted"), Kind: "checkbox", Checked: f.IncludeDeleted},
		}}
	if data.Filter, err = pp.drawForm(c, filter); err != nil {
		return err
	}
	return pp.render(c, fiber.StatusOK, "organization_list", pp.newPage(c, data))
}

// organizationStatuses labels the two legal standings of an organization.
var organizationStatuses = courses.Vocabulary[talentpool.OrganizationStatus]{
	{Code: talentpool.OrganizationRegistered, Label: xiangcai.Text{ZH: "登记", EN: "Registered"}},
	{Code: talentpool.OrganizationFiled, Label: xiangcai.Text{ZH: "备案", EN: "Filed"}},
}
