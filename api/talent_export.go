package api

import (
	"bufio"
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humafiber"
	"github.com/gofiber/fiber/v2"

	"xiangcai/talentpool"
	"xiangcai/talentpool/roster"
)

// TalentExportQuery is the filter of an export: the talent list's, with
// no page, and whether to show personal data in full.
type TalentExportQuery struct {
	RegionCode     string `query:"region_code" maxLength:"12" doc:"city, county, township or village"`
	Category       string `query:"category" maxLength:"30"`
	Status         string `query:"status" maxLength:"20"`
	OrganizationID string `query:"organization_id" maxLength:"36"`
	Qualification  string `query:"qualification" maxLength:"20"`
	Priority       string `query:"priority" enum:"true,false,"`
	Query          string `query:"q" maxLength:"50" doc:"part of the name"`
	AsOf           string `query:"as_of" maxLength:"10" doc:"YYYY-MM-DD: the pool as it stood on that day"`
	Reveal         bool   `query:"reveal" doc:"write ID numbers and phones in full instead of masked; recorded in the audit trail"`
}

// exportTypes are the media types of the export formats.
var exportTypes = map[string]string{
	roster.FormatXLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	roster.FormatCSV:  "text/csv; charset=utf-8",
}

func (s *Server) registerTalentExports() {
	for _, format := range []string{roster.FormatXLSX, roster.FormatCSV} {
		huma.Register(s.API, huma.Operation{
			OperationID: "export-talents-" + format, Method: http.MethodGet, Path: "/talents/export." + format,
			Tags: []string{"talents"}, Security: authenticated,
			Summary: "Export the talents the list would show, as " + format + ", streamed; ID numbers and phones masked unless reveal=true",
			Description: "Columns are those an import reads, so an unmasked export imports again unchanged. Every export is " +
				"recorded in the audit trail. CSV starts with a byte-order mark so that Excel reads it as UTF-8.",
			Responses: map[string]*huma.Response{"200": {Description: "the roster", Content: map[string]*huma.MediaType{
				exportTypes[format]: {Schema: &huma.Schema{Type: "string", Format: "binary"}}}}},
		}, func(ctx context.Context, in *TalentExportQuery) (*huma.StreamResponse, error) {
			at, err := asOfInstant(in.AsOf)
			if err != nil {
				return nil, err
			}
			f := talentpool.TalentFilter{RegionCode: in.RegionCode, Category: talentpool.TalentCategory(in.Category),
				Status: talentpool.Status(in.Status), OrganizationID: in.OrganizationID,
				Qualification: talentpool.Qualification(in.Qualification), Priority: queryBool(in.Priority),
				Query: in.Query, AsOf: at}
			export, err := s.deps.Talents.ExportTalents(ctx, PrincipalFrom(ctx), f, in.Reveal)
			if err != nil {
				return nil, err
			}
			return &huma.StreamResponse{Body: func(hc huma.Context) { streamExport(ctx, humafiber.Unwrap(hc), export, format) }}, nil
		})
	}
}

// streamExport sends an export as the response body, written while the
// talents are read. The body is written after the handler has returned,
// when the request's context is cancelled, so the writing gets a context
// of its own with the request's deadline. An error midway can no longer
// change the status: it is logged, and the client gets a cut-off file.
func streamExport(ctx context.Context, c *fiber.Ctx, export *talentpool.TalentExport, format string) {
	name := "talents-" + time.Now().Format("20060102") + "." + format
	c.Set(fiber.HeaderContentType, exportTypes[format])
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="`+name+`"; filename*=UTF-8''`+url.PathEscape("人才名册-"+name))
	c.Set(fiber.HeaderCacheControl, "no-store")
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(time.Hour)
	}
	c.Context().SetBodyStreamWriter(func(w *bufio.Writer) {
		ctx, cancel := context.WithDeadline(context.WithoutCancel(ctx), deadline)
		defer cancel()
		if err := export.Write(ctx, w, format); err != nil {
			logger(ctx).Error("talent export cut off", slog.String("format", format), slog.Any("error", err))
		}
		w.Flush()
	})
}
