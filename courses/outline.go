package courses

import (
	"context"

	"xiangcai"
	"xiangcai/database"
)

// FindOutline returns the chapters of a course p may see, in order, each
// with its lessons in order and without lesson bodies. Those who do not
// edit the course see only published lessons and the chapters that hold
// one.
func (s *Service) FindOutline(ctx context.Context, p xiangcai.Principal, courseID string) ([]*Chapter, error) {
	c, err := s.FindCourseByID(ctx, p, courseID)
	if err != nil {
		return nil, err
	}
	editor := edits(p, c)
	var chapters []*Chapter
	if err := s.db.NewSelect().Model(&chapters).Where("ch.course_id = ?", c.ID).OrderExpr("ch.position, ch.id").Scan(ctx); err != nil {
		return nil, database.Err(err, chapterText)
	}
	var lessons []*Lesson
	q := s.db.NewSelect().Model(&lessons).ExcludeColumn("body_html").Where("l.course_id = ?", c.ID).OrderExpr("l.position, l.id")
	if !editor {
		q = q.Where("l.published = ?", true)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, lessonText)
	}
	byID := make(map[string]*Chapter, len(chapters))
	for _, ch := range chapters {
		byID[ch.ID] = ch
	}
	for _, l := range lessons {
		byID[l.ChapterID].Lessons = append(byID[l.ChapterID].Lessons, l)
	}
	shown := chapters[:0]
	for _, ch := range chapters {
		if editor || len(ch.Lessons) > 0 {
			shown = append(shown, ch)
		}
	}
	return shown, nil
}

// FindLesson returns a lesson with its body, for viewing or editing. Its
// editors read any lesson; anyone else reads published lessons of courses
// they hold an active or completed enrolment in. The media and progress
// parts ask it before they serve a lesson's content.
func (s *Service) FindLesson(ctx context.Context, p xiangcai.Principal, id string) (*Lesson, error) {
	l := new(Lesson)
	if err := s.loadByID(ctx, l, "l", id, lessonText); err != nil {
		return nil, err
	}
	c, err := s.FindCourseByID(ctx, p, l.CourseID)
	switch {
	case err != nil:
		return nil, err
	case edits(p, c):
		return l, nil
	case !l.Published:
		return nil, xiangcai.NotFound(lessonText.ZH, lessonText.EN)
	}
	if err := p.RequireRole(xiangcai.Roles...); err != nil {
		return nil, err
	}
	e, err := s.enrolment(ctx, c.ID, p.UserID)
	if err != nil || !e.holds() {
		return nil, xiangcai.Errorf(xiangcai.EFORBIDDEN, "报名后才能学习本课时", "enrol in the course to open this lesson")
	}
	return l, nil
}
