package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func TestLoadDefaultsAreTheEmbeddedBackend(t *testing.T) {
	c, err := Load(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if !c.Embedded() || c.S3.Endpoint != "" {
		t.Fatalf("no variables should mean the embedded default, got %+v", c)
	}
	if c.Listen != ":8080" || c.DataDir != "./data" || c.SessionTTL != 12*time.Hour || !c.MigrateOnStart || c.CookieSecure ||
		c.DBMaxConns != 0 {
		t.Fatalf("unexpected defaults: %+v", c)
	}
	if c.SQLitePath() != filepath.Join("data", "xiangcai.db") {
		t.Fatalf("SQLitePath = %q", c.SQLitePath())
	}
}

func TestLoadRejectsInvalidValuesNamingTheVariable(t *testing.T) {
	cases := map[string]map[string]string{
		"XIANGCAI_DB_MAX_CONNS":     {"XIANGCAI_DB_MAX_CONNS": "many"},
		"XIANGCAI_DB_MAX_CONNS ":    {"XIANGCAI_DB_MAX_CONNS": "0"},
		"XIANGCAI_S3_USE_SSL":       {"XIANGCAI_S3_USE_SSL": "perhaps"},
		"XIANGCAI_SESSION_TTL":      {"XIANGCAI_SESSION_TTL": "-5m"},
		"XIANGCAI_LOG_FORMAT":       {"XIANGCAI_LOG_FORMAT": "xml"},
		"XIANGCAI_BASE_URL":         {"XIANGCAI_BASE_URL": "localhost:8080"},
		"XIANGCAI_SECRET_KEY":       {"XIANGCAI_SECRET_KEY": "short"},
		"XIANGCAI_BODY_LIMIT":       {"XIANGCAI_BODY_LIMIT": "10"},
		"XIANGCAI_COOKIE_SECURE":    {"XIANGCAI_COOKIE_SECURE": "sometimes"},
		"XIANGCAI_S3_ACCESS_KEY":    {"XIANGCAI_S3_ENDPOINT": "minio:9000"},
		"XIANGCAI_SECRET_KEY ":      {"XIANGCAI_DATABASE_URL": "postgres://x@db/xiangcai"},
		"XIANGCAI_MIGRATE_ON_START": {"XIANGCAI_MIGRATE_ON_START": "yes please"},
	}
	for name, vars := range cases {
		_, err := Load(env(vars))
		if err == nil || !strings.Contains(err.Error(), strings.TrimSpace(name)) {
			t.Errorf("%v: error %v does not name %s", vars, err, name)
		}
	}
}

func TestLoadReadsEveryKind(t *testing.T) {
	c, err := Load(env(map[string]string{
		"XIANGCAI_DATABASE_URL":    "postgres://postgres@127.0.0.1/test",
		"XIANGCAI_SECRET_KEY":      strings.Repeat("k", 32),
		"XIANGCAI_BASE_URL":        "https://xiangcai.example.cn/",
		"XIANGCAI_TRUSTED_PROXIES": "10.0.0.1, 10.1.0.0/16",
		"XIANGCAI_S3_ENDPOINT":     "minio:9000",
		"XIANGCAI_S3_ACCESS_KEY":   "a",
		"XIANGCAI_S3_SECRET_KEY":   "b",
		"XIANGCAI_S3_USE_SSL":      "true",
		"XIANGCAI_DB_MAX_CONNS":    "12",
	}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Embedded() || !c.CookieSecure || !c.S3.UseSSL || c.BaseURL != "https://xiangcai.example.cn" || c.DBMaxConns != 12 {
		t.Fatalf("unexpected config: %+v", c)
	}
	if len(c.TrustedProxies) != 2 || c.TrustedProxies[1] != "10.1.0.0/16" {
		t.Fatalf("TrustedProxies = %q", c.TrustedProxies)
	}
}

func TestEnsureSecretCreatesOnceAndKeeps(t *testing.T) {
	dir := t.TempDir()
	c := &Config{DataDir: dir}
	if err := c.EnsureSecret(); err != nil {
		t.Fatal(err)
	}
	first := c.SecretKey
	again := &Config{DataDir: dir}
	if err := again.EnsureSecret(); err != nil {
		t.Fatal(err)
	}
	if len(first) < 32 || again.SecretKey != first {
		t.Fatalf("secret not kept: %q then %q", first, again.SecretKey)
	}
	info, err := os.Stat(filepath.Join(dir, "secret.key"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("secret file: %v %v", info, err)
	}
}
