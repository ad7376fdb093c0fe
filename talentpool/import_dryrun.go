package talentpool

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/uptrace/bun"
	"golang.org/x/sync/errgroup"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/regions"
	"xiangcai/talentpool/roster"
)

// ImportFile is a roster file to import.
type ImportFile struct {
	// Name is the file's name, such as 长沙名册.xlsx; its extension helps
	// tell the format when the content does not.
	Name string
	Data []byte
	// CityCode is the city whose pool the roster is for: a city
	// administrator's own city when empty; the province names one.
	CityCode string
}

// DryRun reads a roster and stores what importing each row would do,
// writing nothing to the pool: the import it returns has the counts, and
// FindImportRows gives the report on each row. CommitImport then applies
// it. The file is read as a stream, in batches of rows.
func (im *Importer) DryRun(ctx context.Context, p xiangcai.Principal, f ImportFile) (*Import, error) {
	city, err := im.importCity(p, f.CityCode)
	if err != nil {
		return nil, err
	}
	name, err := checkText("file_name", f.Name, 200, true, false)
	if err != nil {
		return nil, err
	}
	rd, err := roster.Open(name, f.Data)
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	if _, err := im.PurgeExpired(ctx); err != nil {
		return nil, err
	}
	imp := &Import{ID: xiangcai.NewID(), CityCode: city, FileName: name, Format: rd.Format, Sheet: rd.Sheet,
		Layout: rd.Layout, Status: ImportParsing, CreatedBy: p.UserID, CreatedAt: im.svc.now()}
	db := im.svc.db
	if _, err := db.NewInsert().Model(imp).Exec(ctx); err != nil {
		return nil, database.Err(err, importText)
	}
	if err := im.readRows(ctx, p, imp, rd); err != nil {
		// What was stored of a failed dry run goes; a cancelled request
		// must not keep the clean-up from running.
		im.deleteImports(context.WithoutCancel(ctx), db.NewSelect().Model((*Import)(nil)).Column("id").Where("id = ?", imp.ID))
		return nil, interrupted(ctx, err, xiangcai.Text{ZH: "名册未能在时限内读完，请稍后重试，或把名册分成几个文件",
			EN: "the roster could not be read in time; try again later, or split it into several files"})
	}
	return imp, nil
}

// interrupted returns err, or the unavailable error saying msg when err came
// from ctx ending (the request's time ran out, or the client left), which
// a database error would otherwise hide as an internal one.
func interrupted(ctx context.Context, err error, msg xiangcai.Text) error {
	if ctx.Err() == nil {
		return err
	}
	e := xiangcai.Errorf(xiangcai.EUNAVAILABLE, msg.ZH, msg.EN)
	e.Cause = err
	return e
}

// importCity returns the city an import by p goes to, checking p may
// import there.
func (im *Importer) importCity(p xiangcai.Principal, city string) (string, error) {
	if err := requireAdmin(p); err != nil {
		return "", err
	}
	if city == "" && p.Role == xiangcai.RoleCityAdmin {
		city = p.CityCode
	}
	if city == "" {
		return "", xiangcai.Invalid("city_code", "请选择导入到哪个市州", "choose the city to import into")
	}
	if err := im.svc.regions.Validate("city_code", city, regions.LevelCity); err != nil {
		return "", err
	}
	return city, p.RequireCity(city)
}

// readRows reads every data row of rd, plans it and stores the report, a
// batch at a time, then marks imp ready with its counts. Reading the file
// and storing batches overlap: the next batch is read while one is planned
// and stored, so parsing and the database work on the two cores at once.
func (im *Importer) readRows(ctx context.Context, p xiangcai.Principal, imp *Import, rd *roster.Reader) error {
	db := im.svc.db
	orgs, err := loadOrganizations(ctx, db, imp.CityCode)
	if err != nil {
		return err
	}
	rr := &rowReader{layout: rd.Layout, places: newPlaceIndex(im.svc.regions, im.tree, imp.CityCode), orgs: orgs,
		cipher: im.svc.cipher, now: im.svc.now(), seen: map[string]int{}}
	batches := make(chan []*importRow, 1)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(batches)
		return readBatches(gctx, rd, rr, batches)
	})
	g.Go(func() error {
		for batch := range batches {
			if err := im.storeBatch(gctx, p, imp, batch); err != nil {
				return err
			}
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return err
	}
	if imp.TotalRows == 0 {
		return xiangcai.Invalid("file", "表头下面没有数据行", "the roster has no rows under its header")
	}
	imp.Status = ImportReady
	if _, err = db.NewUpdate().Model(imp).WherePK().Exec(ctx); err != nil {
		return database.Err(err, importText)
	}
	analyze(ctx, db, imp.TotalRows, "talent_import_rows")
	return nil
}

// readBatches reads the data rows of rd with rr and sends them to batches,
// importBatch rows at a time, until the file ends or ctx does.
func readBatches(ctx context.Context, rd *roster.Reader, rr *rowReader, batches chan<- []*importRow) error {
	batch := make([]*importRow, 0, importBatch)
	send := func() error {
		select {
		case batches <- batch:
			batch = make([]*importRow, 0, importBatch)
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for position := 1; ; position++ {
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if position > maxImportRows {
			return xiangcai.Invalid("file", fmt.Sprintf("一次最多导入%d行，请把名册分成几个文件", maxImportRows),
				fmt.Sprintf("at most %d rows can be imported at once; split the roster into several files", maxImportRows))
		}
		r := rr.read(rec, position)
		r.values.TalentID = xiangcai.NewID()
		if batch = append(batch, r); len(batch) == importBatch {
			if err := send(); err != nil {
				return err
			}
		}
	}
	if len(batch) == 0 {
		return nil
	}
	return send()
}

// storeBatch plans a batch of rows against the pool and stores their
// report, adding them to imp's counts.
func (im *Importer) storeBatch(ctx context.Context, p xiangcai.Principal, imp *Import, batch []*importRow) error {
	db := im.svc.db
	if err := im.svc.planRows(ctx, db, p, imp.CityCode, batch, false); err != nil {
		return err
	}
	reports := make([]*ImportRow, len(batch))
	for i, r := range batch {
		reports[i] = r.report(imp.ID, im.svc.cipher.Encrypt)
		imp.count(reports[i], 1)
	}
	_, err := db.NewInsert().Model(&reports).Exec(ctx)
	return database.Err(err, importText)
}

// count adds n rows like row to the import's counts.
func (imp *Import) count(row *ImportRow, n int) {
	imp.TotalRows += n
	switch row.Outcome {
	case OutcomeNew:
		imp.NewRows += n
	case OutcomeUpdate:
		imp.UpdatedRows += n
	case OutcomeUnchanged:
		imp.UnchangedRows += n
	case OutcomeRejected:
		imp.RejectedRows += n
	}
	if row.Fixed {
		imp.FixedRows += n
	}
	if row.Warned {
		imp.WarnedRows += n
	}
}

// PurgeExpired deletes the dry runs that were never committed in time, and
// with them the sealed rows they kept: every new dry run does, and
// `xiangcai serve` every hour. It returns how many it deleted.
func (im *Importer) PurgeExpired(ctx context.Context) (int, error) {
	return im.deleteImports(ctx, im.svc.db.NewSelect().Model((*Import)(nil)).Column("id").
		Where("status <> ? AND created_at < ?", ImportCommitted, im.svc.now().Add(-importTTL)))
}

// deleteImports deletes the imports whose ids ids selects, with their rows,
// and returns how many imports it deleted.
func (im *Importer) deleteImports(ctx context.Context, ids *bun.SelectQuery) (int, error) {
	var deleted int64
	err := im.svc.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewDelete().Model((*ImportRow)(nil)).Where("import_id IN (?)", ids).Exec(ctx); err != nil {
			return database.Err(err, importText)
		}
		res, err := tx.NewDelete().Model((*Import)(nil)).Where("id IN (?)", ids).Exec(ctx)
		if err != nil {
			return database.Err(err, importText)
		}
		deleted, err = res.RowsAffected()
		return database.Err(err, importText)
	})
	return int(deleted), err
}
