package bench

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/regions"
)

// courseAudience is a row of course_audiences, which package courses keeps
// to itself.
type courseAudience struct {
	bun.BaseModel `bun:"table:course_audiences"`
	CourseID      string           `bun:"course_id"`
	Audience      courses.Audience `bun:"audience"`
}

// seedCatalog inserts n published courses in bulk, published an hour
// apart, each with a topic and two audiences drawn at random (with a fixed
// seed): a quarter are province courses, a quarter belong to Changsha (the
// city or its first county) and the rest to the other cities and their
// first counties.
func seedCatalog(b *testing.B, db bun.IDB, createdBy string, n int) {
	b.Helper()
	type place struct {
		level        courses.ProviderLevel
		region, city string
	}
	var changsha, others []place
	for _, city := range regions.Hunan().Children(courses.ProvinceCode) {
		pair := []place{{courses.LevelCity, city.Code, city.Code},
			{courses.LevelCounty, regions.Hunan().Children(city.Code)[0].Code, city.Code}}
		if city.Code == "430100" {
			changsha = pair
		} else {
			others = append(others, pair...)
		}
	}
	random := rand.New(rand.NewPCG(3, 2026))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	list := make([]courses.Course, n)
	audiences := make([]courseAudience, 0, 2*n)
	for i := range list {
		at := place{courses.LevelProvince, courses.ProvinceCode, ""}
		switch random.IntN(4) {
		case 0:
		case 1:
			at = changsha[random.IntN(len(changsha))]
		default:
			at = others[random.IntN(len(others))]
		}
		when := start.Add(time.Duration(i) * time.Hour)
		list[i] = courses.Course{ID: xiangcai.NewID(), Title: "社区治理课程" + strconv.Itoa(i), Summary: "社区社会组织骨干人才培训",
			Topic: courses.Topics[random.IntN(len(courses.Topics))].Code, ProviderLevel: at.level, RegionCode: at.region,
			CityCode: at.city, CreditTenths: 20, Status: courses.StatusPublished, CompletionThreshold: 90,
			EnrolledCount: random.IntN(500), CreatedBy: createdBy, CreatedAt: when, UpdatedAt: when, PublishedAt: when}
		first := random.IntN(len(courses.Audiences))
		for k := range 2 {
			audiences = append(audiences, courseAudience{CourseID: list[i].ID, Audience: courses.Audiences[(first+k)%len(courses.Audiences)].Code})
		}
	}
	for lo := 0; lo < n; lo += 500 {
		hi := min(lo+500, n)
		batch, aud := list[lo:hi], audiences[2*lo:2*hi]
		if _, err := db.NewInsert().Model(&batch).Exec(b.Context()); err != nil {
			b.Fatal(err)
		}
		if _, err := db.NewInsert().Model(&aud).Exec(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
}
