package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/courses"
)

// ChapterOutput is one chapter.
type ChapterOutput struct {
	Body struct {
		Chapter ChapterBody `json:"chapter"`
	}
}

// LessonOutput is one lesson.
type LessonOutput struct {
	Body struct {
		Lesson LessonBody `json:"lesson"`
	}
}

// chapterTitleInput names a chapter: a new one of a course, or one to rename.
type chapterTitleInput struct {
	ID   string `path:"id" maxLength:"36"`
	Body struct {
		Title string `json:"title" minLength:"1" maxLength:"100"`
	}
}

// orderInput is a reorder of a course's chapters or a chapter's lessons.
type orderInput struct {
	ID   string `path:"id" maxLength:"36"`
	Body struct {
		IDs []string `json:"ids" maxItems:"500" doc:"every chapter (or lesson) id exactly once, in the new order"`
	}
}

// LessonInput is the body of POST /chapters/{id}/lessons.
type LessonInput struct {
	ID   string `path:"id" maxLength:"36" doc:"the chapter"`
	Body struct {
		Title         string         `json:"title" minLength:"1" maxLength:"100"`
		Kind          lessonKindCode `json:"kind"`
		Required      *bool          `json:"required,omitempty" doc:"default true"`
		BodyHTML      string         `json:"body_html,omitempty" maxLength:"200000" doc:"rich-text lessons; sanitised on save"`
		MediaID       string         `json:"media_id,omitempty" maxLength:"36" doc:"video and document lessons"`
		PracticeSetID string         `json:"practice_set_id,omitempty" maxLength:"64" doc:"practice lessons"`
	}
}

// LessonUpdateInput is the body of PATCH /lessons/{id}; absent fields stay.
type LessonUpdateInput struct {
	ID   string `path:"id" maxLength:"36"`
	Body struct {
		Title         *string `json:"title,omitempty" minLength:"1" maxLength:"100"`
		Required      *bool   `json:"required,omitempty"`
		BodyHTML      *string `json:"body_html,omitempty" maxLength:"200000"`
		MediaID       *string `json:"media_id,omitempty" maxLength:"36" doc:"a new asset waits for its duration before it can be published"`
		PracticeSetID *string `json:"practice_set_id,omitempty" maxLength:"64"`
		ChapterID     *string `json:"chapter_id,omitempty" maxLength:"36" doc:"move to the end of another chapter of the course"`
		Published     *bool   `json:"published,omitempty" doc:"true needs the content ready; a published course keeps one published lesson"`
	}
}

func chapterOutput(ch *courses.Chapter, err error) (*ChapterOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &ChapterOutput{}
	out.Body.Chapter = chapterBody(ch)
	return out, nil
}

func lessonOutput(l *courses.Lesson, err error) (*LessonOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &LessonOutput{}
	out.Body.Lesson = lessonBody(l)
	return out, nil
}

func (s *Server) registerCourseStructure() {
	svc := s.deps.Courses
	tags := []string{"course structure"}
	huma.Register(s.API, huma.Operation{
		OperationID: "create-chapter", Method: http.MethodPost, Path: "/courses/{id}/chapters", Tags: tags,
		Summary: "Add a chapter at the end of a course", Security: authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *chapterTitleInput) (*ChapterOutput, error) {
		return chapterOutput(svc.CreateChapter(ctx, PrincipalFrom(ctx), in.ID, in.Body.Title))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "reorder-chapters", Method: http.MethodPut, Path: "/courses/{id}/chapter-order", Tags: tags,
		Summary: "Put the chapters of a course in a new order", Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *orderInput) (*struct{}, error) {
		return nil, svc.ReorderChapters(ctx, PrincipalFrom(ctx), in.ID, in.Body.IDs)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "rename-chapter", Method: http.MethodPatch, Path: "/chapters/{id}", Tags: tags,
		Summary: "Rename a chapter", Security: authenticated,
	}, func(ctx context.Context, in *chapterTitleInput) (*ChapterOutput, error) {
		return chapterOutput(svc.RenameChapter(ctx, PrincipalFrom(ctx), in.ID, in.Body.Title))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "delete-chapter", Method: http.MethodDelete, Path: "/chapters/{id}", Tags: tags,
		Summary: "Delete a chapter and its lessons", Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *courseIDInput) (*struct{}, error) {
		return nil, svc.DeleteChapter(ctx, PrincipalFrom(ctx), in.ID)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "create-lesson", Method: http.MethodPost, Path: "/chapters/{id}/lessons", Tags: tags,
		Summary: "Add an unpublished lesson at the end of a chapter", Security: authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *LessonInput) (*LessonOutput, error) {
		b := in.Body
		return lessonOutput(svc.CreateLesson(ctx, PrincipalFrom(ctx), in.ID, courses.NewLesson{Title: b.Title,
			Kind: courses.LessonKind(b.Kind), Required: b.Required, BodyHTML: b.BodyHTML, MediaID: b.MediaID, PracticeSetID: b.PracticeSetID}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "reorder-lessons", Method: http.MethodPut, Path: "/chapters/{id}/lesson-order", Tags: tags,
		Summary: "Put the lessons of a chapter in a new order", Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *orderInput) (*struct{}, error) {
		return nil, svc.ReorderLessons(ctx, PrincipalFrom(ctx), in.ID, in.Body.IDs)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-lesson", Method: http.MethodGet, Path: "/lessons/{id}", Tags: tags,
		Summary: "Get a lesson with its content: for its editors, and for those enrolled once it is published", Security: authenticated,
	}, func(ctx context.Context, in *courseIDInput) (*LessonOutput, error) {
		return lessonOutput(svc.FindLesson(ctx, PrincipalFrom(ctx), in.ID))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "update-lesson", Method: http.MethodPatch, Path: "/lessons/{id}", Tags: tags,
		Summary: "Change, move, publish or unpublish a lesson", Security: authenticated,
	}, func(ctx context.Context, in *LessonUpdateInput) (*LessonOutput, error) {
		b := in.Body
		return lessonOutput(svc.UpdateLesson(ctx, PrincipalFrom(ctx), in.ID, courses.LessonUpdate{Title: b.Title, Required: b.Required,
			BodyHTML: b.BodyHTML, MediaID: b.MediaID, PracticeSetID: b.PracticeSetID, ChapterID: b.ChapterID, Published: b.Published}))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "delete-lesson", Method: http.MethodDelete, Path: "/lessons/{id}", Tags: tags,
		Summary: "Delete a lesson", Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *courseIDInput) (*struct{}, error) {
		return nil, svc.DeleteLesson(ctx, PrincipalFrom(ctx), in.ID)
	})
}
