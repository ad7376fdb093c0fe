package accounts

import (
	"sync"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/regions"
)

// DefaultSessionTTL is how long a sign-in lasts when Options leave it unset.
const DefaultSessionTTL = 12 * time.Hour

// Regions is what accounts needs from the table of administrative
// divisions; *regions.Table has it.
type Regions interface {
	Validate(field, code string, allowed ...regions.Level) error
	City(code string) (regions.Region, bool)
}

// Options configure a Service. Cipher and Regions are required; the zero
// value of every other field means its production default.
type Options struct {
	Cipher     *pii.Cipher
	Regions    Regions
	Clock      xiangcai.Clock // default xiangcai.SystemClock
	SessionTTL time.Duration  // default DefaultSessionTTL
	Argon2     Argon2Params   // default DefaultArgon2; tests pass cheap ones
}

// Service is the accounts service. It works on a bun.IDB, so it runs the
// same inside or outside a transaction.
type Service struct {
	db         bun.IDB
	cipher     *pii.Cipher
	regions    Regions
	clock      xiangcai.Clock
	sessionTTL time.Duration
	argon2     Argon2Params
	// dummyHash is verified against when a sign-in names no known user, so
	// that answer takes as long as a wrong password.
	dummyHash func() string
}

// NewService returns a Service over db.
func NewService(db bun.IDB, o Options) *Service {
	s := &Service{db: db, cipher: o.Cipher, regions: o.Regions, clock: o.Clock, sessionTTL: o.SessionTTL, argon2: o.Argon2}
	if s.clock == nil {
		s.clock = xiangcai.SystemClock{}
	}
	if s.sessionTTL <= 0 {
		s.sessionTTL = DefaultSessionTTL
	}
	if s.argon2 == (Argon2Params{}) {
		s.argon2 = DefaultArgon2
	}
	s.dummyHash = sync.OnceValue(func() string { return s.argon2.hash(xiangcai.NewID()) })
	return s
}

// now reads the clock in UTC, the zone every stored time is written in, so
// that SQLite compares stored times correctly as text.
func (s *Service) now() time.Time { return s.clock.Now().UTC() }
