package jobs

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai/database/dbtest"
)

func TestNextRunsADueJobOnce(t *testing.T) {
	db := dbtest.Open(t)
	clock := testClock()
	var got []string
	w := testWorker(db, clock, "w", Handler{Run: func(ctx context.Context, job *Job) error {
		var p struct{ Name string }
		if err := job.Decode(&p); err != nil {
			return err
		}
		got = append(got, p.Name)
		return nil
	}}, time.Minute)
	j := enqueue(t, db, clock, map[string]string{"Name": "湘才"})
	if !next(t, w) || next(t, w) {
		t.Fatal("want exactly one job to run")
	}
	if len(got) != 1 || got[0] != "湘才" {
		t.Fatalf("handler saw %q", got)
	}
	if r := row(t, db, j.ID); r.Status != StatusDone || r.Attempts != 1 || r.LockedBy != "" || !r.LockedUntil.IsZero() {
		t.Fatalf("done job: %+v", r)
	}
}

func TestJobsOfOtherKindsAreLeftAlone(t *testing.T) {
	db := dbtest.Open(t)
	clock := testClock()
	if _, err := Enqueue(t.Context(), db, clock.Now(), "someone.else", nil); err != nil {
		t.Fatal(err)
	}
	w := testWorker(db, clock, "w", Handler{Run: func(context.Context, *Job) error { return nil }}, time.Minute)
	if next(t, w) {
		t.Fatal("a worker claimed a job of a kind it has no handler for")
	}
}

// TestRetriesThenFailure checks the backoff between attempts and the final
// failure with its reason, recorded by the Failed hook in the same
// transaction.
func TestRetriesThenFailure(t *testing.T) {
	db := dbtest.Open(t)
	clock := testClock()
	var failedWith []string
	w := testWorker(db, clock, "w", Handler{
		Run: func(context.Context, *Job) error { return errors.New("the disk is full") },
		Failed: func(ctx context.Context, tx bun.IDB, job *Job) error {
			if _, ok := tx.(bun.Tx); !ok {
				t.Error("Failed ran outside a transaction")
			}
			failedWith = append(failedWith, job.LastError)
			return nil
		},
	}, time.Minute)
	j := enqueue(t, db, clock, nil)
	for attempt := 1; attempt <= DefaultMaxAttempts; attempt++ {
		if !next(t, w) {
			t.Fatalf("attempt %d did not run", attempt)
		}
		r := row(t, db, j.ID)
		if r.Attempts != attempt || r.LastError != "the disk is full" {
			t.Fatalf("after attempt %d: %+v", attempt, r)
		}
		if attempt == DefaultMaxAttempts {
			if r.Status != StatusFailed {
				t.Fatalf("after the last attempt the job is %s, want failed", r.Status)
			}
			break
		}
		if r.Status != StatusQueued || !r.RunAt.Equal(clock.Now().Add(time.Minute)) {
			t.Fatalf("after attempt %d: %+v, want queued a minute later", attempt, r)
		}
		if next(t, w) {
			t.Fatal("a job ran before its backoff passed")
		}
		clock.Advance(time.Minute)
	}
	if len(failedWith) != 1 || failedWith[0] != "the disk is full" {
		t.Fatalf("Failed hook calls: %q", failedWith)
	}
	clock.Advance(time.Hour)
	if next(t, w) {
		t.Fatal("a failed job ran again")
	}
}

func TestRetryThenSuccess(t *testing.T) {
	db := dbtest.Open(t)
	clock := testClock()
	calls := 0
	w := testWorker(db, clock, "w", Handler{Run: func(context.Context, *Job) error {
		calls++
		if calls == 1 {
			panic("first try blows up")
		}
		return nil
	}}, time.Minute)
	j := enqueue(t, db, clock, nil)
	next(t, w)
	if r := row(t, db, j.ID); r.Status != StatusQueued || !strings.Contains(r.LastError, "first try blows up") {
		t.Fatalf("a panicking job: %+v, want queued with the panic as its error", r)
	}
	clock.Advance(time.Minute)
	next(t, w)
	if r := row(t, db, j.ID); r.Status != StatusDone || r.Attempts != 2 {
		t.Fatalf("after the retry: %+v", r)
	}
}
