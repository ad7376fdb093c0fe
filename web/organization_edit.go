package web

import (
	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// requirePoolAdmin refuses the forms only administrators fill in before
// showing them; the services check again when the form is sent.
func requirePoolAdmin(p xiangcai.Principal) error {
	return p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin)
}

// organizationNew answers GET /organizations/new with an empty form.
func (pp *poolPages) organizationNew(c *fiber.Ctx) error {
	if err := requirePoolAdmin(principalOf(c)); err != nil {
		return err
	}
	cats, err := pp.categoryNames(c)
	if err != nil {
		return err
	}
	lang := api.Language(c)
	f := pp.organizationForm(c, cats, "/organizations/new", talentpool.OrganizationInput{}, "")
	return pp.renderForm(c, fiber.StatusOK, say(lang, "org.new"), "", f, &poolLink{Label: say(lang, "org.back_list"), Href: "/organizations"})
}

// organizationCreate answers POST /organizations/new: the new
// organization's page, or the form again with what is wrong.
func (pp *poolPages) organizationCreate(c *fiber.Ctx) error {
	cats, err := pp.categoryNames(c)
	if err != nil {
		return err
	}
	lang := api.Language(c)
	back := &poolLink{Label: say(lang, "org.back_list"), Href: "/organizations"}
	in, err := pp.organizationInput(c)
	var o *talentpool.Organization
	if err == nil {
		o, err = pp.pool.CreateOrganization(c.UserContext(), principalOf(c), in)
	}
	if err != nil {
		return pp.formFailed(c, err, say(lang, "org.new"), pp.organizationForm(c, cats, "/organizations/new", in, ""), back)
	}
	return seeOther(c, "/organizations/"+o.ID)
}

// organizationEdit answers GET /organizations/:id/edit with the
// organization's values in the form.
func (pp *poolPages) organizationEdit(c *fiber.Ctx) error {
	o, cats, err := pp.organizationOf(c)
	if err != nil {
		return err
	}
	in := talentpool.OrganizationInput{Name: o.Name, CreditCode: o.CreditCode, Status: o.Status, CategoryID: o.CategoryID,
		RegionCode: o.RegionCode, IsHub: o.IsHub, IsIncubationBase: o.IsIncubationBase, SocialWorkers: o.SocialWorkers,
		ContactName: o.ContactName, Services: o.Services}
	lang := api.Language(c)
	f := pp.organizationForm(c, cats, "/organizations/"+o.ID+"/edit", in, o.ContactPhoneMasked)
	return pp.renderForm(c, fiber.StatusOK, say(lang, "org.edit", o.Name), "", f, &poolLink{Label: say(lang, "pool.back"), Href: "/organizations/" + o.ID})
}

// organizationUpdate answers POST /organizations/:id/edit: every field of
// the form is saved; a blank phone keeps the stored one.
func (pp *poolPages) organizationUpdate(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	o, cats, err := pp.organizationOf(c)
	if err != nil {
		return err
	}
	in, err := pp.organizationInput(c)
	if err == nil {
		patch := talentpool.OrganizationPatch{Name: &in.Name, CreditCode: &in.CreditCode, Status: &in.Status,
			CategoryID: &in.CategoryID, RegionCode: &in.RegionCode, IsHub: &in.IsHub, IsIncubationBase: &in.IsIncubationBase,
			SocialWorkers: &in.SocialWorkers, ContactName: &in.ContactName, ContactPhone: secretValue(c, "contact_phone"),
			Services: &in.Services}
		_, err = pp.pool.UpdateOrganization(c.UserContext(), p, o.ID, patch)
	}
	if err != nil {
		f := pp.organizationForm(c, cats, "/organizations/"+o.ID+"/edit", in, o.ContactPhoneMasked)
		return pp.formFailed(c, err, say(lang, "org.edit", o.Name), f, &poolLink{Label: say(lang, "pool.back"), Href: "/organizations/" + o.ID})
	}
	return seeOther(c, "/organizations/"+o.ID)
}
