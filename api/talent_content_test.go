package api_test

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestTalentAPIMasksAndLogsReveals(t *testing.T) {
	env := newPoolEnv(t)
	id := fakeID(7)
	resp := env.do(t, "changsha", "POST", "/api/v1/talents", `{"name":"赵六","id_number":"`+id+`","phone":"13912345678",
		"category":"social_worker","qualification":"assistant","qualification_expires_at":"2030-06-30",
		"region_code":"430104007","organization_id":"`+env.org.ID+`","skills":["调解"," 调解 ","社区治理"]}`)
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create: %d %s", resp.StatusCode, resp.Body)
	}
	talent := resp.JSON(t)["talent"].(map[string]any)
	if talent["id_number"] != id[:3]+"***********"+id[14:] || talent["phone"] != "139****5678" ||
		talent["gender"] != "male" || talent["birth_date"] != "1985-03-08" ||
		talent["qualification_expires_at"] != "2030-06-30" || talent["status"] != "nominated" {
		t.Fatalf("talent body: %s", resp.Body)
	}
	if org := talent["organization"].(map[string]any); org["name"] != "岳麓街道邻里互助会" || org["deleted"] != false {
		t.Fatalf("organization: %v", org)
	}
	path := "/api/v1/talents/" + talent["id"].(string)
	for _, p := range []string{path, "/api/v1/talents?limit=100", path + "/events"} {
		if body := string(env.do(t, "province", "GET", p, "").Body); strings.Contains(body, id) || strings.Contains(body, "13912345678") {
			t.Fatalf("%s shows personal data in the clear: %s", p, body)
		}
	}
	reveal := env.do(t, "province", "POST", path+"/reveal", `{"field":"id_number"}`)
	if reveal.StatusCode != http.StatusOK || reveal.JSON(t)["value"] != id {
		t.Fatalf("reveal: %d %s", reveal.StatusCode, reveal.Body)
	}
	if phone := env.do(t, "changsha", "POST", path+"/reveal", `{"field":"phone"}`); phone.JSON(t)["value"] != "13912345678" {
		t.Fatalf("reveal phone: %s", phone.Body)
	}
	events := env.do(t, "changsha", "GET", path+"/events", "").JSON(t)
	list := events["events"].([]any)
	if events["total"] != float64(3) || list[0].(map[string]any)["action"] != "talent.reveal" ||
		list[1].(map[string]any)["action"] != "talent.reveal" || list[2].(map[string]any)["action"] != "talent.create" {
		t.Fatalf("events: %v", events)
	}
	// The organization's deletion shows on its talents, who keep the link.
	if resp := env.do(t, "changsha", "DELETE", "/api/v1/organizations/"+env.org.ID, ""); resp.StatusCode != http.StatusNoContent {
		t.Fatalf("delete: %d %s", resp.StatusCode, resp.Body)
	}
	got := env.do(t, "changsha", "GET", path, "").JSON(t)["talent"].(map[string]any)
	if org := got["organization"].(map[string]any); org["id"] != env.org.ID || org["deleted"] != true {
		t.Fatalf("organization after deletion: %v", org)
	}
}

func TestTalentAPIErrorsNameTheField(t *testing.T) {
	env := newPoolEnv(t)
	good := fakeID(9)
	wrongCheck := good[:17] + map[bool]string{true: "1", false: "0"}[good[17] == '0']
	cases := []struct {
		who, method, path, body string
		status                  int
		field, message          string
	}{
		{"changsha", "POST", "/api/v1/talents", `{"name":"甲","id_number":"` + wrongCheck + `","category":"volunteer","region_code":"430100"}`,
			http.StatusUnprocessableEntity, "id_number", "身份证号校验位不正确"},
		{"changsha", "POST", "/api/v1/talents", `{"name":"甲","id_number":"` + good + `","category":"volunteer","region_code":"439999"}`,
			http.StatusUnprocessableEntity, "region_code", "未知的行政区划代码"},
		{"changsha", "POST", "/api/v1/organizations", `{"name":"甲","status":"filed","category_id":"` + env.category + `","region_code":"430104007","credit_code":"91430100MA4L16JQ9A"}`,
			http.StatusUnprocessableEntity, "credit_code", "校验位不正确"},
		{"zhuzhou", "POST", "/api/v1/talents", `{"name":"王小红","id_number":"` + fakeID(1) + `","category":"volunteer","region_code":"430200"}`,
			http.StatusConflict, "id_number", "该人员已在其他市州人才库中"},
		{"province", "POST", "/api/v1/talents", `{"name":"王小红","id_number":"` + fakeID(1) + `","category":"volunteer","region_code":"430200"}`,
			http.StatusConflict, "id_number", "该人员已在长沙市人才库中"},
		{"changsha", "GET", "/api/v1/talents?as_of=2025-13-01", "", http.StatusUnprocessableEntity, "as_of", ""},
		{"changsha", "GET", "/api/v1/talents?category=chef", "", http.StatusUnprocessableEntity, "category", ""},
		{"changsha", "GET", "/api/v1/talents?region_code=430200", "", http.StatusForbidden, "", ""},
		{"changsha", "GET", "/api/v1/talents/not-an-id", "", http.StatusNotFound, "", ""},
		{"changsha", "POST", "/api/v1/talents/" + env.talent.ID + "/transitions", `{"to_status":"nominated","reason":"退回"}`,
			http.StatusConflict, "to_status", "不能从「在库」变为「已提名」"},
		{"changsha", "POST", "/api/v1/talents/" + env.talent.ID + "/transitions", `{"to_status":"suspended","reason":""}`,
			http.StatusUnprocessableEntity, "reason", ""},
	}
	for _, c := range cases {
		resp := env.do(t, c.who, c.method, c.path, c.body)
		if resp.StatusCode != c.status || !strings.Contains(string(resp.Body), c.message) {
			t.Errorf("%s %s as %s: %d %s, want %d %q", c.method, c.path, c.who, resp.StatusCode, resp.Body, c.status, c.message)
			continue
		}
		if _, named := resp.ErrorFields(t)[c.field]; c.field != "" && !named {
			t.Errorf("%s %s: %s does not name %s", c.method, c.path, resp.Body, c.field)
		}
	}
}

func TestTalentAPIPoolAsOfAndPages(t *testing.T) {
	env := newPoolEnv(t)
	day := env.Clock.Now().In(time.FixedZone("CST", 8*3600)).Format(time.DateOnly)
	env.Clock.Advance(48 * time.Hour)
	env.login["changsha"] = env.Login(t, "changsha") // the first session has expired
	path := "/api/v1/talents/" + env.talent.ID + "/transitions"
	if resp := env.do(t, "changsha", "POST", path, `{"to_status":"suspended","reason":"暂停"}`); resp.StatusCode != http.StatusOK {
		t.Fatalf("suspend: %d %s", resp.StatusCode, resp.Body)
	}
	then := env.do(t, "changsha", "GET", "/api/v1/talents?status=active&as_of="+day, "").JSON(t)
	now := env.do(t, "changsha", "GET", "/api/v1/talents?status=active", "").JSON(t)
	if then["total"] != float64(1) || now["total"] != float64(0) {
		t.Fatalf("active then %v, now %v", then["total"], now["total"])
	}
	for i := range 3 {
		body := `{"name":"组织` + string(rune('甲'+i)) + `","status":"filed","category_id":"` + env.category + `","region_code":"430104007"}`
		if resp := env.do(t, "changsha", "POST", "/api/v1/organizations", body); resp.StatusCode != http.StatusCreated {
			t.Fatal(string(resp.Body))
		}
	}
	seen := map[string]bool{}
	cursor := ""
	for range 3 {
		page := env.do(t, "changsha", "GET", "/api/v1/organizations?limit=2&cursor="+cursor, "").JSON(t)
		for _, o := range page["organizations"].([]any) {
			seen[o.(map[string]any)["id"].(string)] = true
		}
		if page["total"] != float64(5) {
			t.Fatalf("total %v", page["total"])
		}
		next, _ := page["next_cursor"].(string)
		if next == "" {
			break
		}
		cursor = next
	}
	if len(seen) != 5 {
		t.Fatalf("pages showed %d organizations, want 5", len(seen))
	}
}
