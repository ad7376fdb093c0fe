package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// TransitionBody is one step of a talent's lifecycle.
type TransitionBody struct {
	ID         string    `json:"id"`
	FromStatus string    `json:"from_status,omitempty" doc:"absent on the talent's entry into the pool"`
	ToStatus   string    `json:"to_status"`
	CityCode   string    `json:"city_code" doc:"the pool the talent is in from then on"`
	At         time.Time `json:"at"`
	ByUserID   string    `json:"by_user_id"`
	Reason     string    `json:"reason"`
}

// TransitionsOutput is a talent's lifecycle.
type TransitionsOutput struct {
	Body struct {
		Transitions []TransitionBody `json:"transitions"`
	}
}

// RevealOutput is an unmasked value.
type RevealOutput struct {
	Body struct {
		Value string `json:"value" doc:"empty when the talent has no such value"`
	}
}

// TrainingEntryBody is one completed course, class or exam.
type TrainingEntryBody struct {
	SourceKind  string    `json:"source_kind" enum:"course,class,exam"`
	SourceID    string    `json:"source_id"`
	Title       string    `json:"title"`
	CreditHours float64   `json:"credit_hours"`
	CompletedAt time.Time `json:"completed_at"`
}

// TrainingRecordOutput is a talent's training record.
type TrainingRecordOutput struct {
	Body struct {
		Linked           bool                `json:"linked" doc:"false when the talent has no account, so no record"`
		Year             int                 `json:"year" doc:"the current year in Beijing time"`
		TotalCreditHours float64             `json:"total_credit_hours"`
		YearCreditHours  float64             `json:"year_credit_hours"`
		Entries          []TrainingEntryBody `json:"entries"`
	}
}

func (s *Server) registerTalentLifecycle() {
	tags := []string{"talents"}
	huma.Register(s.API, huma.Operation{
		OperationID: "list-talent-transitions", Method: http.MethodGet, Path: "/talents/{id}/transitions", Tags: tags,
		Summary: "List a talent's lifecycle, oldest first", Security: authenticated,
	}, func(ctx context.Context, in *PoolPathID) (*TransitionsOutput, error) {
		list, err := s.deps.Talents.FindTransitions(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		out := &TransitionsOutput{}
		out.Body.Transitions = poolBodies(list, func(tr *talentpool.Transition) TransitionBody {
			return TransitionBody{ID: tr.ID, FromStatus: string(tr.FromStatus), ToStatus: string(tr.ToStatus),
				CityCode: tr.CityCode, At: tr.At, ByUserID: tr.ByUserID, Reason: tr.Reason}
		})
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "transition-talent", Method: http.MethodPost, Path: "/talents/{id}/transitions", Tags: tags,
		Summary:     "Move a talent to another status, with the reason",
		Description: "nominated → under_review or exited; under_review → active, nominated or exited; active → suspended or exited; suspended → active or exited; exited is final.",
		Security:    authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Body struct {
			ToStatus string `json:"to_status" maxLength:"20"`
			Reason   string `json:"reason" maxLength:"500"`
		}
	}) (*TalentOutput, error) {
		return talentOutput(s.deps.Talents.TransitionTalent(ctx, PrincipalFrom(ctx), in.ID,
			talentpool.Status(in.Body.ToStatus), in.Body.Reason))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "reveal-talent", Method: http.MethodPost, Path: "/talents/{id}/reveal", Tags: tags,
		Summary:     "Show a talent's full ID number or phone",
		Description: "For administrators of the talent's city and the province; every view is recorded in the audit trail.",
		Security:    authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Body struct {
			Field string `json:"field" enum:"id_number,phone"`
		}
	}) (*RevealOutput, error) {
		reveal := s.deps.Talents.RevealIDNumber
		if in.Body.Field == "phone" {
			reveal = s.deps.Talents.RevealPhone
		}
		value, err := reveal(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		out := &RevealOutput{}
		out.Body.Value = value
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-talent-training", Method: http.MethodGet, Path: "/talents/{id}/training", Tags: tags,
		Summary: "A talent's training record: courses, classes and exams completed, with credit hours", Security: authenticated,
	}, func(ctx context.Context, in *PoolPathID) (*TrainingRecordOutput, error) {
		rec, err := s.deps.Talents.TrainingRecord(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		out := &TrainingRecordOutput{}
		b := &out.Body
		b.Linked, b.Year = rec.Linked, rec.Year
		b.TotalCreditHours, b.YearCreditHours = hours(rec.TotalTenths), hours(rec.YearTenths)
		b.Entries = poolBodies(rec.Entries, func(e *talentpool.TrainingEntry) TrainingEntryBody {
			return TrainingEntryBody{SourceKind: e.SourceKind, SourceID: e.SourceID, Title: e.Title,
				CreditHours: hours(e.CreditTenths), CompletedAt: e.CompletedAt}
		})
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-talent-events", Method: http.MethodGet, Path: "/talents/{id}/events", Tags: tags,
		Summary: "A talent's audit trail, newest first: every change and every unmasked view", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		PoolPageQuery
	}) (*EventsOutput, error) {
		events, total, err := s.deps.Talents.TalentEvents(ctx, PrincipalFrom(ctx), in.ID, in.page())
		return eventsOutput(events, total, in.page(), err)
	})
}

// hours turns tenths of a credit hour into hours.
func hours(tenths int) float64 { return float64(tenths) / 10 }
