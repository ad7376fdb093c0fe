package courses

import (
	"context"
	"slices"
	"strconv"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// nextPosition returns the position after the last row of table whose
// parentColumn is parentID.
func (s *Service) nextPosition(ctx context.Context, table, parentColumn, parentID string) (int, error) {
	var last int
	err := s.db.NewSelect().TableExpr(table).ColumnExpr("COALESCE(MAX(position), 0)").
		Where("? = ?", bun.Ident(parentColumn), parentID).Scan(ctx, &last)
	return last + 1, database.Err(err, courseText)
}

// reorder numbers the rows of table under parentID 1, 2, … in the order of
// ids. The list must name every row under the parent exactly once;
// anything else is invalid on field "ids", and nothing changes.
func (s *Service) reorder(ctx context.Context, table, parentColumn, parentID string, ids []string) error {
	var current []string
	err := s.db.NewSelect().TableExpr(table).Column("id").Where("? = ?", bun.Ident(parentColumn), parentID).Scan(ctx, &current)
	if err != nil {
		return database.Err(err, courseText)
	}
	slices.Sort(current)
	if !slices.Equal(slices.Sorted(slices.Values(ids)), current) {
		n := strconv.Itoa(len(current))
		return xiangcai.Invalid("ids", "须按新顺序列出当前全部"+n+"项，每项一次", "list each of the current "+n+" items exactly once, in the new order")
	}
	for i, id := range ids {
		_, err := s.db.NewUpdate().TableExpr(table).Set("position = ?", i+1).Where("id = ?", id).Exec(ctx)
		if err != nil {
			return database.Err(err, courseText)
		}
	}
	return nil
}

// loadByID reads the row with id into model (whose table has alias), or a
// not_found naming what.
func (s *Service) loadByID(ctx context.Context, model any, alias, id string, what xiangcai.Text) error {
	if !xiangcai.ValidID(id) {
		return xiangcai.NotFound(what.ZH, what.EN)
	}
	err := s.db.NewSelect().Model(model).Where("?.id = ?", bun.Ident(alias), id).Scan(ctx)
	return database.Err(err, what)
}

// remove deletes the chapter or lesson that load finds for a change, in a
// transaction that fails if a published course is left without a published
// lesson.
func (s *Service) remove(ctx context.Context, load func(context.Context, *Service) (any, *Course, error)) error {
	return s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		model, c, err := load(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.db.NewDelete().Model(model).WherePK().Exec(ctx); err != nil {
			return database.Err(err, courseText)
		}
		return tx.keepPublishedLesson(ctx, c)
	})
}
