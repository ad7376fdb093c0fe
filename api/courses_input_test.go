package api_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"xiangcai/courses"
)

// TestCourseBadInput checks that bad input to the course routes answers
// with a 4xx naming each bad field, from huma's schema checks and from the
// domain's alike.
func TestCourseBadInput(t *testing.T) {
	w := newCourseWorld(t)
	ids := w.fresh(t)
	cases := []struct {
		method, path, body string
		status             int
		fields             []string
	}{
		{"POST", "/courses", `{"title":"","topic":"cooking","audiences":[],"provider_level":"galaxy","credit_hours":1.25}`,
			422, []string{"title", "topic", "audiences", "provider_level", "credit_hours"}},
		{"POST", "/courses", `{"title":"课","topic":"volunteering","audiences":["volunteer"],"provider_level":"county","region_code":"430100","credit_hours":1}`,
			422, []string{"region_code"}},
		{"POST", "/courses", `{"title":"课","topic":"volunteering","audiences":["volunteer"],"provider_level":"city","credit_hours":1,"instructor_ids":["` + w.learner.UserID + `"]}`,
			422, []string{"instructor_ids"}},
		{"POST", "/courses", `{"title":`, 400, []string{"body"}},
		{"PATCH", "/courses/{draft}", `{"completion_threshold":20,"capacity":-1,"audiences":[]}`, 422, []string{"completion_threshold", "capacity", "audiences"}},
		{"GET", "/courses?sort=random&status=lost", "", 422, []string{"sort", "status"}},
		{"GET", "/courses?topic=x&audience=y&region_code=430104001&cursor=%21%21", "", 422, []string{"topic", "audience", "region_code", "cursor"}},
		{"PUT", "/courses/{draft}/chapter-order", `{"ids":["{lesson}"]}`, 422, []string{"ids"}},
		{"POST", "/chapters/{chapter}/lessons", `{"title":"x","kind":"podcast"}`, 422, []string{"kind"}},
		{"POST", "/chapters/{chapter}/lessons", `{"title":"x","kind":"video","body_html":"<p>x</p>","media_id":"nope"}`, 422, []string{"body_html", "media_id"}},
		{"PATCH", "/lessons/{lesson}", `{"practice_set_id":"s"}`, 422, []string{"practice_set_id"}},
		{"PATCH", "/lessons/{lesson}", `{"chapter_id":"` + ids.published + `"}`, 422, []string{"chapter_id"}},
		{"POST", "/courses/{published}/assignments", `{}`, 422, []string{"user_ids", "region_code", "category"}},
		{"POST", "/courses/{published}/assignments", `{"region_code":"430200"}`, 422, []string{"region_code"}},
		{"GET", "/me/enrolments?status=lost", "", 422, []string{"status"}},
		{"GET", "/courses/not-an-id", "", 404, nil},
	}
	for _, c := range cases {
		r := strings.NewReplacer("{draft}", ids.draft, "{published}", ids.published, "{chapter}", ids.chapter, "{lesson}", ids.lesson)
		resp := w.do(t, "city_admin", c.method, "/api/v1"+r.Replace(c.path), r.Replace(c.body))
		if resp.StatusCode != c.status {
			t.Errorf("%s %s %s: %d %s, want %d", c.method, c.path, c.body, resp.StatusCode, resp.Body, c.status)
			continue
		}
		var got []string
		for f := range resp.ErrorFields(t) {
			got = append(got, f)
		}
		slices.Sort(got)
		slices.Sort(c.fields)
		if !slices.Equal(got, c.fields) {
			t.Errorf("%s %s %s: fields %v, want %v (%s)", c.method, c.path, c.body, got, c.fields, resp.Body)
		}
	}
	// Nothing half-written: the failed creates left no course behind.
	list := w.do(t, "city_admin", "GET", "/api/v1/courses?status=draft", "").JSON(t)
	if list["total"].(float64) != 1 {
		t.Fatalf("drafts after failed creates: %v", list["total"])
	}
}

// TestCatalogAPI searches, filters and pages the catalog over HTTP.
func TestCatalogAPI(t *testing.T) {
	w := newCourseWorld(t)
	ctx := t.Context()
	for i, title := range []string{"儿童关爱服务", "社区文化建设", "志愿服务管理", "党建引领实务", "应急与平安社区"} {
		c, err := w.svc.CreateCourse(ctx, w.province, courses.NewCourse{Title: title, Topic: courses.Topics[i].Code,
			Audiences: []courses.Audience{courses.Audiences[i].Code}, ProviderLevel: courses.LevelProvince, CreditHours: 1})
		if err != nil {
			t.Fatal(err)
		}
		ch, _ := w.svc.CreateChapter(ctx, w.province, c.ID, "章")
		l, _ := w.svc.CreateLesson(ctx, w.province, ch.ID, courses.NewLesson{Title: "课", Kind: courses.KindRichText, BodyHTML: "<p>x</p>"})
		w.svc.UpdateLesson(ctx, w.province, l.ID, courses.LessonUpdate{Published: new(true)})
		if _, err := w.svc.PublishCourse(ctx, w.province, c.ID); err != nil {
			t.Fatal(err)
		}
	}
	titlesOf := func(path string) ([]string, string) {
		resp := w.do(t, "anonymous", "GET", path, "")
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, resp.StatusCode, resp.Body)
		}
		body := resp.JSON(t)
		var out []string
		for _, c := range body["courses"].([]any) {
			out = append(out, c.(map[string]any)["title"].(string))
		}
		next, _ := body["next_cursor"].(string)
		return out, next
	}
	for path, want := range map[string]int{
		"/api/v1/courses?q=儿":                            1,
		"/api/v1/courses?q=服务":                           2,
		"/api/v1/courses?topic=party_building":           1,
		"/api/v1/courses?topic=volunteering":             0,
		"/api/v1/courses?topic=cultivation":              1,
		"/api/v1/courses?audience=community_worker":      1,
		"/api/v1/courses?provider_level=county":          0,
		"/api/v1/courses?region_code=430000":             5,
		"/api/v1/courses?q=社区&audience=community_worker": 1,
	} {
		if got, _ := titlesOf(path); len(got) != want {
			t.Errorf("%s: %v, want %d courses", path, got, want)
		}
	}
	for _, sort := range []string{"newest", "popular", "title"} {
		var seen []string
		path := "/api/v1/courses?limit=2&sort=" + sort
		for cursor := "start"; cursor != ""; {
			page, next := titlesOf(path)
			seen = append(seen, page...)
			cursor, path = next, "/api/v1/courses?limit=2&sort="+sort+"&cursor="+next
		}
		sorted := slices.Clone(seen)
		slices.Sort(sorted)
		if len(slices.Compact(sorted)) != 5 || len(seen) != 5 {
			t.Errorf("sort %s paged into %v", sort, seen)
		}
	}
}

// TestCoursesInOpenAPI checks that the document describes the course routes
// and lists the vocabularies' codes.
func TestCoursesInOpenAPI(t *testing.T) {
	w := newCourseWorld(t)
	doc := string(w.env.Do(t, "GET", "/api/openapi.json", "").Body)
	for _, want := range []string{`"/courses"`, `"/courses/{id}"`, `"/courses/{id}/publish"`, `"/courses/{id}/archive"`,
		`"/courses/{id}/chapters"`, `"/courses/{id}/chapter-order"`, `"/chapters/{id}/lessons"`, `"/chapters/{id}/lesson-order"`,
		`"/lessons/{id}"`, `"/courses/{id}/enrolment"`, `"/courses/{id}/assignments"`, `"/me/enrolments"`, `"/courses/{id}/cover"`,
		`"party_building"`, `"community_culture"`, `"childrens_director"`, `"richtext"`} {
		if !strings.Contains(doc, want) {
			t.Errorf("the OpenAPI document lacks %s", want)
		}
	}
}
