package web_test

import (
	"fmt"
	"html"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"xiangcai/talentpool"
)

// TestOrganizationPages registers, changes, finds and deletes an
// organization through its pages as 长沙's administrator.
func TestOrganizationPages(t *testing.T) {
	w := newPoolWorld(t)
	v := w.as(w.changsha)
	form := v.get("/organizations/new")
	wantPage(t, "new form", form, http.StatusOK, `name="region_county"`, "岳麓区", `name="category_id"`)

	bad := v.post("/organizations/new", formOf(form.csrf(t), "name", "", "credit_code", "12345", "status", "filed",
		"category_id", w.category, "region_county", yuelu, "services", "邻里互助"))
	wantPage(t, "bad form", bad, http.StatusUnprocessableEntity, `id="org-name-error"`, `id="org-credit_code-error"`,
		"此项必填", "邻里互助", `<option value="430104007">`)

	made := v.post("/organizations/new", formOf(form.csrf(t), "name", "岳麓邻里互助会", "status", "filed", "category_id", w.category,
		"region_county", yuelu, "region_township", yueluTown, "is_hub", "true", "social_workers", "0", "contact_phone", "13800138000"))
	if made.Status != http.StatusSeeOther || !strings.HasPrefix(made.Location, "/organizations/") {
		t.Fatalf("create: %d %q\n%s", made.Status, made.Location, made.Body)
	}
	detail := v.get(made.Location)
	wantPage(t, "detail", detail, http.StatusOK, "岳麓邻里互助会", "138****8000", "新增社会组织", "岳麓区")
	if strings.Contains(detail.Body, "13800138000") {
		t.Error("the detail shows the contact phone in full")
	}

	edit := v.get(made.Location + "/edit")
	wantPage(t, "edit form", edit, http.StatusOK, `value="岳麓邻里互助会"`, "已保存：138****8000", `value="430104007" selected`)
	changed := v.post(made.Location+"/edit", formOf(edit.csrf(t), "name", "岳麓邻里互助会", "status", "filed", "category_id", w.category,
		"region_county", yuelu, "region_township", yueluTown, "is_hub", "true", "social_workers", "2"))
	if changed.Status != http.StatusSeeOther {
		t.Fatalf("update: %d\n%s", changed.Status, changed.Body)
	}
	wantPage(t, "detail after the change", v.get(made.Location), http.StatusOK, "修改社会组织", "<del>0</del> → <ins>2</ins>", "138****8000")

	w.org(w.changsha, "株洲不该出现", yueluTown)
	hubs := v.get("/organizations?hub=true&q=%E9%82%BB%E9%87%8C")
	wantPage(t, "filtered list", hubs, http.StatusOK, "岳麓邻里互助会", "共 1 个组织")

	confirm := v.get(made.Location + "/delete")
	wantPage(t, "confirmation", confirm, http.StatusOK, "删除「岳麓邻里互助会」？")
	gone := v.post(made.Location+"/delete", formOf(confirm.csrf(t)))
	if gone.Status != http.StatusSeeOther || gone.Location != "/organizations" {
		t.Fatalf("delete: %d %q", gone.Status, gone.Location)
	}
	if list := v.get("/organizations"); strings.Contains(list.Body, "岳麓邻里互助会") {
		t.Error("the list shows the deleted organization")
	}
	wantPage(t, "list with deleted", v.get("/organizations?deleted=true"), http.StatusOK, "岳麓邻里互助会", "已删除")
	v.language = "en"
	wantPage(t, "English detail", v.get(made.Location), http.StatusOK, "Deleted", "Legal standing", "History (3)")
}

// TestOrganizationFormsOfTheProvince: the province picks the city too, and
// a filter with a region that does not hold together drops the lower
// choices.
func TestOrganizationFormsOfTheProvince(t *testing.T) {
	w := newPoolWorld(t)
	w.org(w.changsha, "岳麓邻里互助会", yueluTown)
	w.org(w.zhuzhou, "荷塘志愿者协会", zhuzhouTown)
	v := w.as(w.province)
	wantPage(t, "province list", v.get("/organizations"), http.StatusOK, "岳麓邻里互助会", "荷塘志愿者协会", `name="region_city"`)
	mixed := v.get("/organizations?region_city=" + zhuzhou + "&region_county=" + yuelu)
	wantPage(t, "mixed filter", mixed, http.StatusOK, "荷塘志愿者协会", "共 1 个组织")
	if strings.Contains(mixed.Body, "岳麓邻里互助会") {
		t.Error("a county of another city narrowed the list")
	}
	form := v.get("/organizations/new")
	made := v.post("/organizations/new", formOf(form.csrf(t), "name", "芙蓉社区服务社", "status", string(talentpool.OrganizationRegistered),
		"credit_code", "", "category_id", w.category, "region_city", changsha, "region_county", "430102", "region_township", "430102001"))
	if made.Status != http.StatusSeeOther {
		t.Fatalf("create: %d\n%s", made.Status, made.Body)
	}
	wantPage(t, "made by the province", w.as(w.changsha).get(made.Location), http.StatusOK, "芙蓉社区服务社", "登记")
}

// TestOrganizationPaging pages through a city's organizations, newest
// first, keeping the filter on every page.
func TestOrganizationPaging(t *testing.T) {
	w := newPoolWorld(t)
	for i := range 21 {
		w.org(w.changsha, fmt.Sprintf("互助会%02d", i), yueluTown)
	}
	v := w.as(w.changsha)
	first := v.get("/organizations?q=%E4%BA%92%E5%8A%A9")
	wantPage(t, "first page", first, http.StatusOK, "共 21 个组织", "互助会20", "下一页")
	next := regexp.MustCompile(`href="(/organizations\?[^"]*cursor=[^"]+)"`).FindStringSubmatch(first.Body)
	if next == nil || strings.Contains(first.Body, "互助会00") {
		t.Fatalf("first page: next %v", next)
	}
	second := v.get(html.UnescapeString(next[1]))
	wantPage(t, "second page", second, http.StatusOK, "互助会00", "回到第一页")
	if strings.Contains(second.Body, "互助会01<") || strings.Contains(second.Body, "下一页") {
		t.Error("the second page repeats the first or offers a third")
	}
}
