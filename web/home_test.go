package web_test

import (
	"net/http"
	"strings"
	"testing"

	"xiangcai"
)

func TestHomeByRole(t *testing.T) {
	site := newSite(t)
	for _, tc := range []struct {
		role         xiangcai.Role
		name, region string
		want         []string
		wantEN       []string
		docsLink     bool
	}{
		{role: xiangcai.RoleTrainee, name: "李华", region: "430104",
			want:   []string{"您好，李华", "学员", "长沙市 岳麓区", "我的学习"},
			wantEN: []string{"Hello, 李华", "Trainee", "continue learning"}},
		{role: xiangcai.RoleInstructor, name: "王老师", region: "",
			want:   []string{"您好，王老师", "讲师", "未填写", "教学功能"},
			wantEN: []string{"Instructor", "Not set", "Teaching courses"}},
		{role: xiangcai.RoleCityAdmin, name: "张管理", region: "430600",
			want:   []string{"市州管理员", "您负责岳阳市的学员", "管辖市州</dt><dd>岳阳市"},
			wantEN: []string{"City administrator", "talent pool of 岳阳市"}, docsLink: true},
		{role: xiangcai.RoleProvinceAdmin, name: "刘省管", region: "",
			want:   []string{"省级管理员", "全省市州（14 个）", "长沙市", "湘西土家族苗族自治州", "<th scope=\"row\">张家界市</th>"},
			wantEN: []string{"Provincial administrator", "Cities of Hunan (14)", "Counties"}, docsLink: true},
	} {
		t.Run(string(tc.role), func(t *testing.T) {
			v := site.visitor()
			v.signIn(site.addUser(tc.role, tc.name, tc.region))
			for _, lang := range []string{"zh-CN", "en"} {
				v.language = lang
				p := v.get("/")
				if p.Status != http.StatusOK {
					t.Fatalf("%s: status %d\n%s", lang, p.Status, p.Body)
				}
				want := tc.want
				if lang == "en" {
					want = tc.wantEN
				}
				for _, w := range want {
					if !strings.Contains(p.Body, w) {
						t.Errorf("%s home lacks %q:\n%s", lang, w, p.Body)
					}
				}
				if got := strings.Contains(p.Body, `href="/api/docs"`); got != tc.docsLink {
					t.Errorf("%s: link to the API docs shown = %v, want %v", lang, got, tc.docsLink)
				}
				if !strings.Contains(p.Body, `<a href="/" aria-current="page">`) {
					t.Errorf("%s: the home item is not marked current", lang)
				}
				if !strings.Contains(p.Body, `action="/logout"`) {
					t.Errorf("%s: no sign-out button", lang)
				}
			}
		})
	}
}

func TestAPIDocsPage(t *testing.T) {
	site := newSite(t)
	v := site.visitor()
	p := v.get("/api/docs")
	if p.Status != http.StatusOK {
		t.Fatalf("status %d", p.Status)
	}
	for _, w := range []string{`id="api-docs"`, `data-source="/api/openapi.json"`, `<script src="/static/docs.`, "<noscript>"} {
		if !strings.Contains(p.Body, w) {
			t.Errorf("docs page lacks %q", w)
		}
	}
	if strings.Contains(p.Body, "<script>") || strings.Contains(p.Body, "style=") {
		t.Error("the page has inline script or style, which the CSP blocks")
	}
}
