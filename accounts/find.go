package accounts

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// UserFilter selects users for FindUsers. Empty fields select everything.
type UserFilter struct {
	Role xiangcai.Role
	// CityCode narrows the list to one city. A city administrator always
	// sees only their own city, whether this is empty or names it.
	CityCode string
	// Page is a keyset page, newest users first; the cursor of the next page
	// is the last user's Cursor().
	Page xiangcai.Page
}

// FindUserByID returns the user with id, if p may see them.
func (s *Service) FindUserByID(ctx context.Context, p xiangcai.Principal, id string) (*User, error) {
	u, err := s.findUser(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := requireRead(p, u); err != nil {
		return nil, err
	}
	return u, nil
}

// FindUserByLogin returns the user who signs in with login (a username or a
// mobile number), if p may see them.
func (s *Service) FindUserByLogin(ctx context.Context, p xiangcai.Principal, login string) (*User, error) {
	u, _, err := s.lookup(ctx, login)
	if err != nil {
		return nil, err
	}
	if u == nil {
		return nil, xiangcai.NotFound(userText.ZH, userText.EN)
	}
	if err := requireRead(p, u); err != nil {
		return nil, err
	}
	return u, nil
}

// findUser loads a user without asking anyone's permission.
func (s *Service) findUser(ctx context.Context, id string) (*User, error) {
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(userText.ZH, userText.EN)
	}
	u := new(User)
	if err := s.db.NewSelect().Model(u).Where("u.id = ?", id).Scan(ctx); err != nil {
		return nil, database.Err(err, userText)
	}
	return u, nil
}

// FindUsers returns one page of the users that match f and p may see, and
// how many match in all. Only administrators list users.
func (s *Service) FindUsers(ctx context.Context, p xiangcai.Principal, f UserFilter) ([]*User, int, error) {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return nil, 0, err
	}
	if p.Role == xiangcai.RoleCityAdmin {
		if f.CityCode == "" {
			f.CityCode = p.CityCode
		}
		if err := p.RequireCity(f.CityCode); err != nil {
			return nil, 0, err
		}
	}
	var after string
	if f.Page.Cursor != "" {
		if err := xiangcai.DecodeCursor(f.Page.Cursor, &after); err != nil {
			return nil, 0, err
		}
	}
	match := func(q *bun.SelectQuery) *bun.SelectQuery {
		if f.Role != "" {
			q = q.Where("u.role = ?", f.Role)
		}
		if f.CityCode != "" {
			q = q.Where("u.city_code = ?", f.CityCode)
		}
		return q
	}
	total, err := s.db.NewSelect().Model((*User)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, 0, database.Err(err, userText)
	}
	var users []*User
	q := s.db.NewSelect().Model(&users).Apply(match).OrderExpr("u.id DESC").Limit(int64(f.Page.Size()))
	if after != "" {
		q = q.Where("u.id < ?", after)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, 0, database.Err(err, userText)
	}
	return users, int(total), nil
}
