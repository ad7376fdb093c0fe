package courses

import (
	"strconv"
	"sync"
	"testing"

	"xiangcai"
)

// seats reads a course's enrolled count and counts the enrolments that
// hold a seat, which must agree.
func (f *fixture) seats(t *testing.T, courseID string) int {
	t.Helper()
	c, err := f.load(ctx, courseID, false)
	if err != nil {
		t.Fatal(err)
	}
	held, err := f.db.NewSelect().Model((*Enrolment)(nil)).Where("course_id = ? AND status IN ('active', 'completed')", courseID).Count(ctx)
	if err != nil || int(held) != c.EnrolledCount {
		t.Fatalf("enrolled_count %d, but %d enrolments hold a seat (%v)", c.EnrolledCount, held, err)
	}
	return int(held)
}

// TestEnrolAndWithdraw walks one trainee through enrolling, enrolling
// again, withdrawing and coming back, and checks who may enrol where.
func TestEnrolAndWithdraw(t *testing.T) {
	f := newFixture(t)
	c := f.published(t, NewCourse{ProviderLevel: LevelCounty, RegionCode: yuelu})
	draft := f.course(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha})
	e, err := f.Enrol(ctx, f.learner, c.ID)
	if err != nil || e.Status != EnrolmentActive || e.Source != SourceSelf || e.AssignedBy != "" {
		t.Fatalf("enrol: %+v %v", e, err)
	}
	again, err := f.Enrol(ctx, f.learner, c.ID)
	if err != nil || again.ID != e.ID || f.seats(t, c.ID) != 1 {
		t.Fatalf("enrolling twice: %+v %v", again, err)
	}
	wantCode(t, errOf(f.Enrol(ctx, f.anonymous, c.ID)), xiangcai.EUNAUTHORIZED)
	wantCode(t, errOf(f.Enrol(ctx, f.zzLearner, c.ID)), xiangcai.ENOTFOUND)
	wantCode(t, errOf(f.Enrol(ctx, f.learner, draft.ID)), xiangcai.ENOTFOUND)
	wantCode(t, errOf(f.Enrol(ctx, f.csAdmin, draft.ID)), xiangcai.ECONFLICT) // seen, not open
	wantCode(t, errOf(f.Enrol(ctx, f.learner, "nope")), xiangcai.ENOTFOUND)

	if err := f.Withdraw(ctx, f.learner, c.ID, ""); err != nil || f.seats(t, c.ID) != 0 {
		t.Fatalf("withdraw: %v", err)
	}
	if err := f.Withdraw(ctx, f.learner, c.ID, ""); err != nil {
		t.Fatalf("withdrawing twice: %v", err)
	}
	wantCode(t, f.Withdraw(ctx, f.zzLearner, c.ID, ""), xiangcai.ENOTFOUND)
	f.clock.Advance(3600e9)
	back, err := f.Enrol(ctx, f.learner, c.ID)
	if err != nil || back.ID != e.ID || back.Status != EnrolmentActive || !back.WithdrawnAt.IsZero() || !back.EnrolledAt.Equal(f.clock.Now()) {
		t.Fatalf("enrol after withdrawing: %+v %v", back, err)
	}
	if mine, err := f.FindMyEnrolment(ctx, f.learner, c.ID); err != nil || mine.ID != e.ID {
		t.Fatalf("FindMyEnrolment: %+v %v", mine, err)
	}
	wantCode(t, errOf(f.FindMyEnrolment(ctx, f.zzLearner, c.ID)), xiangcai.ENOTFOUND)

	// Administrators withdraw users of their city; others may not.
	wantCode(t, f.Withdraw(ctx, f.zzLearner, c.ID, f.learner.UserID), xiangcai.EFORBIDDEN)
	wantCode(t, f.Withdraw(ctx, f.teacher, c.ID, f.learner.UserID), xiangcai.EFORBIDDEN)
	wantCode(t, f.Withdraw(ctx, f.zzAdmin, c.ID, f.learner.UserID), xiangcai.EFORBIDDEN)
	wantCode(t, f.Withdraw(ctx, f.province, c.ID, xiangcai.NewID()), xiangcai.ENOTFOUND)
	if err := f.Withdraw(ctx, f.csAdmin, c.ID, f.learner.UserID); err != nil || f.seats(t, c.ID) != 0 {
		t.Fatalf("an administrator withdraws a user: %v", err)
	}
	f.Enrol(ctx, f.learner, c.ID)
	f.db.NewUpdate().Model((*Enrolment)(nil)).Set("status = 'completed'").Where("id = ?", e.ID).Exec(ctx)
	wantCode(t, f.Withdraw(ctx, f.province, c.ID, f.learner.UserID), xiangcai.ECONFLICT)
}

// TestCapacityUnderRace lets more trainees than there are seats enrol at
// once and checks that exactly the capacity got in.
func TestCapacityUnderRace(t *testing.T) {
	f := newFixture(t)
	const capacity, crowd = 5, 16
	c := f.published(t, NewCourse{Capacity: capacity})
	var people []xiangcai.Principal
	for i := range crowd {
		people = append(people, f.user(t, "crowd"+strconv.Itoa(i), xiangcai.RoleTrainee, changsha, ""))
	}
	var wg sync.WaitGroup
	codes := make([]string, crowd)
	for i, p := range people {
		wg.Go(func() {
			_, err := f.Enrol(ctx, p, c.ID)
			codes[i] = xiangcai.ErrorCode(err)
		})
	}
	wg.Wait()
	admitted := 0
	for _, code := range codes {
		switch code {
		case "":
			admitted++
		case xiangcai.ECONFLICT:
		default:
			t.Fatalf("an enrolment failed with %q", code)
		}
	}
	if admitted != capacity || f.seats(t, c.ID) != capacity {
		t.Fatalf("%d admitted, %d seats taken; capacity %d", admitted, f.seats(t, c.ID), capacity)
	}
	// A withdrawal frees a seat for someone else.
	var in, out xiangcai.Principal
	for i, code := range codes {
		if code == "" {
			in = people[i]
		} else {
			out = people[i]
		}
	}
	wantCode(t, errOf(f.Enrol(ctx, out, c.ID)), xiangcai.ECONFLICT)
	if err := f.Withdraw(ctx, in, c.ID, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Enrol(ctx, out, c.ID); err != nil {
		t.Fatalf("enrol into a freed seat: %v", err)
	}
}
