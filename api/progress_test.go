package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"xiangcai/courses/media/mediatest"
)

// TestLearningEndToEnd takes a video from upload to certificate through the
// API alone: the teacher uploads and attaches it, the course is published,
// the trainee enrols, plays it through heartbeats, reads the text lesson,
// and the certificate verifies publicly with the name masked.
func TestLearningEndToEnd(t *testing.T) {
	w := newCourseWorld(t)
	video := uploadAndProcess(t, w.env, w.auth["instructor"], "video", "第一课.mp4", mediatest.Video{Seconds: 4, Size: "320x240"}.Make(t))

	course := w.create(t, "instructor", `{"title":"社区志愿服务实务","topic":"volunteering","audiences":["volunteer"],"provider_level":"city","credit_hours":1.5}`)
	chapter := w.create(t, "instructor", "/courses/"+course+"/chapters", `{"title":"第一章"}`)
	lesson := w.create(t, "instructor", "/chapters/"+chapter+"/lessons", `{"title":"视频课","kind":"video","media_id":"`+video+`"}`)
	text := w.create(t, "instructor", "/chapters/"+chapter+"/lessons", `{"title":"阅读","kind":"richtext","body_html":"<p>读完</p>"}`)
	for _, id := range []string{lesson, text} {
		w.ok(t, "instructor", "PATCH", "/lessons/"+id, `{"published":true}`)
	}
	w.ok(t, "city_admin", "POST", "/courses/"+course+"/publish", "")

	beat := func(from, to float64) *resp {
		return w.call(t, "trainee", "POST", "/lessons/"+lesson+"/heartbeats", fmt.Sprintf(`{"from":%v,"to":%v,"rate":1,"position":%v}`, from, to, to))
	}
	if r := beat(0, 0); r.status != http.StatusForbidden {
		t.Fatalf("a heartbeat before enrolling: %d %s", r.status, r.body)
	}
	w.ok(t, "trainee", "POST", "/courses/"+course+"/enrolment", "")
	if r := w.call(t, "trainee", "GET", "/media/"+video+"/playback", ""); r.status != http.StatusOK {
		t.Fatalf("an enrolled trainee cannot play the lesson's video: %d %s", r.status, r.body)
	}
	if r := w.call(t, "other_city_admin", "GET", "/media/"+video+"/playback", ""); r.status == http.StatusOK {
		t.Fatal("another city's administrator can play the video")
	}
	beat(0, 0)
	w.env.Clock.Advance(2 * time.Second)
	if r := beat(0, 30); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `"to"`) {
		t.Fatalf("claiming 30 s after 2 s: %d %s", r.status, r.body)
	}
	w.env.Clock.Advance(2 * time.Second)
	if r := beat(0, 4); r.status != http.StatusOK || !strings.Contains(r.body, `"completed":true`) {
		t.Fatalf("watching the whole video: %d %s", r.status, r.body)
	}
	if r := w.call(t, "trainee", "POST", "/lessons/"+text+"/done", ""); !strings.Contains(r.body, `"course_completed":true`) {
		t.Fatalf("finishing the last lesson: %d %s", r.status, r.body)
	}
	mine := w.call(t, "trainee", "GET", "/me/enrolments", "")
	if !strings.Contains(mine.body, `"percent":100`) || !strings.Contains(mine.body, `"certificate_code"`) {
		t.Fatalf("my learning: %s", mine.body)
	}
	progress := w.call(t, "trainee", "GET", "/courses/"+course+"/progress", "")
	code := between(progress.body, `"certificate_code":"`, `"`)
	if code == "" {
		t.Fatalf("course progress: %s", progress.body)
	}
	public := w.call(t, "anonymous", "GET", "/certificates/"+code+"/verification", "")
	if public.status != http.StatusOK || !strings.Contains(public.body, `"holder_name":"测***`) || !strings.Contains(public.body, `"credit_hours":1.5`) {
		t.Fatalf("public verification: %d %s", public.status, public.body)
	}
	if r := w.call(t, "anonymous", "GET", "/certificates/"+code, ""); r.status != http.StatusUnauthorized {
		t.Fatalf("the full certificate without signing in: %d", r.status)
	}
	if r := w.call(t, "other_city_admin", "GET", "/certificates/"+code, ""); r.status != http.StatusForbidden {
		t.Fatalf("the full certificate for another city's administrator: %d", r.status)
	}
	var n int
	if err := w.env.DB.NewSelect().Table("training_records").ColumnExpr("count(*)").Where("source_id = ? AND credit_tenths = 15", course).Scan(t.Context(), &n); err != nil || n != 1 {
		t.Fatalf("training records: %d %v", n, err)
	}
}

// TestAttachingSomeoneElsesMediaIsRefused keeps a teacher from showing
// another city's upload in their lesson.
func TestAttachingSomeoneElsesMediaIsRefused(t *testing.T) {
	w := newCourseWorld(t)
	theirs := uploadAndProcess(t, w.env, w.auth["other_city_admin"], "document", "讲义.pdf", mediatest.PDF())
	course := w.create(t, "instructor", `{"title":"课程","topic":"volunteering","audiences":["volunteer"],"provider_level":"city","credit_hours":1}`)
	chapter := w.create(t, "instructor", "/courses/"+course+"/chapters", `{"title":"第一章"}`)
	r := w.call(t, "instructor", "POST", "/chapters/"+chapter+"/lessons", `{"title":"讲义","kind":"document","media_id":"`+theirs+`"}`)
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "media_id") {
		t.Fatalf("attaching another city's file: %d %s", r.status, r.body)
	}
	mine := uploadAndProcess(t, w.env, w.auth["instructor"], "document", "讲义.pdf", mediatest.PDF())
	r = w.call(t, "instructor", "POST", "/chapters/"+chapter+"/lessons", `{"title":"视频","kind":"video","media_id":"`+mine+`"}`)
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "media_id") {
		t.Fatalf("a PDF in a video lesson: %d %s", r.status, r.body)
	}
}

type resp struct {
	status int
	body   string
}

func (w *courseWorld) call(t *testing.T, role, method, path, body string) *resp {
	t.Helper()
	r := w.do(t, role, method, "/api/v1"+path, body)
	return &resp{status: r.StatusCode, body: string(r.Body)}
}

func (w *courseWorld) ok(t *testing.T, role, method, path, body string) {
	t.Helper()
	if r := w.call(t, role, method, path, body); r.status >= 300 {
		t.Fatalf("%s %s as %s: %d %s", method, path, role, r.status, r.body)
	}
}

// create posts to path (or /courses when only a body is given) and returns
// the new row's id.
func (w *courseWorld) create(t *testing.T, role string, pathAndBody ...string) string {
	t.Helper()
	path, body := "/courses", pathAndBody[0]
	if len(pathAndBody) == 2 {
		path, body = pathAndBody[0], pathAndBody[1]
	}
	r := w.call(t, role, "POST", path, body)
	if r.status != http.StatusCreated && r.status != http.StatusOK {
		t.Fatalf("POST %s as %s: %d %s", path, role, r.status, r.body)
	}
	return between(r.body, `"id":"`, `"`)
}

func between(s, start, end string) string {
	_, rest, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, end)
	return v
}
