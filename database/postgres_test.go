package database_test

import (
	"context"
	"runtime"
	"strings"
	"testing"

	"xiangcai/database"
	"xiangcai/database/dbtest"
)

// TestPostgresPreparesOnlyShortRepeatingStatements sends a short query
// once, another short query twice and a long query twice on one
// connection, and reads back from PostgreSQL which statements that
// connection keeps prepared: the short query that repeated only.
func TestPostgresPreparesOnlyShortRepeatingStatements(t *testing.T) {
	dbtest.RequirePostgres(t, "statement caching")
	ctx := context.Background()
	conn, err := dbtest.OpenEmpty(t).Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	long := strings.Repeat("x", 10<<10)
	queries := map[string]string{
		"once":   "SELECT 'once' AS marker, '' AS padding",
		"repeat": "SELECT 'repeat' AS marker, '' AS padding",
		"long":   "SELECT 'long' AS marker, '" + long + "' AS padding",
	}
	for want, query := range queries {
		times := 2
		if want == "once" {
			times = 1
		}
		for range times {
			var got, padding string
			if err := conn.QueryRowContext(ctx, query).Scan(&got, &padding); err != nil || got != want {
				t.Fatalf("%s query: %q, %v", want, got, err)
			}
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
	if !prepared[queries["repeat"]] || prepared[queries["once"]] || prepared[queries["long"]] {
		t.Errorf("prepared: %v; want the repeating short query only", prepared)
	}
}

// TestPostgresPoolSize opens PostgreSQL without a pool size, which gets
// PoolSize's default (at least 4), and with one, which it keeps.
func TestPostgresPoolSize(t *testing.T) {
	dbtest.RequirePostgres(t, "the connection pool")
	opts := dbtest.Options(t)
	for configured, want := range map[int]int{0: database.PoolSize(0), 3: 3} {
		opts.MaxConns = configured
		db, err := database.Open(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := db.Stats().MaxOpenConnections; got != want {
			t.Errorf("pool size %d gave %d connections, want %d", configured, got, want)
		}
		db.Close()
	}
	if n := database.PoolSize(0); n < 4 || n < runtime.NumCPU() {
		t.Errorf("the default pool has %d connections for %d CPUs", n, runtime.NumCPU())
	}
}
