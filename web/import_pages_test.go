package web_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"xiangcai/api"
	"xiangcai/talentpool/roster/rostertest"
)

// roster is an XLSX roster of 长沙 as cities keep them, made with
// excelize: a title row over the header, three good rows, then a wrong
// check digit, an unknown region and an ID number stored as a number,
// which Excel cut to 15 digits.
func roster(t testing.TB) []byte {
	wrong := idNumber(23)
	wrong = wrong[:17] + map[bool]string{true: "0", false: "1"}[wrong[17] != '0']
	seq := 26
	for strings.HasSuffix(idNumber(seq), "X") {
		seq++
	}
	cut, err := strconv.ParseFloat(idNumber(seq), 64)
	if err != nil {
		t.Fatal(err)
	}
	return rostertest.Workbook(t, [][]any{
		{"长沙市社区社会组织骨干人才名册（2025年）"},
		{"姓名", "身份证号", "人才类别", "县市区", "街道乡镇"},
		{"欧阳华", idNumber(21), "志愿者", "岳麓区", "西湖街道"},
		{"邓丽君", idNumber(22), "社会组织负责人", "岳麓区", ""},
		{"谢 东", " " + idNumber(24) + " ", "社工", "芙蓉区", ""},
		{"错校验", wrong, "志愿者", "岳麓区", ""},
		{"无此区", idNumber(25), "志愿者", "不存在区", ""},
		{"被截断", cut, "志愿者", "岳麓区", ""},
	})
}

// upload sends a roster file from the import page as a browser does.
func (v *visitor) upload(t *testing.T, csrf, name string, data []byte) page {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField(api.CSRFField, csrf)
	if data != nil {
		part, err := w.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = part.Write(data)
	}
	_ = w.Close()
	req := httptest.NewRequest(http.MethodPost, "/import", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return v.do(req)
}

// TestImportPages uploads a roster with bad rows as 长沙's administrator,
// reads the report, commits it and finds the new talents in the pool and
// on the dashboard; nobody else reaches the import.
func TestImportPages(t *testing.T) {
	w := newPoolWorld(t)
	v := w.as(w.changsha)
	form := v.get("/import")
	wantPage(t, "import page", form, http.StatusOK, `enctype="multipart/form-data"`, `/api/v1/talents/export.xlsx`)
	wantPage(t, "no file", v.upload(t, form.csrf(t), "", nil), http.StatusUnprocessableEntity, `id="import-file-error"`)

	sent := v.upload(t, form.csrf(t), "长沙名册.xlsx", roster(t))
	if sent.Status != http.StatusSeeOther || !strings.HasPrefix(sent.Location, "/import/") {
		t.Fatalf("upload: %d %q\n%s", sent.Status, sent.Location, sent.Body)
	}
	report := v.get(sent.Location)
	wantPage(t, "report", report, http.StatusOK, "预检结果", "欧阳华", "校验位", "被 Excel 截断", "不存在区", "提交入库（3 行）")
	if counts := regexp.MustCompile(`拒绝</span><span class="figure">(\d+)<`).FindStringSubmatch(report.Body); counts == nil || counts[1] != "3" {
		t.Errorf("rejected count: %v", counts)
	}
	wantPage(t, "rejected rows", v.get(sent.Location+"?show=rejected"), http.StatusOK, "错校验", "无此区", "被截断")
	if _, n, _ := w.pool.FindTalents(context.Background(), w.changsha.Principal, poolOf(changsha)); n != 0 {
		t.Fatalf("the dry run added %d talents", n)
	}

	for _, who := range []struct {
		p      person
		status int
	}{{w.zhuzhou, http.StatusNotFound}, {w.trainee, http.StatusForbidden}} {
		if p := w.as(who.p).get(sent.Location); p.Status != who.status {
			t.Errorf("report as %s: %d, want %d", who.p.Login, p.Status, who.status)
		}
	}
	if p := w.as(w.trainee).get("/import"); p.Status != http.StatusForbidden {
		t.Errorf("import page as a trainee: %d", p.Status)
	}

	done := v.post(sent.Location+"/commit", formOf(report.csrf(t)))
	if done.Status != http.StatusSeeOther {
		t.Fatalf("commit: %d\n%s", done.Status, done.Body)
	}
	wantPage(t, "committed", v.get(sent.Location), http.StatusOK, "提交入库。", "查看数据看板")
	wantPage(t, "the pool", v.get("/talents"), http.StatusOK, "欧阳华", "邓丽君", "谢东", "共 3 人")
	wantPage(t, "the dashboard", v.get("/dashboard"), http.StatusOK, "在库人才</span>\n<span class=\"figure\">3</span>")
	again := v.post(sent.Location+"/commit", formOf(report.csrf(t)))
	if again.Status != http.StatusSeeOther {
		t.Errorf("a second commit: %d", again.Status)
	}
	wantPage(t, "after a second commit", v.get("/talents"), http.StatusOK, "共 3 人")
}
