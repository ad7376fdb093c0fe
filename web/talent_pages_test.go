package web_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"xiangcai/talentpool"
)

// TestTalentPages adds a talent through the form, reveals the ID number
// once, moves the talent through the lifecycle and looks at the pool on a
// past date, as 长沙's administrator.
func TestTalentPages(t *testing.T) {
	w := newPoolWorld(t)
	o := w.org(w.changsha, "岳麓邻里互助会", yueluTown)
	v := w.as(w.changsha)
	form := v.get("/talents/new?organization_id=" + o.ID)
	wantPage(t, "new form", form, http.StatusOK, `<option value="`+o.ID+`" selected>岳麓邻里互助会</option>`, `value="430104007" selected`)

	id := idNumber(7)
	wrong := id[:17] + map[bool]string{true: "0", false: "1"}[id[17] != '0']
	bad := v.post("/talents/new", formOf(form.csrf(t), "name", "周敏", "id_number", wrong, "category", "volunteer",
		"region_county", yuelu, "organization_id", o.ID, "status", "active"))
	wantPage(t, "wrong check digit", bad, http.StatusUnprocessableEntity, `id="talent-id_number-error"`, "校验位", `value="周敏"`)

	made := v.post("/talents/new", formOf(form.csrf(t), "name", "周敏", "id_number", id, "phone", "13912345678", "category", "volunteer",
		"region_county", yuelu, "organization_id", o.ID, "status", "active", "skills", "社区调解、心理疏导"))
	if made.Status != http.StatusSeeOther {
		t.Fatalf("create: %d\n%s", made.Status, made.Body)
	}
	detail := v.get(made.Location)
	wantPage(t, "detail", detail, http.StatusOK, "周敏", id[:3]+"***********"+id[14:], "139****5678", "岳麓邻里互助会",
		"社区调解、心理疏导", "查看完整号码", "加入人才库", "尚未关联湘才账号")
	if strings.Contains(detail.Body, id) {
		t.Fatal("the detail shows the ID number in full")
	}

	revealed := v.post(made.Location+"/reveal", formOf(detail.csrf(t), "field", "id_number"))
	wantPage(t, "revealed", revealed, http.StatusOK, id, "本次查看已记录", "查看完整身份证号")
	if again := v.get(made.Location); strings.Contains(again.Body, id) {
		t.Error("the ID number stays in full after the one view")
	}

	noReason := v.post(made.Location+"/transition", formOf(detail.csrf(t), "to_status", "suspended", "reason", " "))
	wantPage(t, "no reason", noReason, http.StatusUnprocessableEntity, `id="transition-reason-error"`, "此项必填")
	moved := v.post(made.Location+"/transition", formOf(detail.csrf(t), "to_status", "suspended", "reason", "外出务工半年"))
	if moved.Status != http.StatusSeeOther {
		t.Fatalf("transition: %d\n%s", moved.Status, moved.Body)
	}
	wantPage(t, "after the move", v.get(made.Location), http.StatusOK, "在库 → <strong>暂停</strong>", "外出务工半年")

	wantPage(t, "suspended list", v.get("/talents?status=suspended"), http.StatusOK, "周敏", "共 1 人")
	wantPage(t, "the pool long ago", v.get("/talents?as_of=2000-01-01"), http.StatusOK, "截至 2000-01-01 的人才库", "共 0 人")
	wantPage(t, "a bad date", v.get("/talents?as_of=2020-13-01"), http.StatusUnprocessableEntity, `id="filter-as_of-error"`)
	wantPage(t, "an organization's talents", v.get("/talents?organization_id="+o.ID), http.StatusOK, "所在组织：岳麓邻里互助会", "周敏")

	edit := v.get(made.Location + "/edit")
	wantPage(t, "edit form", edit, http.StatusOK, `value="周敏"`, "已保存：139****5678", "社区调解、心理疏导")
	saved := v.post(made.Location+"/edit", formOf(edit.csrf(t), "name", "周敏华", "category", "social_worker", "region_county", yuelu,
		"qualification", "assistant", "qualification_expires_at", "2030-12-31", "organization_id", o.ID))
	if saved.Status != http.StatusSeeOther {
		t.Fatalf("update: %d\n%s", saved.Status, saved.Body)
	}
	wantPage(t, "after the edit", v.get(made.Location), http.StatusOK, "周敏华", "助理社会工作师（有效期至 2030-12-31）", "139****5678", "修改人才信息")
}

// TestMyTalentProfile: a trainee sees their own profile, masked and
// without the administrators' actions, once their account is linked.
func TestMyTalentProfile(t *testing.T) {
	w := newPoolWorld(t)
	v := w.as(w.trainee)
	wantPage(t, "not linked", v.get("/me/talent"), http.StatusOK, "尚未关联人才档案")
	tl := w.talent(w.changsha, 3, "李学员", yuelu, func(in *talentpool.NewTalent) { in.UserID = w.trainee.UserID })
	mine := v.get("/me/talent")
	wantPage(t, "profile", mine, http.StatusOK, "李学员", tl.IDMasked, "培训记录", "尚无完成的培训", `href="/me/talent" aria-current="page"`)
	for _, hidden := range []string{"查看完整号码", "变更状态", "变更记录", "/edit"} {
		if strings.Contains(mine.Body, hidden) {
			t.Errorf("the trainee's profile shows %q", hidden)
		}
	}
	wantPage(t, "own talent page", v.get("/talents/"+tl.ID), http.StatusOK, "李学员")
	if p := w.as(w.changsha).get("/me/talent"); p.Status != http.StatusOK {
		t.Errorf("an administrator without a profile: %d", p.Status)
	}
	if _, err := w.pool.TransitionTalent(context.Background(), w.changsha.Principal, tl.ID, talentpool.StatusSuspended, "测试"); err != nil {
		t.Fatal(err)
	}
	wantPage(t, "profile after a change", v.get("/me/talent"), http.StatusOK, "暂停")
}
