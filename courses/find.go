package courses

import (
	"context"
	"strings"

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
	row := new(courseRow)
	q := s.selectCourses(row).Where("c.id = ?", id)
	if lock && database.IsPostgres(s.db) {
		q = q.For("UPDATE")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, courseText)
	}
	c := row.course()
	err := s.db.NewSelect().TableExpr("course_instructors AS ci").Join("JOIN users AS u ON u.id = ci.user_id").
		ColumnExpr("ci.user_id, u.display_name").Where("ci.course_id = ?", id).
		OrderExpr("u.display_name, ci.user_id").Scan(ctx, &c.Instructors)
	if err != nil {
		return nil, database.Err(err, courseText)
	}
	return c, nil
}

// courseRow is a course read together with its audiences, which
// selectCourses lists in one column, so that a course or a page of them
// takes one statement rather than a second one for the audiences.
type courseRow struct {
	Course        `bun:",extend"`
	AudienceCodes string `bun:"audience_codes,scanonly"`
}

// selectCourses begins a query of courses AS c into model, a *courseRow or
// a *[]courseRow, with every course's audience codes joined by commas
// (string_agg exists on PostgreSQL and SQLite). PostgreSQL works the
// subquery out only for the rows a LIMIT keeps.
func (s *Service) selectCourses(model any) *bun.SelectQuery {
	return s.db.NewSelect().Model(model).ColumnExpr("c.*").
		ColumnExpr("(SELECT string_agg(ca.audience, ',') FROM course_audiences AS ca WHERE ca.course_id = c.id) AS audience_codes")
}

// course returns the row's course with its audiences in vocabulary order.
func (r *courseRow) course() *Course {
	r.Audiences = nil
	for code := range strings.SplitSeq(r.AudienceCodes, ",") {
		if code != "" {
			r.Audiences = append(r.Audiences, Audience(code))
		}
	}
	r.Audiences = normalizeAudiences(r.Audiences)
	return &r.Course
}
