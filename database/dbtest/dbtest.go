// Package dbtest gives each test an isolated, migrated database: a fresh
// PostgreSQL schema when XIANGCAI_TEST_DATABASE_URL is set, otherwise a SQLite
// file in a temporary folder. Tests that use it run unchanged on both.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/uptrace/bun"

	"xiangcai/database"
	"xiangcai/migrations"
)

// URLVariable names the PostgreSQL server tests use when it is set.
const URLVariable = "XIANGCAI_TEST_DATABASE_URL"

// Backend names the database the tests run on: "postgres" or "sqlite".
func Backend() string {
	if os.Getenv(URLVariable) != "" {
		return "postgres"
	}
	return "sqlite"
}

// Open returns a migrated database that only this test sees; it is removed
// when the test ends.
func Open(t testing.TB) *bun.DB {
	t.Helper()
	db := OpenEmpty(t)
	if _, err := migrations.New(db).Up(context.Background()); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	return db
}

// RequirePostgres skips a test of something only PostgreSQL has when the
// tests run on SQLite: on the pass without services (XIANGCAI_TEST_PASS=
// embedded, whose PostgreSQL pass runs it) or outside CI. Anywhere else
// under CI=true the missing PostgreSQL fails the test.
func RequirePostgres(t testing.TB, what string) {
	t.Helper()
	if Backend() == "postgres" {
		return
	}
	msg := what + " is PostgreSQL's and " + URLVariable + " is not set"
	if os.Getenv("CI") == "true" && os.Getenv("XIANGCAI_TEST_PASS") != "embedded" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// OpenEmpty returns an isolated database with no migrations applied.
func OpenEmpty(t testing.TB) *bun.DB {
	t.Helper()
	opts := Options(t)
	db, err := database.Open(context.Background(), opts)
	if err != nil {
		t.Fatalf("open test database: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Options returns connection options for a new isolated database, for tests
// that open it themselves (for example several "replicas" at once).
func Options(t testing.TB) database.Options {
	t.Helper()
	base := os.Getenv(URLVariable)
	if base == "" {
		return database.Options{SQLitePath: filepath.Join(t.TempDir(), "test.db")}
	}
	schema := "t_" + randomHex(8)
	admin, err := database.Open(context.Background(), database.Options{PostgresURL: base, MaxConns: 2})
	if err != nil {
		t.Fatalf("%s is set but PostgreSQL does not answer: %v", URLVariable, err)
	}
	defer admin.Close()
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create test schema: %v", err)
	}
	t.Cleanup(func() {
		admin, err := database.Open(context.Background(), database.Options{PostgresURL: base, MaxConns: 1})
		if err == nil {
			admin.Exec("DROP SCHEMA " + schema + " CASCADE")
			admin.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", URLVariable, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return database.Options{PostgresURL: u.String(), MaxConns: 8}
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
