package talentpool_test

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
)

// Places the tests use: two cities, a township and a village of 长沙.
const (
	changshaCode = "430100"
	zhuzhouCode  = "430200"
	yueluCounty  = "430104"
	township     = "430104007" // in 岳麓区, 长沙市
	zhuzhouTown  = "430202001"
)

// fixture is a migrated database with the talent-pool service on a fixed
// clock and a principal of every kind.
type fixture struct {
	db       *bun.DB
	svc      *talentpool.Service
	users    *accounts.Service
	clock    *xiangcai.FixedClock
	category string

	province, changsha, zhuzhou, instructor, trainee xiangcai.Principal
}

// start is the fixture clock's first reading: 10:00 on 15 June 2025 in Beijing.
var start = time.Date(2025, 6, 15, 2, 0, 0, 0, time.UTC)

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := dbtest.Open(t)
	cipher, err := pii.NewCipher(strings.Repeat("talentpool-test-", 3))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{db: db, clock: xiangcai.NewFixedClock(start)}
	f.svc = talentpool.NewService(db, talentpool.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: f.clock})
	f.users = accounts.NewService(db, accounts.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: f.clock,
		Argon2: accounts.Argon2Params{Memory: 1024, Time: 1, Threads: 1}})
	f.province = f.user(t, "province", xiangcai.RoleProvinceAdmin, "")
	f.changsha = f.user(t, "changsha", xiangcai.RoleCityAdmin, changshaCode)
	f.zhuzhou = f.user(t, "zhuzhou", xiangcai.RoleCityAdmin, zhuzhouCode)
	f.instructor = f.user(t, "teacher", xiangcai.RoleInstructor, changshaCode)
	f.trainee = f.user(t, "learner", xiangcai.RoleTrainee, changshaCode)
	cats, err := f.svc.FindCategories(t.Context())
	if err != nil || len(cats) != 6 {
		t.Fatalf("seeded categories: %d %v", len(cats), err)
	}
	f.category = cats[0].ID
	return f
}

// user creates an account and returns who it is when it asks.
func (f *fixture) user(t *testing.T, name string, role xiangcai.Role, city string) xiangcai.Principal {
	t.Helper()
	u, err := f.users.CreateUserAsSystem(t.Context(), accounts.NewUser{Username: name, DisplayName: name, Role: role,
		CityCode: city, Password: "test-Passw0rd-1"})
	if err != nil {
		t.Fatal(err)
	}
	return u.Principal()
}

// idNumber returns a check-digit-valid synthetic ID number; odd seq is a man.
func idNumber(seq int) string {
	return demo.FakeIDNumber(1, time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), seq)
}

// org registers an organization in region as p.
func (f *fixture) org(t *testing.T, p xiangcai.Principal, name, region string, mutate ...func(*talentpool.OrganizationInput)) *talentpool.Organization {
	t.Helper()
	in := talentpool.OrganizationInput{Name: name, Status: talentpool.OrganizationFiled, CategoryID: f.category, RegionCode: region}
	for _, m := range mutate {
		m(&in)
	}
	o, err := f.svc.CreateOrganization(t.Context(), p, in)
	if err != nil {
		t.Fatalf("create organization %s: %v", name, err)
	}
	return o
}

// talent adds an active talent to region's pool as p.
func (f *fixture) talent(t *testing.T, p xiangcai.Principal, seq int, region string, mutate ...func(*talentpool.NewTalent)) *talentpool.Talent {
	t.Helper()
	in := talentpool.NewTalent{Status: talentpool.StatusActive, TalentInput: talentpool.TalentInput{
		Name: "张三", IDNumber: idNumber(seq), Category: talentpool.Volunteer, RegionCode: region}}
	for _, m := range mutate {
		m(&in)
	}
	tal, err := f.svc.CreateTalent(t.Context(), p, in)
	if err != nil {
		t.Fatalf("create talent %d: %v", seq, err)
	}
	return tal
}

// wantCode fails the test unless err has code and, when field is not
// empty, names field.
func wantCode(t *testing.T, err error, code, field string) {
	t.Helper()
	if xiangcai.ErrorCode(err) != code {
		t.Fatalf("got %v, want code %s", err, code)
	}
	if field == "" {
		return
	}
	e := err.(*xiangcai.Error)
	for _, fe := range e.Fields {
		if fe.Field == field {
			return
		}
	}
	t.Fatalf("error %v does not name field %s", err, field)
}

// count returns the rows of table that match where.
func (f *fixture) count(t *testing.T, table, where string, args ...any) int {
	t.Helper()
	n, err := f.db.NewSelect().Table(table).Where(where, args...).Count(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}
