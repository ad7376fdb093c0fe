package dashboard_test

import (
	"strings"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/database/dbtest"
	"xiangcai/demo"
	"xiangcai/pii"
	"xiangcai/regions"
	"xiangcai/talentpool"
	"xiangcai/talentpool/dashboard"
)

// fixture is a migrated database with the talent pool and its dashboard
// on a fixed clock, and a principal of every kind.
type fixture struct {
	db       *bun.DB
	pool     *talentpool.Service
	users    *accounts.Service
	svc      *dashboard.Service
	clock    *xiangcai.FixedClock
	category string
	seq      int

	province, changsha, zhuzhou, instructor, trainee xiangcai.Principal
}

// Instants around the turn of 2024 to 2025 in Beijing time, and the
// fixture's "now": 10:00 on 15 June 2025 in Beijing.
var (
	mid2024     = time.Date(2024, 6, 1, 2, 0, 0, 0, time.UTC)
	lastOf2024  = time.Date(2024, 12, 31, 15, 59, 59, 0, time.UTC) // 23:59:59 on 31 December in Beijing
	firstOf2025 = time.Date(2024, 12, 31, 16, 0, 0, 0, time.UTC)   // 00:00 on 1 January in Beijing
	march2025   = time.Date(2025, 3, 1, 2, 0, 0, 0, time.UTC)
	now         = time.Date(2025, 6, 15, 2, 0, 0, 0, time.UTC)
)

func newFixture(t testing.TB) *fixture {
	t.Helper()
	return fixtureOn(t, dbtest.Open(t))
}

// fixtureOn returns a fixture over a migrated database.
func fixtureOn(t testing.TB, db *bun.DB) *fixture {
	t.Helper()
	cipher, err := pii.NewCipher(strings.Repeat("dashboard-test-", 3))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{db: db, clock: xiangcai.NewFixedClock(mid2024)}
	f.pool = talentpool.NewService(db, talentpool.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: f.clock})
	f.users = accounts.NewService(db, accounts.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: f.clock,
		Argon2: accounts.Argon2Params{Memory: 1024, Time: 1, Threads: 1}})
	f.svc = dashboard.NewService(db, dashboard.Options{Regions: regions.Hunan(), Clock: f.clock, Selections: f.pool})
	f.province = f.user(t, "province", xiangcai.RoleProvinceAdmin, "")
	f.changsha = f.user(t, "changsha", xiangcai.RoleCityAdmin, "430100")
	f.zhuzhou = f.user(t, "zhuzhou", xiangcai.RoleCityAdmin, "430200")
	f.instructor = f.user(t, "teacher", xiangcai.RoleInstructor, "430100")
	f.trainee = f.user(t, "learner", xiangcai.RoleTrainee, "430100")
	cats, err := f.pool.FindCategories(t.Context())
	if err != nil || len(cats) == 0 {
		t.Fatalf("categories: %v", err)
	}
	f.category = cats[0].ID
	return f
}

// user creates an account and returns who it is when it asks.
func (f *fixture) user(t testing.TB, name string, role xiangcai.Role, city string) xiangcai.Principal {
	t.Helper()
	u, err := f.users.CreateUserAsSystem(t.Context(), accounts.NewUser{Username: name, DisplayName: name, Role: role,
		CityCode: city, Password: "test-Passw0rd-1"})
	if err != nil {
		t.Fatal(err)
	}
	return u.Principal()
}

// at moves the clock forward to instant.
func (f *fixture) at(instant time.Time) { f.clock.Advance(instant.Sub(f.clock.Now())) }

// org registers an organization in region as the province.
func (f *fixture) org(t testing.TB, region string, hub bool, socialWorkers int) *talentpool.Organization {
	t.Helper()
	o, err := f.pool.CreateOrganization(t.Context(), f.province, talentpool.OrganizationInput{Name: "组织" + region,
		Status: talentpool.OrganizationFiled, CategoryID: f.category, RegionCode: region, IsHub: hub, SocialWorkers: socialWorkers})
	if err != nil {
		t.Fatalf("create organization in %s: %v", region, err)
	}
	return o
}

// talent adds a talent to region's pool as the province, entering at
// status and linked to account when it is not empty.
func (f *fixture) talent(t testing.TB, region string, status talentpool.Status, category talentpool.TalentCategory,
	qualification talentpool.Qualification, account string) *talentpool.Talent {
	t.Helper()
	f.seq++
	tal, err := f.pool.CreateTalent(t.Context(), f.province, talentpool.NewTalent{Status: status, TalentInput: talentpool.TalentInput{
		Name: "张三", IDNumber: demo.FakeIDNumber(3, time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), f.seq),
		Category: category, RegionCode: region, Qualification: qualification, UserID: account}})
	if err != nil {
		t.Fatalf("create talent %d: %v", f.seq, err)
	}
	return tal
}

// move changes a talent's status as the province.
func (f *fixture) move(t testing.TB, tal *talentpool.Talent, to talentpool.Status) {
	t.Helper()
	if _, err := f.pool.TransitionTalent(t.Context(), f.province, tal.ID, to, "测试"); err != nil {
		t.Fatalf("%s → %s: %v", tal.Status, to, err)
	}
}

// account creates a trainee of 长沙 and returns its id.
func (f *fixture) account(t testing.TB, name string) string {
	t.Helper()
	return f.user(t, "talent-"+name, xiangcai.RoleTrainee, "430100").UserID
}

// training records a completed course of the account at instant.
func (f *fixture) training(t testing.TB, user string, at time.Time) {
	t.Helper()
	_, err := f.db.NewInsert().Table("training_records").Model(&map[string]any{
		"id": xiangcai.NewID(), "user_id": user, "source_kind": "course", "source_id": xiangcai.NewID(),
		"title": "社区治理基础", "credit_tenths": 10, "city_code": "430100", "completed_at": at.UTC(),
	}).Exec(t.Context())
	if err != nil {
		t.Fatal(err)
	}
}

// wantCode fails the test unless err has code and, when field is not
// empty, names field.
func wantCode(t testing.TB, err error, code, field string) {
	t.Helper()
	if xiangcai.ErrorCode(err) != code {
		t.Fatalf("got %v, want code %s", err, code)
	}
	if field == "" {
		return
	}
	for _, fe := range err.(*xiangcai.Error).Fields {
		if fe.Field == field {
			return
		}
	}
	t.Fatalf("error %v does not name field %s", err, field)
}
