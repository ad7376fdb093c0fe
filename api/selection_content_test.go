package api_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"xiangcai/talentpool"
)

// TestSelectionBodiesAndErrors checks what the selection routes show (the
// ranking, the tally and its warning, the masked public list) and that bad
// input names its field.
func TestSelectionBodiesAndErrors(t *testing.T) {
	env := newSelectionEnv(t)
	sel := env.path(env.year, "")
	for _, c := range []struct {
		method, path, body, field string
	}{
		{"GET", "/api/v1/selections/430104/2025", "", "city_code"},
		{"POST", "/api/v1/selections/430100/1999", "", "year"},
		{"PUT", sel + "/criteria", `{"criteria":[{"name":"成效","max_points":101}]}`, "criteria[0].max_points"},
		{"POST", sel + "/nominees", `{"kind":"leader","talent_id":"` + env.talent.ID + `"}`, "talent_id"},
		{"POST", sel + "/nominees", `{"kind":"leader"}`, "talent_id"},
		{"GET", "/api/v1/public/selections/43010x/2025", "", "city_code"},
	} {
		resp := env.do(t, "changsha", c.method, c.path, c.body)
		if resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)[c.field] == nil {
			t.Errorf("%s %s %s: %d %s, want a problem with %s", c.method, c.path, c.body, resp.StatusCode, resp.Body, c.field)
		}
	}
	ctx, svc, p := t.Context(), env.Deps.Talents, env.province
	criteria, err := svc.SetCriteria(ctx, p, "430100", env.year, []talentpool.CriterionInput{{Name: "工作成效", MaxPoints: 100}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.StartScoring(ctx, p, "430100", env.year); err != nil {
		t.Fatal(err)
	}
	score := func(n *talentpool.Nominee, points string) {
		path := env.path(env.year, "/nominees/"+n.ID)
		body := fmt.Sprintf(`{"scores":[{"criterion_id":"%s","points":%s}]}`, criteria.Criteria[0].ID, points)
		if resp := env.do(t, "changsha", "PUT", path+"/scores", body); resp.StatusCode != http.StatusOK {
			t.Fatalf("score: %d %s", resp.StatusCode, resp.Body)
		}
		if resp := env.do(t, "changsha", "PATCH", path, `{"selected":true}`); resp.StatusCode != http.StatusOK {
			t.Fatalf("select: %d %s", resp.StatusCode, resp.Body)
		}
	}
	score(env.scored, "88.5")
	score(env.withdrawn, "90")
	resp := env.do(t, "changsha", "PUT", env.path(env.year, "/nominees/"+env.scored.ID+"/scores"),
		`{"scores":[{"criterion_id":"`+criteria.Criteria[0].ID+`","points":1.25}]}`)
	if resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)["scores[0].points"] == nil {
		t.Errorf("two decimals: %d %s", resp.StatusCode, resp.Body)
	}
	approved := env.do(t, "changsha", "POST", sel+"/approve", "")
	body := approved.JSON(t)["selection"].(map[string]any)
	tally := body["tally"].(map[string]any)
	nominees := body["nominees"].([]any)
	first := nominees[0].(map[string]any)
	if approved.StatusCode != http.StatusOK || body["status"] != "approved" || tally["organizations"] != 1.0 ||
		tally["below_target"] != true || tally["warning"] == nil || body["max_total"] != 100.0 ||
		first["kind"] != "organization" || first["total"] != 88.5 || nominees[1].(map[string]any)["name"] != "赵大明" {
		t.Fatalf("approved: %d %s", approved.StatusCode, approved.Body)
	}
	if resp := env.do(t, "changsha", "POST", sel+"/publish", ""); resp.StatusCode != http.StatusOK {
		t.Fatalf("publish: %d %s", resp.StatusCode, resp.Body)
	}
	pub := env.do(t, "", "GET", fmt.Sprintf("/api/v1/public/selections/430100/%d", env.year), "")
	text := string(pub.Body)
	want := `"leaders":[{"name":"赵**","organization_name":"岳麓街道邻里互助会","region_code":"430104007"`
	if pub.StatusCode != http.StatusOK || !strings.Contains(text, want) || !strings.Contains(text, `"city_name":"长沙市"`) {
		t.Fatalf("public list: %d %s", pub.StatusCode, text)
	}
	for _, secret := range []string{"赵大明", env.leader.ID, env.leader.IDMasked, env.leader.PhoneMasked, "88.5", "reason"} {
		if strings.Contains(text, secret) {
			t.Errorf("the public list shows %q: %s", secret, text)
		}
	}
	history := env.do(t, "province", "GET", sel+"/history?limit=2", "").JSON(t)
	if history["total"] != 11.0 || len(history["events"].([]any)) != 2 || history["next_cursor"] == nil {
		t.Errorf("history: %v", history)
	}
}
