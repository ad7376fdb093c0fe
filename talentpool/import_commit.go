package talentpool

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
	"xiangcai/talentpool/roster"
)

// CommitImport writes a dry run's accepted rows to the pool, in
// transactions of at most 1,000 rows; rejected rows are skipped. Each
// batch plans its rows again against the pool as it is by then, so a
// person another import or an administrator added meanwhile is updated,
// not added twice; a row that has become impossible (its person moved to
// another city's pool) is rejected then, and its report says so.
//
// A commit is atomic per batch, not as a whole: a commit cut short (a
// timeout, a lost connection) keeps the batches it finished, and calling
// CommitImport again resumes after them. Committing a committed import
// changes nothing and returns it. The last batch marks the import
// committed, clears its sealed values and writes one audit event with the
// counts; every talent added or changed has its own event too.
func (im *Importer) CommitImport(ctx context.Context, p xiangcai.Principal, id string) (*Import, error) {
	var ahead <-chan *batchAhead
	for {
		imp, done, next, err := im.commitBatch(ctx, p, id, ahead)
		if err != nil {
			return nil, interrupted(ctx, err, xiangcai.Text{ZH: "导入未能全部提交，已提交的部分已保存，请再次提交以继续",
				EN: "the import was not committed in full; what was committed is kept: commit again to go on"})
		}
		if done {
			analyze(ctx, im.svc.db, imp.NewRows+imp.UpdatedRows, "talents")
			return imp, nil
		}
		ahead = next
	}
}

// commitBatch commits the next batch of an import's accepted rows, or
// finishes the import when none are left, which it reports as done. It
// takes the batch from ahead when that read it, and starts reading the
// batch after it, which next will give. It waits for ahead before its
// transaction begins, so that it never holds a connection while the
// read-ahead waits for one.
func (im *Importer) commitBatch(ctx context.Context, p xiangcai.Principal, id string, ahead <-chan *batchAhead) (
	imp *Import, done bool, next <-chan *batchAhead, err error) {
	var read *batchAhead
	if ahead != nil {
		read = <-ahead
	}
	err = im.svc.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if imp, err = im.findImport(ctx, tx, p, id, true); err != nil {
			return err
		}
		switch {
		case imp.Status == ImportCommitted:
			done = true
			return nil
		case imp.Status != ImportReady:
			return xiangcai.Errorf(xiangcai.ECONFLICT, "该导入尚未读完，不能提交", "the import has not been read yet")
		case imp.Expired(im.svc.now()):
			return xiangcai.Errorf(xiangcai.ECONFLICT, "预检结果已过期，请重新上传名册", "the dry run has expired; upload the roster again")
		}
		batch := read
		if batch == nil || batch.after != imp.CommittedThrough {
			if batch, err = im.readBatch(ctx, tx, imp, imp.CommittedThrough); err != nil {
				return err
			}
		}
		if len(batch.stored) == 0 {
			done = true
			return im.finish(ctx, tx, p, imp)
		}
		next = im.readAhead(ctx, imp, batch.stored[len(batch.stored)-1].Position)
		return im.commitRows(ctx, tx, p, imp, batch)
	})
	return imp, done, next, err
}

// batchAhead is a batch of an import's accepted rows, read and unsealed:
// the rows after position after.
type batchAhead struct {
	after  int
	stored []*ImportRow
	rows   []*importRow
}

// readBatch reads and unseals the next batch of imp's accepted rows after
// position after.
func (im *Importer) readBatch(ctx context.Context, db bun.IDB, imp *Import, after int) (*batchAhead, error) {
	b := &batchAhead{after: after}
	err := db.NewSelect().Model(&b.stored).Where("tir.import_id = ? AND tir.position > ? AND tir.outcome <> ?",
		imp.ID, after, OutcomeRejected).OrderExpr("tir.position").Limit(importBatch).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, importText)
	}
	b.rows = make([]*importRow, len(b.stored))
	for i, s := range b.stored {
		if b.rows[i], err = im.unseal(s, imp.Layout); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// readAhead reads the batch after position after on a connection of its
// own while the current batch is written: the rows it reads are not the
// ones the current batch changes. It reads nothing when the service works
// inside a transaction, which one goroutine at a time may use.
func (im *Importer) readAhead(ctx context.Context, imp *Import, after int) <-chan *batchAhead {
	db, ok := im.svc.db.(*bun.DB)
	if !ok {
		return nil
	}
	out := make(chan *batchAhead, 1) // never blocks, even when nobody takes it
	go func() {
		b, err := im.readBatch(ctx, db, imp, after)
		if err != nil {
			b = nil // the batch is read again in its own transaction
		}
		out <- b
	}()
	return out
}

// commitRows plans and writes one batch of rows, records the rows whose
// outcome changed since the dry run, clears the batch's sealed values and
// moves the import's mark past it.
func (im *Importer) commitRows(ctx context.Context, tx bun.Tx, p xiangcai.Principal, imp *Import, batch *batchAhead) error {
	orgs, err := loadOrganizations(ctx, tx, imp.CityCode)
	if err != nil {
		return err
	}
	stored, rows := batch.stored, batch.rows
	for _, r := range rows {
		if o := r.values.OrganizationID; o != "" && !orgs.live[o] {
			r.values.OrganizationID = ""
			r.note(NoteWarning, roster.Organization, xiangcai.Text{ZH: "该社会组织已在预检后删除，已导入但未关联组织",
				EN: "the organization was deleted after the dry run: the talent is imported without it"})
			r.read = len(r.notes)
		}
	}
	if err := im.svc.planRows(ctx, tx, p, imp.CityCode, rows, true); err != nil {
		return err
	}
	if err := im.svc.applyRows(ctx, tx, p, imp, rows); err != nil {
		return err
	}
	for i, r := range rows {
		if s := stored[i]; r.outcome != s.Outcome || len(r.notes) != len(s.Notes) {
			report := r.report(imp.ID, im.svc.cipher.Encrypt)
			_, err := tx.NewUpdate().Model(report).Column("outcome", "talent_id", "notes", "warned").WherePK().Exec(ctx)
			if err != nil {
				return database.Err(err, importText)
			}
		}
	}
	last := stored[len(stored)-1].Position
	_, err = tx.NewUpdate().Model((*ImportRow)(nil)).Set("input_enc = NULL").
		Where("import_id = ? AND position > ? AND position <= ?", imp.ID, imp.CommittedThrough, last).Exec(ctx)
	if err != nil {
		return database.Err(err, importText)
	}
	imp.CommittedThrough = last
	_, err = tx.NewUpdate().Model(imp).Column("committed_through").WherePK().Exec(ctx)
	return database.Err(err, importText)
}

// unseal turns a stored row back into the row the dry run read.
func (im *Importer) unseal(s *ImportRow, layout roster.Layout) (*importRow, error) {
	payload, err := im.svc.cipher.Decrypt(s.InputEnc)
	if err != nil {
		return nil, err
	}
	var sealed sealedRow
	if err := json.Unmarshal([]byte(payload), &sealed); err != nil {
		return nil, xiangcai.Internal(err)
	}
	r := &importRow{position: s.Position, line: s.Line, layout: layout, values: sealed.Values, notes: sealed.Notes,
		read: len(sealed.Notes), hash: im.svc.cipher.Hash(idKind, sealed.Values.IDNumber)}
	return r, nil
}

// finish marks imp committed with the counts of its rows as committed and
// records the commit in the audit trail.
func (im *Importer) finish(ctx context.Context, tx bun.Tx, p xiangcai.Principal, imp *Import) error {
	var counts []struct {
		Outcome RowOutcome
		Fixed   bool
		Warned  bool
		N       int
	}
	err := tx.NewSelect().Model((*ImportRow)(nil)).Column("outcome", "fixed", "warned").ColumnExpr("COUNT(*) AS n").
		Where("import_id = ?", imp.ID).Group("outcome", "fixed", "warned").Scan(ctx, &counts)
	if err != nil {
		return database.Err(err, importText)
	}
	imp.TotalRows, imp.NewRows, imp.UpdatedRows, imp.UnchangedRows, imp.RejectedRows, imp.FixedRows, imp.WarnedRows = 0, 0, 0, 0, 0, 0, 0
	for _, c := range counts {
		imp.count(&ImportRow{Outcome: c.Outcome, Fixed: c.Fixed, Warned: c.Warned}, c.N)
	}
	imp.Status, imp.CommittedBy, imp.CommittedAt = ImportCommitted, p.UserID, im.svc.now()
	if _, err := tx.NewUpdate().Model(imp).WherePK().Exec(ctx); err != nil {
		return database.Err(err, importText)
	}
	summary := fmt.Sprintf("提交名册导入“%s”：新增%d人，更新%d人，未变%d人，拒绝%d行",
		imp.FileName, imp.NewRows, imp.UpdatedRows, imp.UnchangedRows, imp.RejectedRows)
	return im.svc.record(ctx, tx, p, audit.Entry{Action: "talent_import.commit", ObjectType: "talent_import",
		ObjectID: imp.ID, CityCode: imp.CityCode, Summary: summary, Detail: map[string]any{"file": imp.FileName,
			"rows": imp.TotalRows, "new": imp.NewRows, "updated": imp.UpdatedRows, "unchanged": imp.UnchangedRows,
			"rejected": imp.RejectedRows}})
}
