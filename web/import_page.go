package web

import (
	"html/template"
	"io"
	"net/url"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
)

// importPage is the data of the import and export page.
type importPage struct {
	Upload template.HTML
	// Exports are the whole pool's rosters, masked; Revealed the same in
	// full, which the audit trail records.
	Exports, Revealed []poolLink
}

// importForm is the form that uploads a roster for its dry run; the
// province chooses the city it is for.
func (pp *poolPages) importForm(c *fiber.Ctx, city string) *poolForm {
	p, lang := principalOf(c), api.Language(c)
	f := &poolForm{ID: "import", Action: "/import", Multipart: true, Submit: say(lang, "import.check"),
		Fields: []formField{{Name: "file", Label: say(lang, "import.file"), Kind: "file", Required: true,
			Accept: ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv", Hint: say(lang, "import.file_hint")}}}
	if p.Role == xiangcai.RoleProvinceAdmin {
		f.Fields = append(f.Fields, formField{Name: "city_code", Label: say(lang, "pool.city"), Kind: "select", Required: true,
			Options: pp.cityOptions(p, city, say(lang, "pool.choose"))})
	}
	return f
}

// importHome answers GET /import: the upload form and the export links.
func (pp *poolPages) importHome(c *fiber.Ctx) error {
	if err := requirePoolAdmin(principalOf(c)); err != nil {
		return err
	}
	return pp.showImport(c, fiber.StatusOK, pp.importForm(c, ""))
}

// showImport answers with the import page and the upload form f.
func (pp *poolPages) showImport(c *fiber.Ctx, status int, f *poolForm) error {
	lang := api.Language(c)
	var data importPage
	data.Exports = exportLinks(lang, "import.export_", url.Values{})
	data.Revealed = exportLinks(lang, "import.export_full_", url.Values{"reveal": {"true"}})
	var err error
	if data.Upload, err = pp.drawForm(c, f); err != nil {
		return err
	}
	return pp.render(c, status, "import", pp.newPage(c, data))
}

// exportLinks are the links that export the talents query selects, as
// XLSX and as CSV, through the API, which streams them; their labels are
// the messages label followed by the format.
func exportLinks(lang, label string, query url.Values) []poolLink {
	var out []poolLink
	for _, ext := range []string{"xlsx", "csv"} {
		href := "/api/v1/talents/export." + ext
		if len(query) > 0 {
			href += "?" + query.Encode()
		}
		out = append(out, poolLink{Label: say(lang, label+ext), Href: href})
	}
	return out
}

// importUpload answers POST /import: the dry run's report, or the form
// again with what is wrong with the file.
func (pp *poolPages) importUpload(c *fiber.Ctx) error {
	city := c.FormValue("city_code")
	imp, err := pp.dryRun(c, city)
	if err == nil {
		return seeOther(c, "/import/"+imp.ID)
	}
	f := pp.importForm(c, city)
	status, err := f.explain(c, err)
	if err != nil {
		return err
	}
	return pp.showImport(c, status, f)
}

// dryRun reads the uploaded roster for city and stores its dry run.
func (pp *poolPages) dryRun(c *fiber.Ctx, city string) (*talentpool.Import, error) {
	part, err := c.FormFile("file")
	if err != nil {
		return nil, xiangcai.Invalid("file", "请选择要上传的名册文件", "choose a roster file to upload")
	}
	file, err := part.Open()
	if err != nil {
		return nil, xiangcai.Internal(err)
	}
	defer file.Close()
	data, err := io.ReadAll(file)
	if err != nil {
		return nil, xiangcai.Internal(err)
	}
	return pp.imports.DryRun(c.UserContext(), principalOf(c), talentpool.ImportFile{Name: part.Filename, Data: data, CityCode: city})
}
