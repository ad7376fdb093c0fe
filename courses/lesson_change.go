package courses

import (
	"context"

	"xiangcai"
	"xiangcai/database"
)

// NewLesson is what it takes to add a lesson. Kind is fixed once created.
type NewLesson struct {
	Title string
	Kind  LessonKind
	// Required defaults to true when nil.
	Required      *bool
	BodyHTML      string
	MediaID       string
	PracticeSetID string
}

// LessonUpdate changes some fields of a lesson: nil leaves a field as it is
// and "" clears a string. ChapterID moves the lesson to the end of another
// chapter of the same course. Published true needs the lesson's content to
// be ready; the last published lesson of a published course stays
// published.
type LessonUpdate struct {
	Title         *string
	Required      *bool
	BodyHTML      *string
	MediaID       *string
	PracticeSetID *string
	ChapterID     *string
	Published     *bool
}

// CreateLesson adds an unpublished lesson at the end of a chapter of a
// course p edits. Rich text is sanitised before it is stored.
func (s *Service) CreateLesson(ctx context.Context, p xiangcai.Principal, chapterID string, in NewLesson) (*Lesson, error) {
	var out *Lesson
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		ch, _, err := tx.chapterForChange(ctx, p, chapterID)
		if err != nil {
			return err
		}
		now := tx.now()
		l := &Lesson{ID: xiangcai.NewID(), ChapterID: ch.ID, CourseID: ch.CourseID, Title: in.Title, Kind: in.Kind,
			Required: in.Required == nil || *in.Required, BodyHTML: sanitize(in.BodyHTML), MediaID: in.MediaID,
			PracticeSetID: in.PracticeSetID, CreatedAt: now, UpdatedAt: now}
		if err := l.check(); err != nil {
			return err
		}
		if err := tx.attachMedia(ctx, p, l); err != nil {
			return err
		}
		if l.Position, err = tx.nextPosition(ctx, "lessons", "chapter_id", ch.ID); err != nil {
			return err
		}
		_, err = tx.db.NewInsert().Model(l).Exec(ctx)
		out = l
		return database.Err(err, lessonText)
	})
	return out, err
}

// UpdateLesson changes a lesson of a course p edits. A new media asset
// brings its own duration, or none until it is ready and MediaReady
// records it.
func (s *Service) UpdateLesson(ctx context.Context, p xiangcai.Principal, id string, upd LessonUpdate) (*Lesson, error) {
	var out *Lesson
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		l, c, err := tx.lessonForChange(ctx, p, id)
		if err != nil {
			return err
		}
		mediaChanged := upd.MediaID != nil && *upd.MediaID != l.MediaID
		upd.apply(l)
		if err := l.check(); err != nil {
			return err
		}
		if mediaChanged {
			l.DurationSeconds = 0
			if err := tx.attachMedia(ctx, p, l); err != nil {
				return err
			}
		}
		if upd.ChapterID != nil && *upd.ChapterID != l.ChapterID {
			if err := tx.moveLesson(ctx, l, *upd.ChapterID); err != nil {
				return err
			}
		}
		if l.Published {
			if err := l.ready(); err != nil {
				return err
			}
		}
		l.UpdatedAt = tx.now()
		_, err = tx.db.NewUpdate().Model(l).WherePK().Column("chapter_id", "position", "title", "required", "body_html",
			"media_id", "practice_set_id", "duration_seconds", "published", "updated_at").Exec(ctx)
		if err != nil {
			return database.Err(err, lessonText)
		}
		out = l
		return tx.keepPublishedLesson(ctx, c)
	})
	return out, err
}

func (upd LessonUpdate) apply(l *Lesson) {
	for _, f := range []struct {
		dst *string
		src *string
	}{{&l.Title, upd.Title}, {&l.MediaID, upd.MediaID}, {&l.PracticeSetID, upd.PracticeSetID}} {
		if f.src != nil {
			*f.dst = *f.src
		}
	}
	if upd.BodyHTML != nil {
		l.BodyHTML = sanitize(*upd.BodyHTML)
	}
	if upd.Required != nil {
		l.Required = *upd.Required
	}
	if upd.Published != nil {
		l.Published = *upd.Published
	}
}

// moveLesson puts l at the end of another chapter of its course.
func (s *Service) moveLesson(ctx context.Context, l *Lesson, chapterID string) error {
	target := new(Chapter)
	err := s.loadByID(ctx, target, "ch", chapterID, chapterText)
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND || (err == nil && target.CourseID != l.CourseID) {
		return xiangcai.Invalid("chapter_id", "目标章节不在本课程中", "the chapter is not part of this course")
	}
	if err != nil {
		return err
	}
	l.ChapterID = target.ID
	l.Position, err = s.nextPosition(ctx, "lessons", "chapter_id", target.ID)
	return err
}

// DeleteLesson removes a lesson from a course p edits. A published course
// must keep a published lesson.
func (s *Service) DeleteLesson(ctx context.Context, p xiangcai.Principal, id string) error {
	return s.remove(ctx, func(ctx context.Context, tx *Service) (any, *Course, error) { return tx.lessonForChange(ctx, p, id) })
}

// ReorderLessons puts the lessons of a chapter in the order of ids, which
// must name each of its lessons once.
func (s *Service) ReorderLessons(ctx context.Context, p xiangcai.Principal, chapterID string, ids []string) error {
	return s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		ch, _, err := tx.chapterForChange(ctx, p, chapterID)
		if err != nil {
			return err
		}
		return tx.reorder(ctx, "lessons", "chapter_id", ch.ID, ids)
	})
}

// SetMediaDuration records the length of a media asset in every lesson that
// shows it, once the video is ready, and returns how many lessons changed.
// The media package calls it as the system, on nobody's behalf.
func (s *Service) SetMediaDuration(ctx context.Context, mediaID string, seconds int) (int, error) {
	if seconds <= 0 {
		return 0, xiangcai.Invalid("duration_seconds", "时长须大于0", "the duration must be above 0")
	}
	res, err := s.db.NewUpdate().Model((*Lesson)(nil)).Set("duration_seconds = ?", seconds).Set("updated_at = ?", s.now()).
		Where("media_id = ?", mediaID).Exec(ctx)
	if err != nil {
		return 0, database.Err(err, lessonText)
	}
	n, err := res.RowsAffected()
	return int(n), database.Err(err, lessonText)
}

// lessonForChange loads lesson id and its course for a change by p, with
// the checks of forChange.
func (s *Service) lessonForChange(ctx context.Context, p xiangcai.Principal, id string) (*Lesson, *Course, error) {
	l := new(Lesson)
	if err := s.loadByID(ctx, l, "l", id, lessonText); err != nil {
		return nil, nil, err
	}
	c, err := s.forChange(ctx, p, l.CourseID, edits)
	return l, c, err
}
