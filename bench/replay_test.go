package bench

import (
	"context"
	"sync"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/uptrace/bun"
)

// captureSQL runs fn and returns the SQL statements db sent meanwhile, as
// sent, with their arguments in place.
func captureSQL(db *bun.DB, fn func()) []string {
	h := &sqlRecorder{}
	db.AddQueryHook(h)
	defer db.ResetQueryHooks()
	fn()
	return h.statements
}

// sqlRecorder is a Bun query hook that keeps every statement.
type sqlRecorder struct {
	mu         sync.Mutex
	statements []string
}

// BeforeQuery implements bun.QueryHook.
func (r *sqlRecorder) BeforeQuery(ctx context.Context, _ *bun.QueryEvent) context.Context { return ctx }

// AfterQuery implements bun.QueryHook.
func (r *sqlRecorder) AfterQuery(_ context.Context, e *bun.QueryEvent) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.statements = append(r.statements, e.Query)
}

// replay runs statements through pool and reads every row of their answers.
func replay(ctx context.Context, pool *pgxpool.Pool, statements []string) error {
	for _, q := range statements {
		rows, err := pool.Query(ctx, q)
		if err != nil {
			return err
		}
		for rows.Next() {
			rows.RawValues()
		}
		if rows.Close(); rows.Err() != nil {
			return rows.Err()
		}
	}
	return nil
}
