package web_test

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"xiangcai/talentpool"
)

// TestDashboardPages: a city administrator sees their city's figures with
// the charts' data in the page; the province sees every city side by side
// and picks one; ECharts loads on this page only, with no inline script.
func TestDashboardPages(t *testing.T) {
	w := newPoolWorld(t)
	w.org(w.changsha, "岳麓区社区社会组织联合会", yueluTown, func(in *talentpool.OrganizationInput) { in.IsHub, in.SocialWorkers = true, 2 })
	w.talent(w.changsha, 1, "周敏", yuelu)
	v := w.as(w.changsha)
	city := v.get("/dashboard")
	wantPage(t, "city dashboard", city, http.StatusOK, "长沙市人才库看板", "在库人才", "枢纽组织覆盖率", "1 / 172 个街道乡镇",
		`data-chart="{`, "/static/echarts.min.", `/api/v1/dashboards/talent-pool/export.xlsx?year=`, "未达到各 10 个的要求")
	if inline := regexp.MustCompile(`<script>|<script [^>]*>[^<]|style="`).FindString(city.Body); inline != "" {
		t.Errorf("the dashboard has inline script or style: %q", inline)
	}
	if strings.Contains(v.get("/talents").Body, "echarts") {
		t.Error("a page other than the dashboard loads ECharts")
	}
	if strings.Contains(city.Body, `name="city"`) {
		t.Error("a city administrator may pick another city")
	}
	v.language = "en"
	wantPage(t, "English dashboard", v.get("/dashboard"), http.StatusOK, "Talent pool of 长沙市", "Hub coverage of townships")

	p := w.as(w.province)
	wantPage(t, "province dashboard", p.get("/dashboard"), http.StatusOK, "湖南省人才库看板", "各市州数据", "湘西土家族苗族自治州", `name="city"`)
	wantPage(t, "a city the province picks", p.get("/dashboard?city="+zhuzhou), http.StatusOK, "株洲市人才库看板")
	wantPage(t, "a year too early", p.get("/dashboard?year=1999"), http.StatusUnprocessableEntity)
}
