package progress

import (
	"time"

	"github.com/uptrace/bun"
)

// LessonProgress is what the server knows of one trainee in one lesson.
type LessonProgress struct {
	bun.BaseModel `bun:"table:lesson_progress,alias:lp"`

	UserID   string `bun:"user_id,pk"`
	LessonID string `bun:"lesson_id,pk"`
	CourseID string `bun:"course_id"`
	// Watched is the merged stretches of video credited so far.
	Watched   Intervals `bun:"intervals"`
	WatchedMS int64     `bun:"watched_ms"`
	// PositionMS is where playback stood at the last heartbeat, to resume.
	PositionMS      int64     `bun:"position_ms"`
	LastHeartbeatAt time.Time `bun:"last_heartbeat_at,nullzero"`
	CompletedAt     time.Time `bun:"completed_at,nullzero"`
	UpdatedAt       time.Time `bun:"updated_at"`
}

// Completed reports whether the lesson is complete for the trainee.
func (lp *LessonProgress) Completed() bool { return !lp.CompletedAt.IsZero() }

// WatchedSeconds is the number of distinct seconds of video credited.
func (lp *LessonProgress) WatchedSeconds() float64 { return float64(lp.WatchedMS) / 1000 }

// Position is the resume position in seconds.
func (lp *LessonProgress) Position() float64 { return float64(lp.PositionMS) / 1000 }
