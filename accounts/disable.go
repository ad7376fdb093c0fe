package accounts

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// SetDisabled disables a user, who can then no longer sign in and whose
// sessions end, or enables them again. p must manage the user, and nobody
// disables themselves, so an administrator cannot lock themselves out.
func (s *Service) SetDisabled(ctx context.Context, p xiangcai.Principal, id string, disabled bool) error {
	u, err := s.findUser(ctx, id)
	if err != nil {
		return err
	}
	if err := requireManage(p, u); err != nil {
		return err
	}
	if p.UserID == u.ID {
		return xiangcai.Errorf(xiangcai.EFORBIDDEN, "不能停用或启用自己的账号", "you cannot disable or enable your own account")
	}
	now := s.now()
	var disabledAt time.Time
	if disabled {
		disabledAt = now
	}
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		_, err := tx.NewUpdate().Model((*User)(nil)).
			Set("disabled_at = ?", bun.NullZero(disabledAt)).Set("updated_at = ?", now).
			Where("id = ?", u.ID).Exec(ctx)
		if err != nil || !disabled {
			return database.Err(err, userText)
		}
		return revokeSessions(ctx, tx, u.ID, now)
	})
}
