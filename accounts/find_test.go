package accounts

import (
	"fmt"
	"testing"

	"xiangcai"
)

func TestFindUsersScoping(t *testing.T) {
	f := newFixture(t)
	province := f.user(t, NewUser{Username: "province", Role: xiangcai.RoleProvinceAdmin}).Principal()
	changshaAdmin := f.user(t, NewUser{Username: "cs.admin", Role: xiangcai.RoleCityAdmin, CityCode: changsha}).Principal()
	zhuzhouAdmin := f.user(t, NewUser{Username: "zz.admin", Role: xiangcai.RoleCityAdmin, CityCode: zhuzhou}).Principal()
	for i := range 5 {
		f.user(t, NewUser{Username: fmt.Sprintf("cs.trainee%d", i), Role: xiangcai.RoleTrainee, RegionCode: yuelu})
		f.user(t, NewUser{Username: fmt.Sprintf("zz.trainee%d", i), Role: xiangcai.RoleTrainee, CityCode: zhuzhou})
	}
	f.user(t, NewUser{Username: "cs.teacher", Role: xiangcai.RoleInstructor, CityCode: changsha})

	t.Run("a city admin sees only their city, page by page", func(t *testing.T) {
		seen := map[string]bool{}
		page := xiangcai.Page{Limit: 2}
		for range 10 {
			users, total, err := f.FindUsers(ctx, changshaAdmin, UserFilter{Page: page})
			if err != nil || total != 7 {
				t.Fatalf("total %d, %v; want 7 (5 trainees, an instructor, the admin)", total, err)
			}
			for _, u := range users {
				if u.CityCode != changsha || seen[u.ID] {
					t.Fatalf("listed %s of %s (seen before: %v)", u.Username, u.CityCode, seen[u.ID])
				}
				seen[u.ID] = true
			}
			if len(users) < page.Limit {
				break
			}
			page.Cursor = users[len(users)-1].Cursor()
		}
		if len(seen) != 7 {
			t.Fatalf("paged through %d users, want 7", len(seen))
		}
	})
	t.Run("a city admin asking for another city is refused", func(t *testing.T) {
		_, _, err := f.FindUsers(ctx, changshaAdmin, UserFilter{CityCode: zhuzhou})
		wantCode(t, err, xiangcai.EFORBIDDEN)
	})
	t.Run("filters by role", func(t *testing.T) {
		users, total, err := f.FindUsers(ctx, zhuzhouAdmin, UserFilter{Role: xiangcai.RoleTrainee})
		if err != nil || total != 5 || len(users) != 5 {
			t.Fatalf("got %d of %d, %v; want 5 Zhuzhou trainees", len(users), total, err)
		}
	})
	t.Run("the province admin sees everyone", func(t *testing.T) {
		_, total, err := f.FindUsers(ctx, province, UserFilter{})
		if err != nil || total != 14 {
			t.Fatalf("total %d, %v; want 14", total, err)
		}
		_, total, err = f.FindUsers(ctx, province, UserFilter{CityCode: zhuzhou})
		if err != nil || total != 6 {
			t.Fatalf("Zhuzhou total %d, %v; want 6", total, err)
		}
	})
	t.Run("others may not list users", func(t *testing.T) {
		_, _, err := f.FindUsers(ctx, xiangcai.Principal{UserID: "x", Role: xiangcai.RoleInstructor, CityCode: changsha}, UserFilter{})
		wantCode(t, err, xiangcai.EFORBIDDEN)
		_, _, err = f.FindUsers(ctx, xiangcai.Principal{}, UserFilter{})
		wantCode(t, err, xiangcai.EUNAUTHORIZED)
	})
	t.Run("a forged cursor is invalid", func(t *testing.T) {
		_, _, err := f.FindUsers(ctx, province, UserFilter{Page: xiangcai.Page{Cursor: "%%%"}})
		wantCode(t, err, xiangcai.EINVALID)
	})
}

func TestFindUserByID(t *testing.T) {
	f := newFixture(t)
	changshaAdmin := f.user(t, NewUser{Username: "cs.admin", Role: xiangcai.RoleCityAdmin, CityCode: changsha}).Principal()
	zhuzhouAdmin := f.user(t, NewUser{Username: "zz.admin", Role: xiangcai.RoleCityAdmin, CityCode: zhuzhou}).Principal()
	trainee := f.user(t, NewUser{Username: "cs.trainee", Role: xiangcai.RoleTrainee, RegionCode: yuelu})
	other := f.user(t, NewUser{Username: "cs.other", Role: xiangcai.RoleTrainee, RegionCode: yuelu})
	tests := []struct {
		name string
		p    xiangcai.Principal
		id   string
		code string
	}{
		{"themselves", trainee.Principal(), trainee.ID, ""},
		{"their city admin", changshaAdmin, trainee.ID, ""},
		{"another city's admin", zhuzhouAdmin, trainee.ID, xiangcai.EFORBIDDEN},
		{"another trainee", other.Principal(), trainee.ID, xiangcai.EFORBIDDEN},
		{"an unknown ID", changshaAdmin, xiangcai.NewID(), xiangcai.ENOTFOUND},
		{"a malformed ID", changshaAdmin, "1 OR 1=1", xiangcai.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := f.FindUserByID(ctx, tt.p, tt.id)
			wantCode(t, err, tt.code)
			if tt.code == "" && u.ID != tt.id {
				t.Fatalf("found %s, want %s", u.ID, tt.id)
			}
		})
	}
}

func TestFindUserByLogin(t *testing.T) {
	f := newFixture(t)
	admin := f.user(t, NewUser{Username: "province", Role: xiangcai.RoleProvinceAdmin})
	trainee := f.user(t, NewUser{Phone: "13800138000", Role: xiangcai.RoleTrainee, RegionCode: yuelu})
	other := f.user(t, NewUser{Username: "zhuzhou", Role: xiangcai.RoleCityAdmin, CityCode: zhuzhou})
	if u, err := f.FindUserByLogin(ctx, admin.Principal(), "province"); err != nil || u.ID != admin.ID {
		t.Fatalf("by username: %v %v", u, err)
	}
	if u, err := f.FindUserByLogin(ctx, admin.Principal(), "138 0013 8000"); err != nil || u.ID != trainee.ID {
		t.Fatalf("by phone: %v %v", u, err)
	}
	_, err := f.FindUserByLogin(ctx, admin.Principal(), "nobody")
	wantCode(t, err, xiangcai.ENOTFOUND)
	_, err = f.FindUserByLogin(ctx, other.Principal(), "138 0013 8000")
	wantCode(t, err, xiangcai.EFORBIDDEN)
}
