package accounts

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database/dbtest"
	"xiangcai/pii"
	"xiangcai/regions"
)

var ctx = context.Background()

// Real Hunan codes from the embedded table.
const (
	hunan    = "430000" // 湖南省
	changsha = "430100" // 长沙市
	yuelu    = "430104" // 岳麓区, in Changsha
	zhuzhou  = "430200" // 株洲市
)

// goodPassword passes the policy for every user the tests create.
const goodPassword = "Xiang-cai-2026"

// fixture is a Service over a fresh database, with a clock the test moves.
type fixture struct {
	*Service
	db    *bun.DB
	clock *xiangcai.FixedClock
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := dbtest.Open(t)
	cipher, err := pii.NewCipher("accounts-test-secret-0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	clock := xiangcai.NewFixedClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	s := NewService(db, Options{
		Cipher:     cipher,
		Regions:    regions.Hunan(),
		Clock:      clock,
		SessionTTL: time.Hour,
		Argon2:     Argon2Params{Memory: 64, Time: 1, Threads: 1}, // cheap, for speed
	})
	return &fixture{Service: s, db: db, clock: clock}
}

// user creates a user as the system; the password is goodPassword unless
// in names another.
func (f *fixture) user(t *testing.T, in NewUser) *User {
	t.Helper()
	if in.Password == "" {
		in.Password = goodPassword
	}
	if in.DisplayName == "" {
		in.DisplayName = "测试用户"
	}
	u, err := f.CreateUserAsSystem(ctx, in)
	if err != nil {
		t.Fatalf("create %+v: %v", in, err)
	}
	return u
}

// login signs in by username or phone with goodPassword from ip.
func (f *fixture) login(login, password, ip string) (*Session, string, error) {
	return f.Login(ctx, LoginInput{Login: login, Password: password, IP: ip, UserAgent: "test", Kind: SessionCookie})
}

// wantCode fails the test unless err has the code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := xiangcai.ErrorCode(err); got != code {
		t.Fatalf("got %v (code %q); want code %q", err, got, code)
	}
}

// wantFields fails the test unless err has the code and names exactly the
// fields, in any order.
func wantFields(t *testing.T, err error, code string, fields ...string) {
	t.Helper()
	wantCode(t, err, code)
	var e *xiangcai.Error
	errors.As(err, &e)
	var got []string
	for _, f := range e.Fields {
		if !slices.Contains(got, f.Field) {
			got = append(got, f.Field)
		}
	}
	slices.Sort(got)
	slices.Sort(fields)
	if !slices.Equal(got, fields) {
		t.Fatalf("fields %v, want %v (%v)", got, fields, err)
	}
}
