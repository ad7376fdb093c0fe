package courses

import (
	"testing"

	"xiangcai"
)

// TestCreateCourseByRole checks who may create which course.
func TestCreateCourseByRole(t *testing.T) {
	f := newFixture(t)
	base := NewCourse{Title: "儿童关爱服务", Topic: TopicSocialWork, Audiences: []Audience{AudienceChildrensDirector}, CreditHours: 2}
	at := func(level ProviderLevel, region string) NewCourse {
		in := base
		in.ProviderLevel, in.RegionCode = level, region
		return in
	}
	cases := []struct {
		name string
		who  xiangcai.Principal
		in   NewCourse
		code string
	}{
		{"anonymous", f.anonymous, at(LevelProvince, ""), xiangcai.EUNAUTHORIZED},
		{"trainee", f.learner, at(LevelCity, changsha), xiangcai.EFORBIDDEN},
		{"instructor in own city", f.teacher, at(LevelCounty, yuelu), ""},
		{"instructor city default", f.teacher, at(LevelCity, ""), ""},
		{"instructor other city", f.teacher, at(LevelCity, zhuzhou), xiangcai.EFORBIDDEN},
		{"instructor of a city, province course", f.teacher, at(LevelProvince, ""), xiangcai.EFORBIDDEN},
		{"city admin own county", f.csAdmin, at(LevelCounty, furong), ""},
		{"city admin other city", f.csAdmin, at(LevelCounty, lukou), xiangcai.EFORBIDDEN},
		{"city admin province course", f.csAdmin, at(LevelProvince, ""), xiangcai.EFORBIDDEN},
		{"province anywhere", f.province, at(LevelCounty, lukou), ""},
		{"province course", f.province, at(LevelProvince, ""), ""},
	}
	for _, c := range cases {
		got, err := f.CreateCourse(ctx, c.who, c.in)
		if xiangcai.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want code %q", c.name, err, c.code)
			continue
		}
		if err == nil && got.Status != StatusDraft {
			t.Errorf("%s: new course is %s", c.name, got.Status)
		}
	}
	c, err := f.CreateCourse(ctx, f.teacher, at(LevelCounty, yuelu))
	if err != nil || c.CityCode != changsha || len(c.Instructors) != 1 || c.Instructors[0].UserID != f.teacher.UserID {
		t.Fatalf("an instructor's course: %+v %v", c, err)
	}
	in := at(LevelCity, "")
	in.InstructorIDs = []string{f.zzTeacher.UserID}
	_, err = f.CreateCourse(ctx, f.teacher, in)
	wantCode(t, err, xiangcai.EFORBIDDEN)
}

// TestCreateCourseInvalid checks that every bad field is named at once and
// nothing is stored.
func TestCreateCourseInvalid(t *testing.T) {
	f := newFixture(t)
	_, err := f.CreateCourse(ctx, f.province, NewCourse{Title: " ", Topic: "cooking", Audiences: []Audience{"chefs"},
		ProviderLevel: LevelCity, RegionCode: yuelu, CreditHours: 1.25, CompletionThreshold: 30, Capacity: -1})
	wantFields(t, err, "title", "topic", "audiences", "region_code", "credit_hours", "completion_threshold", "capacity")
	_, err = f.CreateCourse(ctx, f.province, NewCourse{Title: "标题", Topic: TopicVolunteering, ProviderLevel: "galaxy", CreditHours: 1})
	wantFields(t, err, "audiences", "provider_level")
	_, err = f.CreateCourse(ctx, f.province, NewCourse{Title: "标题", Topic: TopicVolunteering, Audiences: []Audience{AudienceVolunteer},
		ProviderLevel: LevelProvince, CreditHours: 1, InstructorIDs: []string{f.learner.UserID}})
	wantFields(t, err, "instructor_ids")
	if n, _ := f.db.NewSelect().Model((*Course)(nil)).Count(ctx); n != 0 {
		t.Fatalf("%d courses stored after failed creates", n)
	}
	c := f.course(t, NewCourse{Audiences: []Audience{AudienceVolunteer, AudienceCivilAffairsStaff, AudienceVolunteer}, CreditHours: 0.5})
	if len(c.Audiences) != 2 || c.Audiences[0] != AudienceCivilAffairsStaff || c.CreditTenths != 5 || c.CompletionThreshold != 90 || c.RegionCode != ProvinceCode {
		t.Fatalf("normalised course: %+v", c)
	}
}

// TestCourseVisibility checks who reads which course, and that what one may
// not read is not_found.
func TestCourseVisibility(t *testing.T) {
	f := newFixture(t)
	draft := f.course(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha})
	provincial := f.published(t, NewCourse{})
	city := f.published(t, NewCourse{ProviderLevel: LevelCounty, RegionCode: yuelu})
	archived := f.published(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha})
	if _, err := f.Enrol(ctx, f.learner, archived.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ArchiveCourse(ctx, f.csAdmin, archived.ID); err != nil {
		t.Fatal(err)
	}
	csTrainee2 := f.user(t, "learner2", xiangcai.RoleTrainee, changsha, "")
	cases := []struct {
		name   string
		who    xiangcai.Principal
		course *Course
		code   string
	}{
		{"anonymous, draft", f.anonymous, draft, xiangcai.ENOTFOUND},
		{"trainee, own city's draft", f.learner, draft, xiangcai.ENOTFOUND},
		{"instructor not listed, draft", f.teacher, draft, xiangcai.ENOTFOUND},
		{"city admin, own draft", f.csAdmin, draft, ""},
		{"other city admin, draft", f.zzAdmin, draft, xiangcai.ENOTFOUND},
		{"province, draft", f.province, draft, ""},
		{"anonymous, province course", f.anonymous, provincial, ""},
		{"other city trainee, province course", f.zzLearner, provincial, ""},
		{"anonymous, county course", f.anonymous, city, xiangcai.ENOTFOUND},
		{"own city trainee, county course", f.learner, city, ""},
		{"other city trainee, county course", f.zzLearner, city, xiangcai.ENOTFOUND},
		{"other city admin, county course", f.zzAdmin, city, xiangcai.ENOTFOUND},
		{"enrolled, archived", f.learner, archived, ""},
		{"not enrolled, archived", csTrainee2, archived, xiangcai.ENOTFOUND},
		{"city admin, archived", f.csAdmin, archived, ""},
		{"malformed id", f.province, &Course{ID: "nope"}, xiangcai.ENOTFOUND},
	}
	for _, c := range cases {
		if _, err := f.FindCourseByID(ctx, c.who, c.course.ID); xiangcai.ErrorCode(err) != c.code {
			t.Errorf("%s: %v, want code %q", c.name, err, c.code)
		}
	}
}
