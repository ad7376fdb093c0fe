package web

import (
	"strconv"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
)

// The annual review and the annual selection are both a city's work of a
// year, started from their list by a form that names the city and the
// year.

// cityYearForm is the form that starts a city's work of a year: the cities
// the visitor administers, and the five years up to this one plus ahead.
func (pp *poolPages) cityYearForm(c *fiber.Ctx, id, action, submit, city string, year, ahead int) *poolForm {
	p, lang := principalOf(c), api.Language(c)
	this := time.Now().In(chinaTime).Year()
	if city == "" {
		city = p.CityCode
	}
	if year == 0 {
		year = this
	}
	return &poolForm{ID: id, Action: action, Class: "inline", Submit: say(lang, submit),
		Fields: []formField{
			{Name: "city_code", Label: say(lang, "pool.city"), Kind: "select", Options: pp.cityOptions(p, city, "")},
			{Name: "year", Label: say(lang, "pool.year"), Kind: "select", Options: yearOptions(this-4, this+ahead, year)},
		}}
}

// startCityYear answers the form of cityYearForm: start starts the work
// and returns where its page is; on failure, show shows the list again
// with the form, remade by form, saying what is wrong.
func (pp *poolPages) startCityYear(c *fiber.Ctx, form func(city string, year int) *poolForm,
	start func(city string, year int) (string, error), show func(status int, f *poolForm) error) error {
	city := c.FormValue("city_code")
	year, _ := strconv.Atoi(c.FormValue("year"))
	next, err := start(city, year)
	if err == nil {
		return seeOther(c, next)
	}
	f := form(city, year)
	status, err := f.explain(c, err)
	if err != nil {
		return err
	}
	return show(status, f)
}
