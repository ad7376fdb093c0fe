package web

import (
	"context"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/courses/media"
)

// manageChapter is a chapter in the editor, with its place among the
// chapters so the page offers only the moves that make sense.
type manageChapter struct {
	ID, Title   string
	First, Last bool
	Lessons     []manageLesson
}

// manageLesson is a lesson in the editor.
type manageLesson struct {
	lessonRow
	First, Last bool
	Body        string // a rich-text lesson's HTML, to edit
	// Media describes a video or document lesson's file; nil when none is
	// attached yet.
	Media *mediaView
}

// mediaView is the state of a lesson's file as its editor sees it.
type mediaView struct {
	FileName string
	Status   media.Status
	Failure  string // why processing failed, in the page's language
}

// structure returns the chapters and lessons of a course for its editor,
// with each lesson's file and each rich-text lesson's body.
func (s *site) structure(ctx context.Context, p xiangcai.Principal, courseID, lang string) ([]manageChapter, error) {
	outline, err := s.courses.FindOutline(ctx, p, courseID)
	if err != nil {
		return nil, err
	}
	out := make([]manageChapter, len(outline))
	for i, ch := range outline {
		out[i] = manageChapter{ID: ch.ID, Title: ch.Title, First: i == 0, Last: i == len(outline)-1}
		for j, row := range s.outlineView([]*courses.Chapter{ch}, nil, lang)[0].Lessons {
			l := manageLesson{lessonRow: row, First: j == 0, Last: j == len(ch.Lessons)-1}
			if err := s.lessonContent(ctx, p, ch.Lessons[j], &l, lang); err != nil {
				return nil, err
			}
			out[i].Lessons = append(out[i].Lessons, l)
		}
	}
	return out, nil
}

// lessonContent fills in what the editor shows of a lesson's content: the
// body of rich text, the state of a file.
func (s *site) lessonContent(ctx context.Context, p xiangcai.Principal, l *courses.Lesson, into *manageLesson, lang string) error {
	switch {
	case l.Kind == courses.KindRichText:
		full, err := s.courses.FindLesson(ctx, p, l.ID)
		if err != nil {
			return err
		}
		into.Body = full.BodyHTML
	case l.MediaID != "":
		a, err := s.media.FindAssetByID(ctx, p, l.MediaID)
		if err != nil {
			return err
		}
		into.Media = &mediaView{FileName: a.FileName, Status: a.Status, Failure: a.Failure().In(lang)}
	}
	return nil
}
