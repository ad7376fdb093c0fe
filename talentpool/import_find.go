package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// ImportRowFilter selects rows of an import's report. Empty fields select
// every row.
type ImportRowFilter struct {
	Outcome RowOutcome
	// Fixed and Warned select rows with fixes, or with warnings.
	Fixed, Warned bool
	// Page is a keyset page, in the file's order.
	Page xiangcai.Page
}

// FindImport returns an import of a city p administers.
func (im *Importer) FindImport(ctx context.Context, p xiangcai.Principal, id string) (*Import, error) {
	return im.findImport(ctx, im.svc.db, p, id, false)
}

// findImport loads an import of a city p administers, locking it when
// lock is set: forbidden for other roles, not found in other cities.
func (im *Importer) findImport(ctx context.Context, db bun.IDB, p xiangcai.Principal, id string, lock bool) (*Import, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(importText.ZH, importText.EN)
	}
	imp := new(Import)
	q := db.NewSelect().Model(imp).Where("ti.id = ?", id)
	if lock {
		q = forUpdate(q, db, "ti")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, importText)
	}
	if err := visible(p, imp.CityCode, importText); err != nil {
		return nil, err
	}
	return imp, nil
}

// FindImportRows returns one page of the report on an import's rows that
// match f, in the file's order, and how many match in all.
func (im *Importer) FindImportRows(ctx context.Context, p xiangcai.Principal, id string, f ImportRowFilter) ([]*ImportRow, int, error) {
	imp, err := im.FindImport(ctx, p, id)
	if err != nil {
		return nil, 0, err
	}
	after := 0
	if f.Page.Cursor != "" {
		if err := xiangcai.DecodeCursor(f.Page.Cursor, &after); err != nil {
			return nil, 0, err
		}
	}
	switch f.Outcome {
	case "", OutcomeNew, OutcomeUpdate, OutcomeUnchanged, OutcomeRejected:
	default:
		return nil, 0, xiangcai.Invalid("outcome", "结果类型无效", "unknown outcome")
	}
	match := func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.Where("tir.import_id = ?", imp.ID)
		if f.Outcome != "" {
			q = q.Where("tir.outcome = ?", f.Outcome)
		}
		if f.Fixed {
			q = q.Where("tir.fixed")
		}
		if f.Warned {
			q = q.Where("tir.warned")
		}
		return q
	}
	db := im.svc.db
	total, err := db.NewSelect().Model((*ImportRow)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, 0, database.Err(err, importText)
	}
	var rows []*ImportRow
	err = db.NewSelect().Model(&rows).ExcludeColumn("input_enc").Apply(match).Where("tir.position > ?", after).
		OrderExpr("tir.position").Limit(int64(f.Page.Size())).Scan(ctx)
	return rows, int(total), database.Err(err, importText)
}
