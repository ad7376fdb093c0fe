package courses

import (
	"context"
	"slices"

	"xiangcai"
	"xiangcai/database"
)

// CourseUpdate changes some fields of a course: nil pointers and nil slices
// leave a field as it is.
type CourseUpdate struct {
	Title               *string
	Summary             *string
	Topic               *Topic
	Audiences           []Audience
	CreditHours         *float64
	CompletionThreshold *int
	// Capacity 0 removes the limit.
	Capacity *int
	// ProviderLevel, RegionCode and InstructorIDs are for administrators.
	// The level and region are fixed once the course is published. A new
	// level without a region takes the default region of NewCourse.
	ProviderLevel *ProviderLevel
	RegionCode    *string
	InstructorIDs []string
}

// UpdateCourse changes a course that is not archived. Its administrators
// and instructors may change its content; only administrators move it or
// choose its instructors.
func (s *Service) UpdateCourse(ctx context.Context, p xiangcai.Principal, id string, upd CourseUpdate) (*Course, error) {
	var out *Course
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.forChange(ctx, p, id, edits)
		if err != nil {
			return err
		}
		before := *c
		hours := upd.apply(c, p)
		if err := tx.check(c, hours); err != nil {
			return err
		}
		moved := c.ProviderLevel != before.ProviderLevel || c.RegionCode != before.RegionCode
		restaffed := upd.InstructorIDs != nil && !slices.Equal(uniqueSorted(upd.InstructorIDs), before.instructorIDs())
		switch {
		case (moved || restaffed) && !administers(p, &before):
			return xiangcai.Forbidden()
		case moved && !mayCreate(p, c):
			return xiangcai.Forbidden()
		case moved && before.Status != StatusDraft:
			return xiangcai.Errorf(xiangcai.ECONFLICT, "课程发布后不能再更改提供层级和所属地区",
				"a published course keeps its provider level and region")
		}
		c.UpdatedAt = tx.now()
		_, err = tx.db.NewUpdate().Model(c).WherePK().Column("title", "summary", "topic", "provider_level", "region_code",
			"city_code", "credit_tenths", "completion_threshold", "capacity", "updated_at").Exec(ctx)
		if err != nil {
			return database.Err(err, courseText)
		}
		if upd.Audiences != nil {
			if err := tx.saveAudiences(ctx, c); err != nil {
				return err
			}
		}
		if restaffed {
			if err := tx.setInstructors(ctx, c, upd.InstructorIDs); err != nil {
				return err
			}
		}
		out = c
		return nil
	})
	return out, err
}

// apply writes the update's fields into c and returns the credit hours c
// is to have.
func (upd CourseUpdate) apply(c *Course, p xiangcai.Principal) float64 {
	set := func(dst *string, src *string) {
		if src != nil {
			*dst = *src
		}
	}
	set(&c.Title, upd.Title)
	set(&c.Summary, upd.Summary)
	set(&c.RegionCode, upd.RegionCode)
	if upd.Topic != nil {
		c.Topic = *upd.Topic
	}
	if upd.Audiences != nil {
		c.Audiences = upd.Audiences
	}
	if upd.CompletionThreshold != nil {
		c.CompletionThreshold = *upd.CompletionThreshold
	}
	if upd.Capacity != nil {
		c.Capacity = *upd.Capacity
	}
	if upd.ProviderLevel != nil && *upd.ProviderLevel != c.ProviderLevel {
		c.ProviderLevel = *upd.ProviderLevel
		if upd.RegionCode == nil {
			c.RegionCode = ""
			defaultRegion(c, p)
		}
	}
	if upd.CreditHours != nil {
		return *upd.CreditHours
	}
	return c.CreditHours()
}
