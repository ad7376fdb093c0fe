package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api"
	"xiangcai/config"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/progress"
	"xiangcai/database"
	"xiangcai/migrations"
	"xiangcai/pii"
	"xiangcai/regions"
	"xiangcai/storage"
	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// app is the program's wiring: configuration, connections and services.
type app struct {
	cfg        *config.Config
	log        *slog.Logger
	db         *bun.DB
	store      storage.Store
	folder     *storage.Folder
	accounts   *accounts.Service
	courses    *courses.Service
	progress   *progress.Service
	talents    *talentpool.Service
	dashboards *dashboard.Service
	media      *media.Service
}

// openApp reads the configuration and opens the database and object store.
func openApp(ctx context.Context) (*app, error) {
	cfg, err := config.Load(os.Getenv)
	if err != nil {
		return nil, err
	}
	if err := cfg.EnsureSecret(); err != nil {
		return nil, fmt.Errorf("secret key: %w", err)
	}
	a := &app{cfg: cfg, log: newLogger(cfg)}
	slog.SetDefault(a.log)
	a.db, err = database.Open(ctx, database.Options{PostgresURL: cfg.DatabaseURL, SQLitePath: cfg.SQLitePath(), MaxConns: cfg.DBMaxConns})
	if err != nil {
		return nil, err
	}
	if err := a.openStore(ctx); err != nil {
		a.db.Close()
		return nil, err
	}
	cipher, err := pii.NewCipher(cfg.SecretKey)
	if err != nil {
		a.db.Close()
		return nil, err
	}
	a.accounts = accounts.NewService(a.db, accounts.Options{
		Cipher: cipher, Regions: regions.Hunan(), Clock: xiangcai.SystemClock{}, SessionTTL: cfg.SessionTTL,
	})
	a.talents = talentpool.NewService(a.db, talentpool.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: xiangcai.SystemClock{}})
	a.dashboards = dashboard.NewService(a.db, dashboard.Options{Regions: regions.Hunan(), Selections: a.talents})
	a.progress = progress.NewService(a.db, progress.Options{Regions: regions.Hunan()})
	a.courses, a.media = courses.WithMedia(a.db, courses.Options{Regions: regions.Hunan(), Store: a.store}, media.Options{Logger: a.log})
	return a, nil
}

// openStore connects to MinIO when an endpoint is configured, otherwise
// opens the folder under the data folder.
func (a *app) openStore(ctx context.Context) error {
	if a.cfg.S3.Endpoint != "" {
		minio, err := storage.NewMinIO(ctx, storage.MinIOConfig{
			Endpoint: a.cfg.S3.Endpoint, AccessKey: a.cfg.S3.AccessKey, SecretKey: a.cfg.S3.SecretKey,
			Bucket: a.cfg.S3.Bucket, UseSSL: a.cfg.S3.UseSSL, Region: a.cfg.S3.Region,
		})
		a.store = minio
		return err
	}
	folder, err := storage.NewFolder(storage.FolderConfig{
		Root: a.cfg.ObjectDir(), BaseURL: a.cfg.BaseURL, Secret: []byte(a.cfg.SecretKey),
	})
	a.store, a.folder = folder, folder
	return err
}

// openMigrated opens the app and brings its database up to date, for the
// commands that write data.
func openMigrated(ctx context.Context) (*app, error) {
	a, err := openApp(ctx)
	if err != nil {
		return nil, err
	}
	if err := a.migrate(ctx); err != nil {
		a.close()
		return nil, err
	}
	return a, nil
}

// migrate applies pending migrations and logs how many.
func (a *app) migrate(ctx context.Context) error {
	n, err := migrations.New(a.db).Up(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	a.log.Info("database is up to date", slog.Int("applied", n))
	return nil
}

// deps returns what the HTTP layer needs.
func (a *app) deps() api.Deps {
	return api.Deps{Config: a.cfg, Logger: a.log, DB: a.db, Store: a.store, Folder: a.folder,
		Accounts: a.accounts, Regions: regions.Hunan(), Courses: a.courses, Progress: a.progress, Talents: a.talents, Media: a.media,
		Dashboards: a.dashboards}
}

func (a *app) close() { a.db.Close() }
