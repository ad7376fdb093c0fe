package api_test

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"xiangcai/talentpool/roster"
)

func TestTalentExportAPI(t *testing.T) {
	env := newPoolEnv(t)
	csv := env.do(t, "changsha", "GET", "/api/v1/talents/export.csv?category=volunteer", "")
	body := string(csv.Body)
	id := fakeID(1)
	if csv.StatusCode != http.StatusOK || csv.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		!strings.HasPrefix(csv.Header.Get("Content-Disposition"), `attachment; filename="talents-`) ||
		!strings.HasPrefix(body, "\ufeff姓名,身份证号,") || !strings.Contains(body, "王小红,"+id[:3]+"***********"+id[14:]) ||
		strings.Contains(body, id) || strings.Contains(body, "13800138000") {
		t.Fatalf("CSV export: %d %v\n%s", csv.StatusCode, csv.Header, body)
	}
	xlsx := env.do(t, "province", "GET", "/api/v1/talents/export.xlsx?reveal=true&region_code=430104", "")
	if xlsx.StatusCode != http.StatusOK {
		t.Fatalf("XLSX export: %d %s", xlsx.StatusCode, xlsx.Body)
	}
	r, err := roster.Open("x.xlsx", xlsx.Body)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	rec, err := r.Next()
	if err != nil || rec.Value(roster.IDNumber) != id || rec.Value(roster.Phone) != "13800138000" ||
		rec.Value(roster.Organization) != "岳麓街道邻里互助会" {
		t.Fatalf("unmasked row: %+v %v", rec, err)
	}
	if _, err := r.Next(); !errors.Is(err, io.EOF) {
		t.Fatalf("more than one talent exported: %v", err)
	}
	events := env.do(t, "province", "GET", "/api/v1/talents/"+env.talent.ID+"/events", "")
	if strings.Contains(string(events.Body), "talent.export") {
		t.Fatalf("an export is an event of the export, not of each talent: %s", events.Body)
	}
	for _, q := range []string{"category=nobody", "as_of=yesterday", "region_code=999999"} {
		if resp := env.do(t, "changsha", "GET", "/api/v1/talents/export.csv?"+q, ""); resp.StatusCode != http.StatusUnprocessableEntity {
			t.Errorf("%s: %d %s", q, resp.StatusCode, resp.Body)
		}
	}
}
