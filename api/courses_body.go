package api

import (
	"context"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/courses"
)

// coverURLTTL is how long a signed cover URL in a course body works.
const coverURLTTL = time.Hour

// The codes of the course vocabularies. Each type's OpenAPI schema lists its
// vocabulary's codes, taken from the courses package, so the document
// cannot drift from the domain.
type (
	topicCode      string
	audienceCode   string
	levelCode      string
	lessonKindCode string
)

// Schema implements huma.SchemaProvider.
func (topicCode) Schema(huma.Registry) *huma.Schema { return enumSchema(courses.Topics) }

// Schema implements huma.SchemaProvider.
func (audienceCode) Schema(huma.Registry) *huma.Schema { return enumSchema(courses.Audiences) }

// Schema implements huma.SchemaProvider.
func (levelCode) Schema(huma.Registry) *huma.Schema { return enumSchema(courses.ProviderLevels) }

// Schema implements huma.SchemaProvider.
func (lessonKindCode) Schema(huma.Registry) *huma.Schema { return enumSchema(courses.LessonKinds) }

func enumSchema[C ~string](v courses.Vocabulary[C]) *huma.Schema {
	s := &huma.Schema{Type: huma.TypeString}
	for _, code := range v.Codes() {
		s.Enum = append(s.Enum, code)
	}
	return s
}

// CourseBody is a course as the API shows it.
type CourseBody struct {
	ID                  string           `json:"id" doc:"opaque identifier"`
	Title               string           `json:"title"`
	Summary             string           `json:"summary"`
	CoverURL            string           `json:"cover_url,omitempty" doc:"signed link to the cover image, valid for an hour"`
	Topic               string           `json:"topic"`
	Audiences           []string         `json:"audiences"`
	ProviderLevel       string           `json:"provider_level" enum:"province,city,county"`
	RegionCode          string           `json:"region_code" doc:"owning region: 430000, a city or a county"`
	CityCode            string           `json:"city_code,omitempty" doc:"the course's city; absent for province courses"`
	CreditHours         float64          `json:"credit_hours" doc:"学时, in steps of 0.5"`
	Status              string           `json:"status" enum:"draft,published,archived"`
	CompletionThreshold int              `json:"completion_threshold" doc:"percent of a video to watch for it to count"`
	Capacity            int              `json:"capacity,omitempty" doc:"most enrolments; absent: no limit"`
	EnrolledCount       int              `json:"enrolled_count"`
	Instructors         []InstructorBody `json:"instructors,omitempty" doc:"absent in catalog lists"`
	CreatedAt           time.Time        `json:"created_at"`
	UpdatedAt           time.Time        `json:"updated_at"`
	PublishedAt         *time.Time       `json:"published_at,omitempty"`
}

// InstructorBody is an instructor of a course.
type InstructorBody struct {
	UserID      string `json:"user_id"`
	DisplayName string `json:"display_name"`
}

// courseBody renders c, with a signed link to its cover.
func (s *Server) courseBody(ctx context.Context, c *courses.Course) (CourseBody, error) {
	b := CourseBody{ID: c.ID, Title: c.Title, Summary: c.Summary, Topic: string(c.Topic), Audiences: make([]string, len(c.Audiences)),
		ProviderLevel: string(c.ProviderLevel), RegionCode: c.RegionCode, CityCode: c.CityCode, CreditHours: c.CreditHours(),
		Status: string(c.Status), CompletionThreshold: c.CompletionThreshold, Capacity: c.Capacity, EnrolledCount: c.EnrolledCount,
		CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
	for i, a := range c.Audiences {
		b.Audiences[i] = string(a)
	}
	for _, in := range c.Instructors {
		b.Instructors = append(b.Instructors, InstructorBody(in))
	}
	if !c.PublishedAt.IsZero() {
		b.PublishedAt = &c.PublishedAt
	}
	if c.CoverKey != "" {
		url, err := s.deps.Store.SignedURL(ctx, c.CoverKey, coverURLTTL, "")
		if err != nil {
			return b, err
		}
		b.CoverURL = url
	}
	return b, nil
}

// ChapterBody is a chapter with its lessons in order.
type ChapterBody struct {
	ID       string       `json:"id"`
	Title    string       `json:"title"`
	Position int          `json:"position"`
	Lessons  []LessonBody `json:"lessons"`
}

func chapterBody(ch *courses.Chapter) ChapterBody {
	b := ChapterBody{ID: ch.ID, Title: ch.Title, Position: ch.Position, Lessons: make([]LessonBody, len(ch.Lessons))}
	for i, l := range ch.Lessons {
		b.Lessons[i] = lessonBody(l)
	}
	return b
}

// LessonBody is a lesson. The body of a rich-text lesson comes only from
// GET /lessons/{id}.
type LessonBody struct {
	ID              string `json:"id"`
	ChapterID       string `json:"chapter_id"`
	CourseID        string `json:"course_id"`
	Position        int    `json:"position"`
	Title           string `json:"title"`
	Kind            string `json:"kind" enum:"video,document,richtext,practice"`
	Required        bool   `json:"required" doc:"counts towards completing the course"`
	Published       bool   `json:"published"`
	BodyHTML        string `json:"body_html,omitempty" doc:"sanitised HTML of a rich-text lesson"`
	MediaID         string `json:"media_id,omitempty" doc:"media asset of a video or document lesson"`
	PracticeSetID   string `json:"practice_set_id,omitempty" doc:"exam-prep practice set of a practice lesson"`
	DurationSeconds int    `json:"duration_seconds,omitempty" doc:"length of the processed video"`
}

func lessonBody(l *courses.Lesson) LessonBody {
	return LessonBody{ID: l.ID, ChapterID: l.ChapterID, CourseID: l.CourseID, Position: l.Position, Title: l.Title,
		Kind: string(l.Kind), Required: l.Required, Published: l.Published, BodyHTML: l.BodyHTML, MediaID: l.MediaID,
		PracticeSetID: l.PracticeSetID, DurationSeconds: l.DurationSeconds}
}

// EnrolmentBody is an enrolment; in "my learning" it carries its course.
type EnrolmentBody struct {
	ID          string      `json:"id"`
	CourseID    string      `json:"course_id"`
	UserID      string      `json:"user_id"`
	Source      string      `json:"source" enum:"self,assigned"`
	AssignedBy  string      `json:"assigned_by,omitempty"`
	Status      string      `json:"status" enum:"active,withdrawn,completed"`
	EnrolledAt  time.Time   `json:"enrolled_at"`
	WithdrawnAt *time.Time  `json:"withdrawn_at,omitempty"`
	CompletedAt *time.Time  `json:"completed_at,omitempty"`
	Course      *CourseBody `json:"course,omitempty"`
	// Progress is filled in on the "my learning" list.
	Progress *ProgressSummary `json:"progress,omitempty"`
}

// ProgressSummary is how far a trainee has come in a course.
type ProgressSummary struct {
	Percent         int    `json:"percent" doc:"share of required lessons complete"`
	Completed       bool   `json:"completed"`
	CertificateCode string `json:"certificate_code,omitempty"`
}

func (s *Server) enrolmentBody(ctx context.Context, e *courses.Enrolment) (EnrolmentBody, error) {
	b := EnrolmentBody{ID: e.ID, CourseID: e.CourseID, UserID: e.UserID, Source: string(e.Source), AssignedBy: e.AssignedBy,
		Status: string(e.Status), EnrolledAt: e.EnrolledAt, WithdrawnAt: timeOrNil(e.WithdrawnAt), CompletedAt: timeOrNil(e.CompletedAt)}
	if e.Course != nil {
		c, err := s.courseBody(ctx, e.Course)
		if err != nil {
			return b, err
		}
		b.Course = &c
	}
	return b, nil
}

// timeOrNil returns nil for the zero time, so it is left out of a body.
func timeOrNil(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}
