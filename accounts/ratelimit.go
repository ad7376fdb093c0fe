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

// claimAttempt records a sign-in attempt, as failed, before its password
// is looked at, and then refuses it when, counting it, the account has
// failed more than maxAccountFailures times within the window since its
// last success, or the address more than maxIPFailures times in all.
// Recording first makes guesses sent at the same moment count each other,
// so they cannot all pass the check before any is recorded. A refused
// attempt is removed: a lockout ends one window after the failure that
// caused it.
func (s *Service) claimAttempt(ctx context.Context, key, ip string, now time.Time) (*loginAttempt, error) {
	a := &loginAttempt{ID: xiangcai.NewID(), AccountKey: key, IP: ip, At: now}
	if _, err := s.db.NewInsert().Model(a).Exec(ctx); err != nil {
		return nil, database.Err(err, attemptText)
	}
	since := now.Add(-limitWindow)
	lastSuccess := s.db.NewSelect().TableExpr("login_attempts").ColumnExpr("max(at)").
		Where("account_key = ?", key).Where("succeeded")
	account, err := s.failuresSince(since).Where("a.account_key = ?", key).
		Where("a.at > COALESCE((?), ?)", lastSuccess, since).Count(ctx)
	if err != nil {
		return nil, database.Err(err, attemptText)
	}
	address, err := s.failuresSince(since).Where("a.ip = ?", ip).Count(ctx)
	if err != nil {
		return nil, database.Err(err, attemptText)
	}
	if account > maxAccountFailures || address > maxIPFailures {
		if _, err := s.db.NewDelete().Model(a).WherePK().Exec(ctx); err != nil {
			return nil, database.Err(err, attemptText)
		}
		return nil, xiangcai.Errorf(xiangcai.ETOOMANY, "登录失败次数过多，请15分钟后再试",
			"too many failed sign-ins; please wait 15 minutes and try again")
	}
	return a, nil
}

// failuresSince selects the failed attempts after since.
func (s *Service) failuresSince(since time.Time) *bun.SelectQuery {
	return s.db.NewSelect().Model((*loginAttempt)(nil)).Where("NOT a.succeeded").Where("a.at > ?", since)
}

// succeeded records that a claimed attempt signed in, which ends the count
// of the account's earlier failures but not of the address's.
func (s *Service) succeeded(ctx context.Context, a *loginAttempt) error {
	_, err := s.db.NewUpdate().Model(a).Set("succeeded = TRUE").WherePK().Exec(ctx)
	return database.Err(err, attemptText)
}

// pruneAttempts deletes the attempts too old to count, through the index
// on at, so it stays cheap; each failed sign-in does it.
func (s *Service) pruneAttempts(ctx context.Context, now time.Time) error {
	_, err := s.db.NewDelete().Model((*loginAttempt)(nil)).Where("at < ?", now.Add(-keepAttempts)).Exec(ctx)
	return database.Err(err, attemptText)
}
