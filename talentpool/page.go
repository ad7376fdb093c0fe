package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// findPage returns one keyset page of the rows of model T that match,
// newest first by id (ids are UUIDv7), and how many match in all. alias is
// the model's table alias; the cursor is the last row's id.
func findPage[T any](ctx context.Context, db bun.IDB, alias string, page xiangcai.Page,
	match func(*bun.SelectQuery) *bun.SelectQuery, what xiangcai.Text) ([]*T, int, error) {
	var after string
	if page.Cursor != "" {
		if err := xiangcai.DecodeCursor(page.Cursor, &after); err != nil {
			return nil, 0, err
		}
	}
	total, err := db.NewSelect().Model((*T)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, 0, database.Err(err, what)
	}
	var rows []*T
	q := db.NewSelect().Model(&rows).Apply(match).OrderExpr("?.id DESC", bun.Ident(alias)).Limit(int64(page.Size()))
	if after != "" {
		q = q.Where("?.id < ?", bun.Ident(alias), after)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, 0, database.Err(err, what)
	}
	return rows, int(total), nil
}
