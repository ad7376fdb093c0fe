package courses

import (
	"testing"

	"xiangcai"
)

// TestUpdateCourse checks who may change what, and the rules on published
// and archived courses.
func TestUpdateCourse(t *testing.T) {
	f := newFixture(t)
	in := NewCourse{ProviderLevel: LevelCity, RegionCode: changsha, InstructorIDs: []string{f.teacher.UserID}}
	c := f.course(t, in)
	title := "新标题"
	got, err := f.UpdateCourse(ctx, f.teacher, c.ID, CourseUpdate{Title: &title, CreditHours: ptr(3.0), Audiences: []Audience{AudienceSocialWorker}})
	if err != nil || got.Title != title || got.CreditTenths != 30 || len(got.Audiences) != 1 {
		t.Fatalf("instructor edit: %+v %v", got, err)
	}
	// Sending the unchanged level and instructors is fine for an instructor; changing them is not.
	if _, err := f.UpdateCourse(ctx, f.teacher, c.ID, CourseUpdate{ProviderLevel: ptr(LevelCity), InstructorIDs: []string{f.teacher.UserID}}); err != nil {
		t.Fatalf("unchanged admin fields: %v", err)
	}
	_, err = f.UpdateCourse(ctx, f.teacher, c.ID, CourseUpdate{ProviderLevel: ptr(LevelCounty), RegionCode: ptr(yuelu)})
	wantCode(t, err, xiangcai.EFORBIDDEN)
	_, err = f.UpdateCourse(ctx, f.teacher, c.ID, CourseUpdate{InstructorIDs: []string{}})
	wantCode(t, err, xiangcai.EFORBIDDEN)
	for _, who := range []xiangcai.Principal{f.anonymous, f.learner, f.zzTeacher, f.zzAdmin} {
		_, err := f.UpdateCourse(ctx, who, c.ID, CourseUpdate{Title: &title})
		if code := xiangcai.ErrorCode(err); code != xiangcai.ENOTFOUND && code != xiangcai.EUNAUTHORIZED {
			t.Errorf("%s changed another's draft: %v", who.Role, err)
		}
	}
	_, err = f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{ProviderLevel: ptr(LevelCounty), RegionCode: ptr(lukou)})
	wantCode(t, err, xiangcai.EFORBIDDEN)
	_, err = f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{ProviderLevel: ptr(LevelCounty)})
	wantFields(t, err, "region_code")
	got, err = f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{ProviderLevel: ptr(LevelCounty), RegionCode: ptr(yuelu),
		InstructorIDs: []string{f.zzTeacher.UserID, f.teacher.UserID}, Capacity: ptr(2)})
	if err != nil || got.CityCode != changsha || got.RegionCode != yuelu || len(got.Instructors) != 2 || got.Capacity != 2 {
		t.Fatalf("admin edit: %+v %v", got, err)
	}
	_, err = f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{Title: ptr(""), Topic: ptr(Topic("x")), CompletionThreshold: ptr(101)})
	wantFields(t, err, "title", "topic", "completion_threshold")

	f.publishedLesson(t, c)
	if _, err := f.PublishCourse(ctx, f.csAdmin, c.ID); err != nil {
		t.Fatal(err)
	}
	// A province course is read-only to a city administrator.
	prov := f.course(t, NewCourse{})
	_, err = f.UpdateCourse(ctx, f.csAdmin, prov.ID, CourseUpdate{Title: &title})
	wantCode(t, err, xiangcai.ENOTFOUND) // a draft: not even seen
	f.publishedLesson(t, prov)
	f.PublishCourse(ctx, f.province, prov.ID)
	_, err = f.UpdateCourse(ctx, f.csAdmin, prov.ID, CourseUpdate{Title: &title})
	wantCode(t, err, xiangcai.EFORBIDDEN)
	_, err = f.UpdateCourse(ctx, f.learner, c.ID, CourseUpdate{Title: &title})
	wantCode(t, err, xiangcai.EFORBIDDEN)

	_, err = f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{ProviderLevel: ptr(LevelCity)})
	wantCode(t, err, xiangcai.ECONFLICT)
	f.Enrol(ctx, f.learner, c.ID)
	f.Enrol(ctx, f.user(t, "learner2", xiangcai.RoleTrainee, changsha, ""), c.ID)
	_, err = f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{Capacity: ptr(1)})
	wantFields(t, err, "capacity")
	if got, err := f.UpdateCourse(ctx, f.csAdmin, c.ID, CourseUpdate{Capacity: ptr(0)}); err != nil || got.Capacity != 0 {
		t.Fatalf("remove the limit: %+v %v", got, err)
	}
	if _, err := f.ArchiveCourse(ctx, f.csAdmin, c.ID); err != nil {
		t.Fatal(err)
	}
	_, err = f.UpdateCourse(ctx, f.province, c.ID, CourseUpdate{Title: &title})
	wantCode(t, err, xiangcai.ECONFLICT)
}

// TestPublishAndArchive checks the status rules and who may move a course.
func TestPublishAndArchive(t *testing.T) {
	f := newFixture(t)
	c := f.course(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha, InstructorIDs: []string{f.teacher.UserID}})
	_, err := f.PublishCourse(ctx, f.csAdmin, c.ID)
	wantCode(t, err, xiangcai.ECONFLICT) // no published lesson
	_, err = f.ArchiveCourse(ctx, f.csAdmin, c.ID)
	wantCode(t, err, xiangcai.ECONFLICT) // a draft
	f.publishedLesson(t, c)
	for who, code := range map[*xiangcai.Principal]string{
		&f.anonymous: xiangcai.EUNAUTHORIZED, &f.learner: xiangcai.ENOTFOUND, &f.teacher: xiangcai.EFORBIDDEN,
		&f.zzAdmin: xiangcai.ENOTFOUND, &f.zzTeacher: xiangcai.ENOTFOUND,
	} {
		_, err := f.PublishCourse(ctx, *who, c.ID)
		wantCode(t, err, code)
	}
	got, err := f.PublishCourse(ctx, f.csAdmin, c.ID)
	if err != nil || got.Status != StatusPublished || !got.PublishedAt.Equal(f.clock.Now()) {
		t.Fatalf("publish: %+v %v", got, err)
	}
	f.clock.Advance(1e9)
	if again, err := f.PublishCourse(ctx, f.province, c.ID); err != nil || !again.PublishedAt.Equal(got.PublishedAt) {
		t.Fatalf("publishing again: %+v %v", again, err)
	}
	_, err = f.ArchiveCourse(ctx, f.teacher, c.ID)
	wantCode(t, err, xiangcai.EFORBIDDEN)
	_, err = f.ArchiveCourse(ctx, f.zzAdmin, c.ID)
	wantCode(t, err, xiangcai.ENOTFOUND)
	if got, err := f.ArchiveCourse(ctx, f.province, c.ID); err != nil || got.Status != StatusArchived {
		t.Fatalf("archive: %+v %v", got, err)
	}
	_, err = f.CreateChapter(ctx, f.csAdmin, c.ID, "新章")
	wantCode(t, err, xiangcai.ECONFLICT)
	_, err = f.Enrol(ctx, f.learner, c.ID)
	wantCode(t, err, xiangcai.ENOTFOUND) // archived and not enrolled: gone
}
