package web

import (
	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
)

// managePage is the course editor: a new course's form, or an existing
// course's fields, status, cover and structure.
type managePage struct {
	ID         string // "" for a new course
	Form       courseForm
	Course     courseCard
	CanPublish bool
	CanArchive bool
	Chapters   []manageChapter
	Kinds      []option
	Message    string // why the last change failed
	Notice     string
}

// newCourse answers GET /manage/courses/new.
func (s *site) newCourse(c *fiber.Ctx) error {
	p := api.PrincipalFrom(c.UserContext())
	region := p.CityCode
	if region == "" {
		region = courses.ProvinceCode
	}
	form, err := s.newCourseForm(c.UserContext(), p, api.Language(c), courseFields{region: region}, nil)
	if err != nil {
		return err
	}
	return s.render(c, fiber.StatusOK, "manage_course", s.newPage(c, &managePage{Form: form}))
}

// createCourse answers POST /manage/courses/new: the draft is created and
// its editor opens, or the form comes back with what is wrong.
func (s *site) createCourse(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p := api.PrincipalFrom(ctx)
	in, err := readCourseForm(c)
	var course *courses.Course
	if err == nil {
		course, err = s.courses.CreateCourse(ctx, p, courses.NewCourse{Title: in.title, Summary: in.summary, Topic: in.topic,
			Audiences: in.audiences, ProviderLevel: s.level(in.region), RegionCode: in.region, CreditHours: in.hours,
			CompletionThreshold: in.threshold, Capacity: in.capacity, InstructorIDs: in.instructors})
	}
	if err == nil {
		return c.Redirect("/manage/courses/"+course.ID+"?done=saved", fiber.StatusSeeOther)
	}
	return s.showFailure(c, err, "manage_course", func(problem *api.Problem) (any, error) {
		form, err := s.newCourseForm(ctx, p, api.Language(c), in, in.instructors)
		form.Fields = problem.Body.Fields
		return &managePage{Form: form, Message: problem.Body.Message}, err
	})
}

// editCourse answers GET /manage/courses/:id.
func (s *site) editCourse(c *fiber.Ctx) error {
	data, err := s.loadManagePage(c, c.Params("id"), nil)
	if err != nil {
		return err
	}
	data.Notice = notices[c.Query("done")]
	return s.render(c, fiber.StatusOK, "manage_course", s.newPage(c, data))
}

// updateCourse answers POST /manage/courses/:id: the course's fields, with
// the place and instructors when an administrator edits.
func (s *site) updateCourse(c *fiber.Ctx) error {
	ctx, id := c.UserContext(), c.Params("id")
	p := api.PrincipalFrom(ctx)
	in, err := readCourseForm(c)
	if err == nil {
		upd := courses.CourseUpdate{Title: &in.title, Summary: &in.summary, Topic: &in.topic, Audiences: in.audiences,
			CreditHours: &in.hours, CompletionThreshold: &in.threshold, Capacity: &in.capacity}
		if upd.Audiences == nil {
			upd.Audiences = []courses.Audience{} // none ticked: let the service say one is needed
		}
		if p.IsAdmin() {
			level := s.level(in.region)
			upd.ProviderLevel, upd.RegionCode, upd.InstructorIDs = &level, &in.region, in.instructors
			if upd.InstructorIDs == nil {
				upd.InstructorIDs = []string{}
			}
		}
		_, err = s.courses.UpdateCourse(ctx, p, id, upd)
	}
	if err == nil {
		return c.Redirect("/manage/courses/"+id+"?done=saved", fiber.StatusSeeOther)
	}
	return s.showFailure(c, err, "manage_course", func(problem *api.Problem) (any, error) {
		data, err := s.loadManagePage(c, id, &in)
		if data != nil {
			data.Form.Fields, data.Message = problem.Body.Fields, problem.Body.Message
		}
		return data, err
	})
}

// loadManagePage gathers the editor of course id for the visitor, with the
// form as typed when typed is not nil. Only the course's editors open it.
func (s *site) loadManagePage(c *fiber.Ctx, id string, typed *courseFields) (*managePage, error) {
	ctx, lang := c.UserContext(), api.Language(c)
	p := api.PrincipalFrom(ctx)
	course, err := s.courses.FindCourseByID(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if !mayEdit(p, course) {
		return nil, xiangcai.Forbidden()
	}
	in, chosen := fieldsOf(course), course.Instructors
	ids := make([]string, len(chosen))
	for i, teacher := range chosen {
		ids[i] = teacher.UserID
	}
	if typed != nil {
		in, ids = *typed, typed.instructors
	}
	form, err := s.newCourseForm(ctx, p, lang, in, ids)
	if err != nil {
		return nil, err
	}
	form.Admin = mayAdminister(p, course)
	form.Place = s.provider(course, lang)
	data := &managePage{ID: course.ID, Form: form, Course: s.card(course, lang), Kinds: options(courses.LessonKinds, lang),
		CanPublish: form.Admin && course.Status == courses.StatusDraft, CanArchive: form.Admin && course.Status == courses.StatusPublished}
	data.Chapters, err = s.structure(ctx, p, course.ID, lang)
	return data, err
}

// fieldsOf is the form's values for a stored course.
func fieldsOf(course *courses.Course) courseFields {
	return courseFields{title: course.Title, summary: course.Summary, region: course.RegionCode, topic: course.Topic,
		audiences: course.Audiences, hours: course.CreditHours(), threshold: course.CompletionThreshold, capacity: course.Capacity}
}
