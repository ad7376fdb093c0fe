package progress_test

import (
	"context"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/courses"
	"xiangcai/courses/progress"
	"xiangcai/database/dbtest"
	"xiangcai/pii"
	"xiangcai/regions"
	"xiangcai/storage/storagetest"
)

var ctx = context.Background()

// fixture is a published course of one chapter with a 100-second video
// lesson, a rich-text lesson and an optional video, and a trainee enrolled.
type fixture struct {
	progress *progress.Service
	courses  *courses.Service
	clock    *xiangcai.FixedClock
	admin    xiangcai.Principal
	trainee  xiangcai.Principal
	course   *courses.Course
	video    *courses.Lesson
	text     *courses.Lesson
	optional *courses.Lesson
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	db := dbtest.Open(t)
	clock := xiangcai.NewFixedClock(time.Date(2026, 5, 1, 8, 0, 0, 0, time.UTC))
	cipher, _ := pii.NewCipher("progress-test-secret-0123456789abcdef")
	acc := accounts.NewService(db, accounts.Options{Cipher: cipher, Regions: regions.Hunan(), Clock: clock,
		Argon2: accounts.Argon2Params{Memory: 64, Time: 1, Threads: 1}})
	user := func(name string, role xiangcai.Role, city, region string) xiangcai.Principal {
		u, err := acc.CreateUserAsSystem(ctx, accounts.NewUser{Username: name, DisplayName: "张小" + name, Role: role,
			CityCode: city, RegionCode: region, Password: "Xiang-cai-2026"})
		if err != nil {
			t.Fatal(err)
		}
		return u.Principal()
	}
	f := &fixture{clock: clock,
		courses:  courses.NewService(db, courses.Options{Regions: regions.Hunan(), Store: storagetest.Folder(t), Clock: clock}),
		progress: progress.NewService(db, progress.Options{Regions: regions.Hunan(), Clock: clock}),
		admin:    user("changsha", xiangcai.RoleCityAdmin, "430100", ""),
		trainee:  user("trainee", xiangcai.RoleTrainee, "", "430104"),
	}
	var err error
	f.course, err = f.courses.CreateCourse(ctx, f.admin, courses.NewCourse{Title: "社区社会组织培育", Topic: courses.TopicCapacityBuilding,
		Audiences: []courses.Audience{courses.AudienceVolunteer}, ProviderLevel: courses.LevelCity, CreditHours: 2})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := f.courses.CreateChapter(ctx, f.admin, f.course.ID, "第一章")
	if err != nil {
		t.Fatal(err)
	}
	no := false
	f.video = f.lesson(t, ch.ID, courses.NewLesson{Title: "视频", Kind: courses.KindVideo, MediaID: xiangcai.NewID()}, 100)
	f.text = f.lesson(t, ch.ID, courses.NewLesson{Title: "图文", Kind: courses.KindRichText, BodyHTML: "<p>内容</p>"}, 0)
	f.optional = f.lesson(t, ch.ID, courses.NewLesson{Title: "选学", Kind: courses.KindVideo, MediaID: xiangcai.NewID(), Required: &no}, 60)
	if _, err := f.courses.PublishCourse(ctx, f.admin, f.course.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.courses.Enrol(ctx, f.trainee, f.course.ID); err != nil {
		t.Fatal(err)
	}
	return f
}

// lesson creates and publishes a lesson; a video gets its duration.
func (f *fixture) lesson(t *testing.T, chapterID string, in courses.NewLesson, seconds int) *courses.Lesson {
	t.Helper()
	l, err := f.courses.CreateLesson(ctx, f.admin, chapterID, in)
	if err != nil {
		t.Fatal(err)
	}
	if seconds > 0 {
		if _, err := f.courses.SetMediaDuration(ctx, in.MediaID, seconds); err != nil {
			t.Fatal(err)
		}
	}
	yes := true
	if l, err = f.courses.UpdateLesson(ctx, f.admin, l.ID, courses.LessonUpdate{Published: &yes}); err != nil {
		t.Fatal(err)
	}
	return l
}

// watch plays the video at rate from..to in heartbeats every ten seconds of
// wall-clock time, as the player does, and returns the last state.
func (f *fixture) watch(t *testing.T, lesson *courses.Lesson, from, to, rate float64) *progress.Watching {
	t.Helper()
	w, err := f.progress.Heartbeat(ctx, f.trainee, lesson.ID, progress.Heartbeat{From: from, To: from, Rate: rate, Position: from})
	if err != nil {
		t.Fatalf("start heartbeat: %v", err)
	}
	for pos := from; pos < to; {
		f.clock.Advance(10 * time.Second)
		next := min(pos+10*rate, to)
		w, err = f.progress.Heartbeat(ctx, f.trainee, lesson.ID, progress.Heartbeat{From: pos, To: next, Rate: rate, Position: next})
		if err != nil {
			t.Fatalf("heartbeat %v-%v: %v", pos, next, err)
		}
		pos = next
	}
	return w
}
