package accounts

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// PasswordChange asks for a user's password to be replaced.
type PasswordChange struct {
	UserID string
	// Current is the password being replaced. Users changing their own must
	// give it, so a session left open cannot be used to take the account
	// over; administrators resetting someone else's leave it empty.
	Current string
	New     string
}

// SetPassword replaces a user's password and ends all their sessions, so
// whoever knew the old password is signed out. Users may change their own;
// administrators may reset the passwords of the users they manage.
func (s *Service) SetPassword(ctx context.Context, p xiangcai.Principal, c PasswordChange) error {
	u, err := s.findUser(ctx, c.UserID)
	if err != nil {
		return err
	}
	if p.UserID == u.ID {
		err = checkCurrentPassword(u, c.Current)
	} else {
		err = requireManage(p, u)
	}
	if err != nil {
		return err
	}
	phone := ""
	if u.PhoneEnc != nil {
		if phone, err = s.cipher.Decrypt(u.PhoneEnc); err != nil {
			return err
		}
	}
	if err := checkPassword("new_password", c.New, u.Username, phone); err != nil {
		return err
	}
	hash, now := s.argon2.hash(c.New), s.now()
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		_, err := tx.NewUpdate().Model((*User)(nil)).
			Set("password_hash = ?", hash).Set("updated_at = ?", now).
			Where("id = ?", u.ID).Exec(ctx)
		if err != nil {
			return database.Err(err, userText)
		}
		return revokeSessions(ctx, tx, u.ID, now)
	})
}

// checkCurrentPassword returns an invalid error unless current is u's password.
func checkCurrentPassword(u *User, current string) error {
	ok, err := verifyPassword(u.PasswordHash, current)
	if err == nil && !ok {
		err = xiangcai.Invalid("current_password", "当前密码不正确", "the current password is wrong")
	}
	return err
}

// Password length bounds, in characters.
const (
	minPasswordLength = 10
	maxPasswordLength = 128
)

// checkPassword applies the password policy to the named field: 10 to 128
// characters, letters and digits both, and neither the username nor the
// phone number inside.
func checkPassword(field, password, username, phone string) error {
	n := utf8.RuneCountInString(password)
	switch {
	case n < minPasswordLength:
		return xiangcai.Invalid(field, "密码至少10个字符", "a password has at least 10 characters")
	case n > maxPasswordLength:
		return xiangcai.Invalid(field, "密码最多128个字符", "a password has at most 128 characters")
	case !strings.ContainsFunc(password, unicode.IsLetter) || !strings.ContainsFunc(password, unicode.IsDigit):
		return xiangcai.Invalid(field, "密码须同时包含字母和数字", "a password contains both letters and digits")
	case username != "" && strings.Contains(strings.ToLower(password), username):
		return xiangcai.Invalid(field, "密码不能包含用户名", "a password cannot contain the username")
	case phone != "" && strings.Contains(password, phone):
		return xiangcai.Invalid(field, "密码不能包含手机号", "a password cannot contain the mobile number")
	}
	return nil
}
