package web

import (
	"html/template"

	"github.com/gofiber/fiber/v2"
)

// poolFormPage is the data of a page that is one form: creating or changing a
// record, or confirming a deletion.
type poolFormPage struct {
	Title string
	Intro string
	Form  template.HTML
	Back  *poolLink
}

// renderForm answers with the form page showing f, in status.
func (pp *poolPages) renderForm(c *fiber.Ctx, status int, title, intro string, f *poolForm, back *poolLink) error {
	html, err := pp.drawForm(c, f)
	if err != nil {
		return err
	}
	return pp.render(c, status, "talent_form", pp.newPage(c, poolFormPage{Title: title, Intro: intro, Form: html, Back: back}))
}

// formFailed shows f again with what err says is wrong with its input, or
// returns err when it is not about the input.
func (pp *poolPages) formFailed(c *fiber.Ctx, err error, title string, f *poolForm, back *poolLink) error {
	status, err := f.explain(c, err)
	if err != nil {
		return err
	}
	return pp.renderForm(c, status, title, "", f, back)
}

// seeOther sends the browser to path after a change, so reloading the page
// it lands on changes nothing.
func seeOther(c *fiber.Ctx, path string) error { return c.Redirect(path, fiber.StatusSeeOther) }
