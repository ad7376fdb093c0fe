package api

import (
	"context"

	"xiangcai"
)

// courseDetail answers GET /courses/{id}.
func (s *Server) courseDetail(ctx context.Context, id string) (*CourseDetailOutput, error) {
	p, svc := PrincipalFrom(ctx), s.deps.Courses
	c, err := svc.FindCourseByID(ctx, p, id)
	if err != nil {
		return nil, err
	}
	chapters, err := svc.FindOutline(ctx, p, id)
	if err != nil {
		return nil, err
	}
	out := &CourseDetailOutput{}
	if out.Body.Course, err = s.courseBody(ctx, c); err != nil {
		return nil, err
	}
	out.Body.Chapters = make([]ChapterBody, len(chapters))
	for i, ch := range chapters {
		out.Body.Chapters[i] = chapterBody(ch)
	}
	if p.Anonymous() {
		return out, nil
	}
	switch e, err := svc.FindMyEnrolment(ctx, p, id); xiangcai.ErrorCode(err) {
	case "":
		b, err := s.enrolmentBody(ctx, e)
		out.Body.Enrolment = &b
		return out, err
	case xiangcai.ENOTFOUND:
		return out, nil
	default:
		return nil, err
	}
}
