package web

import (
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
	for role, want := range map[xiangcai.Role]int{
		xiangcai.RoleTrainee: 1, xiangcai.RoleInstructor: 1, xiangcai.RoleCityAdmin: 2, xiangcai.RoleProvinceAdmin: 2,
	} {
		links := navFor(xiangcai.Principal{UserID: "u", Role: role}, "en", "/api/docs")
		if len(links) != want {
			t.Errorf("%s sees %v, want %d items", role, hrefs(links), want)
		}
		if links[0].Label != "Home" || links[0].Current {
			t.Errorf("%s: first item %+v, want Home, not current on /api/docs", role, links[0])
		}
		if want == 2 && !links[1].Current {
			t.Errorf("%s: the API docs item is not marked current on /api/docs", role)
		}
	}
}

func TestNavigationLabelsAreBilingual(t *testing.T) {
	for _, item := range navigation {
		if item.Label.ZH == "" || item.Label.EN == "" || item.Href == "" {
			t.Errorf("navigation item %+v lacks a label in a language or an href", item)
		}
	}
}
