package api

import (
	"net/http"
	"reflect"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

// partSHA256Header carries the SHA-256 of a part's bytes, in hex.
const partSHA256Header = "X-Part-SHA256"

// PartOutputBody is the answer to a part sent.
type PartOutputBody struct {
	Part PartBody `json:"part"`
}

// registerMediaPart serves PUT /api/v1/media/{id}/parts/{n} with a plain
// Fiber handler, so a part (up to 16 MiB) is held once, in the request
// body Fiber has read, instead of being copied again into huma's buffer.
// The OpenAPI document describes it like every other operation.
func (s *Server) registerMediaPart() {
	s.App.Put("/api/v1/media/:id/parts/:n", s.putMediaPart)
	registry := s.API.OpenAPI().Components.Schemas
	idLength, first := 36, 1.0
	s.API.OpenAPI().AddOperation(&huma.Operation{
		OperationID: "put-media-part", Method: http.MethodPut, Path: "/media/{id}/parts/{n}", Tags: []string{"media"},
		Summary: "Send one part of an upload as raw bytes; a part may be sent again",
		Description: "Every part but the last is exactly part_size bytes. Part 1 is checked to be a video " +
			"(MP4, MOV, WebM, MKV, AVI, MPEG-TS…) or a PDF; a wrong type ends the upload with an error on field file.",
		Security: authenticated,
		Parameters: []*huma.Param{
			{Name: "id", In: "path", Required: true, Schema: &huma.Schema{Type: "string", MaxLength: &idLength}},
			{Name: "n", In: "path", Required: true, Schema: &huma.Schema{Type: "integer", Minimum: &first}},
			{Name: partSHA256Header, In: "header", Required: true, Description: "hex SHA-256 of the part's bytes",
				Schema: &huma.Schema{Type: "string", Pattern: "^[0-9a-fA-F]{64}$"}},
		},
		RequestBody: &huma.RequestBody{Required: true, Content: map[string]*huma.MediaType{
			"application/octet-stream": {Schema: &huma.Schema{Type: "string", Format: "binary"}},
		}},
		Responses: map[string]*huma.Response{
			"200": {Description: "the part as stored", Content: map[string]*huma.MediaType{
				"application/json": {Schema: registry.Schema(reflect.TypeFor[PartOutputBody](), true, "")}}},
			"default": {Description: "Error", Content: map[string]*huma.MediaType{
				"application/json": {Schema: registry.Schema(reflect.TypeFor[Problem](), true, "")}}},
		},
	})
}

// putMediaPart stores one part. It reads the body through fasthttp, not
// c.Body(), which copies it on this Immutable app; the bytes are used only
// before the handler returns.
func (s *Server) putMediaPart(c *fiber.Ctx) error {
	n, err := strconv.Atoi(c.Params("n"))
	if err != nil {
		return xiangcai.Invalid("number", "分片编号须为整数", "the part number must be a whole number")
	}
	ctx := c.UserContext()
	part, err := s.deps.Media.PutPart(ctx, PrincipalFrom(ctx), c.Params("id"), n, c.Request().Body(), c.Get(partSHA256Header))
	if err != nil {
		return err
	}
	return c.JSON(PartOutputBody{Part: partBody(part)})
}
