package web

import (
	"html/template"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// poolPages serves the talent pool's pages (骨干人才库): organizations,
// talents and their lifecycle, the annual review, the annual selection,
// roster import and the dashboards. Handlers call the talent-pool services
// directly with the visitor's principal; the services authorize every call,
// so a city administrator who opens another city's talent gets the
// not-found page and a trainee gets the forbidden page.
type poolPages struct {
	*site
	pool       *talentpool.Service
	imports    *talentpool.Importer
	dashboards *dashboard.Service
	// widgets renders the forms every pool page shares (see talent_form.go).
	widgets *template.Template
}

// mountTalentPool registers the talent pool's pages on s's app.
func mountTalentPool(s *site, d api.Deps) {
	w, err := parseWidgets()
	if err != nil {
		panic("web: " + err.Error())
	}
	pp := &poolPages{site: s, pool: d.Talents, imports: talentpool.NewImporter(d.Talents, d.Regions), dashboards: d.Dashboards, widgets: w}
	app := s.srv.App

	app.Get("/organizations", pp.organizationList)
	app.Get("/organizations/new", pp.organizationNew)
	app.Post("/organizations/new", pp.organizationCreate)
	app.Get("/organizations/:id", pp.organizationDetail)
	app.Get("/organizations/:id/edit", pp.organizationEdit)
	app.Post("/organizations/:id/edit", pp.organizationUpdate)
	app.Get("/organizations/:id/delete", pp.organizationConfirmDelete)
	app.Post("/organizations/:id/delete", pp.organizationDelete)

	app.Get("/talents", pp.talentList)
	app.Get("/talents/new", pp.talentNew)
	app.Post("/talents/new", pp.talentCreate)
	app.Get("/talents/:id", pp.talentDetail)
	app.Get("/talents/:id/edit", pp.talentEdit)
	app.Post("/talents/:id/edit", pp.talentUpdate)
	app.Post("/talents/:id/reveal", pp.talentReveal)
	app.Post("/talents/:id/transition", pp.talentTransition)
	app.Get("/me/talent", pp.myTalent)

	app.Get("/reviews", pp.reviewList)
	app.Post("/reviews", pp.reviewStart)
	app.Get("/reviews/:id", pp.reviewDetail)
	app.Post("/reviews/:id/items/:item", pp.reviewResolve)

	app.Get("/selections", pp.selectionList)
	app.Post("/selections", pp.selectionCreate)
	app.Get("/selections/:city/:year", pp.selectionPublic)
	app.Get("/selections/:city/:year/manage", pp.selectionManage)
	app.Post("/selections/:city/:year/criteria", pp.selectionCriteria)
	app.Post("/selections/:city/:year/nominees", pp.selectionNominate)
	app.Post("/selections/:city/:year/nominees/:id", pp.selectionToggle)
	app.Post("/selections/:city/:year/nominees/:id/scores", pp.selectionScore)
	app.Post("/selections/:city/:year/nominees/:id/remove", pp.selectionRemove)
	app.Post("/selections/:city/:year/status", pp.selectionMove)

	app.Get("/dashboard", pp.dashboardView)

	app.Get("/import", pp.importHome)
	app.Post("/import", api.BulkWork, pp.importUpload)
	app.Get("/import/:id", pp.importDetail)
	app.Post("/import/:id/commit", api.BulkWork, pp.importCommit)
}

// poolAdmins are the roles that see the talent pool's navigation items.
var poolAdmins = []xiangcai.Role{xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin}
