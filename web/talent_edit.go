package web

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// talentNew answers GET /talents/new with an empty form; from an
// organization's page the organization is chosen already.
func (pp *poolPages) talentNew(c *fiber.Ctx) error {
	p := principalOf(c)
	if err := requirePoolAdmin(p); err != nil {
		return err
	}
	region := p.CityCode
	if id := c.Query("organization_id"); id != "" {
		if o, err := pp.pool.FindOrganizationByID(c.UserContext(), p, id); err == nil {
			region = o.RegionCode
		}
	}
	f, err := pp.talentForm(c, "/talents/new", c.Query, region, nil)
	if err != nil {
		return err
	}
	lang := api.Language(c)
	return pp.renderForm(c, fiber.StatusOK, say(lang, "talent.new"), "", f, &poolLink{Label: say(lang, "talent.back_list"), Href: "/talents"})
}

// talentCreate answers POST /talents/new: the new talent's page, or the
// form again with what is wrong.
func (pp *poolPages) talentCreate(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	region := pp.chosenRegion(p, c.FormValue)
	in, err := pp.talentInput(c, region)
	var t *talentpool.Talent
	if err == nil {
		t, err = pp.pool.CreateTalent(c.UserContext(), p, talentpool.NewTalent{TalentInput: in,
			Status: talentpool.Status(c.FormValue("status")), Reason: c.FormValue("reason")})
	}
	if err == nil {
		return seeOther(c, "/talents/"+t.ID)
	}
	f, formErr := pp.talentForm(c, "/talents/new", c.FormValue, region, nil)
	if formErr != nil {
		return err
	}
	return pp.formFailed(c, err, say(lang, "talent.new"), f, &poolLink{Label: say(lang, "talent.back_list"), Href: "/talents"})
}

// talentEdit answers GET /talents/:id/edit with the talent's values in the
// form.
func (pp *poolPages) talentEdit(c *fiber.Ctx) error {
	t, err := pp.adminTalent(c)
	if err != nil {
		return err
	}
	f, err := pp.talentForm(c, "/talents/"+t.ID+"/edit", talentValues(t), t.RegionCode, t)
	if err != nil {
		return err
	}
	lang := api.Language(c)
	return pp.renderForm(c, fiber.StatusOK, say(lang, "talent.edit", t.Name), "", f, &poolLink{Label: say(lang, "pool.back"), Href: "/talents/" + t.ID})
}

// talentUpdate answers POST /talents/:id/edit: every field of the form is
// saved; a blank ID number, phone or account keeps the stored one.
func (pp *poolPages) talentUpdate(c *fiber.Ctx) error {
	t, err := pp.adminTalent(c)
	if err != nil {
		return err
	}
	p, lang := principalOf(c), api.Language(c)
	region := pp.chosenRegion(p, c.FormValue)
	in, err := pp.talentInput(c, region)
	if err == nil {
		patch := talentpool.TalentPatch{Name: &in.Name, Phone: secretValue(c, "phone"), Category: &in.Category,
			OrganizationID: &in.OrganizationID, RegionCode: &in.RegionCode, Qualification: &in.Qualification,
			QualificationExpiresAt: &in.QualificationExpiresAt, Skills: &in.Skills, PriorityMarked: &in.PriorityMarked}
		if in.IDNumber != "" {
			patch.IDNumber = &in.IDNumber
		}
		if login := secretValue(c, "user_id"); login != nil {
			patch.UserID = &in.UserID
		}
		_, err = pp.pool.UpdateTalent(c.UserContext(), p, t.ID, patch)
	}
	if err == nil {
		return seeOther(c, "/talents/"+t.ID)
	}
	f, formErr := pp.talentForm(c, "/talents/"+t.ID+"/edit", c.FormValue, region, t)
	if formErr != nil {
		return err
	}
	return pp.formFailed(c, err, say(lang, "talent.edit", t.Name), f, &poolLink{Label: say(lang, "pool.back"), Href: "/talents/" + t.ID})
}

// adminTalent loads the talent the path names for a page only its
// administrators open: the talent themselves may not change their profile.
func (pp *poolPages) adminTalent(c *fiber.Ctx) (*talentpool.Talent, error) {
	p := principalOf(c)
	if err := requirePoolAdmin(p); err != nil {
		return nil, err
	}
	return pp.pool.FindTalentByID(c.UserContext(), p, c.Params("id"))
}

// talentInput reads the talent form, region already read from its picker.
// A cleared account box sends no account.
func (pp *poolPages) talentInput(c *fiber.Ctx, region string) (talentpool.TalentInput, error) {
	in := talentpool.TalentInput{Name: c.FormValue("name"), IDNumber: strings.TrimSpace(c.FormValue("id_number")),
		Phone: c.FormValue("phone"), Category: talentpool.TalentCategory(c.FormValue("category")),
		OrganizationID: c.FormValue("organization_id"), RegionCode: region,
		Qualification: talentpool.Qualification(c.FormValue("qualification")), PriorityMarked: c.FormValue("priority_marked") == "true",
		Skills: strings.FieldsFunc(c.FormValue("skills"), skillSeparators)}
	var err error
	if in.QualificationExpiresAt, err = parseDay("qualification_expires_at", c.FormValue("qualification_expires_at")); err != nil {
		return in, err
	}
	if login := secretValue(c, "user_id"); login != nil {
		in.UserID, err = pp.formAccount(c, *login)
	}
	return in, err
}
