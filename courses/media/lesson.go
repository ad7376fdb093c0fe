package media

import (
	"context"
	"math"

	"github.com/uptrace/bun"

	"xiangcai"
)

// LessonMedia checks an asset a course editor attaches to a lesson: p must
// be its owner or one of its administrators, and its kind must match the
// lesson's ("video" or "document"). It returns a ready video's duration in
// whole seconds, rounded down as OnReady reports it; 0 otherwise. It reads
// the asset through db, the caller's transaction, so that a lesson's change
// holds one connection, not two.
func (s *Service) LessonMedia(ctx context.Context, db bun.IDB, p xiangcai.Principal, assetID, kind string) (int, error) {
	if !xiangcai.ValidID(assetID) {
		return 0, xiangcai.Invalid("media_id", "媒体标识无效", "not a valid media id")
	}
	within := *s
	within.db = db
	a, err := within.find(ctx, assetID)
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
		return 0, xiangcai.Invalid("media_id", "找不到该媒体文件", "no such media file")
	}
	if err != nil {
		return 0, err
	}
	if !mayChange(p, a) {
		return 0, xiangcai.Invalid("media_id", "只能使用自己或本市上传的媒体文件", "use a file you or your city uploaded")
	}
	if string(a.Kind) != kind {
		return 0, xiangcai.Invalid("media_id", "媒体文件类型与课时类型不符", "the file's kind does not match the lesson's")
	}
	if a.Status != StatusReady {
		return 0, nil
	}
	return wholeSeconds(a), nil
}

// wholeSeconds is a video's duration in whole seconds, rounded down so that
// watching to the end always covers it; 0 for documents.
func wholeSeconds(a *Asset) int {
	if a.Kind != KindVideo {
		return 0
	}
	return max(1, int(math.Floor(a.DurationSeconds)))
}
