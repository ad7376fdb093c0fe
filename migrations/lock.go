package migrations

import (
	"context"

	"github.com/uptrace/bun"
)

const createTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	applied_at {timestamp} NOT NULL
)`

// locked runs fn on one connection while holding the migration lock, after
// making sure the bookkeeping table exists. The PostgreSQL lock is keyed by
// the current schema, so separate schemas (as in tests) do not wait on each
// other while replicas sharing a schema do.
func (m *Migrator) locked(ctx context.Context, fn func(bun.Conn) error) error {
	conn, err := m.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if m.db.Dialect().Name().String() == "pg" {
		const key = "hashtext('xiangcai.migrations.' || current_schema())"
		if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock("+key+")"); err != nil {
			return err
		}
		// A fresh context: the unlock must run even if ctx was cancelled.
		defer conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock("+key+")")
	}
	if _, err := conn.ExecContext(ctx, m.dialectSQL(createTable)); err != nil {
		return err
	}
	return fn(conn)
}
