package database_test

import (
	"context"
	"errors"
	"testing"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/database/dbtest"
)

var thing = xiangcai.Text{ZH: "记录", EN: "record"}

// TestErrMapsDriverErrors provokes each kind of error on the test backend
// and checks the codes callers see.
func TestErrMapsDriverErrors(t *testing.T) {
	ctx := context.Background()
	db := dbtest.OpenEmpty(t)
	for _, stmt := range []string{
		"CREATE TABLE parents (id TEXT PRIMARY KEY)",
		"CREATE TABLE children (id TEXT PRIMARY KEY, parent_id TEXT NOT NULL REFERENCES parents (id))",
		"INSERT INTO parents (id) VALUES ('p1')",
	} {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			t.Fatal(err)
		}
	}
	var id string
	err := db.NewSelect().Table("parents").Column("id").Where("id = 'nobody'").Scan(ctx, &id)
	if got := database.Err(err, thing); xiangcai.ErrorCode(got) != xiangcai.ENOTFOUND {
		t.Errorf("no rows gave %v", got)
	}
	_, err = db.ExecContext(ctx, "INSERT INTO parents (id) VALUES ('p1')")
	if got := database.Err(err, thing); xiangcai.ErrorCode(got) != xiangcai.ECONFLICT || !database.IsUniqueViolation(err) {
		t.Errorf("duplicate key gave %v", got)
	}
	_, err = db.ExecContext(ctx, "INSERT INTO children (id, parent_id) VALUES ('c1', 'missing')")
	if got := database.Err(err, thing); xiangcai.ErrorCode(got) != xiangcai.ECONFLICT {
		t.Errorf("broken foreign key gave %v", got)
	}
	_, err = db.ExecContext(ctx, "SELEC nonsense")
	got := database.Err(err, thing)
	var appErr *xiangcai.Error
	if !errors.As(got, &appErr) || appErr.Code != xiangcai.EINTERNAL || appErr.Message.In("en") != "internal error" {
		t.Errorf("a syntax error gave %v", got)
	}
	if database.Err(nil, thing) != nil {
		t.Error("nil should stay nil")
	}
}

// TestSQLitePragmas checks the embedded database runs with write-ahead
// logging, foreign keys and a busy timeout on every pooled connection.
func TestSQLitePragmas(t *testing.T) {
	db, err := database.Open(context.Background(), database.Options{SQLitePath: t.TempDir() + "/x.db"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var mode string
	var fk, busy int
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Fatalf("journal_mode = %q, %v", mode, err)
	}
	if err := db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Fatalf("foreign_keys = %d, %v", fk, err)
	}
	if err := db.QueryRow("PRAGMA busy_timeout").Scan(&busy); err != nil || busy < 1000 {
		t.Fatalf("busy_timeout = %d, %v", busy, err)
	}
}
