package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// SessionKind says how a session's token travels.
type SessionKind string

// The session kinds.
const (
	// SessionCookie is a browser session: the token rides in a cookie, so
	// unsafe requests must also carry the session's CSRF token.
	SessionCookie SessionKind = "cookie"
	// SessionBearer is for API clients, which send the token in the
	// Authorization header.
	SessionBearer SessionKind = "bearer"
)

var sessionText = xiangcai.Text{ZH: "会话", EN: "session"}

// Session is one sign-in. Only the SHA-256 of its token is stored, so a
// copy of the database does not let anyone sign in.
type Session struct {
	bun.BaseModel `bun:"table:sessions,alias:s" json:"-"`

	ID        string      `bun:"id,pk"`
	TokenHash string      `bun:"token_hash" json:"-"`
	UserID    string      `bun:"user_id"`
	Kind      SessionKind `bun:"kind"`
	// CSRFToken is the session's own random token that pages put in their
	// forms and scripts send in a header.
	CSRFToken string    `bun:"csrf_token" json:"-"`
	IP        string    `bun:"ip"`
	UserAgent string    `bun:"user_agent"`
	CreatedAt time.Time `bun:"created_at"`
	ExpiresAt time.Time `bun:"expires_at"`
	RevokedAt time.Time `bun:"revoked_at,nullzero"`
	// User is the signed-in user, loaded with the session.
	User *User `bun:"rel:belongs-to,join:user_id=id"`
}

// startSession creates a session for u and returns it with its token.
func (s *Service) startSession(ctx context.Context, u *User, in LoginInput, now time.Time) (*Session, string, error) {
	token := randomToken()
	session := &Session{
		ID:        xiangcai.NewID(),
		TokenHash: hashToken(token),
		UserID:    u.ID,
		Kind:      in.Kind,
		CSRFToken: randomToken(),
		IP:        clean(in.IP, 64),
		UserAgent: clean(in.UserAgent, 512),
		CreatedAt: now,
		ExpiresAt: now.Add(s.sessionTTL),
		User:      u,
	}
	if _, err := s.db.NewInsert().Model(session).Exec(ctx); err != nil {
		return nil, "", database.Err(err, sessionText)
	}
	return session, token, nil
}

// Authenticate returns who holds token and their session. A token that is
// unknown, expired or revoked, or whose user is disabled, is unauthorized.
func (s *Service) Authenticate(ctx context.Context, token string) (xiangcai.Principal, *Session, error) {
	expired := xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "登录已失效，请重新登录", "your sign-in has expired; please sign in again")
	if token == "" {
		return xiangcai.Principal{}, nil, expired
	}
	session := new(Session)
	// Every request reads this; it leaves out the secrets no request needs.
	err := s.db.NewSelect().Model(session).Relation("User", func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.ExcludeColumn("password_hash", "phone_hash", "phone_enc")
	}).Where("s.token_hash = ?", hashToken(token)).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return xiangcai.Principal{}, nil, expired
	}
	if err != nil {
		return xiangcai.Principal{}, nil, database.Err(err, sessionText)
	}
	if !session.RevokedAt.IsZero() || !s.now().Before(session.ExpiresAt) || session.User.Disabled() {
		return xiangcai.Principal{}, nil, expired
	}
	return session.User.Principal(), session, nil
}

// Logout revokes the session of token. Signing out twice, or with a token
// that is not known, is not an error.
func (s *Service) Logout(ctx context.Context, token string) error {
	_, err := s.db.NewUpdate().Model((*Session)(nil)).Set("revoked_at = ?", s.now()).
		Where("token_hash = ?", hashToken(token)).Where("revoked_at IS NULL").Exec(ctx)
	return database.Err(err, sessionText)
}

// CheckCSRF returns a forbidden error unless token is the session's CSRF
// token. It compares in constant time.
func (s *Service) CheckCSRF(session *Session, token string) error {
	if session == nil || token == "" || subtle.ConstantTimeCompare([]byte(session.CSRFToken), []byte(token)) != 1 {
		return xiangcai.Errorf(xiangcai.EFORBIDDEN, "页面已过期，请刷新后重试", "the page has expired; reload it and try again")
	}
	return nil
}

// revokeSessions ends every open session of a user.
func revokeSessions(ctx context.Context, db bun.IDB, userID string, now time.Time) error {
	_, err := db.NewUpdate().Model((*Session)(nil)).Set("revoked_at = ?", now).
		Where("user_id = ?", userID).Where("revoked_at IS NULL").Exec(ctx)
	return database.Err(err, sessionText)
}

// randomToken returns 32 random bytes in unpadded base64url.
func randomToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashToken returns the hex SHA-256 of a token, the form it is stored in.
// The token has 256 random bits, so a fast unkeyed hash is enough.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
