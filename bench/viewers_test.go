package bench

import (
	"strconv"
	"sync"
	"testing"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/api/apitest"
	"xiangcai/courses"
	"xiangcai/courses/media"
)

// videoLesson returns a published video lesson of an hour in a published
// Changsha course, and the city administrator who made it. Its video is an upload that is never sent: the media
// job's one effect on lessons, the duration, is recorded as the job
// records it, so no hour of video needs transcoding first.
func videoLesson(b *testing.B, env *apitest.Env) (*courses.Lesson, xiangcai.Principal) {
	b.Helper()
	ctx := b.Context()
	u, err := env.Accounts.CreateUserAsSystem(ctx, accounts.NewUser{Username: "bench-admin", DisplayName: "长沙管理员",
		Role: xiangcai.RoleCityAdmin, CityCode: "430100", Password: apitest.Password})
	if err != nil {
		b.Fatal(err)
	}
	admin := u.Principal()
	svc := env.Deps.Courses
	asset, err := env.Deps.Media.StartUpload(ctx, admin, media.NewUpload{Kind: media.KindVideo, FileName: "第一讲.mp4", Size: 1 << 30})
	if err != nil {
		b.Fatal(err)
	}
	c, err := svc.CreateCourse(ctx, admin, courses.NewCourse{Title: "社区社会组织能力建设", Topic: courses.TopicCapacityBuilding,
		Audiences: []courses.Audience{courses.AudienceCommunityWorker}, ProviderLevel: courses.LevelCity, CreditHours: 2})
	if err != nil {
		b.Fatal(err)
	}
	ch, err := svc.CreateChapter(ctx, admin, c.ID, "第一章")
	if err != nil {
		b.Fatal(err)
	}
	l, err := svc.CreateLesson(ctx, admin, ch.ID, courses.NewLesson{Title: "第一讲", Kind: courses.KindVideo, MediaID: asset.ID})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := svc.SetMediaDuration(ctx, asset.ID, videoSeconds); err != nil {
		b.Fatal(err)
	}
	yes := true
	if l, err = svc.UpdateLesson(ctx, admin, l.ID, courses.LessonUpdate{Published: &yes}); err != nil {
		b.Fatal(err)
	}
	if _, err := svc.PublishCourse(ctx, admin, c.ID); err != nil {
		b.Fatal(err)
	}
	return l, admin
}

// signIn creates n trainees in Changsha's Yuelu district and signs each
// in with a bearer token, four at a time, through the accounts service
// (with the cheap password hashing of test servers). It returns their
// tokens and user ids.
func signIn(b *testing.B, svc *accounts.Service, n int) (tokens, ids []string) {
	b.Helper()
	tokens, ids = make([]string, n), make([]string, n)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  = make(chan int)
	)
	for range 4 {
		wg.Go(func() {
			for i := range next {
				login := "viewer" + strconv.Itoa(i)
				u, err := svc.CreateUserAsSystem(b.Context(), accounts.NewUser{Username: login, DisplayName: "学员" + strconv.Itoa(i),
					Role: xiangcai.RoleTrainee, RegionCode: "430104", Password: apitest.Password})
				if err == nil {
					ids[i] = u.ID
					_, tokens[i], err = svc.Login(b.Context(), accounts.LoginInput{Login: login, Password: apitest.Password,
						IP: "127.0.0.1", Kind: accounts.SessionBearer})
				}
				if err != nil {
					mu.Lock()
					first = firstError(first, err)
					mu.Unlock()
				}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	if first != nil {
		b.Fatal(first)
	}
	return tokens, ids
}
