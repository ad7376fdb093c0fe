package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai"
	"xiangcai/courses"
)

// CourseInput is the body of POST /courses.
type CourseInput struct {
	Body struct {
		Title               string         `json:"title" minLength:"1" maxLength:"100"`
		Summary             string         `json:"summary,omitempty" maxLength:"2000"`
		Topic               topicCode      `json:"topic"`
		Audiences           []audienceCode `json:"audiences" minItems:"1"`
		ProviderLevel       levelCode      `json:"provider_level"`
		RegionCode          string         `json:"region_code,omitempty" maxLength:"12" doc:"a city or county code; optional for province courses and, for people with a city, city courses"`
		CreditHours         float64        `json:"credit_hours" exclusiveMinimum:"0" maximum:"200" multipleOf:"0.5"`
		CompletionThreshold int            `json:"completion_threshold,omitempty" minimum:"50" maximum:"100" doc:"default 90"`
		Capacity            int            `json:"capacity,omitempty" minimum:"0" maximum:"100000" doc:"0 or absent: no limit"`
		InstructorIDs       []string       `json:"instructor_ids,omitempty" maxItems:"20" doc:"users with the instructor role; administrators only"`
	}
}

// CourseUpdateInput is the body of PATCH /courses/{id}; absent fields stay.
type CourseUpdateInput struct {
	ID   string `path:"id" maxLength:"36"`
	Body struct {
		Title               *string        `json:"title,omitempty" minLength:"1" maxLength:"100"`
		Summary             *string        `json:"summary,omitempty" maxLength:"2000"`
		Topic               *topicCode     `json:"topic,omitempty"`
		Audiences           []audienceCode `json:"audiences,omitempty" minItems:"1"`
		ProviderLevel       *levelCode     `json:"provider_level,omitempty" doc:"administrators only; fixed once published"`
		RegionCode          *string        `json:"region_code,omitempty" maxLength:"12" doc:"administrators only; fixed once published"`
		CreditHours         *float64       `json:"credit_hours,omitempty" exclusiveMinimum:"0" maximum:"200" multipleOf:"0.5"`
		CompletionThreshold *int           `json:"completion_threshold,omitempty" minimum:"50" maximum:"100"`
		Capacity            *int           `json:"capacity,omitempty" minimum:"0" maximum:"100000" doc:"0 removes the limit"`
		InstructorIDs       []string       `json:"instructor_ids,omitempty" maxItems:"20" doc:"administrators only; [] removes every instructor"`
	}
}

// CourseOutput is one course.
type CourseOutput struct {
	Body struct {
		Course CourseBody `json:"course"`
	}
}

// CourseDetailOutput is a course with its outline and the caller's
// enrolment.
type CourseDetailOutput struct {
	Body struct {
		Course    CourseBody     `json:"course"`
		Chapters  []ChapterBody  `json:"chapters" doc:"editors see every lesson; others the published ones"`
		Enrolment *EnrolmentBody `json:"enrolment,omitempty" doc:"the caller's enrolment, if they ever enrolled"`
	}
}

// CoursesOutput is a page of the catalog.
type CoursesOutput struct {
	Body struct {
		Courses    []CourseBody `json:"courses"`
		Total      int          `json:"total" doc:"courses matching the filter, on all pages"`
		NextCursor string       `json:"next_cursor,omitempty" doc:"pass as cursor for the next page; absent on the last page"`
	}
}

// courseIDInput names a course in the path.
type courseIDInput struct {
	ID string `path:"id" maxLength:"36"`
}

func (s *Server) courseOutput(ctx context.Context, c *courses.Course, err error) (*CourseOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &CourseOutput{}
	out.Body.Course, err = s.courseBody(ctx, c)
	return out, err
}

func (s *Server) registerCourses() {
	svc := s.deps.Courses
	huma.Register(s.API, huma.Operation{
		OperationID: "list-courses", Method: http.MethodGet, Path: "/courses", Tags: []string{"courses"},
		Summary:     "Search and list the catalog",
		Description: "Anyone lists published province courses; signed-in users also their city's. Drafts and archived courses are listed to their editors.",
	}, func(ctx context.Context, in *struct {
		Query         string `query:"q" maxLength:"50" doc:"part of a title or summary, such as 儿童"`
		Topic         string `query:"topic" doc:"a topic code"`
		Audience      string `query:"audience" doc:"an audience code"`
		ProviderLevel string `query:"provider_level" enum:"province,city,county,"`
		RegionCode    string `query:"region_code" maxLength:"12" doc:"owning region; a city also matches its counties"`
		Status        string `query:"status" enum:"draft,published,archived," doc:"default published; others for editors"`
		Sort          string `query:"sort" enum:"newest,popular,title," doc:"default newest"`
		Limit         int    `query:"limit" minimum:"0" maximum:"100"`
		Cursor        string `query:"cursor" maxLength:"400"`
	}) (*CoursesOutput, error) {
		page, err := svc.FindCourses(ctx, PrincipalFrom(ctx), courses.CourseFilter{Query: in.Query, Topic: courses.Topic(in.Topic),
			Audience: courses.Audience(in.Audience), ProviderLevel: courses.ProviderLevel(in.ProviderLevel), RegionCode: in.RegionCode,
			Status: courses.Status(in.Status), Sort: courses.Sort(in.Sort), Page: xiangcai.Page{Limit: in.Limit, Cursor: in.Cursor}})
		if err != nil {
			return nil, err
		}
		out := &CoursesOutput{}
		out.Body.Total, out.Body.NextCursor, out.Body.Courses = page.Total, page.NextCursor, make([]CourseBody, len(page.Items))
		for i, c := range page.Items {
			if out.Body.Courses[i], err = s.courseBody(ctx, c); err != nil {
				return nil, err
			}
		}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "create-course", Method: http.MethodPost, Path: "/courses", Tags: []string{"courses"},
		Summary:     "Create a draft course",
		Description: "Administrators create courses they run; instructors drafts in their own area, which they then teach.",
		Security:    authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *CourseInput) (*CourseOutput, error) {
		b := in.Body
		c, err := svc.CreateCourse(ctx, PrincipalFrom(ctx), courses.NewCourse{Title: b.Title, Summary: b.Summary,
			Topic: courses.Topic(b.Topic), Audiences: audiences(b.Audiences), ProviderLevel: courses.ProviderLevel(b.ProviderLevel),
			RegionCode: b.RegionCode, CreditHours: b.CreditHours, CompletionThreshold: b.CompletionThreshold, Capacity: b.Capacity,
			InstructorIDs: b.InstructorIDs})
		return s.courseOutput(ctx, c, err)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-course", Method: http.MethodGet, Path: "/courses/{id}", Tags: []string{"courses"},
		Summary: "Get a course with its chapters and lessons, and the caller's enrolment",
	}, func(ctx context.Context, in *courseIDInput) (*CourseDetailOutput, error) {
		return s.courseDetail(ctx, in.ID)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "update-course", Method: http.MethodPatch, Path: "/courses/{id}", Tags: []string{"courses"},
		Summary: "Change a course that is not archived", Security: authenticated,
	}, func(ctx context.Context, in *CourseUpdateInput) (*CourseOutput, error) {
		b := in.Body
		c, err := svc.UpdateCourse(ctx, PrincipalFrom(ctx), in.ID, courses.CourseUpdate{Title: b.Title, Summary: b.Summary,
			Topic: (*courses.Topic)(b.Topic), Audiences: audiences(b.Audiences), CreditHours: b.CreditHours,
			CompletionThreshold: b.CompletionThreshold, Capacity: b.Capacity, ProviderLevel: (*courses.ProviderLevel)(b.ProviderLevel),
			RegionCode: b.RegionCode, InstructorIDs: b.InstructorIDs})
		return s.courseOutput(ctx, c, err)
	})
	for _, step := range []struct {
		name, summary string
		do            func(context.Context, xiangcai.Principal, string) (*courses.Course, error)
	}{
		{"publish", "Publish a draft course (it needs a published lesson); administrators only", svc.PublishCourse},
		{"archive", "Archive a published course: read-only, out of the catalog, still open to those enrolled", svc.ArchiveCourse},
	} {
		huma.Register(s.API, huma.Operation{
			OperationID: step.name + "-course", Method: http.MethodPost, Path: "/courses/{id}/" + step.name, Tags: []string{"courses"},
			Summary: step.summary, Security: authenticated,
		}, func(ctx context.Context, in *courseIDInput) (*CourseOutput, error) {
			c, err := step.do(ctx, PrincipalFrom(ctx), in.ID)
			return s.courseOutput(ctx, c, err)
		})
	}
	huma.Register(s.API, huma.Operation{
		OperationID: "set-course-cover", Method: http.MethodPut, Path: "/courses/{id}/cover", Tags: []string{"courses"},
		Summary: "Upload the cover image (JPEG, PNG or WebP, at most 2 MB; the type is read from the bytes)", Security: authenticated,
	}, func(ctx context.Context, in *struct {
		ID      string `path:"id" maxLength:"36"`
		RawBody []byte `contentType:"image/*"`
	}) (*CourseOutput, error) {
		c, err := svc.SetCover(ctx, PrincipalFrom(ctx), in.ID, in.RawBody)
		return s.courseOutput(ctx, c, err)
	})
	s.registerCourseStructure()
	s.registerEnrolments()
}

// audiences converts audience codes from a body; nil stays nil.
func audiences(codes []audienceCode) []courses.Audience {
	if codes == nil {
		return nil
	}
	out := make([]courses.Audience, len(codes))
	for i, c := range codes {
		out[i] = courses.Audience(c)
	}
	return out
}
