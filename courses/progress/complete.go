package progress

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/database"
)

// MarkDone completes a document or rich-text lesson once the trainee has
// read it; the page calls it when the trainee says so. Video lessons are
// completed by watching alone, and practice lessons by exam prep.
func (s *Service) MarkDone(ctx context.Context, p xiangcai.Principal, lessonID string) (courseCompleted bool, err error) {
	err = s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		l, err := tx.learn(ctx, p, lessonID)
		if err != nil {
			return err
		}
		if l.lesson.Kind != courses.KindDocument && l.lesson.Kind != courses.KindRichText {
			return xiangcai.Invalid("lesson", "只有文档和图文课时可以标记为已学完", "only document and rich-text lessons are marked as read")
		}
		lp, err := tx.lessonProgress(ctx, p.UserID, l.lesson, true)
		if err != nil || lp.Completed() {
			return err
		}
		now := tx.now()
		lp.CompletedAt, lp.UpdatedAt = now, now
		if err := tx.saveProgress(ctx, lp); err != nil {
			return err
		}
		courseCompleted, err = tx.completeCourseIfDone(ctx, p, l)
		return err
	})
	return courseCompleted, err
}

// countedKinds are the lesson kinds whose completion Xiangcai records today.
// Practice lessons join when exam prep reports finished practice sets; until
// then they do not hold a course back.
var countedKinds = []courses.LessonKind{courses.KindVideo, courses.KindDocument, courses.KindRichText}

// completeCourseIfDone completes the enrolment when every required published
// lesson of the course is complete: it records the credit hours in the
// trainee's training record and issues the certificate, all in the caller's
// transaction. It reports whether it completed the course now.
func (s *Service) completeCourseIfDone(ctx context.Context, p xiangcai.Principal, l *learning) (bool, error) {
	if l.enrolment.Status == courses.EnrolmentCompleted {
		return false, nil
	}
	var left int
	err := s.db.NewSelect().TableExpr("lessons AS l").ColumnExpr("count(*)").
		Join("LEFT JOIN lesson_progress AS lp ON lp.lesson_id = l.id AND lp.user_id = ?", p.UserID).
		Where("l.course_id = ? AND l.published AND l.required AND l.kind IN (?)", l.course.ID, bun.In(countedKinds)).
		Where("lp.completed_at IS NULL").Scan(ctx, &left)
	if err != nil || left > 0 {
		return false, database.Err(err, lessonText)
	}
	now := s.now()
	_, err = s.db.NewUpdate().Model((*courses.Enrolment)(nil)).
		Set("status = ?, completed_at = ?", courses.EnrolmentCompleted, now).
		Where("id = ?", l.enrolment.ID).Exec(ctx)
	if err != nil {
		return false, database.Err(err, lessonText)
	}
	if err := s.recordTraining(ctx, p, l.course, now); err != nil {
		return false, err
	}
	return true, s.issueCertificate(ctx, p, l.course, now)
}

// recordTraining writes the course's credit hours into the trainee's
// training record, which the talent pool reads.
func (s *Service) recordTraining(ctx context.Context, p xiangcai.Principal, c *courses.Course, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO training_records
		(id, user_id, source_kind, source_id, title, credit_tenths, city_code, completed_at)
		VALUES (?, ?, 'course', ?, ?, ?, ?, ?)
		ON CONFLICT (user_id, source_kind, source_id) DO NOTHING`,
		xiangcai.NewID(), p.UserID, c.ID, c.Title, c.CreditTenths, nullable(p.CityCode), at)
	return database.Err(err, lessonText)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
