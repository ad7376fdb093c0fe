package web

import (
	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// transitionForm is the form that moves t to another status, offering the
// statuses t may change to, with to and reason as typed; nil when t's
// status is final.
func transitionForm(lang string, t *talentpool.Talent, to talentpool.Status, reason string) *poolForm {
	var next []option
	for _, term := range talentpool.Statuses {
		if t.Status.CanBecome(term.Code) {
			next = append(next, option{Value: string(term.Code), Label: term.Label.In(lang), Selected: term.Code == to})
		}
	}
	if len(next) == 0 {
		return nil
	}
	return &poolForm{ID: "transition", Action: "/talents/" + t.ID + "/transition", Class: "inline", Submit: say(lang, "talent.transition_submit"),
		Fields: []formField{
			{Name: "to_status", Label: say(lang, "talent.to_status"), Kind: "select", Required: true, Options: withBlank(say(lang, "pool.choose"), next)},
			{Name: "reason", Label: say(lang, "talent.reason"), Kind: "text", Value: reason, Required: true},
		}}
}

// talentTransition answers POST /talents/:id/transition: the talent's page
// after the move, or again with what is wrong.
func (pp *poolPages) talentTransition(c *fiber.Ctx) error {
	p, id := principalOf(c), c.Params("id")
	to, reason := talentpool.Status(c.FormValue("to_status")), c.FormValue("reason")
	_, err := pp.pool.TransitionTalent(c.UserContext(), p, id, to, reason)
	if err == nil {
		return seeOther(c, "/talents/"+id)
	}
	t, findErr := pp.pool.FindTalentByID(c.UserContext(), p, id)
	if findErr != nil {
		return err
	}
	data, viewErr := pp.talentView(c, t)
	if viewErr != nil {
		return viewErr
	}
	f := transitionForm(api.Language(c), t, to, reason)
	if f == nil {
		return err
	}
	status, err := f.explain(c, err)
	if err != nil {
		return err
	}
	if data.Transition, err = pp.drawForm(c, f); err != nil {
		return err
	}
	return pp.render(c, status, "talent_detail", pp.newPage(c, data))
}
