package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

func (s *Server) registerOrganizations() {
	tags := []string{"organizations"}
	huma.Register(s.API, huma.Operation{
		OperationID: "list-organizations", Method: http.MethodGet, Path: "/organizations", Tags: tags,
		Summary: "List organizations, newest first; city administrators see their own city only", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		RegionCode     string `query:"region_code" maxLength:"12" doc:"city, county, township or village"`
		CategoryID     string `query:"category_id" maxLength:"36"`
		Status         string `query:"status" enum:"registered,filed,"`
		Hub            string `query:"hub" enum:"true,false,"`
		IncubationBase string `query:"incubation_base" enum:"true,false,"`
		Query          string `query:"q" maxLength:"50" doc:"part of the name"`
		IncludeDeleted bool   `query:"include_deleted"`
		PoolPageQuery
	}) (*OrganizationsOutput, error) {
		f := talentpool.OrganizationFilter{RegionCode: in.RegionCode, CategoryID: in.CategoryID,
			Status: talentpool.OrganizationStatus(in.Status), Hub: queryBool(in.Hub),
			IncubationBase: queryBool(in.IncubationBase), Query: in.Query, IncludeDeleted: in.IncludeDeleted, Page: in.page()}
		list, total, err := s.deps.Talents.FindOrganizations(ctx, PrincipalFrom(ctx), f)
		if err != nil {
			return nil, err
		}
		out := &OrganizationsOutput{}
		out.Body.Total, out.Body.NextCursor = total, nextPoolCursor(list, f.Page)
		out.Body.Organizations = poolBodies(list, organizationBody)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "create-organization", Method: http.MethodPost, Path: "/organizations", Tags: tags,
		Summary: "Register an organization in a city you administer", Security: authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *struct{ Body OrganizationFields }) (*OrganizationOutput, error) {
		return organizationOutput(s.deps.Talents.CreateOrganization(ctx, PrincipalFrom(ctx), in.Body.input()))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-organization", Method: http.MethodGet, Path: "/organizations/{id}", Tags: tags,
		Summary: "Get one organization, deleted or not", Security: authenticated,
	}, func(ctx context.Context, in *PoolPathID) (*OrganizationOutput, error) {
		return organizationOutput(s.deps.Talents.FindOrganizationByID(ctx, PrincipalFrom(ctx), in.ID))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "update-organization", Method: http.MethodPatch, Path: "/organizations/{id}", Tags: tags,
		Summary: "Change some fields of an organization", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Body OrganizationPatchFields
	}) (*OrganizationOutput, error) {
		return organizationOutput(s.deps.Talents.UpdateOrganization(ctx, PrincipalFrom(ctx), in.ID, in.Body.patch()))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "delete-organization", Method: http.MethodDelete, Path: "/organizations/{id}", Tags: tags,
		Summary:     "Delete an organization",
		Description: "The organization is only marked deleted: talents keep their link and show it as deleted, and its history stays.",
		Security:    authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *PoolPathID) (*struct{}, error) {
		return nil, s.deps.Talents.DeleteOrganization(ctx, PrincipalFrom(ctx), in.ID)
	})
	s.registerOrganizationHistory()
	s.registerOrganizationCategories()
}

// queryBool reads an optional true/false query parameter: nil when absent.
func queryBool(v string) *bool {
	if v == "" {
		return nil
	}
	b := v == "true"
	return &b
}
