package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// TalentsOutput is a page of talents.
type TalentsOutput struct {
	Body struct {
		Talents    []TalentBody `json:"talents"`
		Total      int          `json:"total" doc:"talents matching the filter, on all pages"`
		NextCursor string       `json:"next_cursor,omitempty" doc:"pass as cursor for the next page; absent on the last page"`
	}
}

// registerTalentPool registers the talent pool's routes: organizations,
// talents, their lifecycle and the annual review.
func (s *Server) registerTalentPool() {
	s.registerOrganizations()
	s.registerTalents()
	s.registerTalentLifecycle()
	s.registerTalentReviews()
}

func (s *Server) registerTalents() {
	tags := []string{"talents"}
	huma.Register(s.API, huma.Operation{
		OperationID: "list-talents", Method: http.MethodGet, Path: "/talents", Tags: tags, Security: authenticated,
		Summary:     "List talents, newest first; city administrators see their own city only",
		Description: "With as_of, the pool as it stood at the end of that day (Beijing time): who had entered it, with the status and city they had then.",
	}, func(ctx context.Context, in *struct {
		RegionCode     string `query:"region_code" maxLength:"12" doc:"city, county, township or village"`
		Category       string `query:"category" maxLength:"30"`
		Status         string `query:"status" maxLength:"20"`
		OrganizationID string `query:"organization_id" maxLength:"36"`
		Qualification  string `query:"qualification" maxLength:"20"`
		Priority       string `query:"priority" enum:"true,false,"`
		Query          string `query:"q" maxLength:"50" doc:"part of the name"`
		AsOf           string `query:"as_of" maxLength:"10" doc:"YYYY-MM-DD: the pool as it stood on that day"`
		PoolPageQuery
	}) (*TalentsOutput, error) {
		at, err := asOfInstant(in.AsOf)
		if err != nil {
			return nil, err
		}
		f := talentpool.TalentFilter{RegionCode: in.RegionCode, Category: talentpool.TalentCategory(in.Category),
			Status: talentpool.Status(in.Status), OrganizationID: in.OrganizationID,
			Qualification: talentpool.Qualification(in.Qualification), Priority: queryBool(in.Priority),
			Query: in.Query, AsOf: at, Page: in.page()}
		list, total, err := s.deps.Talents.FindTalents(ctx, PrincipalFrom(ctx), f)
		if err != nil {
			return nil, err
		}
		out := &TalentsOutput{}
		out.Body.Total, out.Body.NextCursor = total, nextPoolCursor(list, f.Page)
		out.Body.Talents = poolBodies(list, talentBody)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "create-talent", Method: http.MethodPost, Path: "/talents", Tags: tags, Security: authenticated,
		Summary:       "Add a talent to the pool of a city you administer",
		Description:   "A person is in one pool only: an ID number already in any city's pool is a conflict.",
		DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *struct{ Body NewTalentFields }) (*TalentOutput, error) {
		nt, err := in.Body.input()
		if err != nil {
			return nil, err
		}
		return talentOutput(s.deps.Talents.CreateTalent(ctx, PrincipalFrom(ctx), nt))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-talent", Method: http.MethodGet, Path: "/talents/{id}", Tags: tags, Security: authenticated,
		Summary: "Get one talent: administrators of the talent's city, or the talent themselves",
	}, func(ctx context.Context, in *PoolPathID) (*TalentOutput, error) {
		return talentOutput(s.deps.Talents.FindTalentByID(ctx, PrincipalFrom(ctx), in.ID))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "update-talent", Method: http.MethodPatch, Path: "/talents/{id}", Tags: tags, Security: authenticated,
		Summary: "Change some fields of a talent; statuses change through transitions",
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Body TalentPatchFields
	}) (*TalentOutput, error) {
		patch, err := in.Body.patch()
		if err != nil {
			return nil, err
		}
		return talentOutput(s.deps.Talents.UpdateTalent(ctx, PrincipalFrom(ctx), in.ID, patch))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-my-talent", Method: http.MethodGet, Path: "/me/talent", Tags: tags, Security: authenticated,
		Summary: "Your own talent profile, if your account is linked to one",
	}, func(ctx context.Context, _ *struct{}) (*TalentOutput, error) {
		return talentOutput(s.deps.Talents.FindMyTalent(ctx, PrincipalFrom(ctx)))
	})
}
