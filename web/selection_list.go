package web

import (
	"fmt"
	"html/template"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// selectionList is the data of the annual selections' page.
type selectionList struct {
	Create     template.HTML
	Selections []selectionRow
}

// selectionRow is one city's selection of a year, with where its list
// stands against the target.
type selectionRow struct {
	CityName, Status, Warning    string
	Year, Organizations, Leaders int
	Manage, Public               string
}

// selectionList answers GET /selections: the annual selections of the
// cities the visitor administers, latest year first, and the form that
// starts one.
func (pp *poolPages) selectionList(c *fiber.Ctx) error {
	p := principalOf(c)
	if err := requirePoolAdmin(p); err != nil {
		return err
	}
	return pp.showSelections(c, fiber.StatusOK, pp.selectionCreateForm(c, "", 0))
}

// showSelections answers with the selections and the create form f.
func (pp *poolPages) showSelections(c *fiber.Ctx, status int, f *poolForm) error {
	lang := api.Language(c)
	list, err := pp.pool.FindSelections(c.UserContext(), principalOf(c), talentpool.SelectionFilter{})
	if err != nil {
		return err
	}
	var data selectionList
	for _, sel := range list {
		data.Selections = append(data.Selections, pp.selectionRow(lang, sel))
	}
	if data.Create, err = pp.drawForm(c, f); err != nil {
		return err
	}
	return pp.render(c, status, "selection_list", pp.newPage(c, data))
}

// selectionRow shows a selection in lang.
func (pp *poolPages) selectionRow(lang string, sel *talentpool.Selection) selectionRow {
	path := selectionPath(sel.CityCode, sel.Year)
	r := selectionRow{CityName: pp.cityName(sel.CityCode), Year: sel.Year,
		Status: talentpool.SelectionStatuses.Label(sel.Status).In(lang), Organizations: sel.Tally.Organizations,
		Leaders: sel.Tally.Leaders, Manage: path + "/manage"}
	if w := sel.Tally.Warning(); w != nil {
		r.Warning = w.In(lang)
	}
	if sel.Status == talentpool.SelectionPublished {
		r.Public = path
	}
	return r
}

// selectionPath is the address of a city's published list of a year; the
// pages that manage it lie below it.
func selectionPath(city string, year int) string { return fmt.Sprintf("/selections/%s/%d", city, year) }

// selectionCreateForm is the form that starts a city's selection of a
// year; a city may prepare next year's.
func (pp *poolPages) selectionCreateForm(c *fiber.Ctx, city string, year int) *poolForm {
	return pp.cityYearForm(c, "create", "/selections", "selection.create", city, year, 1)
}

// selectionCreate answers POST /selections: the new selection's page, or
// the list again with what is wrong.
func (pp *poolPages) selectionCreate(c *fiber.Ctx) error {
	form := func(city string, year int) *poolForm { return pp.selectionCreateForm(c, city, year) }
	start := func(city string, year int) (string, error) {
		sel, err := pp.pool.CreateSelection(c.UserContext(), principalOf(c), city, year)
		if err != nil {
			return "", err
		}
		return selectionPath(sel.CityCode, sel.Year) + "/manage", nil
	}
	return pp.startCityYear(c, form, start, func(status int, f *poolForm) error { return pp.showSelections(c, status, f) })
}
