package api_test

import (
	"bytes"
	"image"
	"image/png"
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api/apitest"
	"xiangcai/courses"
)

// courseWorld is a server with one user of every role, logged in.
type courseWorld struct {
	env                                                    *apitest.Env
	svc                                                    *courses.Service
	province, csAdmin, zzAdmin, teacher, learner, learner2 xiangcai.Principal
	auth                                                   map[string]string // role name → Authorization header
}

// roles are the callers every route is checked against, in the order of
// the expected statuses in the tables.
var roles = []string{"anonymous", "trainee", "instructor", "city_admin", "other_city_admin", "province_admin"}

func newCourseWorld(t *testing.T) *courseWorld {
	t.Helper()
	env := apitest.New(t)
	w := &courseWorld{env: env, svc: env.Deps.Courses, auth: map[string]string{"anonymous": ""}}
	make := func(name string, role xiangcai.Role, city, region string) xiangcai.Principal {
		u, err := env.Accounts.CreateUserAsSystem(t.Context(), accounts.NewUser{Username: name, DisplayName: "测试" + name,
			Role: role, CityCode: city, RegionCode: region, Password: apitest.Password})
		if err != nil {
			t.Fatal(err)
		}
		return u.Principal()
	}
	w.province = make("province", xiangcai.RoleProvinceAdmin, "", "")
	w.csAdmin = make("changsha", xiangcai.RoleCityAdmin, "430100", "")
	w.zzAdmin = make("zhuzhou", xiangcai.RoleCityAdmin, "430200", "")
	w.teacher = make("teacher", xiangcai.RoleInstructor, "", "430104")
	w.learner = make("learner", xiangcai.RoleTrainee, "", "430104")
	w.learner2 = make("learner2", xiangcai.RoleTrainee, "", "430102")
	for role, login := range map[string]string{"trainee": "learner", "instructor": "teacher", "city_admin": "changsha",
		"other_city_admin": "zhuzhou", "province_admin": "province"} {
		w.auth[role] = env.Login(t, login)
	}
	return w
}

// do sends a request as a role.
func (w *courseWorld) do(t *testing.T, role, method, path, body string) *apitest.Response {
	t.Helper()
	if h := w.auth[role]; h != "" {
		return w.env.Do(t, method, path, body, h)
	}
	return w.env.Do(t, method, path, body)
}

// fixture ids of one fresh set of Changsha courses taught by the teacher:
// a draft with a chapter and a published lesson, and a published course
// the trainee is enrolled in.
type courseIDs struct {
	draft, chapter, lesson, published, pubLesson string
}

func (w *courseWorld) fresh(t *testing.T) courseIDs {
	t.Helper()
	ctx := t.Context()
	build := func() (*courses.Course, *courses.Chapter, *courses.Lesson) {
		c, err := w.svc.CreateCourse(ctx, w.csAdmin, courses.NewCourse{Title: "社区议事协商", Topic: courses.TopicDailyOperation,
			Audiences: []courses.Audience{courses.AudienceCommunityWorker}, ProviderLevel: courses.LevelCity, CreditHours: 2,
			InstructorIDs: []string{w.teacher.UserID}})
		if err != nil {
			t.Fatal(err)
		}
		ch, err := w.svc.CreateChapter(ctx, w.csAdmin, c.ID, "第一章")
		if err != nil {
			t.Fatal(err)
		}
		l, err := w.svc.CreateLesson(ctx, w.csAdmin, ch.ID, courses.NewLesson{Title: "导论", Kind: courses.KindRichText, BodyHTML: "<p>正文</p>"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.svc.UpdateLesson(ctx, w.csAdmin, l.ID, courses.LessonUpdate{Published: new(true)}); err != nil {
			t.Fatal(err)
		}
		return c, ch, l
	}
	draft, chapter, lesson := build()
	pub, _, pubLesson := build()
	if _, err := w.svc.PublishCourse(ctx, w.csAdmin, pub.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Enrol(ctx, w.learner, pub.ID); err != nil {
		t.Fatal(err)
	}
	return courseIDs{draft: draft.ID, chapter: chapter.ID, lesson: lesson.ID, published: pub.ID, pubLesson: pubLesson.ID}
}

// TestCourseRoutesByRole sends every course route as every role, against
// fresh Changsha courses; the Zhuzhou administrator stands for another
// city. Each expected status is in the order of roles.
func TestCourseRoutesByRole(t *testing.T) {
	w := newCourseWorld(t)
	course := `{"title":"新课","topic":"volunteering","audiences":["volunteer"],"provider_level":"city","region_code":"430100","credit_hours":1}`
	cases := []struct {
		method, path, body string
		want               [6]int
	}{
		{"GET", "/courses", "", [6]int{200, 200, 200, 200, 200, 200}},
		{"GET", "/courses?status=draft", "", [6]int{401, 403, 200, 200, 200, 200}},
		{"POST", "/courses", course, [6]int{401, 403, 201, 201, 403, 201}},
		{"GET", "/courses/{draft}", "", [6]int{404, 404, 200, 200, 404, 200}},
		{"GET", "/courses/{published}", "", [6]int{404, 200, 200, 200, 404, 200}},
		{"PATCH", "/courses/{draft}", `{"title":"改名"}`, [6]int{401, 404, 200, 200, 404, 200}},
		{"PATCH", "/courses/{published}", `{"title":"改名"}`, [6]int{401, 403, 200, 200, 404, 200}},
		{"POST", "/courses/{draft}/publish", "", [6]int{401, 404, 403, 200, 404, 200}},
		{"POST", "/courses/{published}/archive", "", [6]int{401, 403, 403, 200, 404, 200}},
		{"POST", "/courses/{draft}/chapters", `{"title":"新章"}`, [6]int{401, 404, 201, 201, 404, 201}},
		{"PUT", "/courses/{draft}/chapter-order", `{"ids":["{chapter}"]}`, [6]int{401, 404, 204, 204, 404, 204}},
		{"PATCH", "/chapters/{chapter}", `{"title":"改名"}`, [6]int{401, 404, 200, 200, 404, 200}},
		{"DELETE", "/chapters/{chapter}", "", [6]int{401, 404, 204, 204, 404, 204}},
		{"POST", "/chapters/{chapter}/lessons", `{"title":"练习","kind":"practice","practice_set_id":"set-1"}`, [6]int{401, 404, 201, 201, 404, 201}},
		{"PUT", "/chapters/{chapter}/lesson-order", `{"ids":["{lesson}"]}`, [6]int{401, 404, 204, 204, 404, 204}},
		{"GET", "/lessons/{pubLesson}", "", [6]int{404, 200, 200, 200, 404, 200}},
		{"GET", "/lessons/{lesson}", "", [6]int{404, 404, 200, 200, 404, 200}},
		{"PATCH", "/lessons/{lesson}", `{"title":"改名","required":false}`, [6]int{401, 404, 200, 200, 404, 200}},
		{"DELETE", "/lessons/{lesson}", "", [6]int{401, 404, 204, 204, 404, 204}},
		{"POST", "/courses/{published}/enrolment", "", [6]int{401, 200, 200, 200, 404, 403}},
		{"DELETE", "/courses/{published}/enrolment", "", [6]int{401, 204, 404, 404, 404, 404}},
		{"DELETE", "/courses/{published}/enrolments/{learner}", "", [6]int{401, 204, 403, 204, 403, 204}}, // the trainee is {learner}
		{"POST", "/courses/{published}/assignments", `{"user_ids":["{learner2}"]}`, [6]int{401, 403, 403, 200, 404, 200}},
		{"GET", "/me/enrolments", "", [6]int{401, 200, 200, 200, 200, 200}},
	}
	for _, c := range cases {
		for i, role := range roles {
			ids := w.fresh(t)
			r := strings.NewReplacer("{draft}", ids.draft, "{published}", ids.published, "{chapter}", ids.chapter,
				"{lesson}", ids.lesson, "{pubLesson}", ids.pubLesson, "{learner}", w.learner.UserID, "{learner2}", w.learner2.UserID)
			resp := w.do(t, role, c.method, "/api/v1"+r.Replace(c.path), r.Replace(c.body))
			if resp.StatusCode != c.want[i] {
				t.Errorf("%s %s as %s: %d %s, want %d", c.method, c.path, role, resp.StatusCode, resp.Body, c.want[i])
			}
		}
	}
}

// TestCourseCover uploads a cover through the API and reads its signed link.
func TestCourseCover(t *testing.T) {
	w := newCourseWorld(t)
	ids := w.fresh(t)
	var img bytes.Buffer
	png.Encode(&img, image.NewGray(image.Rect(0, 0, 2, 2)))
	req, _ := http.NewRequest("PUT", "/api/v1/courses/"+ids.draft+"/cover", bytes.NewReader(img.Bytes()))
	req.Header.Set("Content-Type", "image/png")
	req.Header.Set("Authorization", strings.TrimPrefix(w.auth["instructor"], "Authorization: "))
	resp, err := w.env.Server.App.Test(req, -1)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("upload cover: %v %v", resp.Status, err)
	}
	got := w.do(t, "instructor", "GET", "/api/v1/courses/"+ids.draft, "")
	course, _ := got.JSON(t)["course"].(map[string]any)
	if url, _ := course["cover_url"].(string); url == "" {
		t.Fatalf("no cover_url: %s", got.Body)
	}
	bad := w.do(t, "instructor", "PUT", "/api/v1/courses/"+ids.draft+"/cover", `{"not":"an image"}`)
	if bad.StatusCode != http.StatusUnprocessableEntity || bad.ErrorFields(t)["image"] == nil {
		t.Fatalf("a JSON cover: %d %s", bad.StatusCode, bad.Body)
	}
}
