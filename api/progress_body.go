package api

import (
	"time"

	"xiangcai/courses/progress"
)

// LessonProgressBody is a trainee's standing in one lesson.
type LessonProgressBody struct {
	LessonID       string  `json:"lesson_id"`
	WatchedSeconds float64 `json:"watched_seconds" doc:"distinct seconds of video credited"`
	Position       float64 `json:"position" doc:"resume position in seconds"`
	Completed      bool    `json:"completed"`
}

func lessonProgressBody(lp *progress.LessonProgress) LessonProgressBody {
	return LessonProgressBody{LessonID: lp.LessonID, WatchedSeconds: lp.WatchedSeconds(), Position: lp.Position(), Completed: lp.Completed()}
}

// CourseProgressBody is a trainee's standing in one course.
type CourseProgressBody struct {
	RequiredDone    int                  `json:"required_done"`
	RequiredTotal   int                  `json:"required_total"`
	Percent         int                  `json:"percent"`
	Completed       bool                 `json:"completed"`
	CertificateCode string               `json:"certificate_code,omitempty"`
	Lessons         []LessonProgressBody `json:"lessons"`
}

func courseProgressBody(cp *progress.CourseProgress) *CourseProgressBody {
	b := &CourseProgressBody{RequiredDone: cp.RequiredDone, RequiredTotal: cp.RequiredTotal, Percent: cp.Percent(),
		Completed: cp.Completed, CertificateCode: cp.CertificateCode, Lessons: make([]LessonProgressBody, len(cp.Lessons))}
	for i, lp := range cp.Lessons {
		b.Lessons[i] = lessonProgressBody(lp)
	}
	return b
}

// CertificateBody is a certificate in full, for its holder.
type CertificateBody struct {
	Code        string    `json:"code" example:"K7QM-2XHD-9PRA"`
	HolderName  string    `json:"holder_name"`
	CourseID    string    `json:"course_id"`
	CourseTitle string    `json:"course_title"`
	CreditHours float64   `json:"credit_hours"`
	Issuer      string    `json:"issuer"`
	IssuedAt    time.Time `json:"issued_at"`
}

func certificateBody(c *progress.Certificate) CertificateBody {
	return CertificateBody{Code: c.Code, HolderName: c.HolderName, CourseID: c.CourseID, CourseTitle: c.CourseTitle,
		CreditHours: c.CreditHours(), Issuer: c.Issuer, IssuedAt: c.IssuedAt}
}

// VerificationBody confirms a certificate to anyone, with the name masked.
type VerificationBody struct {
	Code        string    `json:"code"`
	HolderName  string    `json:"holder_name" doc:"masked, such as 张**"`
	CourseTitle string    `json:"course_title"`
	CreditHours float64   `json:"credit_hours"`
	Issuer      string    `json:"issuer"`
	IssuedAt    time.Time `json:"issued_at"`
}
