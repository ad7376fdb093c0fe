package web

import (
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// selectionAction answers a form of a selection's page: act changes the
// selection of the city and year the path names; then the page shows it
// again, or, if act failed, shows the form that failed, remade by form
// with what was typed, saying what is wrong.
func (pp *poolPages) selectionAction(c *fiber.Ctx, act func(p xiangcai.Principal, city string, year int) error,
	form func(sel *talentpool.Selection) (*poolForm, error)) error {
	city := c.Params("city")
	year, _ := strconv.Atoi(c.Params("year"))
	err := act(principalOf(c), city, year)
	if err == nil {
		return seeOther(c, selectionPath(city, year)+"/manage")
	}
	sel, findErr := pp.selectionOf(c)
	if findErr != nil {
		return err
	}
	f, formErr := form(sel)
	if formErr != nil || f == nil {
		return err
	}
	status, err := f.explain(c, err)
	if err != nil {
		return err
	}
	return pp.showSelection(c, status, f)
}

// selectionCriteria answers POST /selections/:city/:year/criteria.
func (pp *poolPages) selectionCriteria(c *fiber.Ctx) error {
	rows := readCriteria(c)
	return pp.selectionAction(c, func(p xiangcai.Principal, city string, year int) error {
		_, err := pp.pool.SetCriteria(c.UserContext(), p, city, year, rows)
		return err
	}, func(sel *talentpool.Selection) (*poolForm, error) {
		return criteriaForm(api.Language(c), selectionPath(sel.CityCode, sel.Year), rows), nil
	})
}

// selectionNominate answers POST /selections/:city/:year/nominees.
func (pp *poolPages) selectionNominate(c *fiber.Ctx) error {
	in := talentpool.NomineeInput{Kind: talentpool.NomineeKind(c.FormValue("kind")), OrganizationID: c.FormValue("organization_id"),
		TalentID: c.FormValue("talent_id"), Reason: c.FormValue("reason")}
	return pp.selectionAction(c, func(p xiangcai.Principal, city string, year int) error {
		_, err := pp.pool.Nominate(c.UserContext(), p, city, year, in)
		return err
	}, func(sel *talentpool.Selection) (*poolForm, error) {
		forms, err := pp.nominateForms(c, sel)
		for _, f := range forms {
			if f.ID == "nominate-"+string(in.Kind) {
				f.refill(c.FormValue)
				return f, err
			}
		}
		return nil, err
	})
}

// selectionToggle answers POST /selections/:city/:year/nominees/:id: the
// nominee goes on the list to approve, or comes off it.
func (pp *poolPages) selectionToggle(c *fiber.Ctx) error {
	selected := c.FormValue("selected") == "true"
	return pp.selectionAction(c, func(p xiangcai.Principal, city string, year int) error {
		_, err := pp.pool.UpdateNominee(c.UserContext(), p, city, year, c.Params("id"), talentpool.NomineePatch{Selected: &selected})
		return err
	}, pp.nomineeForm(c, func(lang, path string, _ *talentpool.Selection, n *talentpool.Nominee) *poolForm {
		return toggleForm(lang, path, n)
	}))
}

// selectionRemove answers POST /selections/:city/:year/nominees/:id/remove.
func (pp *poolPages) selectionRemove(c *fiber.Ctx) error {
	return pp.selectionAction(c, func(p xiangcai.Principal, city string, year int) error {
		return pp.pool.RemoveNominee(c.UserContext(), p, city, year, c.Params("id"))
	}, func(*talentpool.Selection) (*poolForm, error) { return nil, nil })
}

// selectionScore answers POST /selections/:city/:year/nominees/:id/scores:
// the criteria given points are scored; blank ones keep their scores.
func (pp *poolPages) selectionScore(c *fiber.Ctx) error {
	form := pp.nomineeForm(c, func(lang, path string, sel *talentpool.Selection, n *talentpool.Nominee) *poolForm {
		return scoreForm(lang, path, sel.Criteria, n)
	})
	return pp.selectionAction(c, func(p xiangcai.Principal, city string, year int) error {
		sel, err := pp.pool.FindSelection(c.UserContext(), p, city, year)
		if err != nil {
			return err
		}
		var scores []talentpool.ScoreInput
		var bad []error
		for _, cr := range sel.Criteria {
			typed := strings.TrimSpace(c.FormValue("score_" + cr.ID))
			if typed == "" {
				continue
			}
			points, err := strconv.ParseFloat(typed, 64)
			if err != nil {
				bad = append(bad, xiangcai.Invalid("score_"+cr.ID, "请填写数字", "enter a number"))
			}
			scores = append(scores, talentpool.ScoreInput{CriterionID: cr.ID, Points: points})
		}
		if len(bad) > 0 {
			return bad[0]
		}
		_, err = pp.pool.ScoreNominee(c.UserContext(), p, city, year, c.Params("id"), scores)
		return err
	}, func(sel *talentpool.Selection) (*poolForm, error) {
		f, err := form(sel)
		if f != nil {
			f.refill(c.FormValue)
			f.Aliases = scoreAliases(sel.Criteria, c)
		}
		return f, err
	})
}

// scoreAliases name the score field of each criterion the way the service
// names it: by its place among the scores sent, the blank ones left out.
func scoreAliases(criteria []*talentpool.Criterion, c *fiber.Ctx) map[string]string {
	out := map[string]string{}
	i := 0
	for _, cr := range criteria {
		if strings.TrimSpace(c.FormValue("score_"+cr.ID)) != "" {
			out["scores["+strconv.Itoa(i)+"].points"] = "score_" + cr.ID
			i++
		}
	}
	return out
}

// nomineeForm remakes, with build, the form of the nominee the path names.
func (pp *poolPages) nomineeForm(c *fiber.Ctx, build func(lang, path string, sel *talentpool.Selection, n *talentpool.Nominee) *poolForm) func(*talentpool.Selection) (*poolForm, error) {
	return func(sel *talentpool.Selection) (*poolForm, error) {
		for _, n := range sel.Nominees {
			if n.ID == c.Params("id") {
				return build(api.Language(c), selectionPath(sel.CityCode, sel.Year), sel, n), nil
			}
		}
		return nil, nil
	}
}

// selectionMove answers POST /selections/:city/:year/status: start
// scoring, approve, publish, reopen (with a reason) or delete a draft.
func (pp *poolPages) selectionMove(c *fiber.Ctx) error {
	action := c.FormValue("action")
	if action == "delete" {
		year, _ := strconv.Atoi(c.Params("year"))
		if err := pp.pool.DeleteSelection(c.UserContext(), principalOf(c), c.Params("city"), year); err != nil {
			return err
		}
		return seeOther(c, "/selections")
	}
	moves := map[string]func(p xiangcai.Principal, city string, year int) (*talentpool.Selection, error){
		"start_scoring": func(p xiangcai.Principal, city string, year int) (*talentpool.Selection, error) {
			return pp.pool.StartScoring(c.UserContext(), p, city, year)
		},
		"approve": func(p xiangcai.Principal, city string, year int) (*talentpool.Selection, error) {
			return pp.pool.ApproveSelection(c.UserContext(), p, city, year)
		},
		"publish": func(p xiangcai.Principal, city string, year int) (*talentpool.Selection, error) {
			return pp.pool.PublishSelection(c.UserContext(), p, city, year)
		},
		"reopen": func(p xiangcai.Principal, city string, year int) (*talentpool.Selection, error) {
			return pp.pool.ReopenSelection(c.UserContext(), p, city, year, c.FormValue("reason"))
		},
	}
	move, ok := moves[action]
	if !ok {
		return xiangcai.Invalid("action", "操作无效", "unknown action")
	}
	return pp.selectionAction(c, func(p xiangcai.Principal, city string, year int) error {
		_, err := move(p, city, year)
		return err
	}, func(sel *talentpool.Selection) (*poolForm, error) {
		for _, f := range moveForms(principalOf(c), api.Language(c), selectionPath(sel.CityCode, sel.Year), sel.Status) {
			if f.ID == "move-"+action {
				f.refill(c.FormValue)
				return f, nil
			}
		}
		return nil, nil
	})
}
