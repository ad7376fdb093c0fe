package api

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai"
	"xiangcai/audit"
)

// EventBody is one entry of the audit trail.
type EventBody struct {
	ID          string          `json:"id"`
	At          time.Time       `json:"at"`
	ActorUserID string          `json:"actor_user_id,omitempty"`
	ActorRole   string          `json:"actor_role,omitempty"`
	Action      string          `json:"action" example:"organization.update"`
	Summary     string          `json:"summary"`
	Detail      json.RawMessage `json:"detail,omitempty" doc:"for changes, {before, after} with the fields that changed"`
}

// EventsOutput is a page of audit events.
type EventsOutput struct {
	Body struct {
		Events     []EventBody `json:"events"`
		Total      int         `json:"total"`
		NextCursor string      `json:"next_cursor,omitempty"`
	}
}

func eventsOutput(events []*audit.Event, total int, page xiangcai.Page, err error) (*EventsOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &EventsOutput{}
	out.Body.Total, out.Body.NextCursor = total, nextPoolCursor(events, page)
	out.Body.Events = poolBodies(events, func(e *audit.Event) EventBody {
		return EventBody{ID: e.ID, At: e.At, ActorUserID: e.ActorUserID, ActorRole: string(e.ActorRole),
			Action: e.Action, Summary: e.Summary, Detail: e.Detail}
	})
	return out, nil
}

// PoolPageQuery is the keyset page a talent-pool list asks for; it is
// exported because huma only reads embedded parameter structs of exported
// types.
type PoolPageQuery struct {
	Limit  int    `query:"limit" minimum:"0" maximum:"100"`
	Cursor string `query:"cursor" maxLength:"200"`
}

func (in PoolPageQuery) page() xiangcai.Page {
	return xiangcai.Page{Limit: in.Limit, Cursor: in.Cursor}
}

// poolBodies turns the rows of a list into the bodies the API shows.
func poolBodies[T, B any](rows []T, body func(T) B) []B {
	out := make([]B, len(rows))
	for i, r := range rows {
		out[i] = body(r)
	}
	return out
}

// nextPoolCursor returns the cursor of the page after rows, or "" when rows
// is the last page.
func nextPoolCursor[T interface{ Cursor() string }](rows []T, page xiangcai.Page) string {
	if len(rows) == 0 || len(rows) < page.Size() {
		return ""
	}
	return rows[len(rows)-1].Cursor()
}

func (s *Server) registerOrganizationHistory() {
	huma.Register(s.API, huma.Operation{
		OperationID: "get-organization-history", Method: http.MethodGet, Path: "/organizations/{id}/history",
		Tags: []string{"organizations"}, Security: authenticated,
		Summary: "List the changes made to an organization, newest first: who, when, before and after",
	}, func(ctx context.Context, in *struct {
		PoolPathID
		PoolPageQuery
	}) (*EventsOutput, error) {
		events, total, err := s.deps.Talents.OrganizationHistory(ctx, PrincipalFrom(ctx), in.ID, in.page())
		return eventsOutput(events, total, in.page(), err)
	})
}

// PoolPathID is the identifier in the path of a talent-pool route,
// exported to be embedded like PoolPageQuery.
type PoolPathID struct {
	ID string `path:"id" maxLength:"36"`
}
