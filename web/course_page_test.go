package web_test

import (
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/courses"
)

// TestCoursePageByVisitor checks what each visitor is offered on a city
// course's page, and that another city's visitors learn nothing of it.
func TestCoursePageByVisitor(t *testing.T) {
	site := newSite(t)
	changsha := site.person(xiangcai.RoleCityAdmin, "张管理", "430100")
	teacher := site.person(xiangcai.RoleInstructor, "王老师", "430104")
	course, _ := site.publish(teacher.Principal, changsha.Principal, newCourse("长沙社区治理实务", courses.LevelCity, ""), text("第一课"))
	path := "/courses/" + course.ID

	for _, tc := range []struct {
		name         string
		who          *person
		status       int
		want, absent []string
	}{
		{"anonymous", nil, http.StatusNotFound, []string{"课程不存在"}, []string{"长沙社区治理实务"}},
		{"trainee of the city", ptr(site.person(xiangcai.RoleTrainee, "李华", "430104")), http.StatusOK,
			[]string{"长沙社区治理实务", "1.5 学时", "王老师", "第一章 基础", "第一课", "报名学习", `action="/courses/` + course.ID + `/enrolment"`},
			[]string{"编辑课程", `href="/lessons/`}},
		{"trainee of another city", ptr(site.person(xiangcai.RoleTrainee, "赵强", "430202")), http.StatusNotFound, []string{"课程不存在"}, nil},
		{"its instructor", &teacher, http.StatusOK, []string{"编辑课程", `href="/lessons/`}, nil},
		{"city administrator", &changsha, http.StatusOK, []string{"编辑课程"}, nil},
		{"other city administrator", ptr(site.person(xiangcai.RoleCityAdmin, "株洲管理", "430200")), http.StatusNotFound, nil, nil},
		{"province administrator", ptr(site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")), http.StatusOK, []string{"编辑课程"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := site.visitor()
			if tc.who != nil {
				v.signIn(tc.who.account)
			}
			p := v.get(path)
			p.expect(t, tc.status, tc.want...)
			for _, a := range tc.absent {
				if strings.Contains(p.Body, a) {
					t.Errorf("the page shows %q", a)
				}
			}
		})
	}
}

// TestEnrolAndWithdraw goes through enrolment on the course page: enrol,
// see the outline open, withdraw; a full course says why it refuses.
func TestEnrolAndWithdraw(t *testing.T) {
	site := newSite(t)
	admin := site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")
	in := newCourse("社区志愿服务", courses.LevelProvince, "")
	in.Capacity = 1
	course, lessons := site.publish(admin.Principal, admin.Principal, in, text("第一课"))
	path := "/courses/" + course.ID

	v := site.visitor()
	v.signIn(site.person(xiangcai.RoleTrainee, "李华", "430104").account)
	v.get(path).expect(t, http.StatusOK, "剩余 1 / 共 1")
	p := v.submit(path, path+"/enrolment", nil)
	if p.Status != http.StatusSeeOther || p.Location != path+"?done=enrolled" {
		t.Fatalf("enrol: %d to %q\n%s", p.Status, p.Location, p.Body)
	}
	v.get(p.Location).expect(t, http.StatusOK, "报名成功", "必修课时已完成 0 / 1", `href="/lessons/`+lessons[0].ID+`"`,
		"继续学习", `action="`+path+`/withdrawal"`)
	if p := v.get(path + "/continue"); p.Location != "/lessons/"+lessons[0].ID {
		t.Errorf("continue leads to %q", p.Location)
	}

	other := site.visitor()
	other.signIn(site.person(xiangcai.RoleTrainee, "赵强", "430202").account)
	other.submit(path, path+"/enrolment", nil).expect(t, http.StatusConflict, "名额不足", "社区志愿服务")

	p = v.submit(path, path+"/withdrawal", nil)
	if p.Status != http.StatusSeeOther {
		t.Fatalf("withdraw: %d\n%s", p.Status, p.Body)
	}
	v.get(p.Location).expect(t, http.StatusOK, "您已退出本课程", "报名学习")
	if p := v.post(path+"/enrolment", nil); p.Status != http.StatusForbidden {
		t.Errorf("enrolling without the CSRF token: %d", p.Status)
	}
	if p := site.visitor().get(path + "/continue"); p.Location != "/login" {
		t.Errorf("an anonymous visitor continuing: %d to %q", p.Status, p.Location)
	}
}
