package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
	"xiangcai/courses/progress"
)

// TestLessonKinds opens a lesson of each kind as an enrolled trainee, marks
// the reading done, and finishes the course: the certificate appears on
// the course page and in "my learning", with the credit hours.
func TestLessonKinds(t *testing.T) {
	site := newSite(t)
	admin := site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")
	pdf := site.upload(admin.Principal, media.KindDocument, "讲义.pdf", mediatest.PDF())
	course, lessons := site.publish(admin.Principal, admin.Principal, newCourse("社区志愿服务", courses.LevelProvince, ""),
		text("志愿服务概论"), courses.NewLesson{Title: "讲义", Kind: courses.KindDocument, MediaID: pdf},
		courses.NewLesson{Title: "课后练习", Kind: courses.KindPractice, PracticeSetID: "set-1"})
	reading, document, practice := lessons[0], lessons[1], lessons[2]

	v := site.visitor()
	v.signIn(site.person(xiangcai.RoleTrainee, "李华", "430104").account)
	v.get("/lessons/"+reading.ID).expect(t, http.StatusForbidden, "报名后才能学习本课时")
	v.submit("/courses/"+course.ID, "/courses/"+course.ID+"/enrolment", nil)

	p := v.get("/lessons/" + reading.ID)
	p.expect(t, http.StatusOK, "<p>志愿服务概论的正文</p>", "学完了", `rel="next" href="/lessons/`+document.ID+`"`)
	if strings.Contains(p.Body, "alert(1)") {
		t.Error("the rich text kept a script")
	}
	done := v.submit("/lessons/"+reading.ID, "/lessons/"+reading.ID+"/done", nil)
	if done.Status != http.StatusSeeOther {
		t.Fatalf("mark done: %d\n%s", done.Status, done.Body)
	}
	v.get(done.Location).expect(t, http.StatusOK, "已记录：本课时学完了", "本课时已学完")
	if p := v.get("/courses/" + course.ID + "/continue"); p.Location != "/lessons/"+document.ID {
		t.Errorf("continue after the reading leads to %q", p.Location)
	}

	doc := v.get("/lessons/" + document.ID)
	doc.expect(t, http.StatusOK, "讲义.pdf", "打开文档", "学完了")
	if !regexp.MustCompile(`href="[^"]+/files/media/`+pdf+`/original\?`).MatchString(doc.Body) && !strings.Contains(doc.Body, "X-Amz-Signature") {
		t.Errorf("the document has no signed link:\n%s", doc.Body)
	}
	v.get("/lessons/"+practice.ID).expect(t, http.StatusOK, "练习题将随备考功能一同开放")
	v.submit("/lessons/"+practice.ID, "/lessons/"+practice.ID+"/done", nil).expect(t, http.StatusUnprocessableEntity, "只有文档和图文课时可以标记为已学完")

	v.submit("/lessons/"+document.ID, "/lessons/"+document.ID+"/done", nil)
	v.get("/lessons/"+document.ID).expect(t, http.StatusOK, "恭喜，您已完成本课程", `href="/certificates/`)
	v.get("/courses/"+course.ID).expect(t, http.StatusOK, "必修课时已完成 2 / 2", "您已完成本课程", "查看结业证书")
	if strings.Contains(v.get("/courses/"+course.ID).Body, "确认退出") {
		t.Error("a completed course offers withdrawal")
	}
	mine := v.get("/me/learning")
	mine.expect(t, http.StatusOK, "已获 1.5 学时", "来自 1 张结业证书", "社区志愿服务", "已完成", `href="/certificates/`)
}

// TestLessonPreviewAndVideo shows a video lesson's player to an enrolled
// trainee and, without progress, to its editor; anonymous visitors sign in
// first.
func TestLessonPreviewAndVideo(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	site := newSite(t)
	changsha := site.person(xiangcai.RoleCityAdmin, "张管理", "430100")
	course, lesson := site.videoCourse(changsha.Principal, changsha.Principal, newCourse("长沙社区治理", courses.LevelCity, ""), 2)
	path := "/lessons/" + lesson.ID

	if p := site.visitor().get(path); p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Errorf("anonymous: %d to %q", p.Status, p.Location)
	}
	editor := site.visitor()
	editor.signIn(changsha.account)
	preview := editor.get(path)
	preview.expect(t, http.StatusOK, "预览模式", `data-hls="/api/v1/media/`+lesson.MediaID+`/hls/master.m3u8"`, `data-mp4="`, "poster=")
	if strings.Contains(preview.Body, "data-lesson") {
		t.Error("the editor's preview reports progress")
	}

	v := site.visitor()
	v.signIn(site.person(xiangcai.RoleTrainee, "李华", "430104").account)
	v.submit("/courses/"+course.ID, "/courses/"+course.ID+"/enrolment", nil)
	p := v.get(path)
	p.expect(t, http.StatusOK, `data-lesson="`+lesson.ID+`"`, `name="csrf-token"`,
		"/static/hls.light.min.", "/static/player.", "已观看 0%", "0:02")
	if strings.Contains(p.Body, "<script>") || strings.Contains(p.Body, "style=") {
		t.Error("the lesson page has inline script or style, which the CSP blocks")
	}

	// After watching a second, the page offers to resume there.
	trainee := site.person(xiangcai.RoleTrainee, "赵强", "430104")
	if _, err := site.env.Deps.Courses.Enrol(t.Context(), trainee.Principal, course.ID); err != nil {
		t.Fatal(err)
	}
	for _, hb := range []progress.Heartbeat{{Rate: 1}, {From: 0, To: 1, Rate: 1, Position: 1}} {
		site.env.Clock.Advance(time.Second)
		if _, err := site.env.Deps.Progress.Heartbeat(t.Context(), trainee.Principal, lesson.ID, hb); err != nil {
			t.Fatal(err)
		}
	}
	again := site.visitor()
	again.signIn(trainee.account)
	again.get(path).expect(t, http.StatusOK, `data-resume="1"`, "已观看 50%")
}
