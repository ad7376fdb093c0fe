package courses

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// enrolmentText names an enrolment in not_found messages.
var enrolmentText = xiangcai.Text{ZH: "报名记录", EN: "enrolment"}

// EnrolmentStatus is where an enrolment stands.
type EnrolmentStatus string

// The enrolment statuses. Active and completed enrolments hold a seat of
// the course and count in its EnrolledCount.
const (
	EnrolmentActive    EnrolmentStatus = "active"
	EnrolmentWithdrawn EnrolmentStatus = "withdrawn"
	EnrolmentCompleted EnrolmentStatus = "completed"
)

// EnrolmentStatuses lists the enrolment statuses.
var EnrolmentStatuses = Vocabulary[EnrolmentStatus]{
	{EnrolmentActive, xiangcai.Text{ZH: "学习中", EN: "Active"}},
	{EnrolmentWithdrawn, xiangcai.Text{ZH: "已退出", EN: "Withdrawn"}},
	{EnrolmentCompleted, xiangcai.Text{ZH: "已完成", EN: "Completed"}},
}

// EnrolmentSource says how someone came to be enrolled.
type EnrolmentSource string

// The enrolment sources.
const (
	SourceSelf     EnrolmentSource = "self"
	SourceAssigned EnrolmentSource = "assigned"
)

// Enrolment is one user's place in one course. A user has at most one per
// course: enrolling again after withdrawing makes it active again.
type Enrolment struct {
	bun.BaseModel `bun:"table:enrolments,alias:e"`

	ID       string          `bun:"id,pk"`
	CourseID string          `bun:"course_id"`
	UserID   string          `bun:"user_id"`
	Source   EnrolmentSource `bun:"source"`
	// AssignedBy is the administrator who assigned the course; empty when
	// the user enrolled themselves.
	AssignedBy  string          `bun:"assigned_by,nullzero"`
	Status      EnrolmentStatus `bun:"status"`
	EnrolledAt  time.Time       `bun:"enrolled_at"`
	WithdrawnAt time.Time       `bun:"withdrawn_at,nullzero"`
	CompletedAt time.Time       `bun:"completed_at,nullzero"`

	// Course is the enrolment's course, without audiences or instructors;
	// FindMyEnrolments fills it in.
	Course *Course `bun:"rel:belongs-to,join:course_id=id"`
}

// holds reports whether e holds a seat: it is active or completed.
func (e *Enrolment) holds() bool {
	return e != nil && (e.Status == EnrolmentActive || e.Status == EnrolmentCompleted)
}

// enrolment reads the enrolment of a user in a course, or not_found.
func (s *Service) enrolment(ctx context.Context, courseID, userID string) (*Enrolment, error) {
	e := new(Enrolment)
	if err := s.db.NewSelect().Model(e).Where("e.course_id = ? AND e.user_id = ?", courseID, userID).Scan(ctx); err != nil {
		return nil, database.Err(err, enrolmentText)
	}
	return e, nil
}

// FindMyEnrolment returns p's enrolment in a course, in any status, or
// not_found when p has never enrolled.
func (s *Service) FindMyEnrolment(ctx context.Context, p xiangcai.Principal, courseID string) (*Enrolment, error) {
	if err := p.RequireRole(xiangcai.Roles...); err != nil {
		return nil, err
	}
	if !xiangcai.ValidID(courseID) {
		return nil, xiangcai.NotFound(enrolmentText.ZH, enrolmentText.EN)
	}
	return s.enrolment(ctx, courseID, p.UserID)
}
