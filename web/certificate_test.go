package web_test

import (
	"net/http"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/courses"
)

// TestCertificateAndVerification checks who may open the printable
// certificate, and that anyone may verify it by its code, seeing only a
// masked name.
func TestCertificateAndVerification(t *testing.T) {
	site := newSite(t)
	changsha := site.person(xiangcai.RoleCityAdmin, "张管理", "430100")
	course, lessons := site.publish(changsha.Principal, changsha.Principal, newCourse("长沙社区治理实务", courses.LevelCity, ""), text("第一课"))
	holder := site.person(xiangcai.RoleTrainee, "李小华", "430104")
	ctx := t.Context()
	if _, err := site.env.Deps.Courses.Enrol(ctx, holder.Principal, course.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := site.env.Deps.Progress.MarkDone(ctx, holder.Principal, lessons[0].ID); err != nil {
		t.Fatal(err)
	}
	certs, err := site.env.Deps.Progress.FindMyCertificates(ctx, holder.Principal)
	if err != nil || len(certs) != 1 {
		t.Fatalf("certificates: %v %v", certs, err)
	}
	code := certs[0].Code
	path := "/certificates/" + code

	for _, tc := range []struct {
		name   string
		who    *person
		status int
	}{
		{"holder", &holder, http.StatusOK},
		{"city administrator", &changsha, http.StatusOK},
		{"province administrator", ptr(site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")), http.StatusOK},
		{"other city administrator", ptr(site.person(xiangcai.RoleCityAdmin, "株洲管理", "430200")), http.StatusForbidden},
		{"another trainee", ptr(site.person(xiangcai.RoleTrainee, "赵强", "430104")), http.StatusForbidden},
		{"instructor", ptr(site.person(xiangcai.RoleInstructor, "王老师", "430104")), http.StatusForbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := site.visitor()
			v.signIn(tc.who.account)
			p := v.get(path)
			if p.Status != tc.status {
				t.Fatalf("status %d, want %d", p.Status, tc.status)
			}
			if tc.status == http.StatusOK {
				p.expect(t, http.StatusOK, "结业证书", "李小华", "长沙社区治理实务", "1.5 学时", "长沙市民政局", code,
					"http://localhost:8080/verify/"+code, "年", "/static/print.")
			}
		})
	}
	if p := site.visitor().get(path); p.Status != http.StatusSeeOther || p.Location != "/login" {
		t.Errorf("anonymous: %d to %q", p.Status, p.Location)
	}

	public := site.visitor()
	public.get("/verify/"+code).expect(t, http.StatusOK, "证书有效", "李**", "长沙社区治理实务", "1.5 学时", "长沙市民政局")
	if p := public.get("/verify/" + code); strings.Contains(p.Body, "李小华") {
		t.Error("the public verification shows the full name")
	}
	if p := public.get("/verify?code=" + strings.ToLower(code)); p.Status != http.StatusSeeOther || p.Location != "/verify/"+code {
		t.Errorf("the form: %d to %q", p.Status, p.Location)
	}
	public.get("/verify/ZZZZ-ZZZZ-ZZZZ").expect(t, http.StatusNotFound, "证书不存在", `name="code"`)
	public.get("/verify").expect(t, http.StatusOK, "输入证书上的编号")
	public.language = "en"
	public.get("/verify/"+code).expect(t, http.StatusOK, "The certificate is genuine", "Credit hours: 1.5")
}
