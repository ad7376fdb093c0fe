package courses

import (
	"context"
	"strconv"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// batchSize bounds the rows one statement of a bulk enrolment writes.
const batchSize = 500

// Enrol enrols p in a published course within p's area. Enrolling again
// while enrolled changes nothing and returns the enrolment; enrolling after
// withdrawing makes the old enrolment active again. A full course is a
// conflict, and concurrent enrolments never take more seats than it has.
func (s *Service) Enrol(ctx context.Context, p xiangcai.Principal, courseID string) (*Enrolment, error) {
	if err := p.RequireRole(xiangcai.Roles...); err != nil {
		return nil, err
	}
	var out *Enrolment
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.FindCourseByID(ctx, p, courseID)
		if err != nil {
			return err
		}
		if out, err = tx.enrolment(ctx, c.ID, p.UserID); err == nil && out.holds() {
			return nil
		}
		if err := open(c); err != nil {
			return err
		}
		if !reaches(p, c) {
			return xiangcai.Forbidden()
		}
		if _, err := tx.admit(ctx, c, []string{p.UserID}, SourceSelf, ""); err != nil {
			return err
		}
		out, err = tx.enrolment(ctx, c.ID, p.UserID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// open returns a conflict unless c is published, the only status that
// takes enrolments.
func open(c *Course) error {
	if c.Status != StatusPublished {
		return xiangcai.Errorf(xiangcai.ECONFLICT, "课程未发布或已归档，不能报名", "the course is not open for enrolment")
	}
	return nil
}

// admit gives each of the users a seat in c: it makes their withdrawn
// enrolments active again and creates the missing ones, then takes the
// seats from c's count with one conditional update, which fails when the
// course is full or no longer published. That update comes last, after the
// enrolment rows, in every transaction that touches both, so concurrent
// enrolments wait for each other on the course row instead of deadlocking;
// the caller's transaction rolls everything back on failure. It returns how
// many users gained a seat; those who held one already are left alone.
func (s *Service) admit(ctx context.Context, c *Course, userIDs []string, source EnrolmentSource, by string) (int, error) {
	now := s.now()
	admitted := 0
	for start := 0; start < len(userIDs); start += batchSize {
		batch := userIDs[start:min(start+batchSize, len(userIDs))]
		res, err := s.db.NewUpdate().Model((*Enrolment)(nil)).
			Set("status = ?, source = ?, assigned_by = ?, enrolled_at = ?, withdrawn_at = NULL", EnrolmentActive, source, bun.NullZero(by), now).
			Where("course_id = ? AND status = ? AND user_id IN (?)", c.ID, EnrolmentWithdrawn, bun.In(batch)).Exec(ctx)
		if err != nil {
			return 0, database.Err(err, enrolmentText)
		}
		admitted += rowsAffected(res)
		rows := make([]Enrolment, len(batch))
		for i, uid := range batch {
			rows[i] = Enrolment{ID: xiangcai.NewID(), CourseID: c.ID, UserID: uid, Source: source, AssignedBy: by,
				Status: EnrolmentActive, EnrolledAt: now}
		}
		res, err = s.db.NewInsert().Model(&rows).On("CONFLICT (course_id, user_id) DO NOTHING").Exec(ctx)
		if err != nil {
			return 0, database.Err(err, enrolmentText)
		}
		admitted += rowsAffected(res)
	}
	if admitted == 0 {
		return 0, nil
	}
	return admitted, s.takeSeats(ctx, c, admitted)
}

// takeSeats adds n to c's enrolled count if the course is published and has
// n seats left, or returns a conflict saying why not.
func (s *Service) takeSeats(ctx context.Context, c *Course, n int) error {
	res, err := s.db.NewUpdate().Model((*Course)(nil)).Set("enrolled_count = enrolled_count + ?", n).
		Where("id = ? AND status = ?", c.ID, StatusPublished).
		Where("(capacity IS NULL OR enrolled_count + ? <= capacity)", n).Exec(ctx)
	if err != nil {
		return database.Err(err, courseText)
	}
	if rowsAffected(res) == 1 {
		return nil
	}
	fresh, err := s.load(ctx, c.ID, false)
	if err != nil {
		return err
	}
	if fresh.Status != StatusPublished {
		return open(fresh)
	}
	left := strconv.Itoa(max(fresh.Capacity-fresh.EnrolledCount, 0))
	return xiangcai.Errorf(xiangcai.ECONFLICT, "名额不足：剩余"+left+"个名额", "not enough seats: "+left+" left")
}

// rowsAffected reads how many rows a statement changed; both drivers
// always know it.
func rowsAffected(res interface{ RowsAffected() (int64, error) }) int {
	n, _ := res.RowsAffected()
	return int(n)
}
