package web

import (
	"html/template"
	"strconv"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// selectionPage is the data of the page that runs a city's selection of a
// year: its criteria, its nominees with their scores, the moves its status
// allows, and its history.
type selectionPage struct {
	Title, Status, Warning string
	Tally                  talentpool.Tally
	Target                 int
	Public                 string // the published list's address, once published
	// Criteria is the criteria form while the selection is a draft;
	// CriteriaList shows the fixed criteria after.
	Criteria     template.HTML
	CriteriaList []*talentpool.Criterion
	Nominate     []template.HTML
	Groups       []nomineeGroup
	Moves        []template.HTML
	History      template.HTML
}

// nomineeGroup is the organizations or the leaders nominated.
type nomineeGroup struct {
	Heading  string
	Nominees []nomineeRow
}

// nomineeRow is one nominee with the forms that change it.
type nomineeRow struct {
	Name, Organization, Place, Reason, Total string
	Selected                                 bool
	Score, Toggle, Remove                    template.HTML
}

// selectionManage answers GET /selections/:city/:year/manage.
func (pp *poolPages) selectionManage(c *fiber.Ctx) error {
	return pp.showSelection(c, fiber.StatusOK, nil)
}

// selectionOf reads the selection the path names, with its contents.
func (pp *poolPages) selectionOf(c *fiber.Ctx) (*talentpool.Selection, error) {
	year, err := strconv.Atoi(c.Params("year"))
	if err != nil {
		return nil, xiangcai.NotFound("年度推选", "annual selection")
	}
	return pp.pool.FindSelection(c.UserContext(), principalOf(c), c.Params("city"), year)
}

// showSelection answers with the selection's page, in status; failed is
// the form that was sent and failed, shown in place of its fresh twin.
func (pp *poolPages) showSelection(c *fiber.Ctx, status int, failed *poolForm) error {
	sel, err := pp.selectionOf(c)
	if err != nil {
		return err
	}
	p, lang := principalOf(c), api.Language(c)
	path := selectionPath(sel.CityCode, sel.Year)
	data := selectionPage{Title: say(lang, "selection.heading", pp.cityName(sel.CityCode), sel.Year),
		Status: talentpool.SelectionStatuses.Label(sel.Status).In(lang), Tally: sel.Tally, Target: talentpool.SelectionTarget}
	if w := sel.Tally.Warning(); w != nil {
		data.Warning = w.In(lang)
	}
	if sel.Status == talentpool.SelectionPublished {
		data.Public = path
	}
	draw := func(f *poolForm) template.HTML {
		if failed != nil && failed.ID == f.ID {
			f = failed
		}
		html, drawErr := pp.drawForm(c, f)
		if drawErr != nil {
			err = drawErr
		}
		return html
	}
	open := sel.Status == talentpool.SelectionDraft || sel.Status == talentpool.SelectionScoring
	if sel.Status == talentpool.SelectionDraft {
		data.Criteria = draw(criteriaForm(lang, path, criteriaInputs(sel.Criteria)))
	} else {
		data.CriteriaList = sel.Criteria
	}
	if open {
		nominate, nerr := pp.nominateForms(c, sel)
		if nerr != nil {
			return nerr
		}
		for _, f := range nominate {
			data.Nominate = append(data.Nominate, draw(f))
		}
	}
	data.Groups = pp.nomineeGroups(c, sel, open, draw)
	for _, f := range moveForms(p, lang, path, sel.Status) {
		data.Moves = append(data.Moves, draw(f))
	}
	if err != nil {
		return err
	}
	events, total, err := pp.pool.SelectionHistory(c.UserContext(), p, sel.CityCode, sel.Year, pageAsked(c))
	if data.History, err = pp.historyPage(c, events, total, err); err != nil {
		return err
	}
	return pp.render(c, status, "selection_manage", pp.newPage(c, data))
}

// nomineeGroups shows the nominees by kind, each with the forms its
// selection's status allows, drawn by draw.
func (pp *poolPages) nomineeGroups(c *fiber.Ctx, sel *talentpool.Selection, open bool, draw func(*poolForm) template.HTML) []nomineeGroup {
	p, lang := principalOf(c), api.Language(c)
	path := selectionPath(sel.CityCode, sel.Year)
	groups := make([]nomineeGroup, len(talentpool.NomineeKinds))
	for i, kind := range talentpool.NomineeKinds {
		groups[i].Heading = kind.Label.In(lang)
		for _, n := range sel.Nominees {
			if n.Kind != kind.Code {
				continue
			}
			row := nomineeRow{Name: n.Name, Organization: n.OrganizationName, Place: pp.placeName(p, n.RegionCode), Reason: n.Reason,
				Total: say(lang, "selection.total", hours(n.TotalPoints()), sel.MaxTotal()), Selected: n.Selected}
			if open {
				row.Toggle = draw(toggleForm(lang, path, n))
				row.Remove = draw(buttonForm("remove-"+n.ID, path+"/nominees/"+n.ID+"/remove", say(lang, "selection.remove"), "mini danger"))
			}
			if sel.Status == talentpool.SelectionScoring {
				row.Score = draw(scoreForm(lang, path, sel.Criteria, n))
			}
			groups[i].Nominees = append(groups[i].Nominees, row)
		}
	}
	return groups
}

// buttonForm is a form that is only its button.
func buttonForm(id, action, label, class string) *poolForm {
	return &poolForm{ID: id, Action: action, Class: class, Submit: label}
}
