package web

import (
	"context"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
	"xiangcai/courses/progress"
)

// coursePage is the page of one course: what it is, its outline, and the
// visitor's place in it.
type coursePage struct {
	Course      courseCard
	Audiences   []string
	Instructors []string
	Capacity    int // 0: no limit
	SeatsLeft   int
	Chapters    []chapterView
	SignedIn    bool
	CanEnrol    bool // signed in, holding no seat, and the course takes enrolments
	Enrolled    bool // holds a seat: enrolled or completed
	Active      bool // enrolled and not yet complete, so may withdraw
	Progress    *progress.CourseProgress
	CanEdit     bool
	Message     string // why the last action failed, in the page's language
	Notice      string // the message key of what the last action did
}

// chapterView is a chapter of an outline.
type chapterView struct {
	ID, Title string
	Lessons   []lessonRow
}

// lessonRow is a lesson in an outline.
type lessonRow struct {
	ID, Title      string
	Kind           string // the kind's label
	KindCode       courses.LessonKind
	Duration       string // of a video whose length is known
	Required, Done bool
	Published      bool
}

// notices are the things an action may report after redirecting back, by
// the value of ?done=, with their message keys.
var notices = map[string]string{
	"enrolled": "course.enrolled", "withdrawn": "course.withdrawn", "read": "lesson.marked_done", "saved": "manage.saved",
}

// coursePage answers GET /courses/:id.
func (s *site) coursePage(c *fiber.Ctx) error {
	data, err := s.loadCoursePage(c, c.Params("id"))
	if err != nil {
		return err
	}
	data.Notice = notices[c.Query("done")]
	return s.render(c, fiber.StatusOK, "course", s.newPage(c, data))
}

// loadCoursePage gathers the course page of id for the visitor.
func (s *site) loadCoursePage(c *fiber.Ctx, id string) (*coursePage, error) {
	ctx, lang := c.UserContext(), api.Language(c)
	p := api.PrincipalFrom(ctx)
	course, err := s.courses.FindCourseByID(ctx, p, id)
	if err != nil {
		return nil, err
	}
	outline, err := s.courses.FindOutline(ctx, p, id)
	if err != nil {
		return nil, err
	}
	data := &coursePage{Course: s.card(course, lang), Capacity: course.Capacity, SignedIn: !p.Anonymous(), CanEdit: mayEdit(p, course)}
	data.SeatsLeft = max(course.Capacity-course.EnrolledCount, 0)
	for _, a := range course.Audiences {
		data.Audiences = append(data.Audiences, courses.Audiences.Label(a).In(lang))
	}
	for _, in := range course.Instructors {
		data.Instructors = append(data.Instructors, in.DisplayName)
	}
	if !p.Anonymous() {
		if err := s.fillEnrolment(ctx, p, course, data); err != nil {
			return nil, err
		}
	}
	data.Chapters = s.outlineView(outline, data.Progress, lang)
	return data, nil
}

// fillEnrolment adds p's enrolment and progress in course to the page.
func (s *site) fillEnrolment(ctx context.Context, p xiangcai.Principal, course *courses.Course, data *coursePage) error {
	e, err := s.courses.FindMyEnrolment(ctx, p, course.ID)
	switch {
	case xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND:
	case err != nil:
		return err
	default:
		data.Enrolled = e.Status != courses.EnrolmentWithdrawn
		data.Active = e.Status == courses.EnrolmentActive
	}
	data.CanEnrol = !data.Enrolled && course.Status == courses.StatusPublished
	if !data.Enrolled {
		return nil
	}
	all, err := s.progress.FindCourseProgress(ctx, p, []string{course.ID})
	data.Progress = all[course.ID]
	return err
}

// outlineView turns an outline into chapters to show, marking the lessons
// cp (nil for visitors not enrolled) records as complete.
func (s *site) outlineView(outline []*courses.Chapter, cp *progress.CourseProgress, lang string) []chapterView {
	done := map[string]bool{}
	if cp != nil {
		for _, lp := range cp.Lessons {
			done[lp.LessonID] = lp.Completed()
		}
	}
	out := make([]chapterView, len(outline))
	for i, ch := range outline {
		out[i] = chapterView{ID: ch.ID, Title: ch.Title}
		for _, l := range ch.Lessons {
			row := lessonRow{ID: l.ID, Title: l.Title, Kind: courses.LessonKinds.Label(l.Kind).In(lang), KindCode: l.Kind,
				Required: l.Required, Done: done[l.ID], Published: l.Published}
			if l.DurationSeconds > 0 {
				row.Duration = duration(l.DurationSeconds)
			}
			out[i].Lessons = append(out[i].Lessons, row)
		}
	}
	return out
}

// enrol answers POST /courses/:id/enrolment: the visitor enrols and comes
// back to the course; a refusal (full, closed, out of their area) is shown
// on the course page.
func (s *site) enrol(c *fiber.Ctx) error {
	ctx := c.UserContext()
	_, err := s.courses.Enrol(ctx, api.PrincipalFrom(ctx), c.Params("id"))
	return s.afterCourseAction(c, err, "enrolled")
}

// withdraw answers POST /courses/:id/withdrawal.
func (s *site) withdraw(c *fiber.Ctx) error {
	ctx := c.UserContext()
	err := s.courses.Withdraw(ctx, api.PrincipalFrom(ctx), c.Params("id"), "")
	return s.afterCourseAction(c, err, "withdrawn")
}

// afterCourseAction goes back to the course page saying what happened, or
// shows it again with the reason the action failed.
func (s *site) afterCourseAction(c *fiber.Ctx, err error, done string) error {
	id := c.Params("id")
	if err == nil {
		return c.Redirect("/courses/"+id+"?done="+done, fiber.StatusSeeOther)
	}
	return s.showFailure(c, err, "course", func(problem *api.Problem) (any, error) {
		data, err := s.loadCoursePage(c, id)
		if data != nil {
			data.Message = describe(problem, api.Language(c))
		}
		return data, err
	})
}
