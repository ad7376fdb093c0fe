package courses

import (
	"strconv"
	"testing"
	"time"

	"xiangcai"
)

// BenchmarkCatalogList measures one catalog page (20 courses, two filters:
// a topic and a city with its counties) over 2,000 published courses, as a
// trainee of that city sees it: the service call alone, with its count and
// audiences.
func BenchmarkCatalogList(b *testing.B) {
	f := newFixture(b)
	seedCatalog(b, f, 2000)
	filter := CourseFilter{Topic: TopicSocialWork, RegionCode: changsha, Page: xiangcai.Page{Limit: 20}}
	first, err := f.FindCourses(ctx, f.learner, filter)
	if err != nil || len(first.Items) != 20 {
		b.Fatalf("first page: %d items, %v", len(first.Items), err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := f.FindCourses(ctx, f.learner, filter); err != nil {
			b.Fatal(err)
		}
	}
}

// seedCatalog inserts n published courses in bulk, spread over topics,
// audiences, the province and every city's first county.
func seedCatalog(b *testing.B, f *fixture, n int) {
	b.Helper()
	places := []struct {
		level        ProviderLevel
		region, city string
	}{{LevelProvince, ProvinceCode, ""}, {LevelCity, changsha, changsha}, {LevelCounty, yuelu, changsha},
		{LevelCity, zhuzhou, zhuzhou}, {LevelCounty, lukou, zhuzhou}}
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	list := make([]Course, n)
	var audiences []courseAudience
	for i := range list {
		at := places[i%len(places)]
		when := start.Add(time.Duration(i) * time.Hour)
		list[i] = Course{ID: xiangcai.NewID(), Title: "课程" + strconv.Itoa(i), Summary: "社区社会组织骨干人才培训课程",
			Topic: Topics[i%len(Topics)].Code, ProviderLevel: at.level, RegionCode: at.region, CityCode: at.city,
			CreditTenths: 10, Status: StatusPublished, CompletionThreshold: 90, EnrolledCount: i % 37,
			CreatedBy: f.province.UserID, CreatedAt: when, UpdatedAt: when, PublishedAt: when}
		audiences = append(audiences, courseAudience{CourseID: list[i].ID, Audience: Audiences[i%len(Audiences)].Code},
			courseAudience{CourseID: list[i].ID, Audience: Audiences[(i+1)%len(Audiences)].Code})
	}
	for lo := 0; lo < n; lo += batchSize {
		hi := min(lo+batchSize, n)
		batch, aud := list[lo:hi], audiences[2*lo:2*hi]
		if _, err := f.db.NewInsert().Model(&batch).Exec(ctx); err != nil {
			b.Fatal(err)
		}
		if _, err := f.db.NewInsert().Model(&aud).Exec(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
