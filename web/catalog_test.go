package web_test

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/courses"
)

// TestCatalogByVisitor checks who sees which courses in the catalog, the
// search and filters, and the "more" link of keyset pages.
func TestCatalogByVisitor(t *testing.T) {
	site := newSite(t)
	admin := site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")
	changsha := site.person(xiangcai.RoleCityAdmin, "张管理", "430100")
	site.publish(admin.Principal, admin.Principal, newCourse("省级社区志愿服务", courses.LevelProvince, ""), text("导论"))
	site.publish(changsha.Principal, changsha.Principal, newCourse("长沙社区治理实务", courses.LevelCity, "430100"), text("导论"))
	draft, err := site.env.Deps.Courses.CreateCourse(t.Context(), changsha.Principal, newCourse("长沙草稿课程", courses.LevelCity, "430100"))
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name, query string
		who         *person
		sees, hides []string
	}{
		{"anonymous", "", nil, []string{"省级社区志愿服务", "共 1 门课程"}, []string{"长沙社区治理实务"}},
		{"trainee of the city", "", ptr(site.person(xiangcai.RoleTrainee, "李华", "430104")), []string{"省级社区志愿服务", "长沙社区治理实务", "市州级 · 长沙市"}, nil},
		{"trainee of another city", "", ptr(site.person(xiangcai.RoleTrainee, "赵强", "430202")), []string{"省级社区志愿服务"}, []string{"长沙社区治理实务"}},
		{"instructor of the city", "", ptr(site.person(xiangcai.RoleInstructor, "王老师", "430104")), []string{"长沙社区治理实务"}, nil},
		{"city administrator", "?region=430100", &changsha, []string{"长沙社区治理实务", `value="430100" selected`}, []string{`value="430200"`}},
		{"other city administrator", "", ptr(site.person(xiangcai.RoleCityAdmin, "株洲管理", "430200")), []string{"省级社区志愿服务"}, []string{"长沙社区治理实务"}},
		{"province administrator", "", &admin, []string{"省级社区志愿服务", "长沙社区治理实务", `value="430200"`}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := site.visitor()
			if tc.who != nil {
				v.signIn(tc.who.account)
			}
			p := v.get("/courses" + tc.query)
			p.expect(t, http.StatusOK, tc.sees...)
			for _, h := range append(tc.hides, "长沙草稿课程", draft.ID) {
				if strings.Contains(p.Body, h) {
					t.Errorf("the catalog shows %q", h)
				}
			}
		})
	}

	v := site.visitor()
	v.get("/courses?q=志愿").expect(t, http.StatusOK, "省级社区志愿服务")
	if p := v.get("/courses?q=治理"); strings.Contains(p.Body, "省级社区志愿服务") {
		t.Error("searching 治理 lists the volunteering course")
	}
	v.get("/courses?topic=party_building").expect(t, http.StatusOK, "没有找到符合条件的课程", `value="party_building" selected`, "<details class=\"more-filters\" open>")
	v.language = "en"
	v.get("/courses").expect(t, http.StatusOK, "Courses found: 1", "Credit hours: 1.5", "Province")
	v.get("/courses?topic=astrology").expect(t, http.StatusUnprocessableEntity, "unknown value")
}

// TestCatalogMore checks the keyset "more" link: the second page holds the
// course the first did not, once.
func TestCatalogMore(t *testing.T) {
	site := newSite(t)
	admin := site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")
	for i := range 21 {
		site.publish(admin.Principal, admin.Principal, newCourse(fmt.Sprintf("课程%02d", i), courses.LevelProvince, ""), text("导论"))
	}
	v := site.visitor()
	first := v.get("/courses?sort=title")
	first.expect(t, http.StatusOK, "共 21 门课程", "课程00", "课程19")
	more := regexp.MustCompile(`href="(/courses\?cursor=[^"]+)"`).FindStringSubmatch(first.Body)
	if more == nil || strings.Contains(first.Body, "课程20") {
		t.Fatalf("the first page has no more link, or too many courses:\n%s", first.Body)
	}
	second := v.get(html.UnescapeString(more[1]))
	second.expect(t, http.StatusOK, "课程20")
	if strings.Contains(second.Body, "课程19") || strings.Contains(second.Body, "加载更多") {
		t.Errorf("the second page repeats a course or offers more:\n%s", second.Body)
	}
}

func ptr[T any](v T) *T { return &v }
