package courses

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

// courseText names a course in not_found and conflict messages.
var courseText = xiangcai.Text{ZH: "课程", EN: "course"}

// Course is one course of the catalog.
type Course struct {
	bun.BaseModel `bun:"table:courses,alias:c"`

	ID      string `bun:"id,pk"`
	Title   string `bun:"title"`
	Summary string `bun:"summary"`
	// CoverKey is the object-store key of the cover image; empty when the
	// course has none.
	CoverKey      string        `bun:"cover_key,nullzero"`
	Topic         Topic         `bun:"topic"`
	ProviderLevel ProviderLevel `bun:"provider_level"`
	// RegionCode is the owning region: ProvinceCode for a province course,
	// the city's or the county's code otherwise.
	RegionCode string `bun:"region_code"`
	// CityCode is the city the course belongs to, worked out from
	// RegionCode when the course is written; empty for province courses.
	CityCode string `bun:"city_code,nullzero"`
	// CreditTenths is the credit hours (学时) in tenths of an hour, so that
	// sums stay exact; CreditHours gives hours.
	CreditTenths int    `bun:"credit_tenths"`
	Status       Status `bun:"status"`
	// CompletionThreshold is the percentage of a video's distinct seconds a
	// trainee must watch for the video lesson to count as complete.
	CompletionThreshold int `bun:"completion_threshold"`
	// Capacity is the most active and completed enrolments; 0 means no limit.
	Capacity int `bun:"capacity,nullzero"`
	// EnrolledCount counts active and completed enrolments. It changes in
	// the same transaction as the enrolments, so it never passes Capacity.
	EnrolledCount int       `bun:"enrolled_count"`
	CreatedBy     string    `bun:"created_by"`
	CreatedAt     time.Time `bun:"created_at"`
	UpdatedAt     time.Time `bun:"updated_at"`
	// PublishedAt is when the course was first published; zero for drafts.
	PublishedAt time.Time `bun:"published_at,nullzero"`

	// Audiences are the groups the course is meant for, in vocabulary order.
	Audiences []Audience `bun:"-"`
	// Instructors are the users who teach and edit the course. Catalog
	// pages (FindCourses) leave them empty.
	Instructors []Instructor `bun:"-"`
}

// Instructor is a user listed as teaching a course.
type Instructor struct {
	UserID      string `bun:"user_id"`
	DisplayName string `bun:"display_name"`
}

// CreditHours returns the credit hours (学时), such as 1.5.
func (c *Course) CreditHours() float64 { return float64(c.CreditTenths) / 10 }

// Full reports whether every seat of a course with a capacity is taken.
func (c *Course) Full() bool { return c.Capacity > 0 && c.EnrolledCount >= c.Capacity }

// hasInstructor reports whether the user teaches the course.
func (c *Course) hasInstructor(userID string) bool {
	for _, in := range c.Instructors {
		if in.UserID == userID {
			return true
		}
	}
	return false
}
