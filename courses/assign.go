package courses

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/regions"
)

// maxAssignees bounds the users one assignment names.
const maxAssignees = 1000

// Assignees says whom an assignment enrols: the users named by UserIDs,
// every active trainee whose region lies within RegionCode, or every user
// linked to an active talent of the pool in Category (talent categories
// share the audience codes). Exactly one of the three is given.
type Assignees struct {
	UserIDs    []string
	RegionCode string
	Category   Audience
}

// AssignmentResult counts what an assignment did: of the Matched users,
// Enrolled gained a seat and AlreadyEnrolled held one before.
type AssignmentResult struct {
	Matched         int
	Enrolled        int
	AlreadyEnrolled int
}

// Assign enrols users in a published course on behalf of an administrator.
// A city administrator assigns courses that reach their city (province
// courses and their city's own) to users of their city; a province
// administrator anyone the course reaches. Named users may have any role;
// a region selects trainees only. Assigning is idempotent, and all or
// nothing: when the seats left do not suffice, nobody is enrolled.
func (s *Service) Assign(ctx context.Context, p xiangcai.Principal, courseID string, to Assignees) (*AssignmentResult, error) {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	given := 0
	for _, set := range []bool{len(to.UserIDs) > 0, to.RegionCode != "", to.Category != ""} {
		if set {
			given++
		}
	}
	if given != 1 {
		const zh, en = "请指定用户、地区或人才类别（三选一）", "give exactly one of user ids, a region or a talent category"
		return nil, xiangcai.Invalid("user_ids", zh, en).WithField("region_code", zh, en).WithField("category", zh, en)
	}
	var out *AssignmentResult
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.FindCourseByID(ctx, p, courseID)
		if err != nil {
			return err
		}
		if err := open(c); err != nil {
			return err
		}
		var users []string
		switch {
		case to.RegionCode != "":
			users, err = tx.traineesWithin(ctx, p, c, to.RegionCode)
		case to.Category != "":
			users, err = tx.talentsIn(ctx, p, c, to.Category)
		default:
			users, err = tx.assignable(ctx, p, c, to.UserIDs)
		}
		if err != nil {
			return err
		}
		n, err := tx.admit(ctx, c, users, SourceAssigned, p.UserID)
		out = &AssignmentResult{Matched: len(users), Enrolled: n, AlreadyEnrolled: len(users) - n}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// assignable checks that every id names an active user whom p manages and
// c reaches, and returns the ids without repeats.
func (s *Service) assignable(ctx context.Context, p xiangcai.Principal, c *Course, ids []string) ([]string, error) {
	if len(ids) > maxAssignees {
		return nil, xiangcai.Invalid("user_ids", "一次最多指派1000人", "assign at most 1000 users at once")
	}
	var found []string
	err := s.db.NewSelect().TableExpr("users AS u").Column("u.id").Where("u.id IN (?) AND u.disabled_at IS NULL", bun.In(ids)).
		Apply(s.scopeUsers(p, c)).Scan(ctx, &found)
	if err != nil {
		return nil, database.Err(err, enrolmentText)
	}
	if len(found) != len(uniqueSorted(ids)) {
		return nil, xiangcai.Invalid("user_ids", "有用户不存在、已停用或不在可指派范围内",
			"some users do not exist, are disabled, or are outside the course's or your area")
	}
	return found, nil
}

// traineesWithin returns the active trainees whose region lies within
// code, which must lie within p's city (for a city administrator) and c's.
// Codes are hierarchical, so a county, township or village matches the
// regions whose codes start with it; a city matches its users' city.
func (s *Service) traineesWithin(ctx context.Context, p xiangcai.Principal, c *Course, code string) ([]string, error) {
	if err := s.regions.Validate("region_code", code); err != nil {
		return nil, err
	}
	r, _ := s.regions.Find(code)
	city, _ := s.regions.City(code) // none for the whole province
	within := p.CanManageCity(city.Code) && (c.CityCode == "" || c.CityCode == city.Code)
	if city.Code == "" {
		within = p.Role == xiangcai.RoleProvinceAdmin && c.CityCode == ""
	}
	if !within {
		return nil, xiangcai.Invalid("region_code", "该地区不在课程或您的管辖范围内", "the region lies outside the course's or your area")
	}
	q := s.db.NewSelect().TableExpr("users AS u").Column("u.id").Where("u.role = ? AND u.disabled_at IS NULL", xiangcai.RoleTrainee)
	switch r.Level {
	case regions.LevelProvince:
	case regions.LevelCity:
		q = q.Where("u.city_code = ?", code)
	default:
		q = q.Where("u.region_code LIKE ?", code+"%")
	}
	var ids []string
	if err := q.OrderExpr("u.id").Scan(ctx, &ids); err != nil {
		return nil, database.Err(err, enrolmentText)
	}
	return ids, nil
}

// scopeUsers narrows a query on users AS u to those p manages and c reaches.
func (s *Service) scopeUsers(p xiangcai.Principal, c *Course) func(*bun.SelectQuery) *bun.SelectQuery {
	return func(q *bun.SelectQuery) *bun.SelectQuery {
		if p.Role != xiangcai.RoleProvinceAdmin {
			q = q.Where("u.city_code = ?", p.CityCode)
		}
		if c.CityCode != "" {
			q = q.Where("u.city_code = ?", c.CityCode)
		}
		return q
	}
}

// talentsIn returns the active users linked to active talents of a
// category in the pools p manages and c reaches. It reads the talent pool's
// table, which links talents to accounts.
func (s *Service) talentsIn(ctx context.Context, p xiangcai.Principal, c *Course, category Audience) ([]string, error) {
	if err := checkVocabulary("category", Audiences, category); err != nil {
		return nil, err
	}
	q := s.db.NewSelect().TableExpr("users AS u").Column("u.id").
		Join("JOIN talents AS t ON t.user_id = u.id").
		Where("t.category = ? AND t.status = 'active' AND u.disabled_at IS NULL", category)
	var ids []string
	if err := q.Apply(s.scopeUsers(p, c)).OrderExpr("u.id").Scan(ctx, &ids); err != nil {
		return nil, database.Err(err, enrolmentText)
	}
	return ids, nil
}
