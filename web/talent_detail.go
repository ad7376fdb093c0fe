package web

import (
	"html/template"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// talentPage is the data of a talent's page, for an administrator of the
// talent's pool (Admin) or for the talent themselves.
type talentPage struct {
	ID, Title string
	Admin     bool
	// Facts describe the talent; those with Reveal have a button that
	// shows the full value once.
	Facts      []poolFact
	Actions    []poolLink
	Transition template.HTML
	Lifecycle  []lifecycleStep
	Training   trainingView
	History    template.HTML
}

// lifecycleStep is one transition of a talent.
type lifecycleStep struct{ At, From, To, By, Reason string }

// talentDetail answers GET /talents/:id.
func (pp *poolPages) talentDetail(c *fiber.Ctx) error {
	t, err := pp.pool.FindTalentByID(c.UserContext(), principalOf(c), c.Params("id"))
	return pp.showTalent(c, t, err)
}

// showTalent answers with the page of the talent a service found.
func (pp *poolPages) showTalent(c *fiber.Ctx, t *talentpool.Talent, err error) error {
	if err != nil {
		return err
	}
	data, err := pp.talentView(c, t)
	if err != nil {
		return err
	}
	return pp.render(c, fiber.StatusOK, "talent_detail", pp.newPage(c, data))
}

// talentView gathers everything a talent's page shows to the visitor.
func (pp *poolPages) talentView(c *fiber.Ctx, t *talentpool.Talent) (talentPage, error) {
	p, lang := principalOf(c), api.Language(c)
	data := talentPage{ID: t.ID, Title: t.Name, Admin: p.CanManageCity(t.CityCode), Facts: pp.talentFacts(c, t)}
	steps, err := pp.pool.FindTransitions(c.UserContext(), p, t.ID)
	if err != nil {
		return data, err
	}
	names := map[string]string{}
	for i := len(steps) - 1; i >= 0; i-- {
		s := steps[i]
		step := lifecycleStep{At: whenText(s.At), To: talentpool.Statuses.Label(s.ToStatus).In(lang), Reason: s.Reason,
			By: pp.userName(c, names, s.ByUserID, "—")}
		if s.FromStatus != "" {
			step.From = talentpool.Statuses.Label(s.FromStatus).In(lang)
		}
		data.Lifecycle = append(data.Lifecycle, step)
	}
	rec, err := pp.pool.TrainingRecord(c.UserContext(), p, t.ID)
	if err != nil {
		return data, err
	}
	data.Training = trainingOf(lang, rec)
	if !data.Admin {
		return data, nil
	}
	data.Actions = []poolLink{{Label: say(lang, "pool.edit"), Href: "/talents/" + t.ID + "/edit"}}
	if f := transitionForm(lang, t, "", ""); f != nil {
		if data.Transition, err = pp.drawForm(c, f); err != nil {
			return data, err
		}
	}
	events, total, err := pp.pool.TalentEvents(c.UserContext(), p, t.ID, pageAsked(c))
	data.History, err = pp.historyPage(c, events, total, err)
	return data, err
}

// talentFacts describes a talent, its personal data masked.
func (pp *poolPages) talentFacts(c *fiber.Ctx, t *talentpool.Talent) []poolFact {
	p, lang := principalOf(c), api.Language(c)
	admin := p.CanManageCity(t.CityCode)
	facts := []poolFact{
		{Label: say(lang, "talent.status"), Value: talentpool.Statuses.Label(t.Status).In(lang)},
		{Label: say(lang, "talent.id_number"), Value: t.IDMasked, Reveal: revealIf(admin, "id_number")},
		{Label: say(lang, "talent.gender"), Value: say(lang, "pool.gender."+string(t.Gender))},
		{Label: say(lang, "talent.birth_date"), Value: isoDate(t.BirthDate)},
		{Label: say(lang, "talent.phone"), Value: orDash(t.PhoneMasked), Reveal: revealIf(admin && t.PhoneMasked != "", "phone")},
		{Label: say(lang, "talent.category"), Value: talentpool.TalentCategories.Label(t.Category).In(lang)},
		{Label: say(lang, "talent.organization"), Value: "—"},
		{Label: say(lang, "talent.region"), Value: pp.placeName(p, t.RegionCode)},
		{Label: say(lang, "talent.qualification"), Value: talentpool.Qualifications.Label(t.Qualification).In(lang)},
		{Label: say(lang, "talent.skills"), Value: orDash(strings.Join(t.Skills, "、"))},
		{Label: say(lang, "talent.priority"), Value: yesNo(lang, t.Priority)},
	}
	if o := t.Organization; o != nil {
		facts[6].Value = o.Name
		if o.Deleted() {
			facts[6].Value += say(lang, "org.deleted_mark")
		}
		if admin {
			facts[6].Href = "/organizations/" + o.ID
		}
	}
	if !t.QualificationExpiresAt.IsZero() {
		facts[8].Value += say(lang, "talent.expires", isoDate(t.QualificationExpiresAt))
	}
	return facts
}

// revealIf is field when the visitor may reveal it, otherwise "".
func revealIf(may bool, field string) string {
	if may {
		return field
	}
	return ""
}

// talentReveal answers POST /talents/:id/reveal: the talent's page with
// the full ID number or phone shown this once. The service records the
// view before it answers.
func (pp *poolPages) talentReveal(c *fiber.Ctx) error {
	p, id := principalOf(c), c.Params("id")
	reveal, field := pp.pool.RevealIDNumber, "id_number"
	if c.FormValue("field") == "phone" {
		reveal, field = pp.pool.RevealPhone, "phone"
	}
	value, err := reveal(c.UserContext(), p, id)
	if err != nil {
		return err
	}
	t, err := pp.pool.FindTalentByID(c.UserContext(), p, id)
	if err != nil {
		return err
	}
	data, err := pp.talentView(c, t)
	if err != nil {
		return err
	}
	for i := range data.Facts {
		if data.Facts[i].Reveal == field {
			data.Facts[i].Value, data.Facts[i].Reveal, data.Facts[i].Revealed = value, "", true
		}
	}
	return pp.render(c, fiber.StatusOK, "talent_detail", pp.newPage(c, data))
}

// myTalent answers GET /me/talent: the visitor's own talent profile and
// training record, or a note that their account is linked to none.
func (pp *poolPages) myTalent(c *fiber.Ctx) error {
	t, err := pp.pool.FindMyTalent(c.UserContext(), principalOf(c))
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
		return pp.render(c, fiber.StatusOK, "talent_detail", pp.newPage(c, talentPage{}))
	}
	return pp.showTalent(c, t, err)
}
