package api_test

import (
	"net/http"
	"strings"
	"testing"

	"xiangcai/courses"
	"xiangcai/talentpool"
)

// TestAssignByTalentCategory assigns a course to the active volunteers of
// the Changsha pool whose accounts are linked, and to nobody else.
func TestAssignByTalentCategory(t *testing.T) {
	w := newCourseWorld(t)
	pool := w.env.Deps.Talents
	for _, tc := range []struct {
		user, id string
		category courses.Audience
	}{
		{w.learner.UserID, "11010519491231002X", courses.AudienceVolunteer},
		{w.learner2.UserID, "440524188001010014", courses.AudienceSocialWorker},
	} {
		_, err := pool.CreateTalent(t.Context(), w.csAdmin, talentpool.NewTalent{Status: talentpool.StatusActive,
			TalentInput: talentpool.TalentInput{Name: "人才", IDNumber: tc.id, Category: tc.category, RegionCode: "430104", UserID: tc.user}})
		if err != nil {
			t.Fatal(err)
		}
	}
	course := w.create(t, "city_admin", `{"title":"志愿服务","topic":"volunteering","audiences":["volunteer"],"provider_level":"city","credit_hours":1}`)
	chapter := w.create(t, "city_admin", "/courses/"+course+"/chapters", `{"title":"第一章"}`)
	lesson := w.create(t, "city_admin", "/chapters/"+chapter+"/lessons", `{"title":"阅读","kind":"richtext","body_html":"<p>读</p>"}`)
	w.ok(t, "city_admin", "PATCH", "/lessons/"+lesson, `{"published":true}`)
	w.ok(t, "city_admin", "POST", "/courses/"+course+"/publish", "")

	r := w.call(t, "city_admin", "POST", "/courses/"+course+"/assignments", `{"category":"volunteer"}`)
	if r.status != http.StatusOK || !strings.Contains(r.body, `"matched":1`) || !strings.Contains(r.body, `"enrolled":1`) {
		t.Fatalf("assign by category: %d %s", r.status, r.body)
	}
	if r := w.call(t, "city_admin", "POST", "/courses/"+course+"/assignments", `{"category":"volunteer","region_code":"430104"}`); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("two ways at once: %d %s", r.status, r.body)
	}
	if r := w.call(t, "city_admin", "POST", "/courses/"+course+"/assignments", `{"category":"astronaut"}`); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, "category") {
		t.Fatalf("unknown category: %d %s", r.status, r.body)
	}
	if r := w.call(t, "other_city_admin", "POST", "/courses/"+course+"/assignments", `{"category":"volunteer"}`); r.status < 400 {
		t.Fatalf("another city's administrator assigned: %d %s", r.status, r.body)
	}
	mine := w.call(t, "trainee", "GET", "/me/enrolments", "")
	if !strings.Contains(mine.body, course) {
		t.Fatalf("the volunteer was not enrolled: %s", mine.body)
	}
}
