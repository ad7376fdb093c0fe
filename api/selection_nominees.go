package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// NomineePath names a nominee of a selection in a route.
type NomineePath struct {
	SelectionPath
	ID string `path:"id" maxLength:"36"`
}

// ScoreFields are the points given for one criterion.
type ScoreFields struct {
	CriterionID string  `json:"criterion_id" maxLength:"36"`
	Points      float64 `json:"points" doc:"0 to the criterion's maximum, at most one decimal"`
}

func (s *Server) registerSelectionNominees(tags []string) {
	svc := s.deps.Talents
	nominees := selectionPath + "/nominees"
	huma.Register(s.API, huma.Operation{
		OperationID: "nominate", Method: http.MethodPost, Path: nominees, Tags: tags, Security: authenticated,
		Summary:       "Nominate an organization or a leader, in draft or scoring",
		Description:   "An organization of the city that is not deleted, or a leader: an active talent of the city's pool in the category organization_leader. Nobody is nominated twice.",
		DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *struct {
		SelectionPath
		Body struct {
			Kind           string `json:"kind" enum:"organization,leader"`
			OrganizationID string `json:"organization_id,omitempty" maxLength:"36" doc:"for kind organization"`
			TalentID       string `json:"talent_id,omitempty" maxLength:"36" doc:"for kind leader"`
			Reason         string `json:"reason,omitempty" maxLength:"1000" doc:"why the nominee stands out"`
		}
	}) (*NomineeOutput, error) {
		b := in.Body
		return nomineeOutput(svc.Nominate(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, talentpool.NomineeInput{
			Kind: talentpool.NomineeKind(b.Kind), OrganizationID: b.OrganizationID, TalentID: b.TalentID, Reason: b.Reason}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "update-nominee", Method: http.MethodPatch, Path: nominees + "/{id}", Tags: tags, Security: authenticated,
		Summary: "Change a nominee's reason, or mark it selected or not, in draft or scoring",
	}, func(ctx context.Context, in *struct {
		NomineePath
		Body struct {
			Reason   *string `json:"reason,omitempty" maxLength:"1000"`
			Selected *bool   `json:"selected,omitempty" doc:"on the list to approve"`
		}
	}) (*NomineeOutput, error) {
		return nomineeOutput(svc.UpdateNominee(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, in.ID,
			talentpool.NomineePatch{Reason: in.Body.Reason, Selected: in.Body.Selected}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "remove-nominee", Method: http.MethodDelete, Path: nominees + "/{id}", Tags: tags, Security: authenticated,
		Summary: "Withdraw a nominee and its scores, in draft or scoring", DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *NomineePath) (*struct{}, error) {
		return nil, svc.RemoveNominee(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, in.ID)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "score-nominee", Method: http.MethodPut, Path: nominees + "/{id}/scores", Tags: tags, Security: authenticated,
		Summary: "Score a nominee while the selection is scoring; criteria left out keep their scores",
	}, func(ctx context.Context, in *struct {
		NomineePath
		Body struct {
			Scores []ScoreFields `json:"scores"`
		}
	}) (*NomineeOutput, error) {
		scores := poolBodies(in.Body.Scores, func(f ScoreFields) talentpool.ScoreInput {
			return talentpool.ScoreInput{CriterionID: f.CriterionID, Points: f.Points}
		})
		return nomineeOutput(svc.ScoreNominee(ctx, PrincipalFrom(ctx), in.CityCode, in.Year, in.ID, scores))
	})
}
