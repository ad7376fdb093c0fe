package media

import (
	"context"
	"time"

	"xiangcai/database"
)

// UploadWindow is how long an upload may stay unfinished. A client that
// lost its connection resumes within it; after it the parts and the asset
// are discarded (DiscardStaleUploads), as MinIO by default discards a
// multipart upload left for 24 hours (its api stale_uploads_expiry).
const UploadWindow = 24 * time.Hour

// staleBatch bounds the uploads one call of DiscardStaleUploads discards.
const staleBatch = 100

// DiscardStaleUploads discards up to staleBatch uploads begun more than
// UploadWindow ago and never completed: their parts in the object store
// and their assets. It returns how many it discarded.
func (s *Service) DiscardStaleUploads(ctx context.Context) (int, error) {
	var stale []*Asset
	err := s.db.NewSelect().Model(&stale).Where("status = ? AND created_at < ?", StatusUploading, s.now().Add(-UploadWindow)).
		OrderExpr("created_at").Limit(staleBatch).Scan(ctx)
	if err != nil {
		return 0, database.Err(err, assetText)
	}
	for i, a := range stale {
		if err := s.discard(ctx, a); err != nil {
			return i, err
		}
	}
	return len(stale), nil
}
