package media

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/jobs"
)

// ProcessKind is the job kind that processes an uploaded asset; register
// Service.Handler under it.
const ProcessKind = "media.process"

// processPayload is the payload of a ProcessKind job.
type processPayload struct {
	AssetID string `json:"asset_id"`
}

// CompleteUpload joins the parts of an upload after checking that every
// part is there and that checksum (see package storage) matches them, then
// marks the asset processing and enqueues its processing job in the same
// transaction. A missing part or a wrong checksum is an invalid error and
// leaves the upload open, to be repaired and completed again.
func (s *Service) CompleteUpload(ctx context.Context, p xiangcai.Principal, id, checksum string) (*Asset, error) {
	a, err := s.findUploading(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if checksum == "" {
		return nil, xiangcai.Invalid("checksum", "缺少文件校验值", "the checksum is missing")
	}
	parts, err := s.store.ListParts(ctx, a.OriginalKey, a.UploadID)
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
		// The store finished the upload but recording it failed: the object
		// is whole, so record it now.
		if _, serr := s.store.Stat(ctx, a.OriginalKey); serr == nil {
			return s.startProcessing(ctx, a)
		}
	}
	if err != nil {
		return nil, err
	}
	if err := missingParts(a, parts); err != nil {
		return nil, err
	}
	if _, err := s.store.CompleteUpload(ctx, a.OriginalKey, a.UploadID, checksum); err != nil {
		return nil, err
	}
	return s.startProcessing(ctx, a)
}

// startProcessing marks a whole upload processing and enqueues its job,
// together or not at all.
func (s *Service) startProcessing(ctx context.Context, a *Asset) (*Asset, error) {
	now := s.now()
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		res, err := tx.NewUpdate().Model((*Asset)(nil)).Set("status = ?", StatusProcessing).Set("upload_id = NULL").
			Set("updated_at = ?", now).Where("id = ?", a.ID).Where("status = ?", StatusUploading).Exec(ctx)
		if err != nil {
			return database.Err(err, assetText)
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return errUploadFinished()
		}
		_, err = jobs.Enqueue(ctx, tx, now, ProcessKind, processPayload{AssetID: a.ID})
		return err
	})
	if err != nil {
		return nil, err
	}
	a.Status, a.UploadID, a.UpdatedAt = StatusProcessing, "", now
	return a, nil
}

// markFailed records why an asset cannot be used, in db (the service's
// database or the transaction that fails its job).
func (s *Service) markFailed(ctx context.Context, db bun.IDB, id string, reason xiangcai.Text) error {
	_, err := db.NewUpdate().Model((*Asset)(nil)).Set("status = ?", StatusFailed).
		Set("failure_zh = ?", reason.ZH).Set("failure_en = ?", reason.EN).Set("updated_at = ?", s.now()).
		Where("id = ?", id).Where("status = ?", StatusProcessing).Exec(ctx)
	return database.Err(err, assetText)
}
