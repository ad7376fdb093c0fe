package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai"
	"xiangcai/courses"
)

// EnrolmentOutput is one enrolment.
type EnrolmentOutput struct {
	Body struct {
		Enrolment EnrolmentBody `json:"enrolment"`
	}
}

// AssignmentOutput counts what an assignment did.
type AssignmentOutput struct {
	Body struct {
		Matched         int `json:"matched" doc:"users the assignment named or selected"`
		Enrolled        int `json:"enrolled" doc:"of those, newly enrolled"`
		AlreadyEnrolled int `json:"already_enrolled" doc:"of those, enrolled before"`
	}
}

// EnrolmentsOutput is a page of the caller's enrolments.
type EnrolmentsOutput struct {
	Body struct {
		Enrolments []EnrolmentBody `json:"enrolments"`
		Total      int             `json:"total"`
		NextCursor string          `json:"next_cursor,omitempty"`
	}
}

func (s *Server) registerEnrolments() {
	svc := s.deps.Courses
	tags := []string{"enrolment"}
	huma.Register(s.API, huma.Operation{
		OperationID: "enrol", Method: http.MethodPost, Path: "/courses/{id}/enrolment", Tags: tags,
		Summary: "Enrol in a published course; enrolling again changes nothing", Security: authenticated,
	}, func(ctx context.Context, in *courseIDInput) (*EnrolmentOutput, error) {
		e, err := svc.Enrol(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		out := &EnrolmentOutput{}
		out.Body.Enrolment, err = s.enrolmentBody(ctx, e)
		return out, err
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "withdraw", Method: http.MethodDelete, Path: "/courses/{id}/enrolment", Tags: tags,
		Summary: "Withdraw from a course", Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *courseIDInput) (*struct{}, error) {
		return nil, svc.Withdraw(ctx, PrincipalFrom(ctx), in.ID, "")
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "withdraw-user", Method: http.MethodDelete, Path: "/courses/{id}/enrolments/{user_id}", Tags: tags,
		Summary: "Withdraw a user of one's city from a course; administrators only", Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *struct {
		ID     string `path:"id" maxLength:"36"`
		UserID string `path:"user_id" maxLength:"36"`
	}) (*struct{}, error) {
		return nil, svc.Withdraw(ctx, PrincipalFrom(ctx), in.ID, in.UserID)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "assign-course", Method: http.MethodPost, Path: "/courses/{id}/assignments", Tags: tags,
		Summary:     "Assign a published course to users or to the trainees of a region",
		Description: "Give exactly one of user_ids, region_code or category (the talent category of active talents in the pool whose accounts are linked). Idempotent; all or nothing when seats run short.",
		Security:    authenticated,
	}, func(ctx context.Context, in *struct {
		ID   string `path:"id" maxLength:"36"`
		Body struct {
			UserIDs    []string `json:"user_ids,omitempty" maxItems:"1000"`
			RegionCode string   `json:"region_code,omitempty" maxLength:"12" doc:"every active trainee whose region lies within it"`
			Category   string   `json:"category,omitempty" maxLength:"40" doc:"every user linked to an active talent of this category"`
		}
	}) (*AssignmentOutput, error) {
		r, err := svc.Assign(ctx, PrincipalFrom(ctx), in.ID, courses.Assignees{UserIDs: in.Body.UserIDs, RegionCode: in.Body.RegionCode, Category: courses.Audience(in.Body.Category)})
		if err != nil {
			return nil, err
		}
		out := &AssignmentOutput{}
		out.Body.Matched, out.Body.Enrolled, out.Body.AlreadyEnrolled = r.Matched, r.Enrolled, r.AlreadyEnrolled
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-my-enrolments", Method: http.MethodGet, Path: "/me/enrolments", Tags: tags,
		Summary: "My learning: my enrolments with their courses, most recent first", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		Status string `query:"status" enum:"active,withdrawn,completed," doc:"default: active and completed"`
		Limit  int    `query:"limit" minimum:"0" maximum:"100"`
		Cursor string `query:"cursor" maxLength:"200"`
	}) (*EnrolmentsOutput, error) {
		page, err := svc.FindMyEnrolments(ctx, PrincipalFrom(ctx), courses.EnrolmentFilter{Status: courses.EnrolmentStatus(in.Status),
			Page: xiangcai.Page{Limit: in.Limit, Cursor: in.Cursor}})
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(page.Items))
		for i, e := range page.Items {
			ids[i] = e.CourseID
		}
		standing, err := s.deps.Progress.FindCourseProgress(ctx, PrincipalFrom(ctx), ids)
		if err != nil {
			return nil, err
		}
		out := &EnrolmentsOutput{}
		out.Body.Total, out.Body.NextCursor, out.Body.Enrolments = page.Total, page.NextCursor, make([]EnrolmentBody, len(page.Items))
		for i, e := range page.Items {
			if out.Body.Enrolments[i], err = s.enrolmentBody(ctx, e); err != nil {
				return nil, err
			}
			cp := standing[e.CourseID]
			out.Body.Enrolments[i].Progress = &ProgressSummary{Percent: cp.Percent(), Completed: cp.Completed, CertificateCode: cp.CertificateCode}
		}
		return out, nil
	})
}
