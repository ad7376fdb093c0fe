package api

import (
	"context"
	"io"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"
	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/talentpool"
)

// registerTalentRosters registers roster import and export. It goes before
// the talents' own routes, so that /talents/export.csv is not taken for
// the talent with id "export.csv".
func (s *Server) registerTalentRosters() {
	imports := talentpool.NewImporter(s.deps.Talents, s.deps.Regions)
	s.registerTalentImportUpload(imports)
	s.registerTalentImports(imports)
	s.registerTalentExports()
}

// ImportRowsQuery selects the rows of an import's report, exported to be
// embedded in huma inputs.
type ImportRowsQuery struct {
	Outcome string `query:"outcome" enum:"new,update,unchanged,rejected," doc:"only rows with this outcome"`
	Fixed   bool   `query:"fixed" doc:"only rows with values fixed while reading"`
	Warned  bool   `query:"warned" doc:"only rows with warnings"`
	PoolPageQuery
}

func (q ImportRowsQuery) filter() talentpool.ImportRowFilter {
	return talentpool.ImportRowFilter{Outcome: talentpool.RowOutcome(q.Outcome), Fixed: q.Fixed, Warned: q.Warned, Page: q.page()}
}

// talentImportInput names an import and the page of its report to show.
type talentImportInput struct {
	PoolPathID
	ImportRowsQuery
}

func (s *Server) registerTalentImports(imports *talentpool.Importer) {
	tags := []string{"talent imports"}
	// answer runs act on the import the path names and shows it.
	answer := func(act func(context.Context, xiangcai.Principal, string) (*talentpool.Import, error)) func(context.Context, *talentImportInput) (*TalentImportOutput, error) {
		return func(ctx context.Context, in *talentImportInput) (*TalentImportOutput, error) {
			imp, err := act(ctx, PrincipalFrom(ctx), in.ID)
			if err != nil {
				return nil, err
			}
			return importOutput(ctx, imports, imp, in.filter())
		}
	}
	huma.Register(s.API, huma.Operation{
		OperationID: "get-talent-import", Method: http.MethodGet, Path: "/talent-imports/{id}", Tags: tags, Security: authenticated,
		Summary: "Get a roster import and one page of its report, in the file's row order",
	}, answer(imports.FindImport))
	huma.Register(s.API, huma.Operation{
		OperationID: "commit-talent-import", Method: http.MethodPost, Path: "/talent-imports/{id}/commit", Tags: tags, Security: authenticated,
		Summary: "Write a dry run's accepted rows to the pool; rejected rows are skipped",
		Description: "Rows are written in transactions of 1,000, each planned again against the pool as it is then. " +
			"A commit cut short keeps what it wrote and answers 503; committing again resumes. Committing a committed import changes nothing.",
	}, answer(imports.CommitImport))
}

// importOutput answers with an import and the page of its rows f asks for.
func importOutput(ctx context.Context, imports *talentpool.Importer, imp *talentpool.Import, f talentpool.ImportRowFilter) (*TalentImportOutput, error) {
	rows, total, err := imports.FindImportRows(ctx, PrincipalFrom(ctx), imp.ID, f)
	if err != nil {
		return nil, err
	}
	out := &TalentImportOutput{}
	out.Body.Import, out.Body.Rows = importBody(imp), poolBodies(rows, importRowBody)
	out.Body.Total, out.Body.NextCursor = total, nextPoolCursor(rows, f.Page)
	return out, nil
}

// postTalentImport reads an uploaded roster and answers with the dry run.
// The file comes as the "file" part of a multipart form, or as the raw
// body with its name in ?file_name=. It is a plain Fiber handler so that
// the file is held once, in the body Fiber has read.
func (s *Server) postTalentImport(imports *talentpool.Importer) fiber.Handler {
	return func(c *fiber.Ctx) error {
		ctx := c.UserContext()
		file := talentpool.ImportFile{Name: c.Query("file_name"), CityCode: c.Query("city_code"), Data: c.Request().Body()}
		if strings.HasPrefix(c.Get(fiber.HeaderContentType), fiber.MIMEMultipartForm) {
			var err error
			if file.Name, file.Data, err = UploadedFile(c, "file"); err != nil {
				return err
			}
			if city := c.FormValue("city_code"); city != "" {
				file.CityCode = city
			}
		}
		imp, err := imports.DryRun(ctx, PrincipalFrom(ctx), file)
		if err != nil {
			return err
		}
		out, err := importOutput(ctx, imports, imp, talentpool.ImportRowFilter{Page: xiangcai.Page{Limit: c.QueryInt("limit")}})
		if err != nil {
			return err
		}
		return c.Status(http.StatusCreated).JSON(out.Body)
	}
}

// UploadedFile returns the name and the bytes of the file sent as field of
// a multipart form, or an invalid error on field when there is none. Pages
// that take uploads use it too.
func UploadedFile(c *fiber.Ctx, field string) (string, []byte, error) {
	part, err := c.FormFile(field)
	if err != nil {
		return "", nil, xiangcai.Invalid(field, "请选择要上传的文件", "choose a file to upload")
	}
	f, err := part.Open()
	if err != nil {
		return "", nil, xiangcai.Internal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return "", nil, xiangcai.Internal(err)
	}
	return part.Filename, data, nil
}
