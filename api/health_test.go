package api_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"xiangcai/api/apitest"
)

func TestHealthReadinessMetrics(t *testing.T) {
	env := apitest.New(t)
	if resp := env.Do(t, "GET", "/healthz", ""); resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %d", resp.StatusCode)
	}
	resp := env.Do(t, "GET", "/readyz", "")
	checks, _ := resp.JSON(t)["checks"].(map[string]any)
	if resp.StatusCode != http.StatusOK || checks["database"] != "ok" || checks["storage"] != "ok" {
		t.Fatalf("readyz: %d %s", resp.StatusCode, resp.Body)
	}
	if resp.Header.Get("X-Request-Id") == "" || resp.Header.Get("X-Content-Type-Options") != "nosniff" || resp.Header.Get("Content-Security-Policy") == "" {
		t.Fatalf("missing request ID or security headers: %v", resp.Header)
	}
	env.Do(t, "GET", "/api/v1/regions?q=岳麓", "")
	metrics := env.Do(t, "GET", "/metrics", "")
	if !strings.Contains(string(metrics.Body), `xiangcai_http_request_duration_seconds_count{method="GET",route="/api/v1/regions",status="200"} 1`) {
		t.Fatalf("metrics do not count the regions request by its route:\n%s", metrics.Body)
	}
}

// TestReadinessFailsWithoutDatabase closes the database under a running
// server: readiness must say so while liveness stays up.
func TestReadinessFailsWithoutDatabase(t *testing.T) {
	env := apitest.New(t)
	env.DB.Close()
	resp := env.Do(t, "GET", "/readyz", "")
	checks, _ := resp.JSON(t)["checks"].(map[string]any)
	if resp.StatusCode != http.StatusServiceUnavailable || checks["database"] != "unavailable" {
		t.Fatalf("readyz with the database closed: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "GET", "/healthz", ""); resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %d", resp.StatusCode)
	}
}

// TestOpenAPIDocument checks the generated document describes the routes,
// their security and the error body.
func TestOpenAPIDocument(t *testing.T) {
	env := apitest.New(t)
	resp := env.Do(t, "GET", "/api/openapi.json", "")
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Servers []struct{ URL string }               `json:"servers"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(resp.Body, &doc); err != nil || !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("not an OpenAPI 3 document: %v %.200s", err, resp.Body)
	}
	if len(doc.Servers) != 1 || doc.Servers[0].URL != "/api/v1" {
		t.Fatalf("servers: %+v", doc.Servers)
	}
	for path, method := range map[string]string{"/auth/login": "post", "/auth/logout": "post", "/me": "get",
		"/users": "post", "/users/{id}": "get", "/regions": "get", "/regions/{code}/children": "get", "/regions/{code}/path": "get"} {
		if doc.Paths[path][method] == nil {
			t.Errorf("the document lacks %s %s", method, path)
		}
	}
	if doc.Paths["/me"]["get"]["security"] == nil {
		t.Error("GET /me does not declare its security")
	}
}

func TestRegionsRoutes(t *testing.T) {
	env := apitest.New(t)
	cities := env.Do(t, "GET", "/api/v1/regions", "")
	if regions, _ := cities.JSON(t)["regions"].([]any); len(regions) != 14 {
		t.Fatalf("cities: %s", cities.Body)
	}
	path := env.Do(t, "GET", "/api/v1/regions/430104/path", "")
	if !strings.Contains(string(path.Body), "湖南省") || !strings.Contains(string(path.Body), "岳麓区") {
		t.Fatalf("path: %s", path.Body)
	}
	if resp := env.Do(t, "GET", "/api/v1/regions/430199/children", ""); resp.StatusCode != http.StatusUnprocessableEntity || resp.ErrorFields(t)["code"] == nil {
		t.Fatalf("unknown code: %d %s", resp.StatusCode, resp.Body)
	}
	if resp := env.Do(t, "GET", "/api/v1/regions/abc/children", ""); resp.StatusCode != http.StatusUnprocessableEntity {
		t.Fatalf("malformed code: %d %s", resp.StatusCode, resp.Body)
	}
}
