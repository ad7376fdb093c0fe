package web_test

import (
	"bytes"
	"html"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
	"xiangcai/courses/media/mediatest"
)

// TestManageAccess checks who reaches the course editor.
func TestManageAccess(t *testing.T) {
	site := newSite(t)
	changsha := site.person(xiangcai.RoleCityAdmin, "张管理", "430100")
	course, err := site.env.Deps.Courses.CreateCourse(t.Context(), changsha.Principal, newCourse("长沙草稿", courses.LevelCity, ""))
	if err != nil {
		t.Fatal(err)
	}
	edit := "/manage/courses/" + course.ID
	if p := site.visitor().get("/manage/courses"); p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Errorf("anonymous: %d to %q", p.Status, p.Location)
	}
	for _, tc := range []struct {
		name             string
		who              person
		list, editStatus int
		listed           bool
	}{
		{"trainee", site.person(xiangcai.RoleTrainee, "李华", "430104"), http.StatusForbidden, http.StatusForbidden, false},
		{"instructor of the city, not teaching it", site.person(xiangcai.RoleInstructor, "王老师", "430104"), http.StatusOK, http.StatusNotFound, false},
		{"city administrator", changsha, http.StatusOK, http.StatusOK, true},
		{"other city administrator", site.person(xiangcai.RoleCityAdmin, "株洲管理", "430200"), http.StatusOK, http.StatusNotFound, false},
		{"province administrator", site.person(xiangcai.RoleProvinceAdmin, "刘省管", ""), http.StatusOK, http.StatusOK, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := site.visitor()
			v.signIn(tc.who.account)
			list := v.get("/manage/courses")
			if list.Status != tc.list || strings.Contains(list.Body, "长沙草稿") != tc.listed {
				t.Errorf("list: %d, shows the draft = %v", list.Status, !tc.listed)
			}
			if p := v.get(edit); p.Status != tc.editStatus {
				t.Errorf("editor: %d, want %d", p.Status, tc.editStatus)
			}
			if p := v.post(edit, url.Values{"title": {"改名"}}); p.Status != http.StatusForbidden {
				t.Errorf("a change without the CSRF token: %d", p.Status)
			}
		})
	}
}

// TestInstructorBuildsCourse has an instructor create a course through the
// forms, give it a chapter and lessons, order and publish them; the city
// administrator publishes the course.
func TestInstructorBuildsCourse(t *testing.T) {
	site := newSite(t)
	teacher := site.person(xiangcai.RoleInstructor, "王老师", "430104")
	v := site.visitor()
	v.signIn(teacher.account)
	v.get("/manage/courses/new").expect(t, http.StatusOK, "新建课程", `value="430100" selected`, "市州级 · 长沙市", "县市区级 · 长沙市 岳麓区")

	form := url.Values{"title": {""}, "topic": {"volunteering"}, "credit_hours": {"abc"}, "region_code": {"430100"}}
	v.submit("/manage/courses/new", "/manage/courses/new", form).expect(t, http.StatusUnprocessableEntity, "请填写数字")
	form.Set("credit_hours", "2")
	bad := v.submit("/manage/courses/new", "/manage/courses/new", form)
	bad.expect(t, http.StatusUnprocessableEntity, "此项不能为空", "请至少选择一类适用对象")
	form.Set("title", "社区议事协商")
	form["audiences"] = []string{"community_worker", "volunteer"}
	created := v.submit("/manage/courses/new", "/manage/courses/new", form)
	if created.Status != http.StatusSeeOther || !strings.HasPrefix(created.Location, "/manage/courses/") {
		t.Fatalf("create: %d to %q\n%s", created.Status, created.Location, created.Body)
	}
	edit := strings.TrimSuffix(created.Location, "?done=saved")
	id := strings.TrimPrefix(edit, "/manage/courses/")
	page := v.get(created.Location)
	page.expect(t, http.StatusOK, "已保存", "社区议事协商", "草稿", `name="audiences" value="volunteer" checked`)
	if strings.Contains(page.Body, `value="publish">发布课程`) || strings.Contains(page.Body, `name="region_code"`) {
		t.Error("an instructor is offered to publish or move the course")
	}

	for _, title := range []string{"第一章", "第二章"} {
		v.submit(edit, edit+"/chapters", url.Values{"title": {title}})
	}
	chapters := regexp.MustCompile(`id="chapter-([0-9a-f-]{36})"`).FindAllStringSubmatch(v.get(edit).Body, -1)
	if len(chapters) != 2 {
		t.Fatalf("chapters: %v", chapters)
	}
	first := chapters[0][1]
	v.submit(edit, "/manage/chapters/"+chapters[1][1], url.Values{"course": {id}, "action": {"up"}})
	if order := regexp.MustCompile(`id="chapter-([0-9a-f-]{36})"`).FindAllStringSubmatch(v.get(edit).Body, -1); order[1][1] != first {
		t.Errorf("moving the second chapter up left the order %v", order)
	}
	v.submit(edit, "/manage/chapters/"+first, url.Values{"course": {id}, "action": {"rename"}, "title": {"第一章 概论"}})
	for _, title := range []string{"甲课", "乙课"} {
		v.submit(edit, "/manage/chapters/"+first+"/lessons", url.Values{"course": {id}, "title": {title}, "kind": {"richtext"}, "body_html": {"<p>" + title + "</p>"}})
	}
	lessons := regexp.MustCompile(`id="lesson-([0-9a-f-]{36})"`).FindAllStringSubmatch(v.get(edit).Body, -1)
	if len(lessons) != 2 {
		t.Fatalf("lessons: %v", lessons)
	}
	v.submit(edit, "/manage/lessons/"+lessons[0][1], url.Values{"course": {id}, "action": {"down"}})
	v.submit(edit, "/manage/lessons/"+lessons[0][1], url.Values{"course": {id}, "action": {"save"}, "title": {"甲课（修订）"},
		"body_html": {"<p>新正文</p>"}})
	v.submit(edit, "/manage/lessons/"+lessons[0][1], url.Values{"course": {id}, "action": {"publish"}})
	after := v.get(edit)
	after.expect(t, http.StatusOK, "第一章 概论", "甲课（修订）", "已发布", "&lt;p&gt;新正文&lt;/p&gt;", "选修")
	if strings.Index(after.Body, "乙课") > strings.Index(after.Body, "甲课（修订）") {
		t.Error("moving the first lesson down did not put it second")
	}
	v.submit(edit, edit+"/status", url.Values{"action": {"publish"}}).expect(t, http.StatusForbidden)

	admin := site.visitor()
	admin.signIn(site.person(xiangcai.RoleCityAdmin, "张管理", "430100").account)
	admin.get(edit).expect(t, http.StatusOK, `value="publish"`, `name="region_code"`)
	published := admin.submit(edit, edit+"/status", url.Values{"action": {"publish"}})
	if published.Status != http.StatusSeeOther {
		t.Fatalf("publish: %d\n%s", published.Status, published.Body)
	}
	admin.get(published.Location).expect(t, http.StatusOK, "已发布", "归档课程")
	site.visitor().get("/courses").expect(t, http.StatusOK, "共 0 门课程")
	v.get("/manage/courses?status=published").expect(t, http.StatusOK, "社区议事协商")
	v.submit(edit, "/manage/lessons/"+lessons[0][1], url.Values{"course": {id}, "action": {"unpublish"}}).
		expect(t, http.StatusConflict, "已发布的课程至少要保留一节已发布的课时")
}

// TestCoverUpload uploads a cover through the editor's form; the catalog
// shows it from this site with a long cache life, and a file that is not
// an image is refused with the reason.
func TestCoverUpload(t *testing.T) {
	site := newSite(t)
	admin := site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")
	course, _ := site.publish(admin.Principal, admin.Principal, newCourse("社区志愿服务", courses.LevelProvince, ""), text("导论"))
	edit := "/manage/courses/" + course.ID
	v := site.visitor()
	v.signIn(admin.account)
	send := func(name string, data []byte) page {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		w.WriteField(api.CSRFField, v.get(edit).csrf(t))
		part, _ := w.CreateFormFile("cover", name)
		part.Write(data)
		w.Close()
		req := httptest.NewRequest(http.MethodPost, edit+"/cover", &body)
		req.Header.Set("Content-Type", w.FormDataContentType())
		return v.do(req)
	}
	send("notes.txt", []byte("not an image")).expect(t, http.StatusUnprocessableEntity, "封面须为 JPEG、PNG 或 WebP 图片")
	if p := send("cover.png", mediatest.PNG(t)); p.Status != http.StatusSeeOther {
		t.Fatalf("upload: %d\n%s", p.Status, p.Body)
	}
	src := regexp.MustCompile(`<img class="cover" src="([^"]+)"`).FindStringSubmatch(site.visitor().get("/courses").Body)
	if src == nil {
		t.Fatal("the catalog shows no cover")
	}
	img := site.visitor().get(html.UnescapeString(src[1]))
	if img.Status != http.StatusOK || img.Header.Get("Content-Type") != "image/png" || !strings.Contains(img.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("cover: %d %s %s", img.Status, img.Header.Get("Content-Type"), img.Header.Get("Cache-Control"))
	}
	if p := site.visitor().get("/courses/" + course.ID + "/cover?v=x"); p.Status != http.StatusOK {
		t.Errorf("the cover under another version: %d", p.Status)
	}
}
