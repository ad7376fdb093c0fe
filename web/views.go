package web

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"strings"

	"xiangcai/api"
)

//go:embed templates
var templateFiles embed.FS

// views holds every page's template, parsed once per language so that the
// {{t "key"}} function needs no language argument. Each page file defines
// "title" and "content", and may define "head" for what the page adds to
// <head>; it is parsed together with layout.html and the pieces pages share
// in templates/partials.
type views struct {
	pages map[string]*template.Template // "lang/page" → template
}

// parseViews parses the embedded templates for every language.
func parseViews(a *assets) (*views, error) {
	files, err := fs.Glob(templateFiles, "templates/*.html")
	if err != nil {
		return nil, err
	}
	v := &views{pages: map[string]*template.Template{}}
	for _, lang := range languages {
		funcs := template.FuncMap{
			"t":         func(key string, args ...any) (string, error) { return translate(lang.Code, key, args...) },
			"asset":     a.url,
			"csrfField": func() string { return api.CSRFField },
		}
		for _, file := range files {
			name := strings.TrimSuffix(strings.TrimPrefix(file, "templates/"), ".html")
			if name == "layout" {
				continue
			}
			t, err := template.New(name).Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/partials/*.html", file)
			if err != nil {
				return nil, err
			}
			v.pages[lang.Code+"/"+name] = t
		}
	}
	return v, nil
}

// execute writes the page name in lang.
func (v *views) execute(w io.Writer, lang, name string, data any) error {
	t, ok := v.pages[lang+"/"+name]
	if !ok {
		return fmt.Errorf("web: no page %q in %s", name, lang)
	}
	return t.ExecuteTemplate(w, "layout", data)
}
