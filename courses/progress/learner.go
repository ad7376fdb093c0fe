package progress

import (
	"context"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/database"
)

// learning is a published lesson and the course it belongs to, seen by a
// trainee who holds a seat in that course.
type learning struct {
	lesson    *courses.Lesson
	course    *courses.Course
	enrolment *courses.Enrolment
}

// learn loads what p needs to learn lessonID: the lesson must be published
// and p enrolled (active or completed) in its course. A lesson p cannot see
// is not found; one of a course p is not enrolled in is forbidden.
func (s *Service) learn(ctx context.Context, p xiangcai.Principal, lessonID string) (*learning, error) {
	if p.Anonymous() {
		return nil, xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "请先登录", "please sign in")
	}
	if !xiangcai.ValidID(lessonID) {
		return nil, xiangcai.NotFound(lessonText.ZH, lessonText.EN)
	}
	l := &learning{lesson: new(courses.Lesson), course: new(courses.Course), enrolment: new(courses.Enrolment)}
	err := s.db.NewSelect().Model(l.lesson).Where("l.id = ? AND l.published", lessonID).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, lessonText)
	}
	if err := s.db.NewSelect().Model(l.course).Where("id = ?", l.lesson.CourseID).Scan(ctx); err != nil {
		return nil, database.Err(err, lessonText)
	}
	err = s.db.NewSelect().Model(l.enrolment).
		Where("e.course_id = ? AND e.user_id = ? AND e.status IN (?, ?)", l.course.ID, p.UserID, courses.EnrolmentActive, courses.EnrolmentCompleted).
		Scan(ctx)
	if err != nil {
		if xiangcai.ErrorCode(database.Err(err, lessonText)) == xiangcai.ENOTFOUND {
			return nil, xiangcai.Errorf(xiangcai.EFORBIDDEN, "请先报名本课程", "enrol in the course first")
		}
		return nil, database.Err(err, lessonText)
	}
	return l, nil
}
