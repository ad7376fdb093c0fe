package web

import (
	"slices"
	"testing"

	"xiangcai"
)

func TestNavFor(t *testing.T) {
	hrefs := func(links []navLink) (out []string) {
		for _, l := range links {
			out = append(out, l.Href)
		}
		return out
	}
	if links := navFor(xiangcai.Principal{}, "zh-CN", "/"); links != nil {
		t.Errorf("anonymous visitors got navigation %v", hrefs(links))
	}
	for role, want := range map[xiangcai.Role][]string{
		xiangcai.RoleTrainee:       {"/", "/courses", "/me/learning"},
		xiangcai.RoleInstructor:    {"/", "/courses", "/manage/courses"},
		xiangcai.RoleCityAdmin:     {"/", "/courses", "/manage/courses", "/api/docs"},
		xiangcai.RoleProvinceAdmin: {"/", "/courses", "/manage/courses", "/api/docs"},
	} {
		links := navFor(xiangcai.Principal{UserID: "u", Role: role}, "en", "/api/docs")
		for _, href := range want {
			if !slices.Contains(hrefs(links), href) {
				t.Errorf("%s sees %v, without %s", role, hrefs(links), href)
			}
		}
		if links[0].Label != "Home" || links[0].Current {
			t.Errorf("%s: first item %+v, want Home, not current on /api/docs", role, links[0])
		}
		for _, l := range links {
			if l.Current != (l.Href == "/api/docs") {
				t.Errorf("%s: on /api/docs, %s is marked current = %v", role, l.Href, l.Current)
			}
		}
	}
	if links := navFor(xiangcai.Principal{UserID: "u", Role: xiangcai.RoleTrainee}, "zh-CN", "/courses/some-course"); !links[1].Current || links[1].Label != "课程" {
		t.Errorf("on a course page the courses item is not current: %+v", links)
	}
}

func TestNavigationLabelsAreBilingual(t *testing.T) {
	for _, item := range navigation {
		if item.Label.ZH == "" || item.Label.EN == "" || item.Href == "" {
			t.Errorf("navigation item %+v lacks a label in a language or an href", item)
		}
	}
}
