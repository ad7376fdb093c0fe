package web

import (
	"context"
	"net/url"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
)

// manageListPage lists the courses the visitor edits, one status at a time.
type manageListPage struct {
	Tabs    []option // the statuses, the one shown selected
	Courses []courseCard
	More    string
}

// manageList answers GET /manage/courses?status=…: an instructor's courses,
// a city administrator's city and county courses, every course for the
// province administrator. Drafts come first, as that is where work is.
func (s *site) manageList(c *fiber.Ctx) error {
	ctx, lang := c.UserContext(), api.Language(c)
	p := api.PrincipalFrom(ctx)
	status := courses.Status(c.Query("status", string(courses.StatusDraft)))
	f := courses.CourseFilter{Status: status, Page: xiangcai.Page{Cursor: c.Query("cursor")}}
	if p.Role == xiangcai.RoleCityAdmin && status == courses.StatusPublished {
		f.RegionCode = p.CityCode // the published catalog would add the province's courses
	}
	list, err := s.courses.FindCourses(ctx, p, f)
	if err != nil {
		return err
	}
	data := manageListPage{Tabs: options(courses.Statuses, lang, status)}
	for _, course := range list.Items {
		mine, err := s.edited(ctx, p, course)
		if err != nil {
			return err
		}
		if mine {
			data.Courses = append(data.Courses, s.card(course, lang))
		}
	}
	if list.NextCursor != "" {
		data.More = "/manage/courses?" + url.Values{"status": {string(status)}, "cursor": {list.NextCursor}}.Encode()
	}
	return s.render(c, fiber.StatusOK, "manage_list", s.newPage(c, data))
}

// edited reports whether p edits course, a catalog entry (which carries no
// instructors). Only an instructor's published courses need a second look:
// the catalog shows them other courses of their area too.
func (s *site) edited(ctx context.Context, p xiangcai.Principal, course *courses.Course) (bool, error) {
	if p.Role != xiangcai.RoleInstructor || course.Status != courses.StatusPublished {
		return true, nil
	}
	full, err := s.courses.FindCourseByID(ctx, p, course.ID)
	if err != nil {
		return false, err
	}
	return mayEdit(p, full), nil
}
