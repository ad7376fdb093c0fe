// Package apitest builds a complete Xiangcai HTTP server for tests: a real
// isolated database (SQLite, or PostgreSQL when XIANGCAI_TEST_DATABASE_URL is
// set), a real object store (the folder store, or MinIO when
// XIANGCAI_TEST_S3_ENDPOINT is set), real services and a fixed clock.
package apitest

import (
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api"
	"xiangcai/config"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/progress"
	"xiangcai/database/dbtest"
	"xiangcai/pii"
	"xiangcai/regions"
	"xiangcai/storage/storagetest"
	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// Env is a server under test with the parts behind it.
type Env struct {
	Server   *api.Server
	Deps     api.Deps
	DB       *bun.DB
	Accounts *accounts.Service
	Clock    *xiangcai.FixedClock
}

// Secret is the secret key of test servers.
var Secret = strings.Repeat("test-secret-", 4)

// New returns a server with the API registered. Callers that add pages call
// Env.Server.NotFound themselves after mounting them; New leaves it to them.
func New(t testing.TB) *Env {
	t.Helper()
	cfg, err := config.Load(func(name string) string {
		if name == "XIANGCAI_SECRET_KEY" {
			return Secret
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	db := dbtest.Open(t)
	cipher, err := pii.NewCipher(Secret)
	if err != nil {
		t.Fatal(err)
	}
	// The clock starts at the real time, so cookies it dates are not already
	// expired for a real browser; tests move it with Advance.
	clock := xiangcai.NewFixedClock(time.Now().Truncate(time.Second))
	svc := accounts.NewService(db, accounts.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: clock,
		SessionTTL: cfg.SessionTTL, Argon2: accounts.Argon2Params{Memory: 1024, Time: 1, Threads: 1}})
	deps := api.Deps{Config: cfg, Logger: slog.New(slog.DiscardHandler), DB: db, Accounts: svc, Regions: regions.Hunan()}
	if os.Getenv("XIANGCAI_TEST_S3_ENDPOINT") != "" {
		deps.Store = storagetest.MinIO(t)
	} else {
		folder := storagetest.Folder(t)
		deps.Store, deps.Folder = folder, folder
	}
	deps.Talents = talentpool.NewService(db, talentpool.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: clock})
	deps.Dashboards = dashboard.NewService(db, dashboard.Options{Regions: regions.Hunan(), Clock: clock, Selections: deps.Talents})
	deps.Progress = progress.NewService(db, progress.Options{Regions: regions.Hunan(), Clock: clock})
	deps.Courses, deps.Media = courses.WithMedia(db, courses.Options{Regions: regions.Hunan(), Store: deps.Store, Clock: clock},
		media.Options{Clock: clock, Logger: deps.Logger})
	return &Env{Server: api.New(deps), Deps: deps, DB: db, Accounts: svc, Clock: clock}
}

// Password is the password of users made by CreateUser.
const Password = "demo-Passw0rd"

// CreateUser adds a user with Password and returns it. Username is the
// login; city may be empty for roles without one.
func (e *Env) CreateUser(t testing.TB, username string, role xiangcai.Role, city string) *accounts.User {
	t.Helper()
	u, err := e.Accounts.CreateUserAsSystem(t.Context(), accounts.NewUser{
		Username: username, DisplayName: "测试" + username, Role: role, CityCode: city, Password: Password,
	})
	if err != nil {
		t.Fatalf("create %s: %v", username, err)
	}
	return u
}
