package web

import (
	"bytes"
	"html/template"
	"net/http"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
)

// A form of the pool pages is built in Go as a list of fields with their
// labels already in the page's language, and drawn by one shared widget
// template, templates/talent/form.html, so every form looks and behaves the
// same: labels, hints, the error of each field beside it, large controls.

// formField is one control of a form.
type formField struct {
	// Name is the form value's name; service errors name the same field.
	Name  string
	ID    string // set by poolForm.finish: unique within the page
	Label string
	// Kind is an input type (text, number, date, tel, file, hidden), or
	// select, textarea, checkbox or region (a chain of selects, Levels).
	Kind     string
	Value    string
	Checked  bool
	Options  []option
	Levels   []formField
	Hint     string
	Error    string
	Required bool
	// Accept limits a file input to some file types; Step is a number
	// input's granularity, such as 0.1.
	Accept, Step string
}

// poolLink is a labelled address.
type poolLink struct{ Label, Href string }

// poolTab is one of the links that switch between views of a page.
type poolTab struct {
	Label, Href string
	Current     bool
}

// poolForm is a whole form: where it goes, its fields and its button. A GET
// form is a list's filter and carries no CSRF token.
type poolForm struct {
	ID        string // prefix of the fields' ids
	Action    string
	Method    string // "get" or "post"
	Multipart bool
	Class     string
	CSRF      string
	CSRFField string
	Message   string // what is wrong with the whole form
	Fields    []formField
	Submit    string
	Cancel    *poolLink
	// Aliases name the field of this form that a service's field is
	// typed in, where their names differ.
	Aliases map[string]string
}

// finish sets the fields' ids and the CSRF token.
func (f *poolForm) finish(csrf string) {
	f.CSRF, f.CSRFField = csrf, api.CSRFField
	if f.Method == "" {
		f.Method = "post"
	}
	for i := range f.Fields {
		f.Fields[i].ID = f.ID + "-" + f.Fields[i].Name
		for j := range f.Fields[i].Levels {
			f.Fields[i].Levels[j].ID = f.ID + "-" + f.Fields[i].Levels[j].Name
		}
	}
}

// refill shows in f's fields what was typed, read through value.
func (f *poolForm) refill(value formValues) {
	for i := range f.Fields {
		fl := &f.Fields[i]
		switch fl.Kind {
		case "hidden", "file", "region":
		case "checkbox":
			fl.Checked = value(fl.Name) == "true"
		case "select":
			for j := range fl.Options {
				fl.Options[j].Selected = fl.Options[j].Value == value(fl.Name)
			}
		default:
			fl.Value = value(fl.Name)
		}
	}
}

// explain shows what a service said is wrong with the form's input, or
// in conflict with what it asks: the message above the form and each
// field's problem beside it. It returns the status to answer with, or the
// error itself when it is not about the input (not found, forbidden…),
// which the error page shows instead.
func (f *poolForm) explain(c *fiber.Ctx, err error) (int, error) {
	p := api.Explain(c, err)
	status := p.GetStatus()
	if status != http.StatusUnprocessableEntity && status != http.StatusConflict {
		return 0, err
	}
	f.Message = p.Body.Message
	var unplaced []string
	for name, problem := range p.Body.Fields {
		if alias, ok := f.Aliases[name]; ok {
			name = alias
		}
		if !f.setError(name, problem) {
			unplaced = append(unplaced, problem)
		}
	}
	if len(unplaced) > 0 {
		f.Message = strings.Join(append([]string{f.Message}, unplaced...), " ")
	}
	return status, nil
}

// setError puts problem beside the field name and reports whether the form
// has that field.
func (f *poolForm) setError(name, problem string) bool {
	for i := range f.Fields {
		if f.Fields[i].Name == name {
			f.Fields[i].Error = problem
			return true
		}
	}
	return false
}

// parseWidgets parses the shared widget templates.
func parseWidgets() (*template.Template, error) {
	return template.ParseFS(templateFiles, "templates/talent/*.html")
}

// drawForm renders f with the widget template, to place in a page.
func (pp *poolPages) drawForm(c *fiber.Ctx, f *poolForm) (template.HTML, error) {
	f.finish(pp.srv.CSRFToken(c))
	return pp.drawWidget("form", f)
}

// drawWidget renders the widget template name with data, to place in a
// page.
func (pp *poolPages) drawWidget(name string, data any) (template.HTML, error) {
	var buf bytes.Buffer
	if err := pp.widgets.ExecuteTemplate(&buf, name, data); err != nil {
		return "", err
	}
	return template.HTML(buf.String()), nil // #nosec G203 -- produced by html/template
}
