package courses

import (
	"bytes"
	"context"
	"net/http"
	"strconv"

	"xiangcai"
	"xiangcai/database"
)

// MaxCoverSize is the largest cover image, in bytes.
const MaxCoverSize = 2 << 20

// coverTypes are the image types a cover may have, by sniffed content type,
// with the extension its key gets.
var coverTypes = map[string]string{"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}

// SetCover stores image as the cover of a course p edits and returns the
// course. The type is sniffed from the bytes, never taken from a name;
// JPEG, PNG and WebP up to MaxCoverSize are accepted. The previous cover is
// deleted once the new one is saved.
func (s *Service) SetCover(ctx context.Context, p xiangcai.Principal, courseID string, image []byte) (*Course, error) {
	contentType := http.DetectContentType(image)
	ext, ok := coverTypes[contentType]
	switch {
	case len(image) > MaxCoverSize:
		return nil, &xiangcai.Error{Code: xiangcai.ETOOLARGE, Message: xiangcai.Text{
			ZH: "封面图片不能超过" + strconv.Itoa(MaxCoverSize>>20) + "MB", EN: "a cover image has at most " + strconv.Itoa(MaxCoverSize>>20) + " MB"}}
	case !ok:
		return nil, xiangcai.Invalid("image", "封面须为 JPEG、PNG 或 WebP 图片", "a cover must be a JPEG, PNG or WebP image")
	}
	var out *Course
	var old string
	err := s.inTx(ctx, func(ctx context.Context, tx *Service) error {
		c, err := tx.forChange(ctx, p, courseID, edits)
		if err != nil {
			return err
		}
		old, c.CoverKey, c.UpdatedAt = c.CoverKey, "covers/"+c.ID+"/"+xiangcai.NewID()+ext, tx.now()
		if _, err := tx.store.Put(ctx, c.CoverKey, bytes.NewReader(image), int64(len(image)), contentType); err != nil {
			return err
		}
		if _, err := tx.db.NewUpdate().Model(c).WherePK().Column("cover_key", "updated_at").Exec(ctx); err != nil {
			tx.store.Delete(context.WithoutCancel(ctx), c.CoverKey)
			return database.Err(err, courseText)
		}
		out = c
		return nil
	})
	if err != nil {
		return nil, err
	}
	if old != "" {
		// A failed delete leaves an unreferenced object, never a broken cover.
		s.store.Delete(context.WithoutCancel(ctx), old)
	}
	return out, nil
}
