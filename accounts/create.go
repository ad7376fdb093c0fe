package accounts

import (
	"context"

	"xiangcai"
	"xiangcai/database"
)

// CreateUser creates a user on behalf of p. A province administrator may
// create anyone; a city administrator trainees and instructors of their own
// city, which is also the city of a user given neither city nor region.
func (s *Service) CreateUser(ctx context.Context, p xiangcai.Principal, in NewUser) (*User, error) {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	if p.Role == xiangcai.RoleCityAdmin && in.CityCode == "" && in.RegionCode == "" {
		in.CityCode = p.CityCode
	}
	u, err := s.prepare(in)
	if err != nil {
		return nil, err
	}
	if err := requireManage(p, u); err != nil {
		return nil, err
	}
	return s.insert(ctx, u, in.Password)
}

// CreateUserAsSystem creates a user without asking anyone's permission. It
// exists for the command line, which must create the first province
// administrator before anyone can sign in, and for seeding. Never call it
// on behalf of a request.
func (s *Service) CreateUserAsSystem(ctx context.Context, in NewUser) (*User, error) {
	u, err := s.prepare(in)
	if err != nil {
		return nil, err
	}
	return s.insert(ctx, u, in.Password)
}

// insert hashes the password and saves u. A taken username or phone number
// is a conflict naming the field; the unique indexes catch a race between
// the check and the insert.
func (s *Service) insert(ctx context.Context, u *User, password string) (*User, error) {
	if err := s.checkTaken(ctx, u); err != nil {
		return nil, err
	}
	u.PasswordHash = s.argon2.hash(password)
	u.CreatedAt = s.now()
	u.UpdatedAt = u.CreatedAt
	if _, err := s.db.NewInsert().Model(u).Exec(ctx); err != nil {
		return nil, database.Err(err, userText)
	}
	return u, nil
}

// checkTaken returns a conflict naming username or phone when another user
// already has it.
func (s *Service) checkTaken(ctx context.Context, u *User) error {
	var others []User
	q := s.db.NewSelect().Model(&others).Column("username", "phone_hash")
	if u.Username != "" {
		q.WhereOr("u.username = ?", u.Username)
	}
	if u.PhoneHash != "" {
		q.WhereOr("u.phone_hash = ?", u.PhoneHash)
	}
	if err := q.Scan(ctx); err != nil {
		return database.Err(err, userText)
	}
	if len(others) == 0 {
		return nil
	}
	e := xiangcai.Errorf(xiangcai.ECONFLICT, "用户已存在", "the user already exists")
	for _, o := range others {
		if u.Username != "" && o.Username == u.Username {
			e.WithField("username", "该用户名已被使用", "this username is taken")
		}
		if u.PhoneHash != "" && o.PhoneHash == u.PhoneHash {
			e.WithField("phone", "该手机号已被使用", "this mobile number is taken")
		}
	}
	return e
}
