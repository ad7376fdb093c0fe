package web_test

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"xiangcai/talentpool"
)

// TestSelectionPages runs 长沙's annual selection through its pages:
// criteria, nominations, scores, the list, approval with the warning of a
// short list, publication on the public page with masked names, and the
// province reopening it.
func TestSelectionPages(t *testing.T) {
	w := newPoolWorld(t)
	o := w.org(w.changsha, "岳麓邻里互助会", yueluTown)
	w.talent(w.changsha, 3, "周敏", yuelu, func(in *talentpool.NewTalent) {
		in.Category, in.OrganizationID = talentpool.OrganizationLeader, o.ID
	})
	v := w.as(w.changsha)
	list := v.get("/selections")
	wantPage(t, "selections", list, http.StatusOK, "还没有年度推选")
	year := fmt.Sprint(w.env.Clock.Now().Year())
	made := v.post("/selections", formOf(list.csrf(t), "city_code", changsha, "year", year))
	path := "/selections/" + changsha + "/" + year
	if made.Status != http.StatusSeeOther || made.Location != path+"/manage" {
		t.Fatalf("create: %d %q\n%s", made.Status, made.Location, made.Body)
	}
	page := v.get(path + "/manage")
	csrf := page.csrf(t)
	wantPage(t, "draft", page, http.StatusOK, "草稿", "方案要求每年各不少于10个", `name="criteria[0].name"`)

	bad := v.post(path+"/criteria", formOf(csrf, "criteria[0].name", "服务成效", "criteria[0].max_points", "60",
		"criteria[1].name", "群众评价", "criteria[1].max_points", "0"))
	wantPage(t, "bad criteria", bad, http.StatusUnprocessableEntity, `id="criteria-criteria[1].max_points-error"`, "满分应为1至100分", `value="服务成效"`)
	step(t, v, path+"/criteria", formOf(csrf, "criteria[0].name", "服务成效", "criteria[0].max_points", "60",
		"criteria[1].name", "群众评价", "criteria[1].max_points", "40", "criteria[2].name", ""))
	step(t, v, path+"/nominees", formOf(csrf, "kind", "organization", "organization_id", o.ID, "reason", "带动邻里互助"))
	page = v.get(path + "/manage")
	leader := regexp.MustCompile(`<option value="([0-9a-f-]{36})">周敏`).FindStringSubmatch(page.Body)
	if leader == nil {
		t.Fatalf("the leader is not offered:\n%s", page.Body)
	}
	step(t, v, path+"/nominees", formOf(csrf, "kind", "leader", "talent_id", leader[1]))
	step(t, v, path+"/status", formOf(csrf, "action", "start_scoring"))

	page = v.get(path + "/manage")
	wantPage(t, "scoring", page, http.StatusOK, "评分中", "服务成效（满分60）", "带动邻里互助")
	nominees := regexp.MustCompile(`action="`+regexp.QuoteMeta(path)+`/nominees/([0-9a-f-]{36})/scores"`).FindAllStringSubmatch(page.Body, -1)
	criteria := regexp.MustCompile(`name="score_([0-9a-f-]{36})"`).FindAllStringSubmatch(page.Body, 2)
	if len(nominees) != 2 || len(criteria) != 2 {
		t.Fatalf("%d score forms, %d criteria", len(nominees), len(criteria))
	}
	over := v.post(path+"/nominees/"+nominees[0][1]+"/scores", formOf(csrf, "score_"+criteria[0][1], "55.5", "score_"+criteria[1][1], "41"))
	wantPage(t, "a score over the maximum", over, http.StatusUnprocessableEntity, `id="score-`+nominees[0][1]+`-score_`+criteria[1][1]+`-error"`, "应在0至40分之间")
	for _, n := range nominees {
		step(t, v, path+"/nominees/"+n[1]+"/scores", formOf(csrf, "score_"+criteria[0][1], "55.5", "score_"+criteria[1][1], "38"))
		step(t, v, path+"/nominees/"+n[1], formOf(csrf, "selected", "true"))
	}
	wantPage(t, "scored", v.get(path+"/manage"), http.StatusOK, "总分 93.5 / 100", "移出名单")
	step(t, v, path+"/status", formOf(csrf, "action", "approve"))
	wantPage(t, "approved", v.get(path+"/manage"), http.StatusOK, "已批准", "入选的优秀社区社会组织1个、负责人1名", "公布名单")
	if p := w.visitor().get(path); p.Status != http.StatusNotFound {
		t.Errorf("the public page before publication: %d", p.Status)
	}
	step(t, v, path+"/status", formOf(csrf, "action", "publish"))

	public := w.visitor().get(path)
	wantPage(t, "public page", public, http.StatusOK, "岳麓邻里互助会", "周*", "优秀负责人")
	if strings.Contains(public.Body, "周敏") || strings.Contains(public.Body, "93.5") {
		t.Error("the public page shows a leader's name or the scores")
	}
	wantPage(t, "another city's view", w.as(w.zhuzhou).get(path+"/manage"), http.StatusNotFound)
	wantPage(t, "the city may not reopen", v.get(path+"/manage"), http.StatusOK)
	if strings.Contains(v.get(path+"/manage").Body, "重新开放") {
		t.Error("a city administrator is offered to reopen")
	}

	p := w.as(w.province)
	list = p.get("/selections")
	wantPage(t, "province list", list, http.StatusOK, "长沙市", "已公布", "公示页面")
	noReason := p.post(path+"/status", formOf(list.csrf(t), "action", "reopen", "reason", ""))
	wantPage(t, "reopen without a reason", noReason, http.StatusUnprocessableEntity, `id="move-reopen-reason-error"`)
	step(t, p, path+"/status", formOf(list.csrf(t), "action", "reopen", "reason", "名单有误"))
	if p := w.visitor().get(path); p.Status != http.StatusNotFound {
		t.Errorf("the public page after reopening: %d", p.Status)
	}
}

// step posts a form that changes a selection and expects to go back to
// its page.
func step(t *testing.T, v *visitor, path string, form url.Values) {
	t.Helper()
	p := v.post(path, form)
	if p.Status != http.StatusSeeOther {
		t.Fatalf("POST %s: %d\n%s", path, p.Status, p.Body)
	}
}
