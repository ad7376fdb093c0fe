package progress_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/courses/progress"
)

// TestWatchingCompletesTheCourse watches the required video to the end and
// reads the rich-text lesson: the course completes, credit hours reach the
// training record, and a certificate can be verified.
func TestWatchingCompletesTheCourse(t *testing.T) {
	f := newFixture(t)
	w := f.watch(t, f.video, 0, 100, 1)
	if !w.Lesson.Completed() || w.Lesson.WatchedSeconds() != 100 || w.CourseCompleted {
		t.Fatalf("after the video: completed %v, watched %v, course completed %v", w.Lesson.Completed(), w.Lesson.WatchedSeconds(), w.CourseCompleted)
	}
	done, err := f.progress.MarkDone(ctx, f.trainee, f.text.ID)
	if err != nil || !done {
		t.Fatalf("reading the last required lesson: %v %v", done, err)
	}
	cp, err := f.progress.FindCourseProgress(ctx, f.trainee, []string{f.course.ID})
	if err != nil {
		t.Fatal(err)
	}
	standing := cp[f.course.ID]
	if !standing.Completed || standing.Percent() != 100 || standing.RequiredTotal != 2 || standing.CertificateCode == "" {
		t.Fatalf("course progress: %+v", standing)
	}
	v, err := f.progress.Verify(ctx, standing.CertificateCode)
	if err != nil || v.MaskedName != "张********" || v.CreditHours != 2 || v.Issuer != "长沙市民政局" {
		t.Fatalf("verification: %+v %v", v, err)
	}
	if _, err := f.progress.Verify(ctx, "AAAA-BBBB-CCCC"); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Fatalf("an unknown code: %v", err)
	}
	again, err := f.progress.MarkDone(ctx, f.trainee, f.text.ID)
	if err != nil || again {
		t.Fatalf("a second completion: %v %v", again, err)
	}
}

func TestTrainingRecordHoldsCreditHoursOnce(t *testing.T) {
	f := newFixture(t)
	f.watch(t, f.video, 0, 100, 2)
	if _, err := f.progress.MarkDone(ctx, f.trainee, f.text.ID); err != nil {
		t.Fatal(err)
	}
	f.watch(t, f.video, 0, 100, 1) // watching again completes nothing new
	certs, err := f.progress.FindMyCertificates(ctx, f.trainee)
	if err != nil || len(certs) != 1 || certs[0].CreditHours() != 2 {
		t.Fatalf("certificates: %v %v", certs, err)
	}
}

// TestDraggingAndSpeedingEarnNothing replays the tricks the issue names:
// seeking ahead, playing faster than double speed, and claiming more time
// than has passed.
func TestDraggingAndSpeedingEarnNothing(t *testing.T) {
	f := newFixture(t)
	w := f.watch(t, f.video, 0, 100, 3)
	if w.Lesson.WatchedSeconds() != 0 || w.Lesson.Completed() {
		t.Fatalf("triple speed earned %v seconds", w.Lesson.WatchedSeconds())
	}
	w = f.watch(t, f.video, 0, 30, 1)
	w = f.watch(t, f.video, 80, 100, 1) // jumped ahead over 30..80
	if w.Lesson.WatchedSeconds() != 50 || w.Lesson.Completed() {
		t.Fatalf("after seeking: watched %v, completed %v", w.Lesson.WatchedSeconds(), w.Lesson.Completed())
	}
	f.clock.Advance(5 * time.Second)
	_, err := f.progress.Heartbeat(ctx, f.trainee, f.video.ID, progress.Heartbeat{From: 30, To: 80, Rate: 1, Position: 80})
	if e, ok := err.(*xiangcai.Error); !ok || e.Code != xiangcai.EINVALID || e.Fields[0].Field != "to" {
		t.Fatalf("claiming 50 s in 5 s: %v", err)
	}
	lp, err := f.progress.FindLessonProgress(ctx, f.trainee, f.video.ID)
	if err != nil || lp.WatchedSeconds() != 50 || lp.Position() != 100 {
		t.Fatalf("the refused heartbeat changed the record: %+v %v", lp, err)
	}
	w = f.watch(t, f.video, 30, 70, 1) // 40 more distinct seconds: 90 of 100 reaches the threshold
	if w.Lesson.WatchedSeconds() != 90 || !w.Lesson.Completed() {
		t.Fatalf("at the threshold: watched %v, completed %v", w.Lesson.WatchedSeconds(), w.Lesson.Completed())
	}
}

func TestWhoMayRecordProgress(t *testing.T) {
	f := newFixture(t)
	hb := progress.Heartbeat{From: 0, To: 0, Rate: 1}
	if _, err := f.progress.Heartbeat(ctx, xiangcai.Principal{}, f.video.ID, hb); xiangcai.ErrorCode(err) != xiangcai.EUNAUTHORIZED {
		t.Errorf("anonymous: %v", err)
	}
	if _, err := f.progress.Heartbeat(ctx, f.admin, f.video.ID, hb); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Errorf("not enrolled: %v", err)
	}
	if _, err := f.progress.Heartbeat(ctx, f.trainee, xiangcai.NewID(), hb); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Errorf("unknown lesson: %v", err)
	}
	if _, err := f.progress.Heartbeat(ctx, f.trainee, f.text.ID, hb); xiangcai.ErrorCode(err) != xiangcai.EINVALID {
		t.Errorf("heartbeat on a rich-text lesson: %v", err)
	}
	if _, err := f.progress.MarkDone(ctx, f.trainee, f.video.ID); xiangcai.ErrorCode(err) != xiangcai.EINVALID {
		t.Errorf("marking a video as read: %v", err)
	}
}

func TestCertificatePrintableOnlyToHolderAndCity(t *testing.T) {
	f := newFixture(t)
	f.watch(t, f.video, 0, 100, 1)
	if _, err := f.progress.MarkDone(ctx, f.trainee, f.text.ID); err != nil {
		t.Fatal(err)
	}
	certs, _ := f.progress.FindMyCertificates(ctx, f.trainee)
	code := certs[0].Code
	if c, err := f.progress.FindCertificate(ctx, f.trainee, code); err != nil || c.HolderName != "张小trainee" {
		t.Fatalf("holder: %v %v", c, err)
	}
	if _, err := f.progress.FindCertificate(ctx, f.admin, code); err != nil {
		t.Fatalf("the holder's city administrator: %v", err)
	}
	other := xiangcai.Principal{UserID: xiangcai.NewID(), Role: xiangcai.RoleCityAdmin, CityCode: "430200"}
	if _, err := f.progress.FindCertificate(ctx, other, code); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("another city's administrator: %v", err)
	}
}
