package web

import (
	"html/template"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// poolRecord is the data of an organization's page: what it is, what can
// be done with it and its history.
type poolRecord struct {
	Title   string
	Deleted bool
	Facts   []poolFact
	Actions []poolLink
	// Delete leads to the confirmation of a deletion.
	Delete  string
	History template.HTML
}

// poolFact is one line of a record's description; Href makes the value a
// link. Reveal names the field of a masked value the visitor may see in
// full, and Revealed marks the value shown in full.
type poolFact struct {
	Label, Value, Href string
	Reveal             string
	Revealed           bool
}

// organizationDetail answers GET /organizations/:id: the organization, with
// its change history a page at a time.
func (pp *poolPages) organizationDetail(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	o, cats, err := pp.organizationOf(c)
	if err != nil {
		return err
	}
	events, total, err := pp.pool.OrganizationHistory(c.UserContext(), p, o.ID, pageAsked(c))
	data := poolRecord{Title: o.Name, Deleted: o.Deleted()}
	if data.History, err = pp.historyPage(c, events, total, err); err != nil {
		return err
	}
	data.Facts = []poolFact{
		{Label: say(lang, "org.credit_code"), Value: orDash(o.CreditCode)},
		{Label: say(lang, "org.status"), Value: organizationStatuses.Label(o.Status).In(lang)},
		{Label: say(lang, "org.category"), Value: cats.name(o.CategoryID)},
		{Label: say(lang, "org.region"), Value: pp.placeName(p, o.RegionCode)},
		{Label: say(lang, "org.hub"), Value: yesNo(lang, o.IsHub)},
		{Label: say(lang, "org.incubation_base"), Value: yesNo(lang, o.IsIncubationBase)},
		{Label: say(lang, "org.social_workers"), Value: strconv.Itoa(o.SocialWorkers)},
		{Label: say(lang, "org.contact_name"), Value: orDash(o.ContactName)},
		{Label: say(lang, "org.contact_phone"), Value: orDash(o.ContactPhoneMasked)},
		{Label: say(lang, "org.services"), Value: orDash(o.Services)},
		{Label: say(lang, "org.talents"), Value: say(lang, "org.talents_link"), Href: "/talents?organization_id=" + o.ID},
	}
	if o.Deleted() {
		data.Facts = append(data.Facts, poolFact{Label: say(lang, "org.deleted_at"), Value: whenText(o.DeletedAt)})
	} else {
		data.Actions = []poolLink{{Label: say(lang, "pool.edit"), Href: "/organizations/" + o.ID + "/edit"},
			{Label: say(lang, "org.add_talent"), Href: "/talents/new?organization_id=" + o.ID}}
		data.Delete = "/organizations/" + o.ID + "/delete"
	}
	return pp.render(c, fiber.StatusOK, "organization_detail", pp.newPage(c, data))
}

// organizationOf reads the organization the path names, and the
// categories to name its category by.
func (pp *poolPages) organizationOf(c *fiber.Ctx) (*talentpool.Organization, categoryList, error) {
	o, err := pp.pool.FindOrganizationByID(c.UserContext(), principalOf(c), c.Params("id"))
	if err != nil {
		return nil, nil, err
	}
	cats, err := pp.categoryNames(c)
	return o, cats, err
}

// organizationConfirmDelete answers GET /organizations/:id/delete: are you
// sure?
func (pp *poolPages) organizationConfirmDelete(c *fiber.Ctx) error {
	o, err := pp.pool.FindOrganizationByID(c.UserContext(), principalOf(c), c.Params("id"))
	if err != nil {
		return err
	}
	if o.Deleted() {
		return seeOther(c, "/organizations/"+o.ID)
	}
	lang := api.Language(c)
	back := &poolLink{Label: say(lang, "pool.cancel"), Href: "/organizations/" + o.ID}
	f := &poolForm{ID: "delete", Action: "/organizations/" + o.ID + "/delete", Class: "danger", Submit: say(lang, "org.delete")}
	return pp.renderForm(c, fiber.StatusOK, say(lang, "org.delete_title", o.Name), say(lang, "org.delete_intro"), f, back)
}

// organizationDelete answers POST /organizations/:id/delete: the
// organization is marked deleted and the list shown.
func (pp *poolPages) organizationDelete(c *fiber.Ctx) error {
	if err := pp.pool.DeleteOrganization(c.UserContext(), principalOf(c), c.Params("id")); err != nil {
		return err
	}
	return seeOther(c, "/organizations")
}
