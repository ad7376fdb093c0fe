package api

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humafiber"

	"xiangcai/talentpool/dashboard"
)

// DashboardOutput is the talent pool's dashboard.
type DashboardOutput struct {
	Body *dashboard.Dashboard
}

// DashboardFileOutput is the dashboard's numbers as a file to save.
type DashboardFileOutput struct {
	ContentType        string `header:"Content-Type"`
	ContentDisposition string `header:"Content-Disposition"`
	Body               []byte
}

// DashboardQuery names a dashboard.
type DashboardQuery struct {
	City string `query:"city" maxLength:"12" example:"430100" doc:"a city's code; empty for the province's dashboard (a city administrator's own city's)"`
	Year int    `query:"year" minimum:"0" example:"2025" doc:"calendar year (Beijing time) of the yearly figures; this year when empty"`
}

func (in DashboardQuery) query() dashboard.Query {
	return dashboard.Query{City: in.City, Year: in.Year}
}

// requestLanguage is an input field that reads the language of the
// request as pages do: ?lang=, then the lang cookie, then Accept-Language.
type requestLanguage struct{ lang string }

// Resolve implements huma.Resolver.
func (l *requestLanguage) Resolve(ctx huma.Context) []error {
	l.lang = Language(humafiber.Unwrap(ctx))
	return nil
}

// dashboardFiles are the formats the dashboard exports to.
var dashboardFiles = []struct {
	ext, contentType string
	write            func(d *dashboard.Dashboard, w io.Writer, lang string) error
}{
	{"csv", "text/csv; charset=utf-8", (*dashboard.Dashboard).WriteCSV},
	{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (*dashboard.Dashboard).WriteXLSX},
}

func (s *Server) registerDashboards() {
	tags := []string{"dashboards"}
	huma.Register(s.API, huma.Operation{
		OperationID: "get-talent-pool-dashboard", Method: http.MethodGet, Path: "/dashboards/talent-pool", Tags: tags,
		Security: authenticated,
		Summary:  "Get the talent pool's dashboard of a city or of the province",
		Description: "Pool sizes and hub organizations as they stand now; new, exited and trained talents for the year. " +
			"The province sees every city side by side and the total; a city administrator their own city only. " +
			"Charts take labels and series values as they are (shares are fractions of 1).",
	}, func(ctx context.Context, in *DashboardQuery) (*DashboardOutput, error) {
		d, err := s.deps.Dashboards.TalentPool(ctx, PrincipalFrom(ctx), in.query())
		if err != nil {
			return nil, err
		}
		return &DashboardOutput{Body: d}, nil
	})
	for _, file := range dashboardFiles {
		huma.Register(s.API, huma.Operation{
			OperationID: "export-talent-pool-dashboard-" + file.ext, Method: http.MethodGet,
			Path: "/dashboards/talent-pool/export." + file.ext, Tags: tags, Security: authenticated,
			Summary: "Export the dashboard's numbers as " + file.ext,
			Description: "One number a row: year, area code, area, figure, item, value. Names are in the request's language " +
				"(?lang=en, the lang cookie or Accept-Language; Chinese by default); shares are fractions of 1.",
			Responses: map[string]*huma.Response{"200": {Content: map[string]*huma.MediaType{
				file.contentType: {Schema: &huma.Schema{Type: "string", Format: "binary"}},
			}}},
		}, func(ctx context.Context, in *struct {
			DashboardQuery
			Language requestLanguage
		}) (*DashboardFileOutput, error) {
			d, err := s.deps.Dashboards.TalentPool(ctx, PrincipalFrom(ctx), in.query())
			if err != nil {
				return nil, err
			}
			var b bytes.Buffer
			if err := file.write(d, &b, in.Language.lang); err != nil {
				return nil, err
			}
			name := fmt.Sprintf("talent-pool-%s-%d.%s", d.Area.Code, d.Year, file.ext)
			return &DashboardFileOutput{ContentType: file.contentType,
				ContentDisposition: `attachment; filename="` + name + `"`, Body: b.Bytes()}, nil
		})
	}
}
