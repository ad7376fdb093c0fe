package courses

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// chapterText names a chapter in not_found messages.
var chapterText = xiangcai.Text{ZH: "章节", EN: "chapter"}

// Chapter is an ordered part of a course that holds lessons.
type Chapter struct {
	bun.BaseModel `bun:"table:chapters,alias:ch"`

	ID        string    `bun:"id,pk"`
	CourseID  string    `bun:"course_id"`
	Position  int       `bun:"position"`
	Title     string    `bun:"title"`
	CreatedAt time.Time `bun:"created_at"`
	UpdatedAt time.Time `bun:"updated_at"`

	// Lessons are the chapter's lessons in order; FindOutline fills them in.
	Lessons []*Lesson `bun:"-"`
}

// CreateChapter adds a chapter at the end of a course p edits.
func (s *Service) CreateChapter(ctx context.Context, p xiangcai.Principal, courseID, title string) (*Chapter, error) {
	var out *Chapter
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.forChange(ctx, p, courseID, edits)
		if err != nil {
			return err
		}
		ch := &Chapter{ID: xiangcai.NewID(), CourseID: c.ID, Title: title, CreatedAt: tx.now(), UpdatedAt: tx.now()}
		if err := ch.check(); err != nil {
			return err
		}
		if ch.Position, err = tx.nextPosition(ctx, "chapters", "course_id", c.ID); err != nil {
			return err
		}
		_, err = tx.db.NewInsert().Model(ch).Exec(ctx)
		out = ch
		return database.Err(err, chapterText)
	})
	return out, err
}

// RenameChapter changes the title of a chapter of a course p edits.
func (s *Service) RenameChapter(ctx context.Context, p xiangcai.Principal, id, title string) (*Chapter, error) {
	var out *Chapter
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		ch, _, err := tx.chapterForChange(ctx, p, id)
		if err != nil {
			return err
		}
		ch.Title, ch.UpdatedAt = title, tx.now()
		if err := ch.check(); err != nil {
			return err
		}
		_, err = tx.db.NewUpdate().Model(ch).WherePK().Column("title", "updated_at").Exec(ctx)
		out = ch
		return database.Err(err, chapterText)
	})
	return out, err
}

// DeleteChapter removes a chapter and its lessons from a course p edits. A
// published course must keep a published lesson.
func (s *Service) DeleteChapter(ctx context.Context, p xiangcai.Principal, id string) error {
	return s.remove(ctx, func(ctx context.Context, tx *Service) (any, *Course, error) { return tx.chapterForChange(ctx, p, id) })
}

// ReorderChapters puts the chapters of a course p edits in the order of
// ids, which must name each of its chapters once.
func (s *Service) ReorderChapters(ctx context.Context, p xiangcai.Principal, courseID string, ids []string) error {
	return s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.forChange(ctx, p, courseID, edits)
		if err != nil {
			return err
		}
		return tx.reorder(ctx, "chapters", "course_id", c.ID, ids)
	})
}

// chapterForChange loads chapter id and its course for a change by p, with
// the checks of forChange.
func (s *Service) chapterForChange(ctx context.Context, p xiangcai.Principal, id string) (*Chapter, *Course, error) {
	ch := new(Chapter)
	if err := s.loadByID(ctx, ch, "ch", id, chapterText); err != nil {
		return nil, nil, err
	}
	c, err := s.forChange(ctx, p, ch.CourseID, edits)
	return ch, c, err
}

func (ch *Chapter) check() error { return checkText("title", ch.Title, 1, maxTitle, false) }
