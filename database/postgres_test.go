package database_test

import (
	"context"
	"strings"
	"testing"

	"xiangcai/database/dbtest"
)

// TestPostgresPreparesOnlyShortStatements runs a short and a long query on
// one connection and reads back from PostgreSQL which statements that
// connection keeps prepared.
func TestPostgresPreparesOnlyShortStatements(t *testing.T) {
	dbtest.RequirePostgres(t, "statement caching")
	ctx := context.Background()
	conn, err := dbtest.OpenEmpty(t).Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	long := strings.Repeat("x", 10<<10)
	queries := map[string]string{
		"short": "SELECT 'short' AS marker",
		"long":  "SELECT 'long' AS marker, '" + long + "' AS padding",
	}
	for want, query := range queries {
		var got, padding string
		dest := []any{&got}
		if want == "long" {
			dest = append(dest, &padding)
		}
		if err := conn.QueryRowContext(ctx, query).Scan(dest...); err != nil || got != want {
			t.Fatalf("%s query: %q, %v", want, got, err)
		}
	}
	rows, err := conn.QueryContext(ctx, "SELECT statement FROM pg_prepared_statements")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	prepared := map[string]bool{}
	for rows.Next() {
		var statement string
		if err := rows.Scan(&statement); err != nil {
			t.Fatal(err)
		}
		prepared[statement] = true
	}
	if !prepared[queries["short"]] {
		t.Errorf("the short query is not prepared; prepared: %v", prepared)
	}
	if prepared[queries["long"]] {
		t.Error("the long query was prepared and cached")
	}
}
