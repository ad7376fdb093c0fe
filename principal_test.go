package xiangcai

import "testing"

func TestCanManageCity(t *testing.T) {
	const changsha, zhuzhou = "430100", "430200"
	cases := []struct {
		who  Principal
		city string
		want bool
	}{
		{Principal{UserID: "p", Role: RoleProvinceAdmin}, changsha, true},
		{Principal{UserID: "p", Role: RoleProvinceAdmin}, zhuzhou, true},
		{Principal{UserID: "c", Role: RoleCityAdmin, CityCode: changsha}, changsha, true},
		{Principal{UserID: "c", Role: RoleCityAdmin, CityCode: changsha}, zhuzhou, false},
		{Principal{UserID: "c", Role: RoleCityAdmin}, "", false},
		{Principal{UserID: "i", Role: RoleInstructor, CityCode: changsha}, changsha, false},
		{Principal{UserID: "t", Role: RoleTrainee, CityCode: changsha}, changsha, false},
		{Principal{}, changsha, false},
	}
	for _, c := range cases {
		if got := c.who.CanManageCity(c.city); got != c.want {
			t.Errorf("%+v.CanManageCity(%q) = %v, want %v", c.who, c.city, got, c.want)
		}
	}
}

func TestRequireCityAndRoleCodes(t *testing.T) {
	cityAdmin := Principal{UserID: "c", Role: RoleCityAdmin, CityCode: "430100"}
	if err := cityAdmin.RequireCity("430100"); err != nil {
		t.Fatalf("own city refused: %v", err)
	}
	if code := ErrorCode(cityAdmin.RequireCity("430200")); code != EFORBIDDEN {
		t.Fatalf("another city gave %q, want forbidden", code)
	}
	if code := ErrorCode(Principal{}.RequireCity("430100")); code != EUNAUTHORIZED {
		t.Fatalf("anonymous gave %q, want unauthorized", code)
	}
	if err := cityAdmin.RequireRole(RoleCityAdmin, RoleProvinceAdmin); err != nil {
		t.Fatalf("RequireRole refused a listed role: %v", err)
	}
	if code := ErrorCode(cityAdmin.RequireRole(RoleProvinceAdmin)); code != EFORBIDDEN {
		t.Fatalf("RequireRole gave %q, want forbidden", code)
	}
}

func TestErrorLanguagesAndFields(t *testing.T) {
	e := Invalid("phone", "手机号格式不正确", "the phone number is not valid")
	if e.Code != EINVALID || e.Fields[0].Message.In("en") != "the phone number is not valid" || e.Fields[0].Message.In("zh-CN") != "手机号格式不正确" {
		t.Fatalf("unexpected error: %+v", e)
	}
	if (Text{ZH: "中文"}).In("en") != "中文" {
		t.Fatal("a missing English message should fall back to Chinese")
	}
}

func TestCursorRoundTripAndGarbage(t *testing.T) {
	type position struct{ At, ID string }
	cursor := EncodeCursor(position{"2026-11-26", "x"})
	var got position
	if err := DecodeCursor(cursor, &got); err != nil || got.ID != "x" {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	if err := DecodeCursor("%%%", &got); ErrorCode(err) != EINVALID {
		t.Fatalf("garbage cursor gave %v", err)
	}
	if (Page{Limit: 1000}).Size() != MaxPageSize || (Page{}).Size() != DefaultPageSize {
		t.Fatal("page size bounds not applied")
	}
}
