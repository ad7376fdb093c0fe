package courses

import (
	"github.com/uptrace/bun"

	"xiangcai"
)

// instructorOf is the condition that a course AS c lists a user as its
// instructor.
const instructorOf = "EXISTS (SELECT 1 FROM course_instructors AS ci WHERE ci.course_id = c.id AND ci.user_id = ?)"

// visibleTo returns the conditions that keep a list of courses with status
// to those p may list: the rules of sees, written in SQL. Published courses
// are listed to everyone within their area and to their editors; drafts and
// archived courses to their editors only (those enrolled in an archived
// course find it in their own enrolments).
func visibleTo(p xiangcai.Principal, status Status) (func(*bun.SelectQuery) *bun.SelectQuery, error) {
	var cond func(q *bun.SelectQuery) *bun.SelectQuery
	switch {
	case p.Role == xiangcai.RoleProvinceAdmin:
	case status == StatusPublished:
		cond = func(q *bun.SelectQuery) *bun.SelectQuery {
			q = q.Where("c.provider_level = ?", LevelProvince)
			if p.CityCode != "" {
				q = q.WhereOr("c.city_code = ?", p.CityCode)
			}
			if p.Role == xiangcai.RoleInstructor {
				q = q.WhereOr(instructorOf, p.UserID)
			}
			return q
		}
	case p.Role == xiangcai.RoleCityAdmin:
		cond = func(q *bun.SelectQuery) *bun.SelectQuery { return q.Where("c.city_code = ?", p.CityCode) }
	case p.Role == xiangcai.RoleInstructor:
		cond = func(q *bun.SelectQuery) *bun.SelectQuery { return q.Where(instructorOf, p.UserID) }
	default:
		if err := p.RequireRole(xiangcai.RoleInstructor, xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
			return nil, err
		}
	}
	return func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.Where("c.status = ?", status)
		if cond != nil {
			q = q.WhereGroup(" AND ", cond)
		}
		return q
	}, nil
}
