package courses

import (
	"context"
	"slices"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// FindCourseByID returns the course with id and its instructors, if p may
// see it. A course p may not see is not_found, so that another city's
// drafts are not even revealed to exist.
func (s *Service) FindCourseByID(ctx context.Context, p xiangcai.Principal, id string) (*Course, error) {
	c, err := s.load(ctx, id, false)
	if err != nil {
		return nil, err
	}
	if !s.sees(ctx, p, c) {
		return nil, xiangcai.NotFound(courseText.ZH, courseText.EN)
	}
	return c, nil
}

// sees reports whether p may read c, looking up p's enrolment only when
// the course is archived.
func (s *Service) sees(ctx context.Context, p xiangcai.Principal, c *Course) bool {
	return sees(p, c, func() bool {
		e, err := s.enrolment(ctx, c.ID, p.UserID)
		return err == nil && e.holds()
	})
}

// forChange loads course id so that p may change it with the rule allowed,
// inside a transaction. It is not_found when p may not see the course,
// forbidden when allowed says no, and a conflict when the course is
// archived, which makes it read-only. On PostgreSQL the course's row stays
// locked until the transaction ends, so changes to one course take turns.
func (s *Service) forChange(ctx context.Context, p xiangcai.Principal, id string, allowed func(xiangcai.Principal, *Course) bool) (*Course, error) {
	if err := p.RequireRole(xiangcai.Roles...); err != nil {
		return nil, err
	}
	c, err := s.load(ctx, id, true)
	if err != nil {
		return nil, err
	}
	switch {
	case !s.sees(ctx, p, c):
		return nil, xiangcai.NotFound(courseText.ZH, courseText.EN)
	case !allowed(p, c):
		return nil, xiangcai.Forbidden()
	case c.Status == StatusArchived:
		return nil, xiangcai.Errorf(xiangcai.ECONFLICT, "课程已归档，不能再修改", "the course is archived and can no longer be changed")
	}
	return c, nil
}

// load reads a course with its audiences and instructors without asking
// anyone's permission; lock takes the row lock on PostgreSQL.
func (s *Service) load(ctx context.Context, id string, lock bool) (*Course, error) {
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(courseText.ZH, courseText.EN)
	}
	c := new(Course)
	q := s.db.NewSelect().Model(c).Where("c.id = ?", id)
	if lock && database.IsPostgres(s.db) {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, courseText)
	}
	if err := s.attachAudiences(ctx, []*Course{c}); err != nil {
		return nil, err
	}
	err := s.db.NewSelect().TableExpr("course_instructors AS ci").Join("JOIN users AS u ON u.id = ci.user_id").
		ColumnExpr("ci.user_id, u.display_name").Where("ci.course_id = ?", id).
		OrderExpr("u.display_name, ci.user_id").Scan(ctx, &c.Instructors)
	if err != nil {
		return nil, database.Err(err, courseText)
	}
	return c, nil
}

// attachAudiences fills in the audiences of courses with one query.
func (s *Service) attachAudiences(ctx context.Context, list []*Course) error {
	if len(list) == 0 {
		return nil
	}
	byID := make(map[string]*Course, len(list))
	ids := make([]string, len(list))
	for i, c := range list {
		byID[c.ID], ids[i], c.Audiences = c, c.ID, nil
	}
	var rows []courseAudience
	err := s.db.NewSelect().Model(&rows).Where("course_id IN (?)", bun.In(ids)).Scan(ctx)
	if err != nil {
		return database.Err(err, courseText)
	}
	for _, r := range rows {
		c := byID[r.CourseID]
		c.Audiences = append(c.Audiences, r.Audience)
	}
	for _, c := range list {
		slices.SortFunc(c.Audiences, func(a, b Audience) int { return Audiences.index(a) - Audiences.index(b) })
	}
	return nil
}
