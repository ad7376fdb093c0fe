package accounts

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// Sign-in limits. They are kept in the database, so they hold across
// replicas.
const (
	limitWindow        = 15 * time.Minute
	maxAccountFailures = 5
	maxIPFailures      = 20
	// keepAttempts is how long attempts are kept; older ones are pruned.
	keepAttempts = 24 * time.Hour
)

// loginKind separates the hashed account keys of sign-in attempts from
// other kinds of hashes.
const loginKind = "login"

var attemptText = xiangcai.Text{ZH: "登录记录", EN: "sign-in attempt"}

// loginAttempt is one sign-in attempt, as rate limiting counts it.
type loginAttempt struct {
	bun.BaseModel `bun:"table:login_attempts,alias:a"`

	ID         string    `bun:"id,pk"`
	AccountKey string    `bun:"account_key"`
	IP         string    `bun:"ip"`
	Succeeded  bool      `bun:"succeeded"`
	At         time.Time `bun:"at"`
}

// checkLimits refuses a sign-in when, within the window, the account has
// failed maxAccountFailures times since its last success, or the address
// maxIPFailures times in all. Refused attempts are not recorded, so a
// lockout ends one window after the failure that caused it.
func (s *Service) checkLimits(ctx context.Context, key, ip string, now time.Time) error {
	since := now.Add(-limitWindow)
	lastSuccess := s.db.NewSelect().TableExpr("login_attempts").ColumnExpr("max(at)").
		Where("account_key = ?", key).Where("succeeded")
	account, err := s.failuresSince(since).Where("a.account_key = ?", key).
		Where("a.at > COALESCE((?), ?)", lastSuccess, since).Count(ctx)
	if err != nil {
		return database.Err(err, attemptText)
	}
	address, err := s.failuresSince(since).Where("a.ip = ?", ip).Count(ctx)
	if err != nil {
		return database.Err(err, attemptText)
	}
	if account >= maxAccountFailures || address >= maxIPFailures {
		return xiangcai.Errorf(xiangcai.ETOOMANY, "登录失败次数过多，请15分钟后再试",
			"too many failed sign-ins; please wait 15 minutes and try again")
	}
	return nil
}

// failuresSince selects the failed attempts after since.
func (s *Service) failuresSince(since time.Time) *bun.SelectQuery {
	return s.db.NewSelect().Model((*loginAttempt)(nil)).Where("NOT a.succeeded").Where("a.at > ?", since)
}

// recordSuccess records a successful sign-in, which ends the count of the
// account's earlier failures but not of the address's.
func (s *Service) recordSuccess(ctx context.Context, key, ip string, now time.Time) error {
	return s.record(ctx, &loginAttempt{AccountKey: key, IP: ip, Succeeded: true, At: now})
}

// recordFailure records a failed sign-in and prunes attempts too old to
// count. The prune deletes through the index on at, so it stays cheap.
func (s *Service) recordFailure(ctx context.Context, key, ip string, now time.Time) error {
	if err := s.record(ctx, &loginAttempt{AccountKey: key, IP: ip, At: now}); err != nil {
		return err
	}
	_, err := s.db.NewDelete().Model((*loginAttempt)(nil)).Where("at < ?", now.Add(-keepAttempts)).Exec(ctx)
	return database.Err(err, attemptText)
}

func (s *Service) record(ctx context.Context, a *loginAttempt) error {
	a.ID = xiangcai.NewID()
	_, err := s.db.NewInsert().Model(a).Exec(ctx)
	return database.Err(err, attemptText)
}
