package accounts

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"xiangcai"
)

func TestAccountLimit(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Phone: "13812345678", Role: xiangcai.RoleTrainee})
	for i := range maxAccountFailures {
		// Alternate the login and the address: the limit follows the account.
		login := []string{"zhang.san", "13812345678"}[i%2]
		_, _, err := f.login(login, "Wrong-password-1", fmt.Sprintf("10.0.0.%d", i))
		wantCode(t, err, xiangcai.EUNAUTHORIZED)
		f.clock.Advance(time.Second)
	}
	_, _, err := f.login("zhang.san", goodPassword, "10.0.1.1")
	wantCode(t, err, xiangcai.ETOOMANY)
	_, _, err = f.login("138 1234 5678", goodPassword, "10.0.1.2")
	wantCode(t, err, xiangcai.ETOOMANY)

	// The first failure, 5 seconds ago, leaves the window 15 minutes after
	// it happened.
	f.clock.Advance(limitWindow - (maxAccountFailures+1)*time.Second)
	_, _, err = f.login("zhang.san", goodPassword, "10.0.1.1")
	wantCode(t, err, xiangcai.ETOOMANY)
	f.clock.Advance(time.Second)
	if _, _, err := f.login("zhang.san", goodPassword, "10.0.1.1"); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}

func TestSuccessEndsAccountCount(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	fail := func(n int) {
		for range n {
			f.clock.Advance(time.Second)
			_, _, err := f.login("zhang.san", "Wrong-password-1", "10.0.0.1")
			wantCode(t, err, xiangcai.EUNAUTHORIZED)
		}
	}
	fail(maxAccountFailures - 1)
	f.clock.Advance(time.Second)
	if _, _, err := f.login("zhang.san", goodPassword, "10.0.0.1"); err != nil {
		t.Fatal(err)
	}
	fail(maxAccountFailures - 1) // 8 failures in the window, 4 since the success
	f.clock.Advance(time.Second)
	if _, _, err := f.login("zhang.san", goodPassword, "10.0.0.1"); err != nil {
		t.Fatalf("failures before a success still counted: %v", err)
	}
	fail(maxAccountFailures)
	_, _, err := f.login("zhang.san", goodPassword, "10.0.0.1")
	wantCode(t, err, xiangcai.ETOOMANY)
}

func TestAddressLimit(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	// An attacker tries many accounts from one address, one guess each.
	for i := range maxIPFailures - 1 {
		_, _, err := f.login(fmt.Sprintf("user%d", i), goodPassword, "203.0.113.9")
		wantCode(t, err, xiangcai.EUNAUTHORIZED)
	}
	// A success from the address does not reset its count.
	if _, _, err := f.login("zhang.san", goodPassword, "203.0.113.9"); err != nil {
		t.Fatal(err)
	}
	_, _, err := f.login("user-last", goodPassword, "203.0.113.9")
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	_, _, err = f.login("zhang.san", goodPassword, "203.0.113.9")
	wantCode(t, err, xiangcai.ETOOMANY)
	if _, _, err := f.login("zhang.san", goodPassword, "198.51.100.7"); err != nil {
		t.Fatalf("another address was refused: %v", err)
	}
	f.clock.Advance(limitWindow + time.Second)
	if _, _, err := f.login("zhang.san", goodPassword, "203.0.113.9"); err != nil {
		t.Fatalf("after the window: %v", err)
	}
}

func TestOldAttemptsArePruned(t *testing.T) {
	f := newFixture(t)
	for range 3 {
		f.login("nobody", goodPassword, "10.0.0.1")
	}
	f.clock.Advance(keepAttempts + time.Minute)
	f.login("nobody", goodPassword, "10.0.0.1")
	n, err := f.db.NewSelect().Model((*loginAttempt)(nil)).Count(ctx)
	if err != nil || n != 1 {
		t.Fatalf("%d attempts kept, %v; want only the latest", n, err)
	}
}

func TestAttemptsStoreNoPhone(t *testing.T) {
	f := newFixture(t)
	f.login("13812345678", goodPassword, "10.0.0.1")
	var key string
	if err := f.db.NewSelect().Model((*loginAttempt)(nil)).Column("account_key").Scan(ctx, &key); err != nil {
		t.Fatal(err)
	}
	if len(key) != 64 || key == "13812345678" {
		t.Fatalf("account key %q", key)
	}
}

// TestConcurrentGuessesCountEachOther sends many wrong guesses for one
// account at the same moment: each is either refused before its password
// is looked at or checked and recorded, and no more than the limit are
// checked, however the guesses interleave.
func TestConcurrentGuessesCountEachOther(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	var wg sync.WaitGroup
	var checked atomic.Int32
	for i := range 4 * maxAccountFailures {
		wg.Go(func() {
			_, _, err := f.login("zhang.san", "Wrong-password-1", fmt.Sprintf("10.0.2.%d", i))
			switch xiangcai.ErrorCode(err) {
			case xiangcai.EUNAUTHORIZED:
				checked.Add(1)
			case xiangcai.ETOOMANY:
			default:
				t.Errorf("guess %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	failures, err := f.db.NewSelect().Model((*loginAttempt)(nil)).Where("NOT a.succeeded").Count(ctx)
	if err != nil || failures != int64(checked.Load()) || failures > maxAccountFailures {
		t.Fatalf("%d guesses checked, %d failures recorded (%v); the limit is %d", checked.Load(), failures, err, maxAccountFailures)
	}
}
