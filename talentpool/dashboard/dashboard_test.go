package dashboard_test

import (
	"reflect"
	"testing"

	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// known fills the fixture with a small pool whose every figure is known:
// talents who enter and leave on either side of New Year in Beijing time,
// accounts trained in 2024, in 2025 or not at all, and hub organizations
// in two counties of 长沙 (one of them twice in one township, one deleted
// in a third county) and one in 株洲. The clock ends at now.
func known(t *testing.T, f *fixture) {
	const cs, zz = "430104007", "430202001" // townships of 长沙 and 株洲
	active, none := talentpool.StatusActive, talentpool.QualificationNone
	f.at(mid2024)
	a := f.account(t, "a")
	f.talent(t, cs, active, talentpool.Volunteer, none, a) // trained on New Year's Day and in March 2025
	c := f.talent(t, "430104", active, talentpool.CommunityWorker, none, "")
	f.at(lastOf2024)
	b := f.account(t, "b")
	f.talent(t, "430100", active, talentpool.SocialWorker, talentpool.QualificationIntermediate, b)
	f.training(t, b, lastOf2024)
	f.move(t, c, talentpool.StatusExited)
	f.at(firstOf2025)
	f.talent(t, cs, active, talentpool.ChildrensDirector, talentpool.QualificationAssistant, f.account(t, "d"))
	f.training(t, f.trainee.UserID, firstOf2025) // an account no talent is linked to
	f.at(march2025)
	f.training(t, a, firstOf2025)
	f.training(t, a, march2025)
	f.talent(t, cs, talentpool.StatusNominated, talentpool.CommunityWorker, none, "")
	for _, to := range []talentpool.Status{talentpool.StatusExited, talentpool.StatusSuspended} {
		u := f.account(t, string(to))
		f.training(t, u, march2025)
		f.move(t, f.talent(t, cs, active, talentpool.OrganizationLeader, talentpool.QualificationSenior, u), to)
	}
	f.talent(t, zz, active, talentpool.Volunteer, none, "")
	f.talent(t, "430202", talentpool.StatusUnderReview, talentpool.SocialWorker, talentpool.QualificationSenior, "")
	f.move(t, f.talent(t, zz, active, talentpool.Volunteer, none, ""), talentpool.StatusExited)
	f.org(t, cs, true, 1)
	f.org(t, cs+"001", true, 2) // a village of the same township
	f.org(t, "430104002", true, 3)
	if err := f.pool.DeleteOrganization(t.Context(), f.province, f.org(t, "430102001", true, 0).ID); err != nil {
		t.Fatal(err)
	}
	f.org(t, "430102002", false, 2)
	f.org(t, "430103002", true, 0)
	f.org(t, zz, true, 1)
	f.at(now)
}

// want are the figures of one area the tests check.
type want struct {
	byStatus, byCategory, byLevel []float64
	entered, exited               int
	trained                       dashboard.Ratio
	coverage                      dashboard.Ratio
	byArea                        map[string][3]float64 // townships, covered, share of the parts named
	staffing                      []float64
}

func check(t *testing.T, got dashboard.Figures, w want) {
	t.Helper()
	series := func(c dashboard.Chart) []float64 { return c.Series[0].Values }
	sum := func(v []float64) (n int) {
		for _, x := range v {
			n += int(x)
		}
		return n
	}
	for _, c := range []struct {
		name      string
		got, want any
	}{
		{"by status", series(got.Pool.ByStatus), w.byStatus},
		{"active", got.Pool.Active, int(w.byStatus[2])},
		{"by category", series(got.Pool.ByCategory), w.byCategory},
		{"new", got.NewThisYear, w.entered},
		{"exited", got.ExitedThisYear, w.exited},
		{"trained", got.Trained, w.trained},
		{"qualified", series(got.Qualified.ByLevel), w.byLevel},
		{"qualified total", got.Qualified.Total, sum(w.byLevel)},
		{"coverage", got.HubCoverage.Ratio, w.coverage},
		{"coverage met", got.HubCoverage.Met, false},
		{"target", got.HubCoverage.Target, 0.7},
		{"staffing", series(got.HubStaffing.BySocial), w.staffing},
		{"hubs", got.HubStaffing.Hubs, sum(w.staffing)},
		{"within target", got.HubStaffing.WithinTarget, int(w.staffing[1])},
	} {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s %s: got %v, want %v", got.Area.ZH, c.name, c.got, c.want)
		}
	}
	byArea := got.HubCoverage.ByArea
	for i, l := range byArea.Labels {
		w3, named := w.byArea[l.Code]
		g3 := [3]float64{byArea.Series[0].Values[i], byArea.Series[1].Values[i], byArea.Series[2].Values[i]}
		if named && g3 != w3 || !named && g3[1] != 0 {
			t.Errorf("%s coverage of %s: got %v, want %v", got.Area.ZH, l.ZH, g3, w3)
		}
	}
}
