package web

import (
	"net/url"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
)

// learningPage is "my learning": the trainee's courses with how far they
// have come, and the certificates they have earned.
type learningPage struct {
	Rows         []learningRow
	Total        int
	More         string // the next page of courses; "" on the last
	Certificates []certificateRow
	Hours        string // credit hours earned, the sum of the certificates
}

// learningRow is one enrolment.
type learningRow struct {
	CourseID, Title, Hours string
	Percent                int
	Completed              bool
	CertificateCode        string
}

// certificateRow is one certificate in a list.
type certificateRow struct {
	Code, CourseTitle, Hours, Date string
}

// myLearning answers GET /me/learning.
func (s *site) myLearning(c *fiber.Ctx) error {
	ctx, lang := c.UserContext(), api.Language(c)
	p := api.PrincipalFrom(ctx)
	list, err := s.courses.FindMyEnrolments(ctx, p, courses.EnrolmentFilter{Page: xiangcai.Page{Cursor: c.Query("cursor")}})
	if err != nil {
		return err
	}
	ids := make([]string, len(list.Items))
	for i, e := range list.Items {
		ids[i] = e.CourseID
	}
	standing, err := s.progress.FindCourseProgress(ctx, p, ids)
	if err != nil {
		return err
	}
	certs, err := s.progress.FindMyCertificates(ctx, p)
	if err != nil {
		return err
	}
	data := learningPage{Total: list.Total}
	for _, e := range list.Items {
		cp := standing[e.CourseID]
		data.Rows = append(data.Rows, learningRow{CourseID: e.CourseID, Title: e.Course.Title, Hours: hours(e.Course.CreditHours()),
			Percent: cp.Percent(), Completed: cp.Completed, CertificateCode: cp.CertificateCode})
	}
	tenths := 0
	for _, cert := range certs {
		tenths += cert.CreditTenths
		data.Certificates = append(data.Certificates, certificateRow{Code: cert.Code, CourseTitle: cert.CourseTitle,
			Hours: hours(cert.CreditHours()), Date: date(cert.IssuedAt, lang)})
	}
	data.Hours = hours(float64(tenths) / 10)
	if list.NextCursor != "" {
		data.More = "/me/learning?" + url.Values{"cursor": {list.NextCursor}}.Encode()
	}
	return s.render(c, fiber.StatusOK, "learning", s.newPage(c, data))
}

// continueCourse answers GET /courses/:id/continue: it opens the first
// lesson of the course the trainee has not completed, in outline order, or
// the course page when nothing is left. Practice lessons are passed over:
// nothing records them until exam prep does.
func (s *site) continueCourse(c *fiber.Ctx) error {
	ctx, id := c.UserContext(), c.Params("id")
	p := api.PrincipalFrom(ctx)
	outline, err := s.courses.FindOutline(ctx, p, id)
	if err != nil {
		return err
	}
	standing, err := s.progress.FindCourseProgress(ctx, p, []string{id})
	if err != nil {
		return err
	}
	for _, ch := range s.outlineView(outline, standing[id], "") {
		for _, l := range ch.Lessons {
			if !l.Done && l.Published && l.KindCode != courses.KindPractice {
				return c.Redirect("/lessons/"+l.ID, fiber.StatusSeeOther)
			}
		}
	}
	return c.Redirect("/courses/"+id, fiber.StatusSeeOther)
}
