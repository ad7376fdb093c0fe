package media

import (
	"context"
	"time"

	"xiangcai"
	"xiangcai/storage"
)

// PlaybackTTL is the least lifetime of the signed links playback hands
// out; a video's links live its duration longer, so a lesson watched with
// pauses does not run out mid-way.
const PlaybackTTL = 2 * time.Hour

// Playback is how to show a ready asset: signed links straight to the
// store. Video also plays as HLS through Playlist.
type Playback struct {
	Asset *Asset
	// MP4URL (the progressive fallback, with HTTP Range) and PosterURL are
	// set for videos.
	MP4URL    string
	PosterURL string
	// DocumentURL shows a document in the browser; DownloadURL saves it
	// under its file name.
	DocumentURL string
	DownloadURL string
	ExpiresAt   time.Time
}

// Playback returns the links that show asset id to p.
func (s *Service) Playback(ctx context.Context, p xiangcai.Principal, id string) (*Playback, error) {
	a, err := s.findReady(ctx, p, id)
	if err != nil {
		return nil, err
	}
	ttl := a.linkTTL()
	out := &Playback{Asset: a, ExpiresAt: s.now().Add(ttl)}
	type link struct {
		to       *string
		key      string
		download string
	}
	links := []link{{&out.MP4URL, a.MP4Key, ""}, {&out.PosterURL, a.PosterKey, ""}}
	if a.Kind == KindDocument {
		links = []link{{&out.DocumentURL, a.OriginalKey, ""}, {&out.DownloadURL, a.OriginalKey, a.FileName}}
	}
	for _, l := range links {
		if *l.to, err = s.store.SignedURL(ctx, l.key, ttl, l.download); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// findReady loads a ready asset p may view. One that is not ready yet, or
// failed, is a conflict that says which.
func (s *Service) findReady(ctx context.Context, p xiangcai.Principal, id string) (*Asset, error) {
	a, err := s.FindAssetByID(ctx, p, id)
	if err != nil {
		return nil, err
	}
	switch a.Status {
	case StatusReady:
		return a, nil
	case StatusFailed:
		return nil, xiangcai.Errorf(xiangcai.ECONFLICT, "文件无法播放："+a.FailureZH, "the file cannot be shown: "+a.FailureEN)
	}
	return nil, xiangcai.Errorf(xiangcai.ECONFLICT, "文件尚未处理完成，请稍后再试", "the file is still being processed; try again later")
}

// linkTTL is the lifetime of a's signed links.
func (a *Asset) linkTTL() time.Duration {
	return min(PlaybackTTL+time.Duration(a.DurationSeconds*float64(time.Second)), storage.MaxURLTTL)
}
