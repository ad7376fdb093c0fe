package web

import (
	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
)

// mountCourses registers the learning pages: the catalog and course pages,
// which anyone may read, the lessons, "my learning" and certificates for
// those signed in, public certificate verification, and the course editor
// for instructors and administrators. Forms post back to page routes that
// call the services; the player and the uploader call the JSON API.
func (s *site) mountCourses(app *fiber.App) {
	app.Get("/courses", s.catalog)
	app.Get("/courses/:id", s.coursePage)
	app.Get("/courses/:id/cover", s.cover)
	app.Post("/courses/:id/enrolment", signedIn, s.enrol)
	app.Post("/courses/:id/withdrawal", signedIn, s.withdraw)
	app.Get("/courses/:id/continue", signedIn, s.continueCourse)
	app.Get("/lessons/:id", signedIn, s.lessonPage)
	app.Post("/lessons/:id/done", signedIn, s.markDone)
	app.Get("/me/learning", signedIn, s.myLearning)
	app.Get("/certificates/:code", signedIn, s.certificate)
	app.Get("/verify", s.verifyForm)
	app.Get("/verify/:code", s.verify)

	manage := app.Group("/manage", signedIn, editorsOnly)
	manage.Get("/courses", s.manageList)
	manage.Get("/courses/new", s.newCourse)
	manage.Post("/courses/new", s.createCourse)
	manage.Get("/courses/:id", s.editCourse)
	manage.Post("/courses/:id", s.updateCourse)
	manage.Post("/courses/:id/status", s.changeStatus)
	manage.Post("/courses/:id/cover", s.uploadCover)
	manage.Post("/courses/:id/chapters", s.addChapter)
	manage.Post("/chapters/:id", s.changeChapter)
	manage.Post("/chapters/:id/lessons", s.addLesson)
	manage.Post("/lessons/:id", s.changeLesson)
}

// signedIn sends visitors who are not signed in to the sign-in page.
func signedIn(c *fiber.Ctx) error {
	if api.PrincipalFrom(c.UserContext()).Anonymous() {
		return c.Redirect("/login", fiber.StatusSeeOther)
	}
	return c.Next()
}

// editorsOnly lets instructors and administrators through to the course
// editor; trainees are refused. The services decide which courses each may
// change.
func editorsOnly(c *fiber.Ctx) error {
	p := api.PrincipalFrom(c.UserContext())
	if err := p.RequireRole(xiangcai.RoleInstructor, xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return err
	}
	return c.Next()
}
