package courses

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/regions"
	"xiangcai/storage"
)

// Regions is what courses needs from the table of administrative
// divisions; *regions.Table has it.
type Regions interface {
	Validate(field, code string, allowed ...regions.Level) error
	Find(code string) (regions.Region, bool)
	City(code string) (regions.Region, bool)
}

// Options configure a Service. Regions and Store are required; a nil Clock
// means the system clock.
type Options struct {
	Regions Regions
	Store   storage.Store // holds cover images
	// Media checks the assets lessons show; nil only in tests of structure
	// alone, which then take media ids as they are.
	Media Media
	Clock xiangcai.Clock
}

// Service is the courses service: catalog, structure and enrolment. It
// works on a bun.IDB, so it runs the same inside or outside a transaction.
type Service struct {
	db      bun.IDB
	regions Regions
	store   storage.Store
	clock   xiangcai.Clock
	media   Media
}

// NewService returns a Service over db.
func NewService(db bun.IDB, o Options) *Service {
	s := &Service{db: db, regions: o.Regions, store: o.Store, clock: o.Clock, media: o.Media}
	if s.clock == nil {
		s.clock = xiangcai.SystemClock{}
	}
	return s
}

// now reads the clock in UTC to the microsecond, as both databases store
// it, so that a time read back equals the time written and SQLite compares
// stored times correctly as text.
func (s *Service) now() time.Time { return s.clock.Now().UTC().Truncate(time.Microsecond) }

// inTx runs fn with a copy of s bound to one transaction (a savepoint when s
// already runs in one). Errors from fn come back unchanged; a failed commit
// becomes an internal error.
func (s *Service) inTx(ctx context.Context, fn func(ctx context.Context, tx *Service) error) error {
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		c := *s
		c.db = tx
		return fn(ctx, &c)
	})
	return database.Err(err, courseText)
}
