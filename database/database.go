// Package database opens Xiangcai's database: PostgreSQL through Bun's
// pgdialect in production, or a SQLite file through Bun's sqlitedialect and
// the pure-Go modernc driver on the embedded default. Both speak the same
// Bun API, so services are written once.
package database

import (
	"context"
	"fmt"

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
	// MaxConns bounds the PostgreSQL connection pool.
	MaxConns int
}

// Open connects to the database the options name and checks that it answers.
func Open(ctx context.Context, o Options) (*bun.DB, error) {
	var db *bun.DB
	if o.PostgresURL != "" {
		sqldb, err := openPostgres(o.PostgresURL)
		if err != nil {
			return nil, err
		}
		maxConns := o.MaxConns
		if maxConns <= 0 {
			maxConns = 20
		}
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
