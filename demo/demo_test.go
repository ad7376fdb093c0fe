package demo_test

import (
	"bytes"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api/apitest"
	"xiangcai/demo"
)

// TestSeedTwice seeds, signs in with a printed password, seeds again and
// checks the old password stopped working, no account was duplicated and
// the course catalog is there once.
func TestSeedTwice(t *testing.T) {
	env := apitest.New(t)
	var said bytes.Buffer
	first, err := demo.Seed(t.Context(), env.Accounts, env.Deps.Talents, learning(env, &said))
	if err != nil {
		t.Fatal(err)
	}
	if first[0].Role != xiangcai.RoleProvinceAdmin {
		t.Fatalf("the first account should be the province administrator: %+v", first[0])
	}
	login := func(a demo.Account) error {
		_, _, err := env.Accounts.Login(t.Context(), accounts.LoginInput{Login: a.Login, Password: a.Password, IP: "127.0.0.1", Kind: accounts.SessionBearer})
		return err
	}
	for _, a := range first {
		if err := login(a); err != nil {
			t.Fatalf("sign in as %s: %v", a.Login, err)
		}
	}
	second, err := demo.Seed(t.Context(), env.Accounts, env.Deps.Talents, learning(env, &said))
	if err != nil {
		t.Fatal(err)
	}
	if err := login(first[0]); xiangcai.ErrorCode(err) != xiangcai.EUNAUTHORIZED {
		t.Fatalf("the old password still works: %v", err)
	}
	if err := login(second[0]); err != nil {
		t.Fatalf("the new password does not work: %v", err)
	}
	n, err := env.DB.NewSelect().Table("users").Count(t.Context())
	if err != nil || n != int64(len(first)) {
		t.Fatalf("users after seeding twice: %d %v", n, err)
	}
	checkCatalog(t, env, strings.Contains(said.String(), "no videos"))
}

func TestNewPasswordMeetsPolicy(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		p := demo.NewPassword()
		if len(p) != 16 || seen[p] {
			t.Fatalf("password %q repeats or has the wrong length", p)
		}
		seen[p] = true
	}
}
