package database_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/uptrace/bun"

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
	db := openSQLite(t)
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

// TestDeadlockIsUnavailable makes two PostgreSQL transactions lock two rows
// in opposite orders: the one PostgreSQL aborts is unavailable, which a
// client may send again, not an internal error.
func TestDeadlockIsUnavailable(t *testing.T) {
	dbtest.RequirePostgres(t, "a deadlock") // SQLite's transactions take the write lock when they begin
	ctx := context.Background()
	db := dbtest.OpenEmpty(t)
	if _, err := db.ExecContext(ctx, "CREATE TABLE rows (id TEXT PRIMARY KEY, n INTEGER NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO rows (id, n) VALUES ('a', 0), ('b', 0)"); err != nil {
		t.Fatal(err)
	}
	locked := make(chan struct{}, 2)
	errs := make(chan error, 2)
	for _, order := range [][2]string{{"a", "b"}, {"b", "a"}} {
		go func() {
			errs <- db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
				if _, err := tx.ExecContext(ctx, "UPDATE rows SET n = n + 1 WHERE id = ?", order[0]); err != nil {
					return err
				}
				locked <- struct{}{}
				for len(locked) < 2 { // both hold their first row
					time.Sleep(time.Millisecond)
				}
				_, err := tx.ExecContext(ctx, "UPDATE rows SET n = n + 1 WHERE id = ?", order[1])
				return err
			})
		}()
	}
	var codes []string
	for range 2 {
		codes = append(codes, xiangcai.ErrorCode(database.Err(<-errs, thing)))
	}
	slices.Sort(codes)
	if codes[0] != "" || codes[1] != xiangcai.EUNAVAILABLE {
		t.Fatalf("the two transactions ended with %q, want one committed and one unavailable", codes)
	}
}
