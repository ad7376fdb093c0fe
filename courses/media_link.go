package courses

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// Media is what courses asks of the media service about an asset a lesson
// is to show: that p may use it, that its kind fits, and its duration in
// whole seconds once a video is ready (0 before, and for documents). It
// reads through db, the course's transaction. *media.Service has it.
type Media interface {
	LessonMedia(ctx context.Context, db bun.IDB, p xiangcai.Principal, assetID, kind string) (durationSeconds int, err error)
}

// attachMedia checks the asset a lesson is given and takes its duration.
// Without a media service (tests of structure alone) ids are taken as they
// are.
func (s *Service) attachMedia(ctx context.Context, p xiangcai.Principal, l *Lesson) error {
	if s.media == nil || l.MediaID == "" {
		return nil
	}
	seconds, err := s.media.LessonMedia(ctx, s.db, p, l.MediaID, string(l.Kind))
	l.DurationSeconds = seconds
	return err
}

// MediaReady records the duration of a video that has finished processing
// on every lesson that shows it; media calls it through Options.OnReady.
// Documents (0 seconds) have nothing to record.
func (s *Service) MediaReady(ctx context.Context, assetID string, durationSeconds int) error {
	if durationSeconds <= 0 {
		return nil
	}
	_, err := s.SetMediaDuration(ctx, assetID, durationSeconds)
	return err
}

// MayView reports whether p may see a media asset because p may open a
// lesson that shows it: the media service asks this of everyone who is not
// the asset's owner or one of its administrators.
func (s *Service) MayView(ctx context.Context, p xiangcai.Principal, assetID string) (bool, error) {
	var lessonIDs []string
	err := s.db.NewSelect().Model((*Lesson)(nil)).Column("l.id").Where("l.media_id = ?", assetID).Scan(ctx, &lessonIDs)
	if err != nil {
		return false, database.Err(err, lessonText)
	}
	for _, id := range lessonIDs {
		_, err := s.FindLesson(ctx, p, id)
		switch code := xiangcai.ErrorCode(err); code {
		case "":
			return true, nil
		case xiangcai.ENOTFOUND, xiangcai.EFORBIDDEN, xiangcai.EUNAUTHORIZED:
			continue
		default:
			return false, err
		}
	}
	return false, nil
}
