package dashboard_test

import (
	"testing"

	"xiangcai"
	"xiangcai/talentpool/dashboard"
)

func TestDashboardAccess(t *testing.T) {
	f := newFixture(t)
	f.at(now)
	ctx := t.Context()
	for _, c := range []struct {
		who         xiangcai.Principal
		query       dashboard.Query
		code, field string
	}{
		{xiangcai.Principal{}, dashboard.Query{}, xiangcai.EUNAUTHORIZED, ""},
		{f.trainee, dashboard.Query{}, xiangcai.EFORBIDDEN, ""},
		{f.trainee, dashboard.Query{City: "430100"}, xiangcai.EFORBIDDEN, ""},
		{f.instructor, dashboard.Query{City: "430100"}, xiangcai.EFORBIDDEN, ""},
		{f.zhuzhou, dashboard.Query{City: "430100"}, xiangcai.EFORBIDDEN, ""},
		{f.province, dashboard.Query{City: "430104"}, xiangcai.EINVALID, "city"}, // a county
		{f.changsha, dashboard.Query{City: "439900"}, xiangcai.EINVALID, "city"},
		{f.changsha, dashboard.Query{Year: 1999}, xiangcai.EINVALID, "year"},
		{f.province, dashboard.Query{Year: 2026}, xiangcai.EINVALID, "year"},
	} {
		d, err := f.svc.TalentPool(ctx, c.who, c.query)
		if d != nil {
			t.Errorf("%s %+v got a dashboard", c.who.Role, c.query)
		}
		wantCode(t, err, c.code, c.field)
	}
	// A city administrator's own dashboard is their city's, even when the
	// query names none; the province's names every city.
	for who, area := range map[*xiangcai.Principal]string{&f.zhuzhou: "430200", &f.changsha: "430100", &f.province: "430000"} {
		d, err := f.svc.TalentPool(ctx, *who, dashboard.Query{Year: 2000})
		if err != nil || d.Area.Code != area || d.Year != 2000 {
			t.Errorf("%s: %v %+v", who.Role, err, d)
		}
	}
}
