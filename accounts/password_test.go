package accounts

import (
	"errors"
	"strings"
	"testing"

	"xiangcai"
)

func TestArgon2Hash(t *testing.T) {
	a := Argon2Params{Memory: 64, Time: 1, Threads: 1}
	encoded := a.hash("Xiang-cai-2026")
	parts := strings.Split(strings.TrimPrefix(encoded, "$argon2id$v=19$m=64,t=1,p=1$"), "$")
	if len(parts) != 2 {
		t.Fatalf("hash %q is not in the PHC format", encoded)
	}
	if salt, _ := b64.DecodeString(parts[0]); len(salt) != 16 {
		t.Fatalf("salt of %d bytes", len(salt))
	}
	if key, _ := b64.DecodeString(parts[1]); len(key) != 32 {
		t.Fatalf("key of %d bytes", len(key))
	}
	if ok, err := verifyPassword(encoded, "Xiang-cai-2026"); !ok || err != nil {
		t.Fatalf("the right password does not verify: %v", err)
	}
	if ok, err := verifyPassword(encoded, "Xiang-cai-2027"); ok || err != nil {
		t.Fatalf("a wrong password verifies: %v", err)
	}
	if a.hash("Xiang-cai-2026") == encoded {
		t.Fatal("two hashes of one password are equal: the salt is not random")
	}
}

// TestArgon2Production hashes once with the production settings, which
// verify under whatever settings the service has since: each hash carries
// its own.
func TestArgon2Production(t *testing.T) {
	encoded := DefaultArgon2.hash("Xiang-cai-2026")
	if !strings.HasPrefix(encoded, "$argon2id$v=19$m=65536,t=3,p=2$") {
		t.Fatalf("production hash %q", encoded)
	}
	if ok, err := verifyPassword(encoded, "Xiang-cai-2026"); !ok || err != nil {
		t.Fatalf("the right password does not verify: %v", err)
	}
}

func TestVerifyMalformedHash(t *testing.T) {
	good := Argon2Params{Memory: 64, Time: 1, Threads: 1}.hash("Xiang-cai-2026")
	for _, encoded := range []string{
		"",
		"plain text",
		strings.Replace(good, "argon2id", "argon2i", 1),
		strings.Replace(good, "v=19", "v=16", 1),
		strings.Replace(good, "p=1", "p=0", 1),
		strings.Replace(good, "m=64", "m=x", 1),
		good[:strings.LastIndex(good, "$")] + "$!!",
	} {
		if _, err := verifyPassword(encoded, "Xiang-cai-2026"); xiangcai.ErrorCode(err) != xiangcai.EINTERNAL {
			t.Errorf("%q: got %v, want an internal error", encoded, err)
		}
	}
}

func TestPasswordPolicy(t *testing.T) {
	tests := []struct {
		password, username, phone, want string
	}{
		{"Xiang-cai-2026", "zhang.san", "13812345678", ""},
		{"湘才培训平台2026年", "", "", ""},
		{"abcde12345", "", "", ""},
		{"abcd12345", "", "", "至少10"},
		{strings.Repeat("a1", 64) + "b", "", "", "最多128"},
		{strings.Repeat("a1", 64), "", "", ""},
		{"onlyletters", "", "", "字母和数字"},
		{"12345678901", "", "", "字母和数字"},
		{"!!!!!!!!!!!!", "", "", "字母和数字"},
		{"my-Zhang.San-1", "zhang.san", "", "用户名"},
		{"pw-13812345678", "", "13812345678", "手机号"},
	}
	for _, tt := range tests {
		err := checkPassword("password", tt.password, tt.username, tt.phone)
		if tt.want == "" {
			if err != nil {
				t.Errorf("%q refused: %v", tt.password, err)
			}
			continue
		}
		var e *xiangcai.Error
		if !errors.As(err, &e) || e.Fields[0].Field != "password" || !strings.Contains(e.Fields[0].Message.ZH, tt.want) {
			t.Errorf("%q: got %v, want a message with %q", tt.password, err, tt.want)
		}
	}
}

func TestSetPassword(t *testing.T) {
	f := newFixture(t)
	admin := f.user(t, NewUser{Username: "cs.admin", Role: xiangcai.RoleCityAdmin, CityCode: changsha}).Principal()
	zhuzhouAdmin := f.user(t, NewUser{Username: "zz.admin", Role: xiangcai.RoleCityAdmin, CityCode: zhuzhou}).Principal()
	u := f.user(t, NewUser{Username: "zhang.san", Phone: "13812345678", Role: xiangcai.RoleTrainee, CityCode: changsha})
	_, token, _ := f.login("zhang.san", goodPassword, "10.0.0.1")

	change := func(p xiangcai.Principal, current, next string) error {
		return f.SetPassword(ctx, p, PasswordChange{UserID: u.ID, Current: current, New: next})
	}
	wantFields(t, change(u.Principal(), "Not-the-current-1", "Brand-new-2026"), xiangcai.EINVALID, "current_password")
	wantFields(t, change(u.Principal(), goodPassword, "new-13812345678"), xiangcai.EINVALID, "new_password")
	wantCode(t, change(zhuzhouAdmin, "", "Brand-new-2026"), xiangcai.EFORBIDDEN)
	wantCode(t, change(xiangcai.Principal{}, "", "Brand-new-2026"), xiangcai.EUNAUTHORIZED)

	if err := change(u.Principal(), goodPassword, "Brand-new-2026"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.Authenticate(ctx, token); err == nil {
		t.Fatal("the session from before the change still works")
	}
	_, _, err := f.login("zhang.san", goodPassword, "10.0.0.1")
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	if _, _, err := f.login("zhang.san", "Brand-new-2026", "10.0.0.1"); err != nil {
		t.Fatalf("the new password: %v", err)
	}
	if err := change(admin, "", "Reset-by-admin-7"); err != nil {
		t.Fatalf("the city admin's reset: %v", err)
	}
	if _, _, err := f.login("13812345678", "Reset-by-admin-7", "10.0.0.1"); err != nil {
		t.Fatalf("the reset password: %v", err)
	}
}
