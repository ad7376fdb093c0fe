package media

import (
	"context"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/storage"
)

// Limits of uploads.
const (
	// MaxVideoSize and MaxDocumentSize bound the size of an upload.
	MaxVideoSize    = 4 << 30
	MaxDocumentSize = 100 << 20
	// DefaultPartSize is the part size of an upload unless the client asks
	// for another between MinPartSize and MaxPartSize: smaller parts lose
	// less to a dropped connection, larger ones need fewer requests.
	DefaultPartSize = 8 << 20
	MinPartSize     = storage.MinPartSize
	MaxPartSize     = 16 << 20
)

// NewUpload is what a client says about a file before sending it.
type NewUpload struct {
	Kind     Kind
	FileName string
	Size     int64
	// ContentType is the client's claim, checked only to refuse a plainly
	// wrong file early; the stored type is sniffed from the bytes.
	ContentType string
	// PartSize is the size of every part but the last; 0 means
	// DefaultPartSize.
	PartSize int64
}

// StartUpload creates an asset owned by p and opens its chunked upload.
// Instructors and administrators upload; trainees may not.
func (s *Service) StartUpload(ctx context.Context, p xiangcai.Principal, in NewUpload) (*Asset, error) {
	if err := p.RequireRole(xiangcai.RoleInstructor, xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	if in.PartSize == 0 {
		in.PartSize = DefaultPartSize
	}
	fileName, err := checkUpload(in)
	if err != nil {
		return nil, err
	}
	now := s.now()
	id := xiangcai.NewID()
	a := &Asset{ID: id, Kind: in.Kind, Status: StatusUploading, OwnerID: p.UserID, CityCode: p.CityCode,
		FileName: fileName, Size: in.Size, PartSize: in.PartSize, OriginalKey: keyPrefix(id) + "/original",
		CreatedAt: now, UpdatedAt: now}
	// Only documents are served as uploaded; a video's original is read by
	// the transcoder alone.
	storedType := "application/octet-stream"
	if a.Kind == KindDocument {
		storedType = "application/pdf"
	}
	if a.UploadID, err = s.store.StartUpload(ctx, a.OriginalKey, storedType); err != nil {
		return nil, err
	}
	if _, err := s.db.NewInsert().Model(a).Exec(ctx); err != nil {
		s.store.AbortUpload(ctx, a.OriginalKey, a.UploadID)
		return nil, database.Err(err, assetText)
	}
	return a, nil
}

// findUploading loads an asset whose upload is still open, if p may change it.
func (s *Service) findUploading(ctx context.Context, p xiangcai.Principal, id string) (*Asset, error) {
	a, err := s.find(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := requireChange(p, a); err != nil {
		return nil, err
	}
	if a.Status != StatusUploading {
		return nil, errUploadFinished()
	}
	return a, nil
}

// errUploadFinished is the error for changing an upload that has ended.
func errUploadFinished() error {
	return xiangcai.Errorf(xiangcai.ECONFLICT, "该文件已上传完成", "the upload of this file has already finished")
}

// AbortUpload cancels an unfinished upload: its parts and the asset go.
func (s *Service) AbortUpload(ctx context.Context, p xiangcai.Principal, id string) error {
	a, err := s.findUploading(ctx, p, id)
	if err != nil {
		return err
	}
	return s.discard(ctx, a)
}

// discard removes an unfinished upload's parts and its asset.
func (s *Service) discard(ctx context.Context, a *Asset) error {
	if err := s.store.AbortUpload(ctx, a.OriginalKey, a.UploadID); err != nil {
		return err
	}
	_, err := s.db.NewDelete().Model((*Asset)(nil)).Where("id = ?", a.ID).Where("status = ?", StatusUploading).Exec(ctx)
	return database.Err(err, assetText)
}
