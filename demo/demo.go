// Package demo loads demonstration data, so a newcomer can sign in and look
// around a realistic Xiangcai at once. It is never run in production unless
// an operator asks with `xiangcai seed --demo`. Running it again is safe: it
// updates what it made before and gives the demo accounts new passwords.
package demo

import (
	"context"
	"crypto/rand"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/talentpool"
)

// Account is a demo account and its freshly generated password.
type Account struct {
	Login    string
	Password string
	Role     xiangcai.Role
	Name     string
}

// account describes one demo user.
type account struct {
	username, phone, name string
	role                  xiangcai.Role
	city, region          string
}

// accountsToSeed covers every role, two cities (so city scoping can be seen)
// and one trainee who signs in by phone.
var accountsToSeed = []account{
	{username: "admin", name: "省民政厅管理员", role: xiangcai.RoleProvinceAdmin},
	{username: "changsha", name: "长沙市民政局管理员", role: xiangcai.RoleCityAdmin, city: "430100"},
	{username: "zhuzhou", name: "株洲市民政局管理员", role: xiangcai.RoleCityAdmin, city: "430200"},
	{username: "teacher", name: "李老师", role: xiangcai.RoleInstructor, region: "430104"},
	{phone: "13800000001", name: "王小红", role: xiangcai.RoleTrainee, region: "430104007"},
}

// system is the seeding tool acting with a province administrator's rights.
var system = xiangcai.Principal{UserID: "system", Role: xiangcai.RoleProvinceAdmin}

// Seed creates or refreshes the demo accounts, fills every city's talent
// pool and the course catalog once, and returns the accounts' logins with
// new passwords; the first is the province administrator.
func Seed(ctx context.Context, svc *accounts.Service, pool *talentpool.Service, learning Learning) ([]Account, error) {
	var out []Account
	for _, a := range accountsToSeed {
		login := a.username
		if login == "" {
			login = a.phone
		}
		password := NewPassword()
		u, err := svc.FindUserByLogin(ctx, system, login)
		switch xiangcai.ErrorCode(err) {
		case xiangcai.ENOTFOUND:
			_, err = svc.CreateUserAsSystem(ctx, accounts.NewUser{Username: a.username, Phone: a.phone,
				DisplayName: a.name, Role: a.role, CityCode: a.city, RegionCode: a.region, Password: password})
		case "":
			err = svc.SetPassword(ctx, system, accounts.PasswordChange{UserID: u.ID, New: password})
		}
		if err != nil {
			return nil, err
		}
		out = append(out, Account{Login: login, Password: password, Role: a.role, Name: a.name})
	}
	if err := SeedTalents(ctx, pool); err != nil {
		return nil, err
	}
	if err := SeedCourses(ctx, svc, learning); err != nil {
		return nil, err
	}
	return out, nil
}

// NewPassword returns a random password that meets the password policy:
// sixteen characters of letters and digits, always with both.
func NewPassword() string {
	const letters, digits = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ", "23456789"
	b := []byte(rand.Text()[:14]) // base32: upper-case letters and digits 2–7
	return string(b) + string(letters[b[0]%byte(len(letters))]) + string(digits[b[1]%byte(len(digits))])
}
