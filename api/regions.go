package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/regions"
)

// RegionBody is one administrative division.
type RegionBody struct {
	Code       string `json:"code" example:"430104" doc:"division code (6 digits down to county, 9 for townships, 12 for villages)"`
	Name       string `json:"name" example:"岳麓区"`
	Level      string `json:"level" enum:"province,city,county,township,village"`
	ParentCode string `json:"parent_code,omitempty" example:"430100"`
}

// RegionsOutput is a list of divisions.
type RegionsOutput struct {
	Body struct {
		Version string       `json:"version" doc:"version of the divisions table"`
		Regions []RegionBody `json:"regions"`
	}
}

func regionsOutput(t *regions.Table, list []regions.Region) *RegionsOutput {
	out := &RegionsOutput{}
	out.Body.Version = t.Version()
	out.Body.Regions = make([]RegionBody, len(list))
	for i, r := range list {
		out.Body.Regions[i] = RegionBody{Code: r.Code, Name: r.Name, Level: string(r.Level), ParentCode: r.ParentCode}
	}
	return out
}

type regionCodeInput struct {
	Code string `path:"code" pattern:"^[0-9]{6,12}$" example:"430100"`
}

func (s *Server) registerRegions() {
	t := s.deps.Regions
	huma.Register(s.API, huma.Operation{
		OperationID: "search-regions", Method: http.MethodGet, Path: "/regions", Tags: []string{"regions"},
		Summary: "Search divisions by name, or list the cities when q is empty",
	}, func(ctx context.Context, in *struct {
		Query string `query:"q" maxLength:"40" doc:"part of a name, in Chinese"`
		Level string `query:"level" enum:"province,city,county,township,village," doc:"only this level"`
		Limit int    `query:"limit" minimum:"0" maximum:"50" doc:"most results (default 50)"`
	}) (*RegionsOutput, error) {
		if in.Query == "" {
			return regionsOutput(t, t.Children("")), nil
		}
		return regionsOutput(t, t.Search(in.Query, regions.Level(in.Level), in.Limit)), nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-region-children", Method: http.MethodGet, Path: "/regions/{code}/children", Tags: []string{"regions"},
		Summary: "List the divisions directly under a division",
	}, func(ctx context.Context, in *regionCodeInput) (*RegionsOutput, error) {
		if err := t.Validate("code", in.Code); err != nil {
			return nil, err
		}
		return regionsOutput(t, t.Children(in.Code)), nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-region-path", Method: http.MethodGet, Path: "/regions/{code}/path", Tags: []string{"regions"},
		Summary: "List a division and its parents, from the province down",
	}, func(ctx context.Context, in *regionCodeInput) (*RegionsOutput, error) {
		if err := t.Validate("code", in.Code); err != nil {
			return nil, err
		}
		return regionsOutput(t, t.Path(in.Code)), nil
	})
}
