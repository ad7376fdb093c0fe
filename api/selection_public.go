package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// PublicSelectionBody is a city's published list as anyone may read it.
type PublicSelectionBody struct {
	CityCode      string              `json:"city_code"`
	CityName      string              `json:"city_name"`
	Year          int                 `json:"year"`
	PublishedAt   time.Time           `json:"published_at"`
	Organizations []PublicNomineeBody `json:"organizations" doc:"outstanding organizations, best first"`
	Leaders       []PublicNomineeBody `json:"leaders" doc:"outstanding leaders, best first"`
}

// PublicNomineeBody is one organization or leader on a published list.
type PublicNomineeBody struct {
	Name             string `json:"name" doc:"an organization's name, or a leader's masked name such as 张*"`
	OrganizationName string `json:"organization_name,omitempty" doc:"a leader's organization"`
	RegionCode       string `json:"region_code"`
	RegionName       string `json:"region_name"`
}

// PublicSelectionOutput is a published list.
type PublicSelectionOutput struct {
	Body struct {
		Selection PublicSelectionBody `json:"selection"`
	}
}

func (s *Server) registerPublicSelections() {
	huma.Register(s.API, huma.Operation{
		OperationID: "get-public-selection", Method: http.MethodGet, Path: "/public/selections/{city_code}/{year}",
		Tags: []string{"annual selections"}, Summary: "Get a city's published list of a year; no sign-in needed",
		Description: "Only published lists are found. Leaders' names are masked; no scores and no personal data are shown.",
	}, func(ctx context.Context, in *SelectionPath) (*PublicSelectionOutput, error) {
		pub, err := s.deps.Talents.FindPublishedSelection(ctx, in.CityCode, in.Year)
		if err != nil {
			return nil, err
		}
		entry := func(n talentpool.PublishedNominee) PublicNomineeBody {
			return PublicNomineeBody{Name: n.Name, OrganizationName: n.OrganizationName, RegionCode: n.RegionCode, RegionName: n.RegionName}
		}
		out := &PublicSelectionOutput{}
		out.Body.Selection = PublicSelectionBody{CityCode: pub.CityCode, CityName: pub.CityName, Year: pub.Year,
			PublishedAt: pub.PublishedAt, Organizations: poolBodies(pub.Organizations, entry), Leaders: poolBodies(pub.Leaders, entry)}
		return out, nil
	})
}
