package media_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
	"xiangcai/database/dbtest"
	"xiangcai/jobs"
	"xiangcai/pii"
	"xiangcai/regions"
	"xiangcai/storage"
	"xiangcai/storage/storagetest"
)

var ctx = context.Background()

var discard = slog.New(slog.NewTextHandler(io.Discard, nil))

// fixture is a media service on a fresh database and a store, with an
// instructor who owns the uploads and a worker that runs their jobs.
type fixture struct {
	svc    *media.Service
	store  storage.Store
	db     *bun.DB
	worker *jobs.Worker
	owner  xiangcai.Principal
	clock  *xiangcai.FixedClock
}

// eachStore runs test on the folder store and, when one is configured, on
// MinIO.
func eachStore(t *testing.T, test func(t *testing.T, f *fixture)) {
	t.Run("folder", func(t *testing.T) { test(t, newFixture(t, storagetest.Folder(t))) })
	t.Run("minio", func(t *testing.T) { test(t, newFixture(t, storagetest.MinIO(t))) })
}

func newFixture(t *testing.T, store storage.Store) *fixture {
	t.Helper()
	db := dbtest.Open(t)
	clock := xiangcai.NewFixedClock(time.Now())
	cipher, err := pii.NewCipher(strings.Repeat("media-test-", 4))
	if err != nil {
		t.Fatal(err)
	}
	users := accounts.NewService(db, accounts.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: clock,
		Argon2: accounts.Argon2Params{Memory: 1024, Time: 1, Threads: 1}})
	owner, err := users.CreateUserAsSystem(ctx, accounts.NewUser{Username: "teacher", DisplayName: "教师",
		Role: xiangcai.RoleInstructor, CityCode: "430100", Password: "Xiang-cai-2026"})
	if err != nil {
		t.Fatal(err)
	}
	svc := media.NewService(db, store, media.Options{Clock: clock, Logger: discard})
	worker := jobs.NewWorker(db, map[string]jobs.Handler{media.ProcessKind: svc.Handler()},
		jobs.Options{Clock: clock, Logger: discard, Backoff: func(int) time.Duration { return 0 }})
	return &fixture{svc: svc, store: store, db: db, worker: worker, owner: owner.Principal(), clock: clock}
}

// start opens an upload of data and sends all its parts.
func (f *fixture) start(t *testing.T, kind media.Kind, name string, data []byte) (*media.Asset, string) {
	t.Helper()
	a, err := f.svc.StartUpload(ctx, f.owner, media.NewUpload{Kind: kind, FileName: name, Size: int64(len(data)),
		PartSize: media.MinPartSize})
	if err != nil {
		t.Fatal(err)
	}
	parts, checksum := mediatest.Split(data, media.MinPartSize)
	for _, p := range parts {
		if _, err := f.svc.PutPart(ctx, f.owner, a.ID, p.Number, p.Data, p.SHA256); err != nil {
			t.Fatalf("part %d: %v", p.Number, err)
		}
	}
	return a, checksum
}

// upload sends data as a new asset, completes it and runs its job.
func (f *fixture) upload(t *testing.T, kind media.Kind, name string, data []byte) *media.Asset {
	t.Helper()
	a, checksum := f.start(t, kind, name, data)
	if _, err := f.svc.CompleteUpload(ctx, f.owner, a.ID, checksum); err != nil {
		t.Fatal(err)
	}
	return f.process(t, a.ID)
}

// process runs every due job and returns the asset as it then is.
func (f *fixture) process(t *testing.T, id string) *media.Asset {
	t.Helper()
	for {
		ran, err := f.worker.Next(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !ran {
			break
		}
	}
	a, err := f.svc.FindAssetByID(ctx, f.owner, id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// newFixtureOnFolder is a fixture on the folder store, for tests about the
// service's own rules rather than the stores.
func newFixtureOnFolder(t *testing.T) *fixture {
	return newFixture(t, storagetest.Folder(t))
}
