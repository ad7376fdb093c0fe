// Package api is Xiangcai's HTTP layer: the Fiber app, its middleware, the
// JSON API under /api/v1 (described by an OpenAPI document generated from the
// handlers by huma), health, readiness and metrics. Handlers translate HTTP to
// a service call and back; the rules live in the domain packages.
package api

import (
	"encoding/json"
	"log/slog"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humafiber"
	"github.com/gofiber/fiber/v2"
	"github.com/uptrace/bun"

	"xiangcai/accounts"
	"xiangcai/config"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/progress"
	"xiangcai/regions"
	"xiangcai/storage"
	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// Deps are what the HTTP layer needs from the rest of the program.
type Deps struct {
	Config   *config.Config
	Logger   *slog.Logger
	DB       *bun.DB
	Store    storage.Store
	Folder   *storage.Folder // set when Store is the folder store, whose signed URLs this app serves
	Accounts *accounts.Service
	Regions  *regions.Table
	Courses  *courses.Service
	Progress *progress.Service
	Talents  *talentpool.Service
	Media    *media.Service

	// Dashboards builds the talent pool's dashboards.
	Dashboards *dashboard.Service
}

// Server is the Fiber app with the API registered. Web pages mount on App.
type Server struct {
	App *fiber.App
	API huma.API
	// ErrorPage, when set, answers errors of requests for pages with HTML
	// instead of the API's JSON body.
	ErrorPage func(c *fiber.Ctx, status int, message string) error
	deps      Deps
}

// transferTimeout bounds reading one request and writing one response: long
// enough for a 16 MiB upload part over a 256 kbit/s rural link, or a video
// streamed from the folder store. Handlers still get XIANGCAI_REQUEST_TIMEOUT
// once the request has arrived.
const transferTimeout = 10 * time.Minute

// Version is the API version reported in the OpenAPI document.
const Version = "1.0.0"

func init() {
	huma.NewErrorWithContext = humaError
	// huma calls NewError to describe error responses in the OpenAPI
	// document; this makes the document show the body clients really get.
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		return &Problem{status: status, Body: ProblemBody{Code: codeOf(status), Message: msg}}
	}
}

// New builds the app: middleware, the JSON API and the operational routes.
func New(d Deps) *Server {
	s := &Server{deps: d}
	app := fiber.New(fiber.Config{
		AppName:                 "xiangcai",
		ErrorHandler:            func(c *fiber.Ctx, err error) error { return s.handleError(c, err) },
		BodyLimit:               d.Config.BodyLimit,
		Immutable:               true,
		ReadTimeout:             max(d.Config.RequestTimeout, transferTimeout),
		WriteTimeout:            max(d.Config.RequestTimeout, transferTimeout),
		IdleTimeout:             2 * time.Minute,
		DisableStartupMessage:   true,
		ProxyHeader:             proxyHeader(d.Config),
		EnableTrustedProxyCheck: len(d.Config.TrustedProxies) > 0,
		TrustedProxies:          d.Config.TrustedProxies,
	})
	s.App = app
	m := newMetrics()
	app.Use(requestContext(d.Logger, d.Config.RequestTimeout), accessLog, m.observe, recoverPanic, securityHeaders)
	app.Get("/healthz", healthz)
	app.Get("/readyz", readyz(map[string]Pinger{"database": pingFunc(d.DB.PingContext), "storage": d.Store}))
	app.Get("/metrics", m.handler())
	app.Use(s.authenticate)
	app.Use("/api/v1/talent-imports", BulkWork)

	cfg := huma.DefaultConfig("Xiangcai 湘才 API", Version)
	cfg.OpenAPIPath, cfg.DocsPath, cfg.SchemasPath = "", "", ""
	cfg.CreateHooks = nil // no $schema links in bodies: the OpenAPI document describes them
	cfg.Servers = []*huma.Server{{URL: "/api/v1"}}
	cfg.Components.SecuritySchemes = map[string]*huma.SecurityScheme{
		"bearer": {Type: "http", Scheme: "bearer", Description: "token from POST /auth/login with kind=bearer"},
		"cookie": {Type: "apiKey", In: "cookie", Name: sessionCookie, Description: "browser session; unsafe requests also need the X-CSRF-Token header"},
	}
	s.API = humafiber.NewWithGroup(app, app.Group("/api/v1"), cfg)
	app.Get("/api/openapi.json", s.openAPI)
	s.registerRoutes()
	return s
}

// openAPI serves the document generated from the registered operations.
func (s *Server) openAPI(c *fiber.Ctx) error {
	b, err := json.Marshal(s.API.OpenAPI())
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
	return c.Send(b)
}

// NotFound answers every path no route matched; the web package mounts its
// pages first, so this goes last.
func (s *Server) NotFound() {
	s.App.Use(func(c *fiber.Ctx) error { return fiber.ErrNotFound })
}

func proxyHeader(c *config.Config) string {
	if len(c.TrustedProxies) > 0 {
		return fiber.HeaderXForwardedFor
	}
	return ""
}
