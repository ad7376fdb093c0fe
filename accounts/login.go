package accounts

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/pii"
)

// LoginInput is one sign-in attempt.
type LoginInput struct {
	// Login is a username or a mobile number.
	Login    string
	Password string
	// IP is the client's address as the HTTP layer trusts it; rate limiting
	// counts failures per address.
	IP        string
	UserAgent string
	Kind      SessionKind
}

// Login signs a user in and returns the new session and its token, which
// exists nowhere else: only its hash is stored.
//
// An unknown login and a wrong password give the same error after the same
// work, a password hash, so neither answer nor timing tells whether an
// account exists. Too many recent failures for the account or from the
// address are refused before the password is looked at, so an attacker
// locked out learns nothing from further guesses.
func (s *Service) Login(ctx context.Context, in LoginInput) (*Session, string, error) {
	var p problems
	if in.Kind != SessionCookie && in.Kind != SessionBearer {
		p.add(xiangcai.Invalid("kind", "会话类型应为 cookie 或 bearer", "kind is cookie or bearer"))
	}
	if strings.TrimSpace(in.Login) == "" {
		p.add(xiangcai.Invalid("login", "请填写用户名或手机号", "a username or a mobile number is required"))
	}
	if in.Password == "" {
		p.add(xiangcai.Invalid("password", "请填写密码", "a password is required"))
	}
	if err := p.result(); err != nil {
		return nil, "", err
	}
	u, key, err := s.lookup(ctx, in.Login)
	if err != nil {
		return nil, "", err
	}
	now, ip := s.now(), clean(in.IP, 64)
	attempt, err := s.claimAttempt(ctx, key, ip, now)
	if err != nil {
		return nil, "", err
	}
	hash := s.dummyHash()
	if u != nil {
		hash = u.PasswordHash
	}
	ok, err := verifyPassword(hash, in.Password)
	if err != nil {
		return nil, "", err
	}
	if u == nil || !ok || u.Disabled() {
		if err := s.pruneAttempts(ctx, now); err != nil {
			return nil, "", err
		}
		if u != nil && ok { // the password was right, so saying why is safe
			return nil, "", xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "账号已停用，请联系管理员", "this account is disabled; please contact an administrator")
		}
		return nil, "", xiangcai.Errorf(xiangcai.EUNAUTHORIZED, "用户名、手机号或密码错误", "wrong username, mobile number or password")
	}
	if err := s.succeeded(ctx, attempt); err != nil {
		return nil, "", err
	}
	return s.startSession(ctx, u, in, now)
}

// lookup finds the user a login names, by phone if it is a mobile number and
// by username otherwise, and returns the key that rate limiting counts the
// attempt under. A known user's key is their ID, so a username and a phone
// number do not give an attacker two allowances; an unknown login's key is
// the normalised login. Keys are hashed so no phone number is stored in
// clear. A login that names nobody returns a nil user and no error.
func (s *Service) lookup(ctx context.Context, login string) (*User, string, error) {
	where, value := "u.username = ?", normalizeUsername(login)
	if phone, err := pii.ValidatePhone("login", login); err == nil {
		where, value = "u.phone_hash = ?", s.cipher.Hash(phoneKind, phone)
	} else if !usernamePattern.MatchString(value) {
		return nil, s.cipher.Hash(loginKind, "login:"+value), nil // names nobody
	}
	u := new(User)
	err := s.db.NewSelect().Model(u).Where(where, value).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, s.cipher.Hash(loginKind, "login:"+value), nil
	}
	if err != nil {
		return nil, "", database.Err(err, userText)
	}
	return u, s.cipher.Hash(loginKind, "user:"+u.ID), nil
}

// clean makes text a client sent safe to store: valid UTF-8 without NUL
// bytes, cut to at most max bytes on a character boundary.
func clean(s string, max int) string {
	s = strings.ReplaceAll(s, "\x00", "")
	if len(s) > max {
		s = s[:max]
	}
	return strings.ToValidUTF8(s, "")
}
