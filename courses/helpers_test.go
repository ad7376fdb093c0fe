package courses

import (
	"context"
	"errors"
	"maps"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/database/dbtest"
	"xiangcai/pii"
	"xiangcai/regions"
	"xiangcai/storage"
	"xiangcai/storage/storagetest"
)

var ctx = context.Background()

// Real Hunan codes from the embedded table.
const (
	changsha = "430100" // 长沙市
	yuelu    = "430104" // 岳麓区, in Changsha
	furong   = "430102" // 芙蓉区, in Changsha
	zhuzhou  = "430200" // 株洲市
	lukou    = "430212" // 渌口区, in Zhuzhou
)

// fixture is a Service over a fresh database with one user of every role,
// and a user of another city for each role that has one.
type fixture struct {
	*Service
	db       *bun.DB
	accounts *accounts.Service
	clock    *xiangcai.FixedClock

	province, csAdmin, zzAdmin, teacher, zzTeacher, learner, zzLearner, anonymous xiangcai.Principal
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	db := dbtest.Open(t)
	cipher, err := pii.NewCipher("courses-test-secret-0123456789abcdef")
	if err != nil {
		t.Fatal(err)
	}
	clock := xiangcai.NewFixedClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	acc := accounts.NewService(db, accounts.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: clock,
		Argon2: accounts.Argon2Params{Memory: 64, Time: 1, Threads: 1}})
	var store storage.Store = storagetest.Folder(t)
	if os.Getenv("XIANGCAI_TEST_S3_ENDPOINT") != "" {
		store = storagetest.MinIO(t)
	}
	f := &fixture{Service: NewService(db, Options{Regions: regions.Hunan(), Store: store, Clock: clock}), db: db, accounts: acc, clock: clock}
	f.province = f.user(t, "province", xiangcai.RoleProvinceAdmin, "", "")
	f.csAdmin = f.user(t, "csadmin", xiangcai.RoleCityAdmin, changsha, "")
	f.zzAdmin = f.user(t, "zzadmin", xiangcai.RoleCityAdmin, zhuzhou, "")
	f.teacher = f.user(t, "teacher", xiangcai.RoleInstructor, "", yuelu)
	f.zzTeacher = f.user(t, "zzteacher", xiangcai.RoleInstructor, "", lukou)
	f.learner = f.user(t, "learner", xiangcai.RoleTrainee, "", yuelu)
	f.zzLearner = f.user(t, "zzlearner", xiangcai.RoleTrainee, "", lukou)
	return f
}

// user creates a user as the system and returns who they are.
func (f *fixture) user(t testing.TB, name string, role xiangcai.Role, city, region string) xiangcai.Principal {
	t.Helper()
	u, err := f.accounts.CreateUserAsSystem(ctx, accounts.NewUser{Username: name, DisplayName: "测试" + name,
		Role: role, CityCode: city, RegionCode: region, Password: "Xiang-cai-2026"})
	if err != nil {
		t.Fatalf("create %s: %v", name, err)
	}
	return u.Principal()
}

// course creates a course as the province administrator with in's fields
// over sensible defaults.
func (f *fixture) course(t testing.TB, in NewCourse) *Course {
	t.Helper()
	if in.Title == "" {
		in.Title = "社区社会组织培育实务"
	}
	if in.Topic == "" {
		in.Topic = TopicCultivation
	}
	if in.Audiences == nil {
		in.Audiences = []Audience{AudienceCommunityWorker}
	}
	if in.ProviderLevel == "" {
		in.ProviderLevel = LevelProvince
	}
	if in.CreditHours == 0 {
		in.CreditHours = 1.5
	}
	c, err := f.CreateCourse(ctx, f.province, in)
	if err != nil {
		t.Fatalf("create course %+v: %v", in, err)
	}
	return c
}

// published creates a course with one published rich-text lesson and
// publishes it.
func (f *fixture) published(t testing.TB, in NewCourse) *Course {
	t.Helper()
	c := f.course(t, in)
	f.publishedLesson(t, c)
	c, err := f.PublishCourse(ctx, f.province, c.ID)
	if err != nil {
		t.Fatalf("publish: %v", err)
	}
	return c
}

// publishedLesson adds a chapter with a published rich-text lesson to c.
func (f *fixture) publishedLesson(t testing.TB, c *Course) *Lesson {
	t.Helper()
	ch, err := f.CreateChapter(ctx, f.province, c.ID, "第一章")
	if err != nil {
		t.Fatal(err)
	}
	l, err := f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "导论", Kind: KindRichText, BodyHTML: "<p>正文</p>"})
	if err != nil {
		t.Fatal(err)
	}
	l, err = f.UpdateLesson(ctx, f.province, l.ID, LessonUpdate{Published: ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func ptr[T any](v T) *T { return &v }

// wantCode fails the test unless err has the code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if got := xiangcai.ErrorCode(err); got != code {
		t.Fatalf("got %v (code %q); want code %q", err, got, code)
	}
}

// wantFields fails the test unless err is invalid and names exactly the
// fields, in any order.
func wantFields(t testing.TB, err error, fields ...string) {
	t.Helper()
	wantCode(t, err, xiangcai.EINVALID)
	var e *xiangcai.Error
	errors.As(err, &e)
	got, want := map[string]bool{}, map[string]bool{}
	for _, fe := range e.Fields {
		got[fe.Field] = true
	}
	for _, name := range fields {
		want[name] = true
	}
	if !maps.Equal(got, want) {
		t.Fatalf("fields %v, want %v (%v)", slices.Sorted(maps.Keys(got)), fields, err)
	}
}
