package courses

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

// lessonText names a lesson in not_found messages.
var lessonText = xiangcai.Text{ZH: "课时", EN: "lesson"}

// LessonKind is what a lesson holds.
type LessonKind string

// The kinds of lesson.
const (
	KindVideo    LessonKind = "video"    // a video asset, played as HLS
	KindDocument LessonKind = "document" // a PDF asset
	KindRichText LessonKind = "richtext" // sanitised HTML kept in the lesson
	KindPractice LessonKind = "practice" // a link to an exam-prep practice set
)

// LessonKinds lists every kind of lesson.
var LessonKinds = Vocabulary[LessonKind]{
	{KindVideo, xiangcai.Text{ZH: "视频", EN: "Video"}},
	{KindDocument, xiangcai.Text{ZH: "文档", EN: "Document"}},
	{KindRichText, xiangcai.Text{ZH: "图文", EN: "Rich text"}},
	{KindPractice, xiangcai.Text{ZH: "练习", EN: "Practice"}},
}

// Lesson is one ordered step of a chapter.
type Lesson struct {
	bun.BaseModel `bun:"table:lessons,alias:l"`

	ID        string     `bun:"id,pk"`
	ChapterID string     `bun:"chapter_id"`
	CourseID  string     `bun:"course_id"`
	Position  int        `bun:"position"`
	Title     string     `bun:"title"`
	Kind      LessonKind `bun:"kind"`
	// Required lessons must be complete for the course to be complete.
	Required bool `bun:"required"`
	// BodyHTML is the sanitised body of a rich-text lesson. FindOutline
	// leaves it empty; FindLesson fills it in.
	BodyHTML string `bun:"body_html,nullzero"`
	// MediaID is the media asset of a video or document lesson.
	MediaID string `bun:"media_id,nullzero"`
	// PracticeSetID names the exam-prep practice set of a practice lesson.
	// It is opaque here: exam prep checks it when it links the set.
	PracticeSetID string `bun:"practice_set_id,nullzero"`
	// DurationSeconds is the length of a video lesson's video, recorded by
	// SetMediaDuration when the video is ready; 0 until then.
	DurationSeconds int       `bun:"duration_seconds,nullzero"`
	Published       bool      `bun:"published"`
	CreatedAt       time.Time `bun:"created_at"`
	UpdatedAt       time.Time `bun:"updated_at"`
}

// maxBody bounds the sanitised body of a rich-text lesson, in bytes.
const maxBody = 200_000

// check validates the lesson as it will be saved: its title, and that it
// holds only what its kind holds.
func (l *Lesson) check() error {
	wrongKind := func(field string) error {
		return xiangcai.Invalid(field, "该类型的课时没有此项", "lessons of this kind do not have this field")
	}
	var body, media, practice error
	switch {
	case l.BodyHTML != "" && l.Kind != KindRichText:
		body = wrongKind("body_html")
	case len(l.BodyHTML) > maxBody:
		body = xiangcai.Invalid("body_html", "正文过长", "the body is too long")
	}
	switch {
	case l.MediaID != "" && l.Kind != KindVideo && l.Kind != KindDocument:
		media = wrongKind("media_id")
	case l.MediaID != "" && !xiangcai.ValidID(l.MediaID):
		media = xiangcai.Invalid("media_id", "媒体标识无效", "not a valid media id")
	}
	if l.PracticeSetID != "" && l.Kind != KindPractice {
		practice = wrongKind("practice_set_id")
	} else {
		practice = checkText("practice_set_id", l.PracticeSetID, 0, 64, false)
	}
	return joinInvalid(checkText("title", l.Title, 1, maxTitle, false), checkVocabulary("kind", LessonKinds, l.Kind), body, media, practice)
}

// ready returns a conflict unless the lesson has what it shows: a video
// that is ready (its duration is known), a document, a body, or a practice
// set.
func (l *Lesson) ready() error {
	var ok bool
	switch l.Kind {
	case KindVideo:
		ok = l.MediaID != "" && l.DurationSeconds > 0
	case KindDocument:
		ok = l.MediaID != ""
	case KindRichText:
		ok = l.BodyHTML != ""
	case KindPractice:
		ok = l.PracticeSetID != ""
	}
	if ok {
		return nil
	}
	return xiangcai.Errorf(xiangcai.ECONFLICT, "课时内容尚未就绪（视频需处理完成），不能发布",
		"the lesson's content is not ready (a video must finish processing), so it cannot be published")
}
