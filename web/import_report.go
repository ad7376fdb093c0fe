package web

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// importReport is the data of an import's page: its counts, one page of
// the report on its rows, and the commit button while it may be
// committed.
type importReport struct {
	Title, FileName, City, Created, Committed string
	Counts                                    []poolFact
	Ignored                                   string
	Tabs                                      []poolTab
	Rows                                      []importRowView
	Pager                                     poolPager
	// Commit is the commit button, while the dry run is ready; a dry run
	// too old to commit says so when it is sent.
	Commit template.HTML
}

// importRowView is one row of the report.
type importRowView struct {
	Line                    int
	Name, IDNumber, Outcome string
	OutcomeCode, TalentID   string
	Notes                   []importNote
}

// importNote is one remark on a row.
type importNote struct{ Kind, Column, Message string }

// importShows are the views of an import's rows: every row, or those with
// one outcome, or those fixed or warned about.
var importShows = []string{"all", "rejected", "fixed", "warned", "new", "update", "unchanged"}

// importDetail answers GET /import/:id?show=: the dry run's report, or,
// once committed, what the commit did.
func (pp *poolPages) importDetail(c *fiber.Ctx) error {
	p, lang := principalOf(c), api.Language(c)
	imp, err := pp.imports.FindImport(c.UserContext(), p, c.Params("id"))
	if err != nil {
		return err
	}
	show := c.Query("show", "all")
	f := talentpool.ImportRowFilter{Fixed: show == "fixed", Warned: show == "warned", Page: pageAsked(c)}
	if show != "all" && show != "fixed" && show != "warned" {
		f.Outcome = talentpool.RowOutcome(show)
	}
	rows, total, err := pp.imports.FindImportRows(c.UserContext(), p, imp.ID, f)
	if err != nil {
		return err
	}
	data := importReport{Title: say(lang, "import.report_title"), FileName: imp.FileName, City: pp.cityName(imp.CityCode),
		Created: whenText(imp.CreatedAt), Committed: whenText(imp.CommittedAt), Ignored: strings.Join(imp.Layout.Ignored, "、"),
		Pager: newPoolPager(c, rows, total, f.Page)}
	for _, n := range []struct {
		key   string
		count int
	}{{"total", imp.TotalRows}, {"new", imp.NewRows}, {"update", imp.UpdatedRows}, {"unchanged", imp.UnchangedRows},
		{"rejected", imp.RejectedRows}, {"fixed", imp.FixedRows}, {"warned", imp.WarnedRows}} {
		data.Counts = append(data.Counts, poolFact{Label: say(lang, "import.count_"+n.key), Value: strconv.Itoa(n.count),
			Href: "/import/" + imp.ID + "?show=" + strings.Replace(n.key, "total", "all", 1)})
	}
	for _, s := range importShows {
		data.Tabs = append(data.Tabs, poolTab{Label: say(lang, "import.show_"+s), Href: "/import/" + imp.ID + "?show=" + s, Current: s == show})
	}
	for _, r := range rows {
		data.Rows = append(data.Rows, importRowOf(lang, r, imp.Status == talentpool.ImportCommitted))
	}
	if imp.Status == talentpool.ImportReady {
		commit := buttonForm("commit", "/import/"+imp.ID+"/commit", say(lang, "import.commit", imp.NewRows+imp.UpdatedRows), "")
		if data.Commit, err = pp.drawForm(c, commit); err != nil {
			return err
		}
	}
	return pp.render(c, fiber.StatusOK, "import_report", pp.newPage(c, data))
}

// importRowOf shows one row of an import's report in lang, linked to its
// talent once the talent is in the pool: a new one only after the commit.
func importRowOf(lang string, r *talentpool.ImportRow, committed bool) importRowView {
	v := importRowView{Line: r.Line, Name: r.Name, IDNumber: r.IDMasked, OutcomeCode: string(r.Outcome),
		Outcome: say(lang, "import.outcome_"+string(r.Outcome))}
	if committed || r.Outcome == talentpool.OutcomeUpdate || r.Outcome == talentpool.OutcomeUnchanged {
		v.TalentID = r.TalentID
	}
	for _, n := range r.Notes {
		v.Notes = append(v.Notes, importNote{Kind: string(n.Kind), Column: n.Column, Message: n.Message.In(lang)})
	}
	return v
}

// importCommit answers POST /import/:id/commit: the accepted rows go into
// the pool and the report shows what was done. Committing twice changes
// nothing.
func (pp *poolPages) importCommit(c *fiber.Ctx) error {
	imp, err := pp.imports.CommitImport(c.UserContext(), principalOf(c), c.Params("id"))
	if err != nil {
		return err
	}
	return seeOther(c, "/import/"+imp.ID)
}
