package courses

import (
	"context"

	"xiangcai"
	"xiangcai/database"
)

// NewCourse is what it takes to create a course.
type NewCourse struct {
	Title     string
	Summary   string
	Topic     Topic
	Audiences []Audience
	// ProviderLevel and RegionCode place the course. RegionCode may be left
	// empty for a province course, and for a city course created by
	// someone who belongs to a city: it is then that city.
	ProviderLevel ProviderLevel
	RegionCode    string
	// CreditHours is in steps of 0.5, such as 1.5.
	CreditHours float64
	// CompletionThreshold is a percentage; 0 means the default of 90.
	CompletionThreshold int
	// Capacity is the most enrolments; 0 means no limit.
	Capacity int
	// InstructorIDs name users with the instructor role; only administrators
	// choose them. An instructor who creates a course is its instructor.
	InstructorIDs []string
}

// CreateCourse creates a draft course on behalf of p. A province
// administrator creates any course; a city administrator city and county
// courses of their city; an instructor drafts within their own area (see
// the package documentation).
func (s *Service) CreateCourse(ctx context.Context, p xiangcai.Principal, in NewCourse) (*Course, error) {
	if err := p.RequireRole(xiangcai.RoleInstructor, xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	now := s.now()
	c := &Course{
		ID: xiangcai.NewID(), Title: in.Title, Summary: in.Summary, Topic: in.Topic, Audiences: in.Audiences,
		ProviderLevel: in.ProviderLevel, RegionCode: in.RegionCode, CompletionThreshold: in.CompletionThreshold,
		Capacity: in.Capacity, Status: StatusDraft, CreatedBy: p.UserID, CreatedAt: now, UpdatedAt: now,
	}
	if c.CompletionThreshold == 0 {
		c.CompletionThreshold = DefaultCompletionThreshold
	}
	defaultRegion(c, p)
	if err := s.check(c, in.CreditHours); err != nil {
		return nil, err
	}
	if !mayCreate(p, c) {
		return nil, xiangcai.Forbidden()
	}
	instructors := in.InstructorIDs
	if p.Role == xiangcai.RoleInstructor {
		if len(instructors) > 0 {
			return nil, xiangcai.Forbidden().WithField("instructor_ids", "只有管理员可以指定授课教师", "only administrators choose instructors")
		}
		instructors = []string{p.UserID}
	}
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		if _, err := tx.db.NewInsert().Model(c).Exec(ctx); err != nil {
			return database.Err(err, courseText)
		}
		if err := tx.saveAudiences(ctx, c); err != nil {
			return err
		}
		return tx.setInstructors(ctx, c, instructors)
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// defaultRegion gives a city course without a region the city of p, the
// one who places it. (A province course's region is always ProvinceCode.)
func defaultRegion(c *Course, p xiangcai.Principal) {
	if c.ProviderLevel == LevelCity && c.RegionCode == "" {
		c.RegionCode = p.CityCode
	}
}
