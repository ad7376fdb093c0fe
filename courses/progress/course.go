package progress

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// CourseProgress is a trainee's standing in one course.
type CourseProgress struct {
	CourseID string
	// Lessons holds the trainee's records of the lessons they have opened.
	Lessons []*LessonProgress
	// RequiredDone and RequiredTotal count the required lessons that decide
	// completion.
	RequiredDone, RequiredTotal int
	Completed                   bool
	// CertificateCode is set once the course is complete.
	CertificateCode string
}

// Percent is the share of required lessons complete, 0 to 100.
func (cp *CourseProgress) Percent() int {
	if cp.RequiredTotal == 0 {
		return 0
	}
	return cp.RequiredDone * 100 / cp.RequiredTotal
}

// FindCourseProgress returns p's progress in the courses with these ids;
// courses p has never opened a lesson of still get an entry. The "my
// learning" list uses it for all of a trainee's enrolments at once.
func (s *Service) FindCourseProgress(ctx context.Context, p xiangcai.Principal, courseIDs []string) (map[string]*CourseProgress, error) {
	if p.Anonymous() {
		return nil, xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "请先登录", "please sign in")
	}
	out := make(map[string]*CourseProgress, len(courseIDs))
	if len(courseIDs) == 0 {
		return out, nil
	}
	for _, id := range courseIDs {
		out[id] = &CourseProgress{CourseID: id}
	}
	var records []*LessonProgress
	err := s.db.NewSelect().Model(&records).Where("lp.user_id = ? AND lp.course_id IN (?)", p.UserID, bun.In(courseIDs)).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, lessonText)
	}
	for _, r := range records {
		out[r.CourseID].Lessons = append(out[r.CourseID].Lessons, r)
	}
	var counts []struct {
		CourseID string `bun:"course_id"`
		Total    int    `bun:"total"`
		Done     int    `bun:"done"`
	}
	err = s.db.NewSelect().TableExpr("lessons AS l").
		ColumnExpr("l.course_id, count(*) AS total, count(lp.completed_at) AS done").
		Join("LEFT JOIN lesson_progress AS lp ON lp.lesson_id = l.id AND lp.user_id = ?", p.UserID).
		Where("l.course_id IN (?) AND l.published AND l.required AND l.kind IN (?)", bun.In(courseIDs), bun.In(countedKinds)).
		GroupExpr("l.course_id").Scan(ctx, &counts)
	if err != nil {
		return nil, database.Err(err, lessonText)
	}
	for _, c := range counts {
		out[c.CourseID].RequiredTotal, out[c.CourseID].RequiredDone = c.Total, c.Done
	}
	var certs []*Certificate
	err = s.db.NewSelect().Model(&certs).Where("cert.user_id = ? AND cert.course_id IN (?)", p.UserID, bun.In(courseIDs)).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, certificateText)
	}
	for _, c := range certs {
		out[c.CourseID].Completed, out[c.CourseID].CertificateCode = true, c.Code
	}
	return out, nil
}
