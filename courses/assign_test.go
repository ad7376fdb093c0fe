package courses

import (
	"testing"

	"xiangcai"
)

// TestAssignByRegion assigns a course to the trainees of a county and of a
// city, and checks the counts, idempotence and scope.
func TestAssignByRegion(t *testing.T) {
	f := newFixture(t)
	village := f.user(t, "village", xiangcai.RoleTrainee, "", "430104001001") // a community of 岳麓区
	f.user(t, "furong", xiangcai.RoleTrainee, "", furong)
	f.user(t, "cityonly", xiangcai.RoleTrainee, changsha, "")
	f.user(t, "yueluteacher", xiangcai.RoleInstructor, "", yuelu) // not a trainee
	c := f.published(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha})
	if _, err := f.Enrol(ctx, village, c.ID); err != nil {
		t.Fatal(err)
	}
	got, err := f.Assign(ctx, f.csAdmin, c.ID, Assignees{RegionCode: yuelu})
	if err != nil || *got != (AssignmentResult{Matched: 2, Enrolled: 1, AlreadyEnrolled: 1}) {
		t.Fatalf("assign to 岳麓区: %+v %v", got, err)
	}
	e, _ := f.enrolment(ctx, c.ID, f.learner.UserID)
	if e.Source != SourceAssigned || e.AssignedBy != f.csAdmin.UserID {
		t.Fatalf("assigned enrolment: %+v", e)
	}
	got, err = f.Assign(ctx, f.csAdmin, c.ID, Assignees{RegionCode: changsha})
	if err != nil || *got != (AssignmentResult{Matched: 4, Enrolled: 2, AlreadyEnrolled: 2}) {
		t.Fatalf("assign to 长沙市: %+v %v", got, err)
	}
	if again, err := f.Assign(ctx, f.csAdmin, c.ID, Assignees{RegionCode: changsha}); err != nil || again.Enrolled != 0 || f.seats(t, c.ID) != 4 {
		t.Fatalf("assigning again: %+v %v", again, err)
	}
	for _, bad := range []struct {
		who    xiangcai.Principal
		region string
		code   string
	}{
		{f.csAdmin, zhuzhou, xiangcai.EINVALID},      // another city
		{f.csAdmin, ProvinceCode, xiangcai.EINVALID}, // the whole province
		{f.province, lukou, xiangcai.EINVALID},       // outside the course's city
		{f.province, "999999", xiangcai.EINVALID},    // no such region
		{f.zzAdmin, lukou, xiangcai.ENOTFOUND},       // cannot see the course
		{f.teacher, yuelu, xiangcai.EFORBIDDEN},      // not an administrator
		{f.anonymous, yuelu, xiangcai.EUNAUTHORIZED}, //
	} {
		_, err := f.Assign(ctx, bad.who, c.ID, Assignees{RegionCode: bad.region})
		wantCode(t, err, bad.code)
	}
	// The province assigns a province course to the whole province.
	prov := f.published(t, NewCourse{})
	if got, err := f.Assign(ctx, f.province, prov.ID, Assignees{RegionCode: ProvinceCode}); err != nil || got.Matched != 5 {
		t.Fatalf("assign to the province: %+v %v", got, err)
	}
}

// TestAssignUsers assigns named users and checks scope, capacity and input.
func TestAssignUsers(t *testing.T) {
	f := newFixture(t)
	c := f.published(t, NewCourse{Capacity: 2})
	cs2 := f.user(t, "cs2", xiangcai.RoleTrainee, changsha, "")
	got, err := f.Assign(ctx, f.csAdmin, c.ID, Assignees{UserIDs: []string{f.learner.UserID, f.teacher.UserID, f.learner.UserID}})
	if err != nil || *got != (AssignmentResult{Matched: 2, Enrolled: 2}) {
		t.Fatalf("assign users: %+v %v", got, err)
	}
	// All or nothing: one seat short means nobody is enrolled.
	_, err = f.Assign(ctx, f.province, c.ID, Assignees{UserIDs: []string{cs2.UserID, f.zzLearner.UserID}})
	wantCode(t, err, xiangcai.ECONFLICT)
	if f.seats(t, c.ID) != 2 {
		t.Fatal("a failed assignment kept some enrolments")
	}
	_, err = f.Assign(ctx, f.csAdmin, c.ID, Assignees{UserIDs: []string{f.zzLearner.UserID}})
	wantFields(t, err, "user_ids") // another city's user
	_, err = f.Assign(ctx, f.csAdmin, c.ID, Assignees{UserIDs: []string{xiangcai.NewID()}})
	wantFields(t, err, "user_ids")
	_, err = f.Assign(ctx, f.csAdmin, c.ID, Assignees{})
	wantFields(t, err, "user_ids", "region_code", "category")
	_, err = f.Assign(ctx, f.csAdmin, c.ID, Assignees{UserIDs: []string{cs2.UserID}, RegionCode: changsha})
	wantFields(t, err, "user_ids", "region_code", "category")
	city := f.published(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha})
	_, err = f.Assign(ctx, f.province, city.ID, Assignees{UserIDs: []string{f.zzLearner.UserID}})
	wantFields(t, err, "user_ids") // the course does not reach Zhuzhou
	draft := f.course(t, NewCourse{})
	_, err = f.Assign(ctx, f.province, draft.ID, Assignees{UserIDs: []string{cs2.UserID}})
	wantCode(t, err, xiangcai.ECONFLICT)
}

// TestFindMyEnrolments lists a trainee's learning page by page, with the
// courses, archived ones included.
func TestFindMyEnrolments(t *testing.T) {
	f := newFixture(t)
	var ids []string
	for i := range 5 {
		c := f.published(t, NewCourse{Title: "课程" + string(rune('A'+i))})
		if _, err := f.Enrol(ctx, f.learner, c.ID); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
		if i != 2 {
			f.clock.Advance(1e9) // two enrolments share a time: ids break the tie
		}
	}
	f.ArchiveCourse(ctx, f.province, ids[0])
	f.Withdraw(ctx, f.learner, ids[1], "")
	var got []string
	cursor := ""
	for range 5 {
		page, err := f.FindMyEnrolments(ctx, f.learner, EnrolmentFilter{Page: xiangcai.Page{Limit: 2, Cursor: cursor}})
		if err != nil || page.Total != 4 {
			t.Fatalf("page: %+v %v", page, err)
		}
		for _, e := range page.Items {
			if e.Course == nil || e.Course.ID != e.CourseID || e.Course.Title == "" {
				t.Fatalf("enrolment without its course: %+v", e)
			}
			got = append(got, e.CourseID)
		}
		if cursor = page.NextCursor; cursor == "" {
			break
		}
	}
	if want := []string{ids[4], ids[3], ids[2], ids[0]}; len(got) != 4 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] {
		t.Fatalf("my learning %v, want %v", got, want)
	}
	withdrawn, err := f.FindMyEnrolments(ctx, f.learner, EnrolmentFilter{Status: EnrolmentWithdrawn})
	if err != nil || withdrawn.Total != 1 || withdrawn.Items[0].CourseID != ids[1] {
		t.Fatalf("withdrawn: %+v %v", withdrawn, err)
	}
	_, err = f.FindMyEnrolments(ctx, f.learner, EnrolmentFilter{Status: "lost"})
	wantFields(t, err, "status")
	_, err = f.FindMyEnrolments(ctx, f.anonymous, EnrolmentFilter{})
	wantCode(t, err, xiangcai.EUNAUTHORIZED)
	if other, _ := f.FindMyEnrolments(ctx, f.zzLearner, EnrolmentFilter{}); other.Total != 0 {
		t.Fatal("another trainee sees these enrolments")
	}
}
