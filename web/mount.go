// Package web serves Xiangcai's pages: server-rendered HTML in Chinese and
// English, built for phones on weak rural networks. Pages need no
// JavaScript, load no web fonts and nothing from other sites; templates and
// static files are embedded in the binary.
package web

import (
	"log/slog"

	"xiangcai/accounts"
	"xiangcai/api"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/progress"
	"xiangcai/regions"
	"xiangcai/storage"
)

// site is the state the page handlers share.
type site struct {
	srv          *api.Server
	accounts     *accounts.Service
	regions      *regions.Table
	log          *slog.Logger
	views        *views
	cookieSecure bool
	// The learning part: courses, their media and the trainees' progress;
	// baseURL makes the verification links printed on certificates.
	courses  *courses.Service
	media    *media.Service
	progress *progress.Service
	store    storage.Store
	baseURL  string
}

// Mount registers the pages on srv.App. It parses the embedded templates
// once and panics if they are broken, which the package's tests rule out.
func Mount(srv *api.Server, d api.Deps) {
	static, err := loadAssets()
	if err != nil {
		panic("web: " + err.Error())
	}
	v, err := parseViews(static)
	if err != nil {
		panic("web: " + err.Error())
	}
	s := &site{srv: srv, accounts: d.Accounts, regions: d.Regions, log: d.Logger, views: v, cookieSecure: d.Config.CookieSecure,
		courses: d.Courses, media: d.Media, progress: d.Progress, store: d.Store, baseURL: d.Config.BaseURL}
	srv.ErrorPage = s.errorPage
	app := srv.App
	app.Get("/static/:name", static.serve)
	app.Get("/lang", s.switchLanguage)
	app.Get("/", s.home)
	app.Get("/login", s.showLogin)
	app.Post("/login", s.login)
	app.Post("/logout", s.logout)
	app.Get("/api/docs", s.apiDocs)
	s.mountCourses(app)
	mountTalentPool(s, d)
}
