package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/courses/progress"
)

type lessonIDInput struct {
	ID string `path:"id" maxLength:"36"`
}

// HeartbeatInput is what the player reports every few seconds.
type HeartbeatInput struct {
	ID   string `path:"id" maxLength:"36"`
	Body struct {
		From     float64 `json:"from" minimum:"0" doc:"start of the stretch played since the last heartbeat, in seconds"`
		To       float64 `json:"to" minimum:"0" doc:"end of that stretch; equal to from when playback starts"`
		Rate     float64 `json:"rate" exclusiveMinimum:"0" maximum:"16" doc:"playback rate; above 2 earns nothing"`
		Position float64 `json:"position" minimum:"0" doc:"where playback stands now, for resuming"`
	}
}

// HeartbeatOutput is the lesson's state after a heartbeat.
type HeartbeatOutput struct {
	Body struct {
		LessonProgressBody
		DurationSeconds int  `json:"duration_seconds"`
		CourseCompleted bool `json:"course_completed" doc:"true when this heartbeat completed the course"`
	}
}

func (s *Server) registerProgress() {
	svc, tags := s.deps.Progress, []string{"progress"}
	huma.Register(s.API, huma.Operation{
		OperationID: "send-heartbeat", Method: http.MethodPost, Path: "/lessons/{id}/heartbeats", Tags: tags,
		Summary:     "Report playback of a video lesson",
		Description: "The server credits the stretch only as far as wall-clock time since the previous heartbeat allows at no more than double speed; a claim of more time than has passed is refused (422 on field to) and not recorded.",
		Security:    authenticated,
	}, func(ctx context.Context, in *HeartbeatInput) (*HeartbeatOutput, error) {
		w, err := svc.Heartbeat(ctx, PrincipalFrom(ctx), in.ID, progress.Heartbeat{From: in.Body.From, To: in.Body.To, Rate: in.Body.Rate, Position: in.Body.Position})
		if err != nil {
			return nil, err
		}
		out := &HeartbeatOutput{}
		out.Body.LessonProgressBody, out.Body.DurationSeconds, out.Body.CourseCompleted = lessonProgressBody(w.Lesson), w.DurationSeconds, w.CourseCompleted
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "mark-lesson-done", Method: http.MethodPost, Path: "/lessons/{id}/done", Tags: tags,
		Summary: "Mark a document or rich-text lesson as read", Security: authenticated,
	}, func(ctx context.Context, in *lessonIDInput) (*struct {
		Body struct {
			CourseCompleted bool `json:"course_completed"`
		}
	}, error) {
		done, err := svc.MarkDone(ctx, PrincipalFrom(ctx), in.ID)
		out := &struct {
			Body struct {
				CourseCompleted bool `json:"course_completed"`
			}
		}{}
		out.Body.CourseCompleted = done
		return out, err
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-lesson-progress", Method: http.MethodGet, Path: "/lessons/{id}/progress", Tags: tags,
		Summary: "My progress in a lesson, with the resume position", Security: authenticated,
	}, func(ctx context.Context, in *lessonIDInput) (*struct{ Body LessonProgressBody }, error) {
		lp, err := svc.FindLessonProgress(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		return &struct{ Body LessonProgressBody }{Body: lessonProgressBody(lp)}, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-course-progress", Method: http.MethodGet, Path: "/courses/{id}/progress", Tags: tags,
		Summary: "My progress in a course", Security: authenticated,
	}, func(ctx context.Context, in *lessonIDInput) (*struct{ Body *CourseProgressBody }, error) {
		p := PrincipalFrom(ctx)
		if _, err := s.deps.Courses.FindMyEnrolment(ctx, p, in.ID); err != nil {
			return nil, err
		}
		all, err := svc.FindCourseProgress(ctx, p, []string{in.ID})
		if err != nil {
			return nil, err
		}
		return &struct{ Body *CourseProgressBody }{Body: courseProgressBody(all[in.ID])}, nil
	})
	s.registerCertificates()
}
