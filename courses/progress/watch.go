package progress

import (
	"context"
	"database/sql"
	"errors"
	"math"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/database"
)

// Watching is the state of a video lesson after a heartbeat.
type Watching struct {
	Lesson          *LessonProgress
	DurationSeconds int
	// CourseCompleted is true when this heartbeat completed the course.
	CourseCompleted bool
}

// Heartbeat records what the player reports for a video lesson: it merges
// the credited stretch into the seconds watched, keeps the resume position,
// and completes the lesson (and, with it, perhaps the course) when the
// distinct seconds watched reach the course's threshold. Each heartbeat is
// read and written in one transaction, so two tabs of one trainee cannot
// interleave their updates.
func (s *Service) Heartbeat(ctx context.Context, p xiangcai.Principal, lessonID string, hb Heartbeat) (*Watching, error) {
	var out *Watching
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		l, err := tx.learn(ctx, p, lessonID)
		if err != nil {
			return err
		}
		if l.lesson.Kind != courses.KindVideo || l.lesson.DurationSeconds <= 0 {
			return xiangcai.Invalid("lesson", "该课时不是可播放的视频", "this lesson is not a playable video")
		}
		lp, err := tx.lessonProgress(ctx, p.UserID, l.lesson, true)
		if err != nil {
			return err
		}
		now := tx.now()
		var elapsed = now.Sub(lp.LastHeartbeatAt)
		if lp.LastHeartbeatAt.IsZero() || elapsed < 0 {
			elapsed = 0
		}
		duration := float64(l.lesson.DurationSeconds)
		iv, err := credit(hb, duration, elapsed)
		if err != nil {
			return err
		}
		lp.Watched = lp.Watched.Add(iv)
		lp.WatchedMS = int64(math.Round(lp.Watched.Seconds() * 1000))
		lp.PositionMS = int64(math.Round(min(hb.Position, duration) * 1000))
		lp.LastHeartbeatAt, lp.UpdatedAt = now, now
		threshold := float64(l.course.CompletionThreshold) / 100
		completes := !lp.Completed() && lp.Watched.Seconds() >= threshold*duration
		if completes {
			lp.CompletedAt = now
		}
		if err := tx.saveProgress(ctx, lp); err != nil {
			return err
		}
		out = &Watching{Lesson: lp, DurationSeconds: l.lesson.DurationSeconds}
		if completes {
			out.CourseCompleted, err = tx.completeCourseIfDone(ctx, p, l)
		}
		return err
	})
	return out, err
}

// lessonProgress reads the trainee's progress in a lesson, locking the row
// on PostgreSQL when forUpdate is set; a lesson never opened before gets a
// fresh record (saved by saveProgress).
func (s *Service) lessonProgress(ctx context.Context, userID string, lesson *courses.Lesson, forUpdate bool) (*LessonProgress, error) {
	lp := new(LessonProgress)
	q := s.db.NewSelect().Model(lp).Where("lp.user_id = ? AND lp.lesson_id = ?", userID, lesson.ID)
	if forUpdate && database.IsPostgres(s.db) {
		q = q.For("UPDATE")
	}
	err := q.Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return &LessonProgress{UserID: userID, LessonID: lesson.ID, CourseID: lesson.CourseID, Watched: Intervals{}}, nil
	}
	if err != nil {
		return nil, database.Err(err, lessonText)
	}
	if !lp.Watched.Valid() {
		return nil, xiangcai.Internal(errors.New("stored watched intervals are not in order"))
	}
	return lp, nil
}

// saveProgress inserts or updates the record.
func (s *Service) saveProgress(ctx context.Context, lp *LessonProgress) error {
	_, err := s.db.NewInsert().Model(lp).
		On("CONFLICT (user_id, lesson_id) DO UPDATE").
		Set("intervals = EXCLUDED.intervals, watched_ms = EXCLUDED.watched_ms, position_ms = EXCLUDED.position_ms").
		Set("last_heartbeat_at = EXCLUDED.last_heartbeat_at, completed_at = EXCLUDED.completed_at, updated_at = EXCLUDED.updated_at").
		Exec(ctx)
	return database.Err(err, lessonText)
}

// FindLessonProgress returns p's record of a lesson, for resuming: a lesson
// never opened has an empty record.
func (s *Service) FindLessonProgress(ctx context.Context, p xiangcai.Principal, lessonID string) (*LessonProgress, error) {
	l, err := s.learn(ctx, p, lessonID)
	if err != nil {
		return nil, err
	}
	return s.lessonProgress(ctx, p.UserID, l.lesson, false)
}
