package jobs

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

const testKind = "test.echo"

// testWorker returns a worker over db with quick polling and a fixed
// one-minute backoff, running handlers for testKind.
func testWorker(db *bun.DB, clock xiangcai.Clock, name string, h Handler, lease time.Duration) *Worker {
	return NewWorker(db, map[string]Handler{testKind: h}, Options{
		Name: name, Clock: clock, Lease: lease, Poll: 5 * time.Millisecond,
		Backoff: func(int) time.Duration { return time.Minute },
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
}

func enqueue(t testing.TB, db bun.IDB, clock xiangcai.Clock, payload any) *Job {
	t.Helper()
	j, err := Enqueue(context.Background(), db, clock.Now(), testKind, payload)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

// row reads a job as stored.
func row(t testing.TB, db bun.IDB, id string) *Job {
	t.Helper()
	j := new(Job)
	if err := db.NewSelect().Model(j).Where("id = ?", id).Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	return j
}

func next(t testing.TB, w *Worker) bool {
	t.Helper()
	ran, err := w.Next(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ran
}

func testClock() *xiangcai.FixedClock {
	return xiangcai.NewFixedClock(time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC))
}
