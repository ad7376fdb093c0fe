package media

import (
	"context"
	"errors"
	"log/slog"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/jobs"
)

// failure is a processing outcome no retry can change, because the file
// itself cannot be used. Its reason is shown to the uploader.
type failure struct{ reason xiangcai.Text }

func (f *failure) Error() string { return f.reason.EN }

// reasonGaveUp is shown when processing kept failing for reasons outside the
// file, such as the store being unreachable, until the job gave up.
var reasonGaveUp = xiangcai.Text{
	ZH: "文件处理多次失败，请重新上传；如仍失败请联系管理员",
	EN: "processing the file failed several times; upload it again, and contact an administrator if it fails again",
}

// Handler returns the job handler that processes uploaded assets; register
// it under ProcessKind. Processing is idempotent, as jobs requires: a
// repeated run rewrites the same objects and finds the asset already done.
func (s *Service) Handler() jobs.Handler {
	return jobs.Handler{Run: s.process, Failed: s.gaveUp}
}

// process transcodes a video or checks a document, then marks the asset
// ready, or failed when the file cannot be used. Other errors (the store,
// the database, ffmpeg itself) are returned, so the job is retried.
func (s *Service) process(ctx context.Context, job *jobs.Job) error {
	a, err := s.jobAsset(ctx, job)
	if err == nil && a != nil && a.Status == StatusReady {
		return s.announce(ctx, a) // a retry after the announcement failed
	}
	if err != nil || a == nil || a.Status != StatusProcessing {
		return err // a missing or failed asset needs nothing more
	}
	if a.Kind == KindVideo {
		err = s.transcode(ctx, a)
	} else {
		err = s.checkDocument(ctx, a)
	}
	var f *failure
	if errors.As(err, &f) {
		s.o.Logger.Info("media asset cannot be used", slog.String("asset", a.ID), slog.String("reason", f.reason.EN))
		return s.markFailed(ctx, s.db, a.ID, f.reason)
	}
	if err != nil {
		return err
	}
	if err := s.markReady(ctx, a); err != nil {
		return err
	}
	return s.announce(ctx, a)
}

// announce tells Options.OnReady that an asset is ready, with its duration
// in whole seconds rounded down, so that watching to the end always covers
// the duration lessons count with. A failure leaves the job to be retried,
// which announces again.
func (s *Service) announce(ctx context.Context, a *Asset) error {
	if s.o.OnReady == nil {
		return nil
	}
	return s.o.OnReady(ctx, a.ID, wholeSeconds(a))
}

// gaveUp marks the asset of a job that failed for good.
func (s *Service) gaveUp(ctx context.Context, tx bun.IDB, job *jobs.Job) error {
	var p processPayload
	if err := job.Decode(&p); err != nil {
		return err
	}
	return s.markFailed(ctx, tx, p.AssetID, reasonGaveUp)
}

// jobAsset loads the asset a job is about; nil if it is gone.
func (s *Service) jobAsset(ctx context.Context, job *jobs.Job) (*Asset, error) {
	var p processPayload
	if err := job.Decode(&p); err != nil {
		return nil, err
	}
	a, err := s.find(ctx, p.AssetID)
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
		return nil, nil
	}
	return a, err
}

// markReady records a processed asset's outputs and makes it playable, in
// one update.
func (s *Service) markReady(ctx context.Context, a *Asset) error {
	a.Status, a.UpdatedAt = StatusReady, s.now()
	_, err := s.db.NewUpdate().Model(a).
		Column("status", "hls_prefix", "mp4_key", "poster_key", "duration_seconds", "renditions", "updated_at").
		WherePK().Where("status = ?", StatusProcessing).Exec(ctx)
	return database.Err(err, assetText)
}
