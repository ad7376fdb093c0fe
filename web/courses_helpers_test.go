package web_test

import (
	"log/slog"
	"net/url"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
	"xiangcai/jobs"
)

// system reads any user, to learn the principal of one the test made.
var system = xiangcai.Principal{UserID: "system", Role: xiangcai.RoleProvinceAdmin}

// person is a user the test signs in as and calls services for.
type person struct {
	account
	xiangcai.Principal
}

// person adds a user as addUser does and returns it with its principal.
func (s *testSite) person(role xiangcai.Role, name, region string) person {
	s.t.Helper()
	a := s.addUser(role, name, region)
	u, err := s.env.Accounts.FindUserByLogin(s.t.Context(), system, a.Login)
	if err != nil {
		s.t.Fatal(err)
	}
	return person{account: a, Principal: u.Principal()}
}

// newCourse describes a volunteering course of 1.5 credit hours offered at
// level by region ("" for the province).
func newCourse(title string, level courses.ProviderLevel, region string) courses.NewCourse {
	return courses.NewCourse{Title: title, Summary: title + "的课程简介", Topic: courses.TopicVolunteering,
		Audiences: []courses.Audience{courses.AudienceVolunteer}, ProviderLevel: level, RegionCode: region, CreditHours: 1.5}
}

// publish creates the course as author in one chapter holding lessons,
// publishes every lesson and then, as admin, the course.
func (s *testSite) publish(author, admin xiangcai.Principal, in courses.NewCourse, lessons ...courses.NewLesson) (*courses.Course, []*courses.Lesson) {
	s.t.Helper()
	ctx, svc := s.t.Context(), s.env.Deps.Courses
	c, err := svc.CreateCourse(ctx, author, in)
	if err != nil {
		s.t.Fatalf("create %s: %v", in.Title, err)
	}
	ch, err := svc.CreateChapter(ctx, author, c.ID, "第一章 基础")
	if err != nil {
		s.t.Fatal(err)
	}
	var out []*courses.Lesson
	yes := true
	for _, nl := range lessons {
		l, err := svc.CreateLesson(ctx, author, ch.ID, nl)
		if err == nil {
			l, err = svc.UpdateLesson(ctx, author, l.ID, courses.LessonUpdate{Published: &yes})
		}
		if err != nil {
			s.t.Fatalf("lesson %s: %v", nl.Title, err)
		}
		out = append(out, l)
	}
	if c, err = svc.PublishCourse(ctx, admin, c.ID); err != nil {
		s.t.Fatalf("publish %s: %v", in.Title, err)
	}
	return c, out
}

// videoCourse publishes a course whose one lesson is a generated video of
// seconds, uploaded and processed as author; admin publishes the course.
func (s *testSite) videoCourse(author, admin xiangcai.Principal, in courses.NewCourse, seconds int) (*courses.Course, *courses.Lesson) {
	s.t.Helper()
	video := s.upload(author, media.KindVideo, "第一课.mp4", mediatest.Video{Seconds: seconds, Size: "320x240"}.Make(s.t))
	c, lessons := s.publish(author, admin, in, courses.NewLesson{Title: "视频课", Kind: courses.KindVideo, MediaID: video})
	return c, lessons[0]
}

// text is a rich-text lesson.
func text(title string) courses.NewLesson {
	return courses.NewLesson{Title: title, Kind: courses.KindRichText, BodyHTML: "<p>" + title + "的正文</p><script>alert(1)</script>"}
}

// upload sends data as a media asset owned by owner, the way the editor's
// uploader does, and processes it at once, as a replica's worker would.
func (s *testSite) upload(owner xiangcai.Principal, kind media.Kind, name string, data []byte) string {
	s.t.Helper()
	ctx, svc := s.t.Context(), s.env.Deps.Media
	a, err := svc.StartUpload(ctx, owner, media.NewUpload{Kind: kind, FileName: name, Size: int64(len(data)), PartSize: media.MinPartSize})
	if err != nil {
		s.t.Fatal(err)
	}
	parts, checksum := mediatest.Split(data, media.MinPartSize)
	for _, p := range parts {
		if _, err := svc.PutPart(ctx, owner, a.ID, p.Number, p.Data, p.SHA256); err != nil {
			s.t.Fatal(err)
		}
	}
	if _, err := svc.CompleteUpload(ctx, owner, a.ID, checksum); err != nil {
		s.t.Fatal(err)
	}
	s.runJobs()
	return a.ID
}

// runJobs runs every background job that is due.
func (s *testSite) runJobs() {
	s.t.Helper()
	w := jobs.NewWorker(s.env.DB, map[string]jobs.Handler{media.ProcessKind: s.env.Deps.Media.Handler()},
		jobs.Options{Clock: s.env.Clock, Logger: slog.New(slog.DiscardHandler)})
	for {
		ran, err := w.Next(s.t.Context())
		if err != nil {
			s.t.Fatal(err)
		}
		if !ran {
			return
		}
	}
}

// submit posts a form of the page at path (read first for its CSRF token)
// to action.
func (v *visitor) submit(path, action string, form url.Values) page {
	v.site.t.Helper()
	if form == nil {
		form = url.Values{}
	}
	form.Set(api.CSRFField, v.get(path).csrf(v.site.t))
	return v.post(action, form)
}

// expect fails the test unless the page has status and contains each of
// want.
func (p page) expect(t testing.TB, status int, want ...string) {
	t.Helper()
	if p.Status != status {
		t.Fatalf("status %d, want %d:\n%.3000s", p.Status, status, p.Body)
	}
	for _, w := range want {
		if !strings.Contains(p.Body, w) {
			t.Errorf("the page lacks %q:\n%.3000s", w, p.Body)
		}
	}
}
