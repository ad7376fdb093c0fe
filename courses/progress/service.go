package progress

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/regions"
)

// Regions names the places that issue certificates; *regions.Table has it.
type Regions interface {
	Find(code string) (regions.Region, bool)
}

// Options configure a Service; a nil Clock means the system clock.
type Options struct {
	Regions Regions
	Clock   xiangcai.Clock
}

// Service records progress and issues certificates. It works on a bun.IDB,
// so it runs the same inside or outside a transaction.
type Service struct {
	db      bun.IDB
	regions Regions
	clock   xiangcai.Clock
}

// NewService returns a Service over db.
func NewService(db bun.IDB, o Options) *Service {
	s := &Service{db: db, regions: o.Regions, clock: o.Clock}
	if s.clock == nil {
		s.clock = xiangcai.SystemClock{}
	}
	return s
}

var (
	lessonText      = xiangcai.Text{ZH: "课时", EN: "lesson"}
	certificateText = xiangcai.Text{ZH: "证书", EN: "certificate"}
)

// now reads the clock in UTC to the microsecond, as both databases store it.
func (s *Service) now() time.Time { return s.clock.Now().UTC().Truncate(time.Microsecond) }

// inTx runs fn with a copy of s bound to one transaction.
func (s *Service) inTx(ctx context.Context, fn func(ctx context.Context, tx *Service) error) error {
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		c := *s
		c.db = tx
		return fn(ctx, &c)
	})
	return database.Err(err, lessonText)
}
