package web

import (
	"slices"
	"strings"

	"xiangcai"
)

// navItem is one entry of the main navigation. A capability that adds pages
// adds its entry here, and only once its page exists.
type navItem struct {
	Label xiangcai.Text
	Href  string
	// Roles are the roles that see the item; none means every signed-in user.
	Roles []xiangcai.Role
}

// navigation is the main navigation, in the order it is shown.
var navigation = []navItem{
	{Label: xiangcai.Text{ZH: "首页", EN: "Home"}, Href: "/"},
	{Label: xiangcai.Text{ZH: "课程", EN: "Courses"}, Href: "/courses"},
	{Label: xiangcai.Text{ZH: "我的学习", EN: "My learning"}, Href: "/me/learning", Roles: []xiangcai.Role{xiangcai.RoleTrainee}},
	{Label: xiangcai.Text{ZH: "课程管理", EN: "Manage courses"}, Href: "/manage/courses",
		Roles: []xiangcai.Role{xiangcai.RoleInstructor, xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin}},
	{Label: xiangcai.Text{ZH: "人才库", EN: "Talent pool"}, Href: "/talents", Roles: poolAdmins},
	{Label: xiangcai.Text{ZH: "年度评审", EN: "Annual review"}, Href: "/reviews", Roles: poolAdmins},
	{Label: xiangcai.Text{ZH: "年度推选", EN: "Annual selection"}, Href: "/selections", Roles: poolAdmins},
	{Label: xiangcai.Text{ZH: "数据看板", EN: "Dashboard"}, Href: "/dashboard", Roles: poolAdmins},
	{Label: xiangcai.Text{ZH: "导入导出", EN: "Import and export"}, Href: "/import", Roles: poolAdmins},
	{Label: xiangcai.Text{ZH: "我的档案", EN: "My profile"}, Href: "/me/talent", Roles: []xiangcai.Role{xiangcai.RoleTrainee}},
	{Label: xiangcai.Text{ZH: "API 文档", EN: "API docs"}, Href: "/api/docs",
		Roles: []xiangcai.Role{xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin}},
}

// navLink is a navigation entry as a page shows it.
type navLink struct {
	Label   string
	Href    string
	Current bool
}

// navFor returns the entries p may see, labelled in lang, marking the one
// that leads to path. Anonymous visitors get none.
func navFor(p xiangcai.Principal, lang, path string) []navLink {
	if p.Anonymous() {
		return nil
	}
	var links []navLink
	for _, item := range navigation {
		if len(item.Roles) > 0 && !slices.Contains(item.Roles, p.Role) {
			continue
		}
		links = append(links, navLink{Label: item.Label.In(lang), Href: item.Href, Current: leadsTo(item.Href, path)})
	}
	return links
}

// leadsTo reports whether a navigation href is the page at path or a page
// under it; "/" matches only the home page itself.
func leadsTo(href, path string) bool {
	if href == "/" {
		return path == "/"
	}
	return path == href || strings.HasPrefix(path, href+"/")
}
