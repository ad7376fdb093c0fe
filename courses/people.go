package courses

import (
	"context"
	"slices"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// courseAudience is a row of course_audiences.
type courseAudience struct {
	bun.BaseModel `bun:"table:course_audiences"`
	CourseID      string   `bun:"course_id,pk"`
	Audience      Audience `bun:"audience,pk"`
}

// courseInstructor is a row of course_instructors.
type courseInstructor struct {
	bun.BaseModel `bun:"table:course_instructors"`
	CourseID      string `bun:"course_id,pk"`
	UserID        string `bun:"user_id,pk"`
}

// maxInstructors bounds the instructors of one course.
const maxInstructors = 20

// saveAudiences replaces the stored audiences of c with c.Audiences.
func (s *Service) saveAudiences(ctx context.Context, c *Course) error {
	if _, err := s.db.NewDelete().TableExpr("course_audiences").Where("course_id = ?", c.ID).Exec(ctx); err != nil {
		return database.Err(err, courseText)
	}
	rows := make([]courseAudience, len(c.Audiences))
	for i, a := range c.Audiences {
		rows[i] = courseAudience{CourseID: c.ID, Audience: a}
	}
	_, err := s.db.NewInsert().Model(&rows).Exec(ctx)
	return database.Err(err, courseText)
}

// setInstructors makes the users with ids the instructors of c. Each must
// be an active user with the instructor role; unknown ones are reported on
// field instructor_ids.
func (s *Service) setInstructors(ctx context.Context, c *Course, ids []string) error {
	ids = uniqueSorted(ids)
	if len(ids) > maxInstructors {
		return xiangcai.Invalid("instructor_ids", "授课教师最多20位", "a course has at most 20 instructors")
	}
	var found []Instructor
	if len(ids) > 0 {
		err := s.db.NewSelect().TableExpr("users AS u").ColumnExpr("u.id AS user_id, u.display_name").
			Where("u.id IN (?) AND u.role = ? AND u.disabled_at IS NULL", bun.In(ids), xiangcai.RoleInstructor).
			OrderExpr("u.display_name, u.id").Scan(ctx, &found)
		if err != nil {
			return database.Err(err, courseText)
		}
	}
	if len(found) != len(ids) {
		return xiangcai.Invalid("instructor_ids", "授课教师须是已启用的教师账号", "every instructor must be an active user with the instructor role")
	}
	if _, err := s.db.NewDelete().TableExpr("course_instructors").Where("course_id = ?", c.ID).Exec(ctx); err != nil {
		return database.Err(err, courseText)
	}
	c.Instructors = found
	if len(found) == 0 {
		return nil
	}
	rows := make([]courseInstructor, len(found))
	for i, in := range found {
		rows[i] = courseInstructor{CourseID: c.ID, UserID: in.UserID}
	}
	_, err := s.db.NewInsert().Model(&rows).Exec(ctx)
	return database.Err(err, courseText)
}

// instructorIDs returns the ids of c's instructors, sorted.
func (c *Course) instructorIDs() []string {
	ids := make([]string, len(c.Instructors))
	for i, in := range c.Instructors {
		ids[i] = in.UserID
	}
	slices.Sort(ids)
	return ids
}

// uniqueSorted returns ids sorted, without repeats.
func uniqueSorted(ids []string) []string { return slices.Compact(slices.Sorted(slices.Values(ids))) }
