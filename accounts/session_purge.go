package accounts

import (
	"context"
	"time"

	"xiangcai/database"
)

// keepEndedSessions is how long a session is kept after it expires, with
// the address and browser it was used from, for looking into misuse. A
// revoked session expires too, at most XIANGCAI_SESSION_TTL after it began.
const keepEndedSessions = 30 * 24 * time.Hour

// PurgeSessions deletes the sessions that expired more than
// keepEndedSessions ago and returns how many it deleted.
func (s *Service) PurgeSessions(ctx context.Context) (int, error) {
	res, err := s.db.NewDelete().Model((*Session)(nil)).Where("expires_at < ?", s.now().Add(-keepEndedSessions)).Exec(ctx)
	if err != nil {
		return 0, database.Err(err, sessionText)
	}
	n, err := res.RowsAffected()
	return int(n), database.Err(err, sessionText)
}
