package courses

import (
	"context"

	"xiangcai"
	"xiangcai/database"
)

// PublishCourse puts a draft into the catalog. Only its administrators
// publish it, and only once it has at least one published lesson.
// Publishing a published course changes nothing.
func (s *Service) PublishCourse(ctx context.Context, p xiangcai.Principal, id string) (*Course, error) {
	return s.moveTo(ctx, p, id, StatusPublished, func(ctx context.Context, tx *Service, c *Course) error {
		return tx.requirePublishedLesson(ctx, c, xiangcai.Text{ZH: "发布课程前请至少发布一节课", EN: "publish at least one lesson before publishing the course"})
	})
}

// ArchiveCourse takes a published course out of the catalog for good: it
// becomes read-only, and stays open to those enrolled in it. Only its
// administrators archive it.
func (s *Service) ArchiveCourse(ctx context.Context, p xiangcai.Principal, id string) (*Course, error) {
	return s.moveTo(ctx, p, id, StatusArchived, func(ctx context.Context, tx *Service, c *Course) error {
		if c.Status == StatusDraft {
			return xiangcai.Errorf(xiangcai.ECONFLICT, "只能归档已发布的课程", "only a published course can be archived")
		}
		return nil
	})
}

// moveTo changes the status of a course p administers, after ready says the
// course may take it.
func (s *Service) moveTo(ctx context.Context, p xiangcai.Principal, id string, status Status, ready func(context.Context, *Service, *Course) error) (*Course, error) {
	var out *Course
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.forChange(ctx, p, id, administers)
		if err != nil || c.Status == status {
			out = c
			return err
		}
		if err := ready(ctx, tx, c); err != nil {
			return err
		}
		c.Status, c.UpdatedAt = status, tx.now()
		if c.PublishedAt.IsZero() {
			c.PublishedAt = c.UpdatedAt
		}
		_, err = tx.db.NewUpdate().Model(c).WherePK().Column("status", "published_at", "updated_at").Exec(ctx)
		out = c
		return database.Err(err, courseText)
	})
	return out, err
}

// requirePublishedLesson returns a conflict with message unless c has a
// published lesson. Publishing a course needs one, and changes to the
// lessons of a published course must leave one.
func (s *Service) requirePublishedLesson(ctx context.Context, c *Course, message xiangcai.Text) error {
	n, err := s.db.NewSelect().Model((*Lesson)(nil)).Where("l.course_id = ? AND l.published = ?", c.ID, true).Count(ctx)
	if err != nil {
		return database.Err(err, lessonText)
	}
	if n == 0 {
		return &xiangcai.Error{Code: xiangcai.ECONFLICT, Message: message}
	}
	return nil
}

// keepPublishedLesson returns a conflict if c is published and a change has
// left it without a published lesson.
func (s *Service) keepPublishedLesson(ctx context.Context, c *Course) error {
	if c.Status != StatusPublished {
		return nil
	}
	return s.requirePublishedLesson(ctx, c, xiangcai.Text{ZH: "已发布的课程至少要保留一节已发布的课时", EN: "a published course must keep at least one published lesson"})
}
