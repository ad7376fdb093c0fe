package web

import (
	"fmt"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// blankCriteria is how many empty rows the criteria form offers for new
// criteria.
const blankCriteria = 3

// criteriaForm is the form that sets a draft selection's criteria: a row
// of name, maximum and description for each of rows and a few blank ones.
// Its fields are named as the service names their problems.
func criteriaForm(lang, path string, rows []talentpool.CriterionInput) *poolForm {
	f := &poolForm{ID: "criteria", Action: path + "/criteria", Class: "criteria", Submit: say(lang, "selection.criteria_save")}
	for i := range len(rows) + blankCriteria {
		var row talentpool.CriterionInput
		if i < len(rows) {
			row = rows[i]
		}
		points := ""
		if row.MaxPoints != 0 {
			points = strconv.Itoa(row.MaxPoints)
		}
		name := fmt.Sprintf("criteria[%d].", i)
		f.Fields = append(f.Fields,
			formField{Name: name + "name", Label: say(lang, "selection.criterion_name", i+1), Kind: "text", Value: row.Name},
			formField{Name: name + "max_points", Label: say(lang, "selection.criterion_max"), Kind: "number", Value: points},
			formField{Name: name + "description", Label: say(lang, "selection.criterion_description"), Kind: "text", Value: row.Description})
	}
	return f
}

// criteriaInputs are stored criteria as the form shows them.
func criteriaInputs(list []*talentpool.Criterion) []talentpool.CriterionInput {
	out := make([]talentpool.CriterionInput, len(list))
	for i, c := range list {
		out[i] = talentpool.CriterionInput{Name: c.Name, Description: c.Description, MaxPoints: c.MaxPoints}
	}
	return out
}

// readCriteria reads the criteria form, leaving out rows left blank; a
// maximum that is not a number is 0, which the service refuses.
func readCriteria(c *fiber.Ctx) []talentpool.CriterionInput {
	var out []talentpool.CriterionInput
	for i := 0; c.Request().PostArgs().Has(fmt.Sprintf("criteria[%d].name", i)); i++ {
		name := fmt.Sprintf("criteria[%d].", i)
		row := talentpool.CriterionInput{Name: c.FormValue(name + "name"), Description: c.FormValue(name + "description")}
		points := c.FormValue(name + "max_points")
		row.MaxPoints, _ = strconv.Atoi(points)
		if row.Name != "" || row.Description != "" || points != "" {
			out = append(out, row)
		}
	}
	return out
}

// nominateForms are the forms that nominate an organization and a leader
// of the selection's city who are not nominated yet.
func (pp *poolPages) nominateForms(c *fiber.Ctx, sel *talentpool.Selection) ([]*poolForm, error) {
	lang, path := api.Language(c), selectionPath(sel.CityCode, sel.Year)
	nominated := map[string]bool{}
	for _, n := range sel.Nominees {
		nominated[n.OrganizationID+n.TalentID] = true
	}
	orgs, err := pp.organizationChoices(c, sel.CityCode, "")
	if err != nil {
		return nil, err
	}
	leaders, err := everyPage(func(page xiangcai.Page) ([]*talentpool.Talent, int, error) {
		return pp.pool.FindTalents(c.UserContext(), principalOf(c), talentpool.TalentFilter{RegionCode: sel.CityCode,
			Category: talentpool.OrganizationLeader, Status: talentpool.StatusActive, Page: page})
	})
	if err != nil {
		return nil, err
	}
	var orgChoices, leaderChoices []option
	for _, o := range orgs {
		if !nominated[o.Value] {
			orgChoices = append(orgChoices, o)
		}
	}
	for _, t := range leaders {
		if !nominated[t.ID] {
			label := t.Name
			if t.Organization != nil {
				label += "（" + t.Organization.Name + "）"
			}
			leaderChoices = append(leaderChoices, option{Value: t.ID, Label: label})
		}
	}
	nominate := func(kind talentpool.NomineeKind, field string, choices []option, hint string) *poolForm {
		return &poolForm{ID: "nominate-" + string(kind), Action: path + "/nominees", Class: "inline",
			Submit: say(lang, "selection.nominate"), Fields: []formField{
				{Name: "kind", Kind: "hidden", Value: string(kind)},
				{Name: field, Label: talentpool.NomineeKinds.Label(kind).In(lang), Kind: "select", Required: true,
					Options: withBlank(say(lang, "pool.choose"), choices), Hint: hint},
				{Name: "reason", Label: say(lang, "selection.reason"), Kind: "text"},
			}}
	}
	return []*poolForm{nominate(talentpool.NomineeOrganization, "organization_id", orgChoices, ""),
		nominate(talentpool.NomineeLeader, "talent_id", leaderChoices, say(lang, "selection.leader_hint"))}, nil
}

// toggleForm puts a nominee on the list to approve or takes it off.
func toggleForm(lang, path string, n *talentpool.Nominee) *poolForm {
	label, class := say(lang, "selection.select"), "mini"
	if n.Selected {
		label, class = say(lang, "selection.unselect"), "mini quiet"
	}
	f := buttonForm("toggle-"+n.ID, path+"/nominees/"+n.ID, label, class)
	f.Fields = []formField{{Name: "selected", Kind: "hidden", Value: strconv.FormatBool(!n.Selected)}}
	return f
}

// scoreForm is the form that scores a nominee on every criterion, showing
// the scores given.
func scoreForm(lang, path string, criteria []*talentpool.Criterion, n *talentpool.Nominee) *poolForm {
	given := map[string]string{}
	for _, sc := range n.Scores {
		given[sc.CriterionID] = hours(sc.Points())
	}
	f := &poolForm{ID: "score-" + n.ID, Action: path + "/nominees/" + n.ID + "/scores", Class: "inline scores",
		Submit: say(lang, "selection.score")}
	for _, cr := range criteria {
		f.Fields = append(f.Fields, formField{Name: "score_" + cr.ID, Label: say(lang, "selection.score_of", cr.Name, cr.MaxPoints),
			Kind: "number", Step: "0.1", Value: given[cr.ID]})
	}
	return f
}

// moveForms are the buttons that move a selection on from status: p sees
// those p may use.
func moveForms(p xiangcai.Principal, lang, path string, status talentpool.SelectionStatus) []*poolForm {
	move := func(action, class string) *poolForm {
		f := buttonForm("move-"+action, path+"/status", say(lang, "selection.move_"+action), class)
		f.Fields = []formField{{Name: "action", Kind: "hidden", Value: action}}
		return f
	}
	switch status {
	case talentpool.SelectionDraft:
		return []*poolForm{move("start_scoring", ""), move("delete", "danger")}
	case talentpool.SelectionScoring:
		return []*poolForm{move("approve", "")}
	}
	var out []*poolForm
	if status == talentpool.SelectionApproved {
		out = append(out, move("publish", ""))
	}
	if p.Role == xiangcai.RoleProvinceAdmin {
		reopen := move("reopen", "inline")
		reopen.Fields = append(reopen.Fields, formField{Name: "reason", Label: say(lang, "selection.reopen_reason"), Kind: "text", Required: true})
		out = append(out, reopen)
	}
	return out
}
