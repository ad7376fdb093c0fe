package api

import (
	"net/http"
	"reflect"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// registerTalentImportUpload serves POST /api/v1/talent-imports with a
// plain Fiber handler (see postTalentImport) and describes it in the
// OpenAPI document like every other operation.
func (s *Server) registerTalentImportUpload(imports *talentpool.Importer) {
	s.App.Post("/api/v1/talent-imports", s.postTalentImport(imports))
	registry := s.API.OpenAPI().Components.Schemas
	str := func(max int) *huma.Schema { return &huma.Schema{Type: "string", MaxLength: &max} }
	binary := &huma.Schema{Type: "string", Format: "binary"}
	s.API.OpenAPI().AddOperation(&huma.Operation{
		OperationID: "create-talent-import", Method: http.MethodPost, Path: "/talent-imports", Tags: []string{"talent imports"},
		Summary: "Upload a roster (XLSX or CSV) and get the dry run: what importing each row would do; nothing is written",
		Description: "The header is found below title rows, in one row or two; columns are known by their Chinese names " +
			"and synonyms. CSV may be UTF-8 (with or without BOM), UTF-16 or GB18030/GBK. City administrators import into " +
			"their own city; the province names city_code. POST /talent-imports/{id}/commit applies the dry run.",
		Security: authenticated,
		Parameters: []*huma.Param{
			{Name: "city_code", In: "query", Description: "the city to import into; required for the province", Schema: str(6)},
			{Name: "file_name", In: "query", Description: "the file's name, for a raw body", Schema: str(200)},
			{Name: "limit", In: "query", Description: "rows of the report in the answer (at most 100)", Schema: &huma.Schema{Type: "integer"}},
		},
		RequestBody: &huma.RequestBody{Required: true, Content: map[string]*huma.MediaType{
			"multipart/form-data": {Schema: &huma.Schema{Type: "object", Required: []string{"file"},
				Properties: map[string]*huma.Schema{"file": binary, "city_code": str(6)}}},
			"application/octet-stream": {Schema: binary},
		}},
		Responses: map[string]*huma.Response{
			"201": {Description: "the dry run with the first page of its report", Content: map[string]*huma.MediaType{
				"application/json": {Schema: registry.Schema(reflect.TypeFor[TalentImportOutput]().Field(0).Type, true, "TalentImportOutputBody")}}},
			"default": {Description: "Error", Content: map[string]*huma.MediaType{
				"application/json": {Schema: registry.Schema(reflect.TypeFor[Problem](), true, "")}}},
		},
	})
}
