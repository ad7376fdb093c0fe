package api_test

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"xiangcai/api/apitest"
	"xiangcai/talentpool/roster/rostertest"
)

// upload sends a roster as who: as a multipart form when multipartName is
// set, otherwise as the raw body; query is appended to the path.
func (e *poolEnv) upload(t *testing.T, who, query, multipartName string, data []byte) *apitest.Response {
	t.Helper()
	body, contentType := io.Reader(bytes.NewReader(data)), "application/octet-stream"
	if multipartName != "" {
		var buf bytes.Buffer
		w := multipart.NewWriter(&buf)
		part, _ := w.CreateFormFile("file", multipartName)
		part.Write(data)
		w.Close()
		body, contentType = &buf, w.FormDataContentType()
	}
	req := httptest.NewRequest("POST", "/api/v1/talent-imports"+query, body)
	req.Header.Set("Content-Type", contentType)
	if who != "" {
		name, value, _ := strings.Cut(e.login[who], ": ")
		req.Header.Set(name, value)
	}
	resp, err := e.Server.App.Test(req, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return &apitest.Response{Response: resp, Body: b}
}

// apiRoster is a roster with a title row, a good row, a fixed one, a
// truncated ID and the talent the pool already has.
func apiRoster(t *testing.T) []byte {
	return rostertest.Workbook(t, [][]any{
		{"岳麓区骨干人才名册"},
		{"姓名", "身份证号", "手机号码", "人才类别", "所属组织", "所在地区"},
		{"李雷", fakeID(31), "13700000031", "志愿者", "岳麓街道邻里互助会", "长沙市岳麓区西湖街道"},
		{"韩 梅梅", fakeID(33), nil, "社工", nil, "430104"},
		{"赵一", 4.30102199001012e17, nil, "志愿者"},
		{"王小红", fakeID(1), "13800138000", "志愿者", "岳麓街道邻里互助会", "430104007"},
	})
}

func TestTalentImportAPI(t *testing.T) {
	env := newPoolEnv(t)
	resp := env.upload(t, "changsha", "", "名册.xlsx", apiRoster(t))
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d %s", resp.StatusCode, resp.Body)
	}
	out := resp.JSON(t)
	imp := out["import"].(map[string]any)
	if imp["rows"] != 4.0 || imp["new"] != 2.0 || imp["unchanged"] != 1.0 || imp["rejected"] != 1.0 || imp["fixed"] != 1.0 ||
		imp["status"] != "ready" || imp["header_line"] != 2.0 || len(out["rows"].([]any)) != 4 {
		t.Fatalf("dry run: %s", resp.Body)
	}
	if strings.Contains(string(resp.Body), fakeID(31)) {
		t.Fatalf("the report shows an ID number in the clear: %s", resp.Body)
	}
	path := "/api/v1/talent-imports/" + imp["id"].(string)
	rejected := env.do(t, "changsha", "GET", path+"?outcome=rejected", "").JSON(t)
	rows := rejected["rows"].([]any)
	note := rows[0].(map[string]any)["notes"].([]any)[0].(map[string]any)
	if rejected["total"] != 1.0 || note["field"] != "id_number" || note["column"] != "身份证号" ||
		note["zh"] != "身份证号被 Excel 截断，请将该列设为文本后重新导出" || note["en"] == "" {
		t.Fatalf("rejected rows: %v", rejected)
	}
	commit := env.do(t, "changsha", "POST", path+"/commit", "")
	if commit.StatusCode != http.StatusOK || commit.JSON(t)["import"].(map[string]any)["status"] != "committed" {
		t.Fatalf("commit: %d %s", commit.StatusCode, commit.Body)
	}
	list := env.do(t, "changsha", "GET", "/api/v1/talents?q=梅梅", "").JSON(t)
	if list["total"] != 1.0 || list["talents"].([]any)[0].(map[string]any)["category"] != "social_worker" {
		t.Fatalf("imported talent: %v", list)
	}

	// The province imports a GBK CSV as the raw body into a city it names.
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("姓名,公民身份号码,类别\r\n周杰," + fakeID(35) + ",志愿者\r\n")
	raw := env.upload(t, "province", "?city_code=430100&file_name=%E5%90%8D%E5%8D%95.csv", "", []byte(gbk))
	if raw.StatusCode != http.StatusCreated || raw.JSON(t)["import"].(map[string]any)["new"] != 1.0 {
		t.Fatalf("raw GBK upload: %d %s", raw.StatusCode, raw.Body)
	}
	if bad := env.upload(t, "province", "?file_name=a.csv", "", []byte(gbk)); bad.StatusCode != http.StatusUnprocessableEntity ||
		bad.ErrorFields(t)["city_code"] == nil {
		t.Fatalf("the province without a city: %d %s", bad.StatusCode, bad.Body)
	}
	if bad := env.upload(t, "changsha", "?file_name=a.xls", "", []byte{0xd0, 0xcf, 0x11, 0xe0}); bad.StatusCode != http.StatusUnprocessableEntity ||
		!strings.Contains(fmt.Sprint(bad.ErrorFields(t)["file"]), ".xlsx") {
		t.Fatalf("an .xls file: %d %s", bad.StatusCode, bad.Body)
	}
}

func TestTalentRosterRoutesByRole(t *testing.T) {
	env := newPoolEnv(t)
	resp := env.upload(t, "changsha", "", "名册.xlsx", apiRoster(t))
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("upload: %d %s", resp.StatusCode, resp.Body)
	}
	path := "/api/v1/talent-imports/" + resp.JSON(t)["import"].(map[string]any)["id"].(string)
	roles := []string{"", "learner", "teacher", "zhuzhou", "changsha", "province"}
	const ok, made, unauth, forbid, missing = 200, 201, 401, 403, 404
	for _, r := range []struct {
		method, path string
		want         [6]int
	}{
		{"GET", path, [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", path + "?outcome=new&fixed=true", [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"POST", path + "/commit", [6]int{unauth, forbid, forbid, missing, ok, ok}},
		{"GET", "/api/v1/talents/export.csv", [6]int{unauth, forbid, forbid, ok, ok, ok}},
		{"GET", "/api/v1/talents/export.xlsx?region_code=430104&reveal=true", [6]int{unauth, forbid, forbid, forbid, ok, ok}},
	} {
		for i, who := range roles {
			if got := env.do(t, who, r.method, r.path, ""); got.StatusCode != r.want[i] {
				t.Errorf("%s %s as %q: %d %s, want %d", r.method, r.path, who, got.StatusCode, got.Body, r.want[i])
			}
		}
	}
	// An anonymous form post is refused by the CSRF check before the
	// service sees it; a raw body gets as far as the service.
	for i, who := range roles {
		want := [6]int{forbid, forbid, forbid, forbid, made, made}[i]
		if got := env.upload(t, who, "?city_code=430100", "名册.xlsx", apiRoster(t)); got.StatusCode != want {
			t.Errorf("upload into 长沙 as %q: %d %s, want %d", who, got.StatusCode, got.Body, want)
		}
	}
	if got := env.upload(t, "", "?city_code=430100&file_name=a.xlsx", "", apiRoster(t)); got.StatusCode != unauth {
		t.Errorf("anonymous raw upload: %d %s", got.StatusCode, got.Body)
	}
}
