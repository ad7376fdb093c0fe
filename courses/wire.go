package courses

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses/media"
)

// WithMedia builds the courses service together with the media service,
// each knowing the other: media asks courses who may view an asset (those
// who may open a lesson showing it) and tells it when a video is ready;
// courses asks media about the assets lessons are given.
func WithMedia(db bun.IDB, o Options, mo media.Options) (*Service, *media.Service) {
	var s *Service
	mo.Viewers = viewers(func(ctx context.Context, p xiangcai.Principal, id string) (bool, error) { return s.MayView(ctx, p, id) })
	mo.OnReady = func(ctx context.Context, id string, seconds int) error { return s.MediaReady(ctx, id, seconds) }
	m := media.NewService(db, o.Store, mo)
	o.Media = m
	s = NewService(db, o)
	return s, m
}

// viewers adapts a function to media.Viewers.
type viewers func(ctx context.Context, p xiangcai.Principal, id string) (bool, error)

// MayView calls the function.
func (f viewers) MayView(ctx context.Context, p xiangcai.Principal, id string) (bool, error) {
	return f(ctx, p, id)
}
