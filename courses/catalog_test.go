package courses

import (
	"slices"
	"strings"
	"testing"
	"time"

	"xiangcai"
)

// titles lists the titles of a page, in order.
func titles(list []*Course) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.Title
	}
	return out
}

// find lists one page for p, failing the test on error.
func (f *fixture) find(t *testing.T, p xiangcai.Principal, filter CourseFilter) *Listing[*Course] {
	t.Helper()
	got, err := f.FindCourses(ctx, p, filter)
	if err != nil {
		t.Fatalf("FindCourses %+v: %v", filter, err)
	}
	return got
}

// TestCatalogSearchAndFilters checks Chinese substring search (one and two
// characters, title and summary, wildcards taken literally), each filter,
// and that each principal lists only what they may see.
func TestCatalogSearchAndFilters(t *testing.T) {
	f := newFixture(t)
	f.published(t, NewCourse{Title: "社区文化建设", Summary: "邻里节的组织方法", Topic: TopicCommunityCulture,
		Audiences: []Audience{AudienceCommunityWorker, AudienceVolunteer}})
	f.published(t, NewCourse{Title: "儿童关爱服务", Summary: "儿童主任工作指引", Topic: TopicSocialWork,
		Audiences: []Audience{AudienceChildrensDirector}, ProviderLevel: LevelCity, RegionCode: changsha})
	f.published(t, NewCourse{Title: "志愿服务管理 ABC", Summary: "100%志愿_者", Topic: TopicVolunteering,
		Audiences: []Audience{AudienceVolunteer}, ProviderLevel: LevelCounty, RegionCode: yuelu})
	f.published(t, NewCourse{Title: "株洲应急演练", Topic: TopicEmergencySafety, ProviderLevel: LevelCity, RegionCode: zhuzhou})
	f.course(t, NewCourse{Title: "长沙草稿", ProviderLevel: LevelCity, RegionCode: changsha})

	cases := []struct {
		name   string
		who    xiangcai.Principal
		filter CourseFilter
		want   []string
	}{
		{"one character", f.province, CourseFilter{Query: "儿", Sort: SortTitle}, []string{"儿童关爱服务"}},
		{"two characters", f.province, CourseFilter{Query: "社区"}, []string{"社区文化建设"}},
		{"in the summary", f.province, CourseFilter{Query: "邻里"}, []string{"社区文化建设"}},
		{"shared character", f.province, CourseFilter{Query: "服务", Sort: SortTitle}, []string{"儿童关爱服务", "志愿服务管理 ABC"}},
		{"percent is literal", f.province, CourseFilter{Query: "%"}, []string{"志愿服务管理 ABC"}},
		{"underscore is literal", f.province, CourseFilter{Query: "_者"}, []string{"志愿服务管理 ABC"}},
		{"latin ignores case", f.province, CourseFilter{Query: "abc"}, []string{"志愿服务管理 ABC"}},
		{"no match", f.province, CourseFilter{Query: "不存在"}, nil},
		{"topic", f.province, CourseFilter{Topic: TopicSocialWork}, []string{"儿童关爱服务"}},
		{"audience", f.province, CourseFilter{Audience: AudienceVolunteer, Sort: SortTitle}, []string{"志愿服务管理 ABC", "社区文化建设"}},
		{"provider level", f.province, CourseFilter{ProviderLevel: LevelCounty}, []string{"志愿服务管理 ABC"}},
		{"city takes its counties", f.province, CourseFilter{RegionCode: changsha, Sort: SortTitle}, []string{"儿童关爱服务", "志愿服务管理 ABC"}},
		{"county", f.province, CourseFilter{RegionCode: yuelu}, []string{"志愿服务管理 ABC"}},
		{"province region", f.province, CourseFilter{RegionCode: ProvinceCode}, []string{"社区文化建设"}},
		{"two filters", f.province, CourseFilter{Audience: AudienceVolunteer, RegionCode: changsha}, []string{"志愿服务管理 ABC"}},
		{"drafts, province", f.province, CourseFilter{Status: StatusDraft}, []string{"长沙草稿"}},
		{"drafts, own city admin", f.csAdmin, CourseFilter{Status: StatusDraft}, []string{"长沙草稿"}},
		{"drafts, other city admin", f.zzAdmin, CourseFilter{Status: StatusDraft}, nil},
		{"drafts, instructor not listed", f.teacher, CourseFilter{Status: StatusDraft}, nil},
		{"anonymous sees province courses", f.anonymous, CourseFilter{}, []string{"社区文化建设"}},
		{"changsha trainee", f.learner, CourseFilter{Sort: SortTitle}, []string{"儿童关爱服务", "志愿服务管理 ABC", "社区文化建设"}},
		{"zhuzhou trainee", f.zzLearner, CourseFilter{Sort: SortTitle}, []string{"株洲应急演练", "社区文化建设"}},
		{"zhuzhou admin", f.zzAdmin, CourseFilter{RegionCode: changsha}, nil},
	}
	for _, c := range cases {
		got := f.find(t, c.who, c.filter)
		if !slices.Equal(titles(got.Items), c.want) || got.Total != len(c.want) {
			t.Errorf("%s: %v (total %d), want %v", c.name, titles(got.Items), got.Total, c.want)
		}
	}
	// Titles sort in the database's collation; compare sets where order may differ.
	all := f.find(t, f.province, CourseFilter{})
	if all.Total != 4 || len(all.Items[0].Audiences) == 0 {
		t.Fatalf("all published: %v", titles(all.Items))
	}
	// An instructor listed on another city's course lists it.
	zz := f.find(t, f.province, CourseFilter{RegionCode: zhuzhou}).Items[0]
	if _, err := f.UpdateCourse(ctx, f.province, zz.ID, CourseUpdate{InstructorIDs: []string{f.teacher.UserID}}); err != nil {
		t.Fatal(err)
	}
	if got := f.find(t, f.teacher, CourseFilter{RegionCode: zhuzhou}); got.Total != 1 {
		t.Fatalf("an instructor does not list the course they teach: %v", titles(got.Items))
	}
}

// TestCatalogBadInput checks that bad filters name their fields, and that
// drafts are for editors.
func TestCatalogBadInput(t *testing.T) {
	f := newFixture(t)
	_, err := f.FindCourses(ctx, f.province, CourseFilter{Query: strings.Repeat("长", 51), Topic: "x", Audience: "y",
		ProviderLevel: "z", RegionCode: "430104001", Status: "gone", Sort: "random", Page: xiangcai.Page{Cursor: "!!"}})
	wantFields(t, err, "q", "topic", "audience", "provider_level", "region_code", "status", "sort", "cursor")
	_, err = f.FindCourses(ctx, f.learner, CourseFilter{Status: StatusDraft})
	wantCode(t, err, xiangcai.EFORBIDDEN)
	_, err = f.FindCourses(ctx, f.anonymous, CourseFilter{Status: StatusArchived})
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	other := xiangcai.EncodeCursor(position{Sort: SortTitle, Status: StatusPublished, ID: xiangcai.NewID()})
	_, err = f.FindCourses(ctx, f.province, CourseFilter{Sort: SortPopular, Page: xiangcai.Page{Cursor: other}})
	wantFields(t, err, "cursor")
}

// TestCatalogPages walks every sort in small keyset pages and checks the
// pages join into the whole list, with no course twice and none missing,
// in the right order.
func TestCatalogPages(t *testing.T) {
	f := newFixture(t)
	var users []xiangcai.Principal
	for i := range 4 {
		users = append(users, f.user(t, "many"+string(rune('a'+i)), xiangcai.RoleTrainee, changsha, ""))
	}
	for i := range 13 {
		// Titles repeat and publication times tie, so ids must break ties.
		c := f.published(t, NewCourse{Title: []string{"乙课程", "甲课程", "丙课程"}[i%3]})
		for _, u := range users[:i%5] {
			if _, err := f.Enrol(ctx, u, c.ID); err != nil {
				t.Fatal(err)
			}
		}
		if i%2 == 0 {
			f.clock.Advance(time.Minute)
		}
	}
	for _, sort := range Sorts {
		whole := f.find(t, f.learner, CourseFilter{Sort: sort.Code, Page: xiangcai.Page{Limit: 100}})
		if whole.Total != 13 || len(whole.Items) != 13 || whole.NextCursor != "" {
			t.Fatalf("%s: whole list %d of %d, next %q", sort.Code, len(whole.Items), whole.Total, whole.NextCursor)
		}
		var paged []string
		cursor := ""
		for range 10 {
			page := f.find(t, f.learner, CourseFilter{Sort: sort.Code, Page: xiangcai.Page{Limit: 4, Cursor: cursor}})
			if page.Total != 13 {
				t.Fatalf("%s: total %d on a later page", sort.Code, page.Total)
			}
			for _, c := range page.Items {
				paged = append(paged, c.ID)
			}
			if cursor = page.NextCursor; cursor == "" {
				break
			}
		}
		var want []string
		for _, c := range whole.Items {
			want = append(want, c.ID)
		}
		if !slices.Equal(paged, want) {
			t.Fatalf("%s: pages %v, whole %v", sort.Code, paged, want)
		}
		if !slices.IsSortedFunc(whole.Items, func(a, b *Course) int { return compareFor(sort.Code, a, b) }) {
			t.Fatalf("%s: not in order: %v", sort.Code, titles(whole.Items))
		}
	}
}

// compareFor orders a before b as the sort does, for sort keys whose order
// does not depend on the database's collation.
func compareFor(sort Sort, a, b *Course) int {
	var key int
	switch sort {
	case SortNewest:
		key = b.PublishedAt.Compare(a.PublishedAt)
	case SortPopular:
		key = b.EnrolledCount - a.EnrolledCount
	case SortTitle:
		return 0 // collation-dependent; the pages test covers it
	}
	if key != 0 {
		return key
	}
	return strings.Compare(b.ID, a.ID)
}
