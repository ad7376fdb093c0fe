package accounts

import (
	"strings"
	"testing"

	"xiangcai"
)

func TestCreateUserValidation(t *testing.T) {
	f := newFixture(t)
	trainee := NewUser{Username: "li.si", DisplayName: "李四", Role: xiangcai.RoleTrainee, Password: goodPassword}
	tests := []struct {
		name   string
		edit   func(*NewUser)
		fields []string
	}{
		{"nothing at all", func(u *NewUser) { *u = NewUser{} }, []string{"display_name", "password", "phone", "role", "username"}},
		{"username too short", func(u *NewUser) { u.Username = "ab" }, []string{"username"}},
		{"username too long", func(u *NewUser) { u.Username = "a" + strings.Repeat("b", 32) }, []string{"username"}},
		{"username starting with a digit", func(u *NewUser) { u.Username = "1abc" }, []string{"username"}},
		{"username with a space", func(u *NewUser) { u.Username = "li si" }, []string{"username"}},
		{"bad phone", func(u *NewUser) { u.Phone = "1234567" }, []string{"phone"}},
		{"name too long", func(u *NewUser) { u.DisplayName = strings.Repeat("湘", 51) }, []string{"display_name"}},
		{"name with a control character", func(u *NewUser) { u.DisplayName = "李\x00四" }, []string{"display_name"}},
		{"unknown role", func(u *NewUser) { u.Role = "admin" }, []string{"role"}},
		{"city admin without a city", func(u *NewUser) { u.Role = xiangcai.RoleCityAdmin }, []string{"city_code"}},
		{"city admin of the province", func(u *NewUser) { u.Role, u.CityCode = xiangcai.RoleCityAdmin, hunan }, []string{"city_code"}},
		{"county as a city", func(u *NewUser) { u.CityCode = yuelu }, []string{"city_code"}},
		{"unknown region", func(u *NewUser) { u.RegionCode = "439999" }, []string{"region_code"}},
		{"region outside the city", func(u *NewUser) { u.CityCode, u.RegionCode = zhuzhou, yuelu }, []string{"region_code"}},
		{"short password", func(u *NewUser) { u.Password = "abc123" }, []string{"password"}},
		{"letters-only password", func(u *NewUser) { u.Password = "onlyletters-here" }, []string{"password"}},
		{"password with the username", func(u *NewUser) { u.Password = "LI.SI-2026-ok" }, []string{"password"}},
		{"password with the phone", func(u *NewUser) { u.Phone, u.Password = "13812345678", "pw13812345678" }, []string{"password"}},
		{"several at once", func(u *NewUser) { u.Username, u.Role, u.Password = "x", "boss", "short1" }, []string{"password", "role", "username"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := trainee
			tt.edit(&in)
			_, err := f.CreateUserAsSystem(ctx, in)
			wantFields(t, err, xiangcai.EINVALID, tt.fields...)
		})
	}
}

func TestCreateUserNormalises(t *testing.T) {
	f := newFixture(t)
	u := f.user(t, NewUser{Username: "  Zhang.San ", Phone: "+86 138-1234-5678", DisplayName: " 张三 ",
		Role: xiangcai.RoleTrainee, RegionCode: yuelu})
	if u.Username != "zhang.san" || u.DisplayName != "张三" || u.CityCode != changsha || u.RegionCode != yuelu {
		t.Fatalf("not normalised: %+v", u)
	}
	if u.PhoneMasked != "138****5678" || u.PhoneHash != f.cipher.Hash("phone", "13812345678") {
		t.Fatalf("phone stored as %q / %q", u.PhoneMasked, u.PhoneHash)
	}
	if phone, err := f.cipher.Decrypt(u.PhoneEnc); err != nil || phone != "13812345678" {
		t.Fatalf("encrypted phone opens to %q, %v", phone, err)
	}
	stored, err := f.FindUserByID(ctx, u.Principal(), u.ID)
	if err != nil || stored.Username != u.Username || stored.PhoneMasked != u.PhoneMasked ||
		!strings.HasPrefix(stored.PasswordHash, "$argon2id$v=19$") || !stored.CreatedAt.Equal(f.clock.Now()) {
		t.Fatalf("stored %+v, %v", stored, err)
	}
	phoneOnly := f.user(t, NewUser{Phone: "13900001111", Role: xiangcai.RoleProvinceAdmin, RegionCode: hunan})
	if phoneOnly.Username != "" || phoneOnly.CityCode != "" {
		t.Fatalf("phone-only province admin: %+v", phoneOnly)
	}
}

func TestCreateUserConflicts(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "wang.wu", Phone: "13812345678", Role: xiangcai.RoleTrainee})
	tests := []struct {
		name   string
		in     NewUser
		fields []string
	}{
		{"same username, other case", NewUser{Username: "Wang.Wu"}, []string{"username"}},
		{"same phone, other format", NewUser{Username: "zhao.liu", Phone: "138 1234 5678"}, []string{"phone"}},
		{"both", NewUser{Username: "wang.wu", Phone: "+8613812345678"}, []string{"phone", "username"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.DisplayName, tt.in.Role, tt.in.Password = "王五", xiangcai.RoleTrainee, goodPassword
			_, err := f.CreateUserAsSystem(ctx, tt.in)
			wantFields(t, err, xiangcai.ECONFLICT, tt.fields...)
		})
	}
}

func TestCreateUserAuthorization(t *testing.T) {
	f := newFixture(t)
	province := f.user(t, NewUser{Username: "province", Role: xiangcai.RoleProvinceAdmin}).Principal()
	changshaAdmin := f.user(t, NewUser{Username: "cs.admin", Role: xiangcai.RoleCityAdmin, CityCode: changsha}).Principal()
	trainee := f.user(t, NewUser{Username: "trainee", Role: xiangcai.RoleTrainee, CityCode: changsha}).Principal()
	n := 0
	newUser := func(role xiangcai.Role, city, region string) NewUser {
		n++
		return NewUser{Phone: "1370000000" + string(rune('0'+n)), DisplayName: "新用户", Role: role,
			CityCode: city, RegionCode: region, Password: goodPassword}
	}
	tests := []struct {
		name     string
		p        xiangcai.Principal
		in       NewUser
		code     string
		wantCity string
	}{
		{"province admin creates a city admin", province, newUser(xiangcai.RoleCityAdmin, zhuzhou, ""), "", zhuzhou},
		{"city admin creates a trainee in their city by default", changshaAdmin, newUser(xiangcai.RoleTrainee, "", ""), "", changsha},
		{"city admin creates an instructor by region", changshaAdmin, newUser(xiangcai.RoleInstructor, "", yuelu), "", changsha},
		{"city admin creates in another city", changshaAdmin, newUser(xiangcai.RoleTrainee, zhuzhou, ""), xiangcai.EFORBIDDEN, ""},
		{"city admin creates a city admin", changshaAdmin, newUser(xiangcai.RoleCityAdmin, changsha, ""), xiangcai.EFORBIDDEN, ""},
		{"city admin creates a province admin", changshaAdmin, newUser(xiangcai.RoleProvinceAdmin, "", ""), xiangcai.EFORBIDDEN, ""},
		{"trainee creates anyone", trainee, newUser(xiangcai.RoleTrainee, changsha, ""), xiangcai.EFORBIDDEN, ""},
		{"nobody signed in", xiangcai.Principal{}, newUser(xiangcai.RoleTrainee, changsha, ""), xiangcai.EUNAUTHORIZED, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, err := f.CreateUser(ctx, tt.p, tt.in)
			wantCode(t, err, tt.code)
			if tt.code == "" && u.CityCode != tt.wantCity {
				t.Fatalf("city %q, want %q", u.CityCode, tt.wantCity)
			}
		})
	}
}
