package database_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/database"
)

// TestSQLiteWritersTakeTurns runs transactions back to back in one
// goroutine while another begins one: the latecomer gets the next turn
// instead of polling for the lock until the busy timeout.
func TestSQLiteWritersTakeTurns(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	if _, err := db.ExecContext(ctx, "CREATE TABLE marks (n INTEGER NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	const batches = 20
	var committed atomic.Int32
	first := make(chan struct{})
	errs := make(chan error, 1)
	go func() {
		for i := range batches {
			err := db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
				_, err := tx.ExecContext(ctx, "INSERT INTO marks (n) VALUES (?)", i)
				time.Sleep(20 * time.Millisecond)
				return err
			})
			if err != nil {
				errs <- err
				return
			}
			if committed.Add(1) == 1 {
				close(first)
			}
		}
		errs <- nil
	}()
	<-first
	var before int32
	err := db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		before = committed.Load()
		_, err := tx.ExecContext(ctx, "INSERT INTO marks (n) VALUES (-1)")
		return err
	})
	if err != nil || <-errs != nil {
		t.Fatalf("transactions: %v", err)
	}
	if before > 3 {
		t.Fatalf("the latecomer waited for %d of %d transactions begun after it", before-1, batches)
	}
}

// TestSQLiteQueueLetsAnAbandonedWaiterGo begins a transaction whose context
// ends while it waits for its turn: it gives up, and the turn it never had
// is not lost to the writers after it.
func TestSQLiteQueueLetsAnAbandonedWaiterGo(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	holder, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := db.BeginTx(short, nil); err == nil {
		t.Fatal("a transaction began while another held the turn")
	}
	if err := holder.Rollback(); err != nil {
		t.Fatal(err)
	}
	next, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatalf("the next writer: %v", err)
	}
	if err := next.Commit(); err != nil {
		t.Fatal(err)
	}
}

// openSQLite opens a new SQLite database file of the test's own, with the
// settings database.Open gives it, whatever backend the tests run on.
func openSQLite(t *testing.T) *bun.DB {
	t.Helper()
	db, err := database.Open(context.Background(), database.Options{SQLitePath: t.TempDir() + "/x.db"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
