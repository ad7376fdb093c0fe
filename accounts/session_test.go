package accounts

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
	"time"

	"xiangcai"
)

func TestLoginByUsernameAndPhone(t *testing.T) {
	f := newFixture(t)
	u := f.user(t, NewUser{Username: "zhang.san", Phone: "13812345678", Role: xiangcai.RoleInstructor, RegionCode: yuelu})
	for _, login := range []string{"zhang.san", " Zhang.San ", "13812345678", "+86 138-1234-5678", "１３８１２３４５６７８"} {
		session, token, err := f.login(login, goodPassword, "10.0.0.1")
		if err != nil {
			t.Fatalf("login %q: %v", login, err)
		}
		p, got, err := f.Authenticate(ctx, token)
		if err != nil || got.ID != session.ID || got.User.ID != u.ID {
			t.Fatalf("authenticate after login %q: %v", login, err)
		}
		want := xiangcai.Principal{UserID: u.ID, Role: xiangcai.RoleInstructor, CityCode: changsha}
		if p != want {
			t.Fatalf("principal %+v, want %+v", p, want)
		}
	}
}

func TestLoginFailuresLookAlike(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	_, _, wrong := f.login("zhang.san", "Wrong-password-1", "10.0.0.1")
	_, _, unknown := f.login("nobody", goodPassword, "10.0.0.2")
	_, _, malformed := f.login("no body\x00", goodPassword, "10.0.0.3")
	for _, err := range []error{wrong, unknown, malformed} {
		wantCode(t, err, xiangcai.EUNAUTHORIZED)
		if err.Error() != wrong.Error() {
			t.Fatalf("%v differs from %v", err, wrong)
		}
	}
	_, _, err := f.Login(ctx, LoginInput{Login: "zhang.san", Password: goodPassword, Kind: "magic"})
	wantFields(t, err, xiangcai.EINVALID, "kind")
}

func TestSessionTokenAndCSRF(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	session, token, err := f.Login(ctx, LoginInput{Login: "zhang.san", Password: goodPassword,
		IP: "10.0.0.1", UserAgent: "Mozilla/5.0 \xff\x00", Kind: SessionBearer})
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(token))
	if len(token) != 43 || session.TokenHash != hex.EncodeToString(sum[:]) || session.Kind != SessionBearer {
		t.Fatalf("token %q, stored hash %q", token, session.TokenHash)
	}
	var stored int
	if err := f.db.NewSelect().Table("sessions").ColumnExpr("count(*)").Where("token_hash = ? OR csrf_token = ?", token, token).Scan(ctx, &stored); err != nil || stored != 0 {
		t.Fatalf("the raw token is stored (%d rows, %v)", stored, err)
	}
	if session.UserAgent != "Mozilla/5.0 " {
		t.Fatalf("user agent stored as %q", session.UserAgent)
	}
	other, _, _ := f.login("zhang.san", goodPassword, "10.0.0.1")
	if len(session.CSRFToken) != 43 || session.CSRFToken == other.CSRFToken {
		t.Fatalf("CSRF tokens %q and %q", session.CSRFToken, other.CSRFToken)
	}
	if err := f.CheckCSRF(session, session.CSRFToken); err != nil {
		t.Fatalf("the right CSRF token: %v", err)
	}
	for name, err := range map[string]error{
		"another session's": f.CheckCSRF(session, other.CSRFToken),
		"empty":             f.CheckCSRF(session, ""),
		"no session":        f.CheckCSRF(nil, ""),
	} {
		if xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
			t.Errorf("%s CSRF token: %v", name, err)
		}
	}
}

func TestSessionExpires(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	session, token, err := f.login("zhang.san", goodPassword, "10.0.0.1")
	if err != nil || !session.ExpiresAt.Equal(f.clock.Now().Add(time.Hour)) {
		t.Fatalf("session %+v, %v", session, err)
	}
	f.clock.Advance(time.Hour - time.Second)
	if _, _, err := f.Authenticate(ctx, token); err != nil {
		t.Fatalf("a second before expiry: %v", err)
	}
	f.clock.Advance(time.Second)
	_, _, err = f.Authenticate(ctx, token)
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	for _, token := range []string{"", "not-a-token"} {
		_, _, err = f.Authenticate(ctx, token)
		wantCode(t, err, xiangcai.EUNAUTHORIZED)
	}
}

func TestLogoutRevokes(t *testing.T) {
	f := newFixture(t)
	f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee})
	_, token, _ := f.login("zhang.san", goodPassword, "10.0.0.1")
	_, kept, _ := f.login("zhang.san", goodPassword, "10.0.0.1")
	if err := f.Logout(ctx, token); err != nil {
		t.Fatal(err)
	}
	_, _, err := f.Authenticate(ctx, token)
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	if _, _, err := f.Authenticate(ctx, kept); err != nil {
		t.Fatalf("signing out one session ended another: %v", err)
	}
	if err := f.Logout(ctx, token); err != nil {
		t.Fatalf("second logout: %v", err)
	}
}

func TestDisabledUser(t *testing.T) {
	f := newFixture(t)
	admin := f.user(t, NewUser{Username: "cs.admin", Role: xiangcai.RoleCityAdmin, CityCode: changsha}).Principal()
	zhuzhouAdmin := f.user(t, NewUser{Username: "zz.admin", Role: xiangcai.RoleCityAdmin, CityCode: zhuzhou}).Principal()
	u := f.user(t, NewUser{Username: "zhang.san", Role: xiangcai.RoleTrainee, CityCode: changsha})
	_, token, _ := f.login("zhang.san", goodPassword, "10.0.0.1")

	wantCode(t, f.SetDisabled(ctx, zhuzhouAdmin, u.ID, true), xiangcai.EFORBIDDEN)
	wantCode(t, f.SetDisabled(ctx, admin, admin.UserID, true), xiangcai.EFORBIDDEN)
	if err := f.SetDisabled(ctx, admin, u.ID, true); err != nil {
		t.Fatal(err)
	}
	_, _, err := f.Authenticate(ctx, token)
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	_, _, err = f.login("zhang.san", goodPassword, "10.0.0.1")
	wantCode(t, err, xiangcai.EUNAUTHORIZED)

	if err := f.SetDisabled(ctx, admin, u.ID, false); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.Authenticate(ctx, token); err == nil {
		t.Fatal("enabling the user again revived a session that disabling ended")
	}
	_, fresh, err := f.login("zhang.san", goodPassword, "10.0.0.1")
	if err != nil {
		t.Fatalf("login after enabling: %v", err)
	}
	// Authenticate checks the user as well as the session.
	if _, err := f.db.NewUpdate().Table("users").Set("disabled_at = ?", f.clock.Now()).Where("id = ?", u.ID).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	_, _, err = f.Authenticate(ctx, fresh)
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
}
