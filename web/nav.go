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
