package web

import (
	"context"
	"errors"
	"html/template"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/progress"
)

// lessonPage is the page of one lesson: its content by kind, where it sits
// in the course, and the trainee's progress in it.
type lessonPage struct {
	Lesson      lessonRow
	Kind        courses.LessonKind
	CourseID    string
	CourseTitle string
	Chapter     string
	Prev, Next  *lessonRow
	// Learner is set for someone enrolled, whose progress is recorded; an
	// editor who is not enrolled previews the lesson.
	Learner         bool
	Watched         int     // percent of a video's seconds credited
	Resume          float64 // seconds into the video to start from
	DurationSeconds int
	Threshold       int // percent of a video to watch
	Video           *media.Playback
	HLSURL          string
	Document        *media.Playback
	Body            template.HTML // a rich-text lesson's body, sanitised when it was saved
	Unavailable     string        // why the video or document cannot be shown yet
	Course          *progress.CourseProgress
	Message, Notice string
}

// lessonPage answers GET /lessons/:id.
func (s *site) lessonPage(c *fiber.Ctx) error {
	data, err := s.loadLessonPage(c, c.Params("id"))
	if err != nil {
		return err
	}
	data.Notice = notices[c.Query("done")]
	return s.render(c, fiber.StatusOK, "lesson", s.newPage(c, data))
}

// loadLessonPage gathers the page of lesson id for the visitor.
func (s *site) loadLessonPage(c *fiber.Ctx, id string) (*lessonPage, error) {
	ctx, lang := c.UserContext(), api.Language(c)
	p := api.PrincipalFrom(ctx)
	l, err := s.courses.FindLesson(ctx, p, id)
	if err != nil {
		return nil, err
	}
	course, err := s.courses.FindCourseByID(ctx, p, l.CourseID)
	if err != nil {
		return nil, err
	}
	outline, err := s.courses.FindOutline(ctx, p, l.CourseID)
	if err != nil {
		return nil, err
	}
	data := &lessonPage{Kind: l.Kind, CourseID: course.ID, CourseTitle: course.Title, DurationSeconds: l.DurationSeconds,
		Threshold: course.CompletionThreshold}
	data.place(s.outlineView(outline, nil, lang), l.ID)
	if err := s.fillProgress(ctx, p, l, data); err != nil {
		return nil, err
	}
	switch l.Kind {
	case courses.KindVideo:
		data.Video, err = s.playback(ctx, p, l.MediaID, data, lang)
		data.HLSURL = "/api/v1/media/" + l.MediaID + "/hls/" + media.MasterPlaylist + ".m3u8"
	case courses.KindDocument:
		data.Document, err = s.playback(ctx, p, l.MediaID, data, lang)
	case courses.KindRichText:
		data.Body = template.HTML(l.BodyHTML) // sanitised by bluemonday when saved
	}
	return data, err
}

// place finds the lesson in the outline: its row, its chapter, and the
// lessons before and after it.
func (data *lessonPage) place(chapters []chapterView, id string) {
	var previous *lessonRow
	for _, ch := range chapters {
		for i := range ch.Lessons {
			row := &ch.Lessons[i]
			switch {
			case row.ID == id:
				data.Lesson, data.Chapter, data.Prev = *row, ch.Title, previous
			case data.Lesson.ID != "" && data.Next == nil:
				data.Next = row
			}
			previous = row
		}
	}
}

// fillProgress adds p's progress in the lesson and its course, when p is
// enrolled; others preview the lesson without progress.
func (s *site) fillProgress(ctx context.Context, p xiangcai.Principal, l *courses.Lesson, data *lessonPage) error {
	lp, err := s.progress.FindLessonProgress(ctx, p, l.ID)
	switch xiangcai.ErrorCode(err) {
	case "":
	case xiangcai.EFORBIDDEN, xiangcai.ENOTFOUND:
		return nil
	default:
		return err
	}
	data.Learner, data.Lesson.Done, data.Resume = true, lp.Completed(), lp.Position()
	if l.DurationSeconds > 0 {
		data.Watched = min(100, int(lp.WatchedSeconds()*100/float64(l.DurationSeconds)))
	}
	all, err := s.progress.FindCourseProgress(ctx, p, []string{l.CourseID})
	data.Course = all[l.CourseID]
	return err
}

// playback returns the signed links that show a lesson's media. Media that
// is still processing or failed is no error of the page: it says so
// instead.
func (s *site) playback(ctx context.Context, p xiangcai.Principal, mediaID string, data *lessonPage, lang string) (*media.Playback, error) {
	if mediaID == "" {
		return nil, nil
	}
	pb, err := s.media.Playback(ctx, p, mediaID)
	var notReady *xiangcai.Error
	if errors.As(err, &notReady) && notReady.Code == xiangcai.ECONFLICT {
		data.Unavailable = notReady.Message.In(lang)
		return nil, nil
	}
	return pb, err
}

// markDone answers POST /lessons/:id/done: a trainee has read a document or
// rich-text lesson.
func (s *site) markDone(c *fiber.Ctx) error {
	ctx, id := c.UserContext(), c.Params("id")
	_, err := s.progress.MarkDone(ctx, api.PrincipalFrom(ctx), id)
	if err == nil {
		return c.Redirect("/lessons/"+id+"?done=read", fiber.StatusSeeOther)
	}
	return s.showFailure(c, err, "lesson", func(problem *api.Problem) (any, error) {
		data, err := s.loadLessonPage(c, id)
		if data != nil {
			data.Message = describe(problem, api.Language(c))
		}
		return data, err
	})
}
