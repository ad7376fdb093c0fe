package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai"
	"xiangcai/talentpool"
)

// SelectionPath names a city's annual selection of a year in a route.
type SelectionPath struct {
	CityCode string `path:"city_code" maxLength:"12" example:"430100" doc:"the city (市州)"`
	Year     int    `path:"year" example:"2025"`
}

// selectionPath is the path of a selection's routes.
const selectionPath = "/selections/{city_code}/{year}"

// registerSelections registers the annual selection (年度推选): the
// selections of each city and year, their criteria, nominees and scores,
// the moves from draft to published, and the public list.
func (s *Server) registerSelections() {
	tags := []string{"annual selections"}
	svc := s.deps.Talents
	huma.Register(s.API, huma.Operation{
		OperationID: "list-selections", Method: http.MethodGet, Path: "/selections", Tags: tags, Security: authenticated,
		Summary: "List annual selections, latest year first; city administrators see their own city only",
	}, func(ctx context.Context, in *struct {
		CityCode string `query:"city_code" maxLength:"12"`
		Year     int    `query:"year" minimum:"0" maximum:"9999"`
		Status   string `query:"status" enum:"draft,scoring,approved,published,"`
	}) (*SelectionsOutput, error) {
		list, err := svc.FindSelections(ctx, PrincipalFrom(ctx), talentpool.SelectionFilter{CityCode: in.CityCode,
			Year: in.Year, Status: talentpool.SelectionStatus(in.Status)})
		if err != nil {
			return nil, err
		}
		out := &SelectionsOutput{}
		out.Body.Selections = poolBodies(list, selectionBody)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "create-selection", Method: http.MethodPost, Path: selectionPath, Tags: tags, Security: authenticated,
		Summary: "Start a city's annual selection of a year, as a draft", DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *SelectionPath) (*SelectionOutput, error) {
		return selectionOutput(svc.CreateSelection(ctx, PrincipalFrom(ctx), in.CityCode, in.Year))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-selection", Method: http.MethodGet, Path: selectionPath, Tags: tags, Security: authenticated,
		Summary: "Get a selection with its criteria and its nominees, ranked, with their scores",
	}, func(ctx context.Context, in *SelectionPath) (*SelectionOutput, error) {
		return selectionOutput(svc.FindSelection(ctx, PrincipalFrom(ctx), in.CityCode, in.Year))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "delete-selection", Method: http.MethodDelete, Path: selectionPath, Tags: tags, Security: authenticated,
		Summary: "Delete a selection that is still a draft", DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *SelectionPath) (*struct{}, error) {
		return nil, svc.DeleteSelection(ctx, PrincipalFrom(ctx), in.CityCode, in.Year)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "set-selection-criteria", Method: http.MethodPut, Path: selectionPath + "/criteria", Tags: tags,
		Summary: "Replace the scoring criteria of a draft selection", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		SelectionPath
		Body struct {
			Criteria []CriterionFields `json:"criteria" doc:"in order; at most 20"`
		}
	}) (*SelectionOutput, error) {
		criteria := poolBodies(in.Body.Criteria, func(c CriterionFields) talentpool.CriterionInput {
			return talentpool.CriterionInput{Name: c.Name, Description: c.Description, MaxPoints: c.MaxPoints}
		})
		return selectionOutput(svc.SetCriteria(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, criteria))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-selection-history", Method: http.MethodGet, Path: selectionPath + "/history", Tags: tags,
		Summary: "List the changes made to a selection, newest first", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		SelectionPath
		PoolPageQuery
	}) (*EventsOutput, error) {
		events, total, err := svc.SelectionHistory(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, in.page())
		return eventsOutput(events, total, in.page(), err)
	})
	s.registerSelectionMoves(tags)
	s.registerSelectionNominees(tags)
	s.registerPublicSelections()
}

// CriterionFields are one scoring criterion as a city sets it.
type CriterionFields struct {
	Name        string `json:"name" maxLength:"50"`
	Description string `json:"description,omitempty" maxLength:"500"`
	MaxPoints   int    `json:"max_points" doc:"1 to 100; also the criterion's weight"`
}

// registerSelectionMoves registers the moves of a selection from draft
// to published, and the province's reopening.
func (s *Server) registerSelectionMoves(tags []string) {
	type move func(context.Context, xiangcai.Principal, string, int) (*talentpool.Selection, error)
	svc := s.deps.Talents
	for _, m := range []struct {
		id, verb, summary string
		move              move
	}{
		{"start-selection-scoring", "start-scoring", "Start scoring, which fixes the criteria", svc.StartScoring},
		{"approve-selection", "approve", "Approve the nominees marked selected, which freezes the list; a list below the target is approved with a warning", svc.ApproveSelection},
		{"publish-selection", "publish", "Publish the approved list on the public page", svc.PublishSelection},
	} {
		huma.Register(s.API, huma.Operation{
			OperationID: m.id, Method: http.MethodPost, Path: selectionPath + "/" + m.verb, Tags: tags,
			Summary: m.summary, Security: authenticated,
		}, func(ctx context.Context, in *SelectionPath) (*SelectionOutput, error) {
			return selectionOutput(m.move(ctx, PrincipalFrom(ctx), in.CityCode, in.Year))
		})
	}
	huma.Register(s.API, huma.Operation{
		OperationID: "reopen-selection", Method: http.MethodPost, Path: selectionPath + "/reopen", Tags: tags,
		Summary:     "Send an approved or published selection back to scoring (province only)",
		Description: "The reason is required and kept. A published list leaves the public page until it is published again.",
		Security:    authenticated,
	}, func(ctx context.Context, in *struct {
		SelectionPath
		Body struct {
			Reason string `json:"reason" maxLength:"500"`
		}
	}) (*SelectionOutput, error) {
		return selectionOutput(svc.ReopenSelection(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, in.Body.Reason))
	})
}
