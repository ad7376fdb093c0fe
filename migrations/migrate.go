// Package migrations holds Xiangcai's one migration history, written in SQL
// that runs on both PostgreSQL and SQLite, and the migrator that applies it.
//
// Each migration runs in its own transaction together with the row that marks
// it applied, so a migration is recorded only if it succeeded. On PostgreSQL
// the migrator holds an advisory lock while it works, so replicas that start
// at the same moment apply each migration once; on SQLite the file's write
// lock, taken when each transaction begins, does the same.
package migrations

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"
)

// Migration is one step of the schema's history. Up and Down are SQL
// statements that may use the placeholders {timestamp}, {bytes} and {json},
// which become the right column type on each database.
type Migration struct {
	Version int
	Name    string
	Up      []string
	Down    []string
	// Postgres and SQLite hold what the two databases write differently,
	// such as triggers: each runs on its own database only, after Up and
	// before Down.
	Postgres, SQLite Steps
}

// Steps are statements of both directions of a migration.
type Steps struct{ Up, Down []string }

// up returns the statements that apply mig on PostgreSQL (pg) or SQLite.
func (mig Migration) up(pg bool) []string { return slices.Concat(mig.Up, mig.own(pg).Up) }

// down returns the statements that revert mig on PostgreSQL (pg) or SQLite.
func (mig Migration) down(pg bool) []string { return slices.Concat(mig.own(pg).Down, mig.Down) }

func (mig Migration) own(pg bool) Steps {
	if pg {
		return mig.Postgres
	}
	return mig.SQLite
}

// State is a migration and when it was applied (zero if pending).
type State struct {
	Version   int
	Name      string
	AppliedAt time.Time
}

// Applied reports whether the migration has been applied.
func (s State) Applied() bool { return !s.AppliedAt.IsZero() }

// Migrator applies a history of migrations to one database.
type Migrator struct {
	db      *bun.DB
	history []Migration
}

// New returns a migrator for Xiangcai's own history.
func New(db *bun.DB) *Migrator { return &Migrator{db: db, history: History} }

// Up applies every pending migration in order and returns how many it applied.
func (m *Migrator) Up(ctx context.Context) (int, error) {
	applied := 0
	err := m.locked(ctx, func(conn bun.Conn) error {
		for _, mig := range m.history {
			done, err := m.apply(ctx, conn, mig)
			if err != nil {
				return err
			}
			if done {
				applied++
			}
		}
		return nil
	})
	return applied, err
}

// apply runs one migration unless it is already recorded, checking inside the
// transaction so that a migrator racing this one cannot apply it twice.
func (m *Migrator) apply(ctx context.Context, conn bun.Conn, mig Migration) (done bool, err error) {
	err = conn.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var n int
		err := tx.NewSelect().Table("schema_migrations").ColumnExpr("count(*)").
			Where("version = ?", mig.Version).Scan(ctx, &n)
		if err != nil || n > 0 {
			return err
		}
		if err := m.exec(ctx, tx, mig.up(m.postgres())); err != nil {
			return fmt.Errorf("migration %d %s: %w", mig.Version, mig.Name, err)
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
			mig.Version, mig.Name, time.Now().UTC())
		done = err == nil
		return err
	})
	return done, err
}

// Down reverts the most recently applied migration. It returns the reverted
// migration's state, or ok=false when nothing is applied.
func (m *Migrator) Down(ctx context.Context) (reverted State, ok bool, err error) {
	err = m.locked(ctx, func(conn bun.Conn) error {
		return conn.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
			var last State
			err := tx.NewSelect().Table("schema_migrations").Column("version", "name", "applied_at").
				OrderExpr("version DESC").Limit(1).Scan(ctx, &last.Version, &last.Name, &last.AppliedAt)
			if errors.Is(err, sql.ErrNoRows) {
				return nil
			}
			if err != nil {
				return err
			}
			mig, found := m.find(last.Version)
			if !found {
				return fmt.Errorf("migration %d is applied but unknown to this binary", last.Version)
			}
			if err := m.exec(ctx, tx, mig.down(m.postgres())); err != nil {
				return fmt.Errorf("revert migration %d %s: %w", mig.Version, mig.Name, err)
			}
			_, err = tx.ExecContext(ctx, "DELETE FROM schema_migrations WHERE version = ?", mig.Version)
			reverted, ok = last, err == nil
			return err
		})
	})
	return reverted, ok, err
}

// Status lists every migration of the history with when it was applied.
func (m *Migrator) Status(ctx context.Context) ([]State, error) {
	var states []State
	err := m.locked(ctx, func(conn bun.Conn) error {
		applied := map[int]time.Time{}
		rows, err := conn.NewSelect().Table("schema_migrations").Column("version", "applied_at").Rows(ctx)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var v int
			var at time.Time
			if err := rows.Scan(&v, &at); err != nil {
				return err
			}
			applied[v] = at
		}
		for _, mig := range m.history {
			states = append(states, State{Version: mig.Version, Name: mig.Name, AppliedAt: applied[mig.Version]})
		}
		return rows.Err()
	})
	return states, err
}

func (m *Migrator) find(version int) (Migration, bool) {
	for _, mig := range m.history {
		if mig.Version == version {
			return mig, true
		}
	}
	return Migration{}, false
}

// exec runs statements with the dialect's column types filled in.
func (m *Migrator) exec(ctx context.Context, db bun.IDB, statements []string) error {
	for _, stmt := range statements {
		if _, err := db.ExecContext(ctx, m.dialectSQL(stmt)); err != nil {
			return err
		}
	}
	return nil
}

func (m *Migrator) dialectSQL(stmt string) string {
	types := map[string][2]string{ // placeholder: PostgreSQL, SQLite
		"{timestamp}": {"TIMESTAMPTZ", "TIMESTAMP"},
		"{bytes}":     {"BYTEA", "BLOB"},
		"{json}":      {"JSONB", "TEXT"},
	}
	for placeholder, t := range types {
		if m.postgres() {
			stmt = strings.ReplaceAll(stmt, placeholder, t[0])
		} else {
			stmt = strings.ReplaceAll(stmt, placeholder, t[1])
		}
	}
	return stmt
}

// postgres reports whether the migrator works on PostgreSQL.
func (m *Migrator) postgres() bool { return m.db.Dialect().Name().String() == "pg" }

// NewWithHistory returns a migrator for another history; tests use it.
func NewWithHistory(db *bun.DB, history []Migration) *Migrator {
	return &Migrator{db: db, history: history}
}
