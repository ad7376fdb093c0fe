// Package talentpool is each city's dynamic key-talent pool (骨干人才库):
// the register of community social organizations and their categories,
// the talents with their protected personal data, the talents' lifecycle
// (nominated → under review → active → suspended / exited) and the annual
// review that walks every active talent. Every change is written to the
// audit trail in the same transaction.
//
// Access: a city administrator reads and changes only their city's
// organizations, talents and reviews, the province administrator all of
// them; a user whose account is linked to a talent reads that talent's
// profile, lifecycle and training record; nobody else reads or changes
// anything. Errors follow one rule: anonymous is unauthorized; a request
// the principal's role can never make is forbidden (a trainee changing
// even their own profile, an instructor listing talents); an
// administrator asking for a row of another city is not_found, on every
// route, as is a trainee or instructor asking for a talent not their own;
// creating or moving a row into a city one does not administer is
// forbidden.
package talentpool

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/pii"
	"xiangcai/regions"
)

// Regions is what the talent pool needs from the table of administrative
// divisions; *regions.Table has it.
type Regions interface {
	Validate(field, code string, allowed ...regions.Level) error
	Find(code string) (regions.Region, bool)
	Path(code string) []regions.Region
}

// Options configure a Service. Cipher and Regions are required.
type Options struct {
	Cipher  *pii.Cipher
	Regions Regions
	Clock   xiangcai.Clock // default xiangcai.SystemClock
}

// Service is the talent-pool service. It works on a bun.IDB, so it runs
// the same inside or outside a transaction.
type Service struct {
	db      bun.IDB
	cipher  *pii.Cipher
	regions Regions
	clock   xiangcai.Clock
}

// NewService returns a Service over db.
func NewService(db bun.IDB, o Options) *Service {
	s := &Service{db: db, cipher: o.Cipher, regions: o.Regions, clock: o.Clock}
	if s.clock == nil {
		s.clock = xiangcai.SystemClock{}
	}
	return s
}

// InTx runs fn with a service whose every call joins one transaction, for
// work made of many calls that must succeed or fail together, such as
// loading a roster.
func (s *Service) InTx(ctx context.Context, fn func(ctx context.Context, svc *Service) error) error {
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		svc := *s
		svc.db = tx
		return fn(ctx, &svc)
	})
}

// now reads the clock in UTC, the zone every stored time is written in, so
// that SQLite compares stored times correctly as text.
func (s *Service) now() time.Time { return s.clock.Now().UTC() }

// chinaTime is Beijing time (Asia/Shanghai), in which years and dates are
// judged. A fixed zone needs no time-zone database in the container.
var chinaTime = time.FixedZone("CST", 8*60*60)

// yearBounds returns the first instant of year and of the next year in
// Beijing time, in UTC.
func yearBounds(year int) (start, end time.Time) {
	start = time.Date(year, 1, 1, 0, 0, 0, 0, chinaTime).UTC()
	return start, time.Date(year+1, 1, 1, 0, 0, 0, 0, chinaTime).UTC()
}

// record writes the audit event of a change p made, dated now; db is the
// transaction that makes the change.
func (s *Service) record(ctx context.Context, db bun.IDB, p xiangcai.Principal, e audit.Entry) error {
	e.At = s.now()
	return audit.Record(ctx, db, p, e)
}

// EndOfDay returns the last instant of the calendar day of date in Beijing
// time, so that the pool "as of 30 June" includes every change made that
// day. Only date's year, month and day count.
func EndOfDay(date time.Time) time.Time {
	next := time.Date(date.Year(), date.Month(), date.Day()+1, 0, 0, 0, 0, chinaTime)
	return next.Add(-time.Microsecond).UTC()
}
