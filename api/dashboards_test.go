package api_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"xiangcai/talentpool/dashboard"
)

// TestDashboardRoutesByRole checks the dashboard and its exports against
// every role: administrators read their own city (the province every
// city), nobody else any.
func TestDashboardRoutesByRole(t *testing.T) {
	env := newPoolEnv(t)
	roles := []string{"", "learner", "teacher", "zhuzhou", "changsha", "province"}
	const ok, unauth, forbid = http.StatusOK, http.StatusUnauthorized, http.StatusForbidden
	base := "/api/v1/dashboards/talent-pool"
	for _, path := range []string{base, base + "/export.csv", base + "/export.xlsx"} {
		for q, want := range map[string][6]int{
			"":             {unauth, forbid, forbid, ok, ok, ok},
			"?city=430100": {unauth, forbid, forbid, forbid, ok, ok},
		} {
			for i, who := range roles {
				if resp := env.do(t, who, "GET", path+q, ""); resp.StatusCode != want[i] {
					t.Errorf("GET %s%s as %q: %d, want %d", path, q, who, resp.StatusCode, want[i])
				}
			}
		}
	}
	// Bad input names the field.
	for q, field := range map[string]string{"?city=430104": "city", "?year=1999": "year", "?year=abc": "year"} {
		resp := env.do(t, "province", "GET", base+q, "")
		if _, named := resp.ErrorFields(t)[field]; resp.StatusCode != http.StatusUnprocessableEntity || !named {
			t.Errorf("GET %s: %d %s", q, resp.StatusCode, resp.Body)
		}
	}
}

func TestDashboardContent(t *testing.T) {
	env := newPoolEnv(t)
	hub := `{"name":"西湖街道社会组织联合会","status":"filed","category_id":"` + env.category +
		`","region_code":"430104007","is_hub":true,"social_workers":2}`
	if resp := env.do(t, "changsha", "POST", "/api/v1/organizations", hub); resp.StatusCode != http.StatusCreated {
		t.Fatalf("create hub: %d %s", resp.StatusCode, resp.Body)
	}
	resp := env.do(t, "province", "GET", "/api/v1/dashboards/talent-pool", "")
	var d dashboard.Dashboard
	if err := json.Unmarshal(resp.Body, &d); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("%d %s %v", resp.StatusCode, resp.Body, err)
	}
	cs := d.Cities[0]
	if len(d.Cities) != 14 || d.Total.Pool.Active != 1 || cs.Area.Code != "430100" || cs.Pool.Active != 1 ||
		cs.HubCoverage.Count != 1 || cs.HubCoverage.Of != 172 || cs.HubStaffing.WithinTarget != 1 || d.Comparison == nil {
		t.Fatalf("province dashboard: %s", resp.Body)
	}
	// The JSON is shaped for charts: labels with both languages and series.
	for _, want := range []string{`"by_status":{"labels":[{"code":"nominated","zh":"已提名","en":"Nominated"}`,
		`"series":[{"code":"talents","zh":"人数","en":"Talents","values":[0,0,1,0,0]}]`} {
		if !strings.Contains(string(resp.Body), want) {
			t.Errorf("body lacks %s", want)
		}
	}
	csv := env.do(t, "changsha", "GET", "/api/v1/dashboards/talent-pool/export.csv?lang=en", "")
	year := strconv.Itoa(d.Year)
	if csv.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		csv.Header.Get("Content-Disposition") != `attachment; filename="talent-pool-430100-`+year+`.csv"` ||
		!bytes.HasPrefix(csv.Body, []byte("\uFEFFYear,Area code,Area,Figure,Item,Value\n"+year+",430100,长沙市,Active talents,,1\n")) {
		t.Errorf("CSV: %v\n%s", csv.Header, csv.Body)
	}
	zh := env.Do(t, "GET", "/api/v1/dashboards/talent-pool/export.csv", "", env.login["changsha"], "Accept-Language: zh-CN")
	if !bytes.Contains(zh.Body, []byte("年度,区域代码,区域,指标,分项,数值")) {
		t.Errorf("Chinese CSV: %s", zh.Body)
	}
	xlsx := env.do(t, "province", "GET", "/api/v1/dashboards/talent-pool/export.xlsx?city=430100", "")
	book, err := excelize.OpenReader(bytes.NewReader(xlsx.Body))
	if err != nil {
		t.Fatalf("XLSX: %v %v", err, xlsx.Header)
	}
	defer book.Close()
	if v, _ := book.GetCellValue("人才库看板", "F2"); v != "1" ||
		!strings.Contains(xlsx.Header.Get("Content-Disposition"), "talent-pool-430100-") {
		t.Errorf("XLSX F2 = %q, %v", v, xlsx.Header)
	}
}
