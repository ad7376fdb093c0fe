// Package database opens Xiangcai's database: PostgreSQL through Bun's
// pgdialect in production, or a SQLite file through Bun's sqlitedialect and
// the pure-Go modernc driver on the embedded default. Both speak the same
// Bun API, so services are written once.
package database

import (
	"context"
	"fmt"
	"runtime"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
)

// Options say which database to open.
type Options struct {
	// PostgresURL selects PostgreSQL when set.
	PostgresURL string
	// SQLitePath is the database file used when PostgresURL is empty.
	SQLitePath string
	// MaxConns bounds the PostgreSQL connection pool; 0 chooses PoolSize's
	// default.
	MaxConns int
}

// PoolSize returns the PostgreSQL pool size for a configured one: that, or
// when it is 0, 4 or the number of CPUs, whichever is more (pgxpool's own
// default). On a small machine shared with PostgreSQL a small pool serves
// more requests: with 2 CPUs, 4 connections instead of 20 took PostgreSQL's
// work per catalog request from 168–192 µs to 140 µs (docs/PERFORMANCE.md).
func PoolSize(configured int) int {
	if configured > 0 {
		return configured
	}
	return max(4, runtime.NumCPU())
}

// Open connects to the database the options name and checks that it answers.
func Open(ctx context.Context, o Options) (*bun.DB, error) {
	var db *bun.DB
	if o.PostgresURL != "" {
		sqldb, err := openPostgres(o.PostgresURL)
		if err != nil {
			return nil, err
		}
		maxConns := PoolSize(o.MaxConns)
		sqldb.SetMaxOpenConns(maxConns)
		sqldb.SetMaxIdleConns(maxConns)
		db = bun.NewDB(sqldb, pgdialect.New())
	} else {
		sqldb, err := openSQLite(o.SQLitePath)
		if err != nil {
			return nil, err
		}
		db = bun.NewDB(sqldb, sqlitedialect.New())
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to the database: %w", err)
	}
	return db, nil
}

// IsPostgres reports whether db talks to PostgreSQL.
func IsPostgres(db bun.IDB) bool {
	return db.Dialect().Name().String() == "pg"
}
