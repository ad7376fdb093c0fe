package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/talentpool"
)

// ReviewBody is an annual review of a city's pool.
type ReviewBody struct {
	ID          string     `json:"id"`
	CityCode    string     `json:"city_code"`
	Year        int        `json:"year"`
	StartedAt   time.Time  `json:"started_at"`
	StartedBy   string     `json:"started_by"`
	Talents     int        `json:"talents" doc:"active talents the review walked"`
	Flagged     int        `json:"flagged" doc:"talents with at least one flag"`
	Pending     int        `json:"pending" doc:"flagged talents still waiting for a decision"`
	CompletedAt *time.Time `json:"completed_at,omitempty"`
}

func reviewBody(rv *talentpool.Review) ReviewBody {
	b := ReviewBody{ID: rv.ID, CityCode: rv.CityCode, Year: rv.Year, StartedAt: rv.StartedAt, StartedBy: rv.StartedBy,
		Talents: rv.Talents, Flagged: rv.Flagged, Pending: rv.Pending}
	if !rv.CompletedAt.IsZero() {
		b.CompletedAt = &rv.CompletedAt
	}
	return b
}

// ReviewOutput is one annual review.
type ReviewOutput struct {
	Body struct {
		Review ReviewBody `json:"review"`
	}
}

func reviewOutput(rv *talentpool.Review, err error) (*ReviewOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &ReviewOutput{}
	out.Body.Review = reviewBody(rv)
	return out, nil
}

// ReviewsOutput is a list of annual reviews.
type ReviewsOutput struct {
	Body struct {
		Reviews []ReviewBody `json:"reviews"`
	}
}

// ReviewItemBody is one talent in an annual review.
type ReviewItemBody struct {
	ID                   string     `json:"id"`
	ReviewID             string     `json:"review_id"`
	Talent               TalentBody `json:"talent"`
	OrganizationID       string     `json:"organization_id,omitempty" doc:"the talent's organization when the review started"`
	CreditHours          float64    `json:"credit_hours" doc:"in the review's year"`
	NoCreditHours        bool       `json:"no_credit_hours"`
	LeftOrganization     bool       `json:"left_organization"`
	QualificationExpired bool       `json:"qualification_expired"`
	Decision             string     `json:"decision" enum:"pending,keep,suspend,exit"`
	DecidedAt            *time.Time `json:"decided_at,omitempty"`
	DecidedBy            string     `json:"decided_by,omitempty"`
	Reason               string     `json:"reason,omitempty"`
}

func reviewItemBody(it *talentpool.ReviewItem) ReviewItemBody {
	b := ReviewItemBody{ID: it.ID, ReviewID: it.ReviewID, Talent: talentBody(it.Talent), OrganizationID: it.OrganizationID,
		CreditHours: hours(it.CreditTenths), NoCreditHours: it.NoCreditHours, LeftOrganization: it.LeftOrganization,
		QualificationExpired: it.QualificationExpired, Decision: string(it.Decision), DecidedBy: it.DecidedBy, Reason: it.Reason}
	if !it.DecidedAt.IsZero() {
		b.DecidedAt = &it.DecidedAt
	}
	return b
}

// ReviewItemOutput is one review item.
type ReviewItemOutput struct {
	Body struct {
		Item ReviewItemBody `json:"item"`
	}
}

// ReviewItemsOutput is a page of review items.
type ReviewItemsOutput struct {
	Body struct {
		Items      []ReviewItemBody `json:"items"`
		Total      int              `json:"total"`
		NextCursor string           `json:"next_cursor,omitempty"`
	}
}

func (s *Server) registerTalentReviews() {
	tags := []string{"talent reviews"}
	huma.Register(s.API, huma.Operation{
		OperationID: "start-talent-review", Method: http.MethodPost, Path: "/talent-reviews", Tags: tags,
		Summary:     "Start the annual review of a city's pool",
		Description: "Walks every active talent and flags no credit hours in the year, leaving the organization and an expired qualification; talents without flags are kept.",
		Security:    authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *struct {
		Body struct {
			CityCode string `json:"city_code" maxLength:"12"`
			Year     int    `json:"year"`
		}
	}) (*ReviewOutput, error) {
		return reviewOutput(s.deps.Talents.StartAnnualReview(ctx, PrincipalFrom(ctx), in.Body.CityCode, in.Body.Year))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-talent-reviews", Method: http.MethodGet, Path: "/talent-reviews", Tags: tags,
		Summary: "List annual reviews, latest year first", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		CityCode string `query:"city_code" maxLength:"12"`
		Year     int    `query:"year" minimum:"0" maximum:"9999"`
	}) (*ReviewsOutput, error) {
		list, err := s.deps.Talents.FindReviews(ctx, PrincipalFrom(ctx), talentpool.ReviewFilter{CityCode: in.CityCode, Year: in.Year})
		if err != nil {
			return nil, err
		}
		out := &ReviewsOutput{}
		out.Body.Reviews = poolBodies(list, reviewBody)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-talent-review", Method: http.MethodGet, Path: "/talent-reviews/{id}", Tags: tags,
		Summary: "Get one annual review", Security: authenticated,
	}, func(ctx context.Context, in *PoolPathID) (*ReviewOutput, error) {
		return reviewOutput(s.deps.Talents.FindReviewByID(ctx, PrincipalFrom(ctx), in.ID))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-talent-review-items", Method: http.MethodGet, Path: "/talent-reviews/{id}/items", Tags: tags,
		Summary: "List the talents of an annual review with their flags and decisions", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Pending bool `query:"pending" doc:"only items waiting for a decision"`
		Flagged bool `query:"flagged" doc:"only items with a flag"`
		PoolPageQuery
	}) (*ReviewItemsOutput, error) {
		f := talentpool.ReviewItemFilter{Pending: in.Pending, Flagged: in.Flagged, Page: in.page()}
		items, total, err := s.deps.Talents.FindReviewItems(ctx, PrincipalFrom(ctx), in.ID, f)
		if err != nil {
			return nil, err
		}
		out := &ReviewItemsOutput{}
		out.Body.Total, out.Body.NextCursor = total, nextPoolCursor(items, f.Page)
		out.Body.Items = poolBodies(items, reviewItemBody)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "resolve-talent-review-item", Method: http.MethodPost, Path: "/talent-review-items/{id}/resolve", Tags: tags,
		Summary: "Decide on a flagged talent: keep, suspend or exit, with the reason", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		PoolPathID
		Body struct {
			Decision string `json:"decision" maxLength:"20" doc:"keep, suspend or exit"`
			Reason   string `json:"reason" maxLength:"500"`
		}
	}) (*ReviewItemOutput, error) {
		it, err := s.deps.Talents.ResolveReviewItem(ctx, PrincipalFrom(ctx), in.ID, talentpool.Decision(in.Body.Decision), in.Body.Reason)
		if err != nil {
			return nil, err
		}
		out := &ReviewItemOutput{}
		out.Body.Item = reviewItemBody(it)
		return out, nil
	})
}
