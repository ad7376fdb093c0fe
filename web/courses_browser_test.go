package web_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/courses/media/mediatest"
	"xiangcai/web/browsertest"
)

// TestBrowserLearnCourse is a trainee's whole way on a phone, in a real
// browser: sign in, find the course, enrol, play its video through the
// page's player at double speed to the end, and find the course complete,
// with its credit hours and certificate, in "my learning". Nothing but the
// player reports the watching.
func TestBrowserLearnCourse(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	site := newSite(t)
	changsha := site.person(xiangcai.RoleCityAdmin, "张管理", "430100")
	course, _ := site.videoCourse(changsha.Principal, changsha.Principal, newCourse("社区议事协商实务", courses.LevelCity, ""), 6)
	trainee := site.person(xiangcai.RoleTrainee, "李华", "430104")
	followRealTime(t, site.env.Clock)
	ctx, base := openBrowser(t, site)

	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulatePortrait),
		signIn(base, trainee.account),
		chromedp.Click(chromedp.CSS(`.menu a[href="/courses"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/courses/`+course.ID+`"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	browsertest.Screenshot(t, ctx, "courses-catalog")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`a[href="/courses/`+course.ID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action$="/enrolment"] button`)),
	); err != nil {
		t.Fatal(err)
	}
	browsertest.Screenshot(t, ctx, "courses-course")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`form[action$="/enrolment"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href$="/continue"]`)),
		chromedp.Click(chromedp.CSS(`a[href$="/continue"]`)),
		chromedp.WaitReady(chromedp.CSS("#player video")),
		chromedp.Poll[chromedp.Void](`document.querySelector("#player video").readyState >= 1`, chromedp.WithPollingTimeout(10*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	h264, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"')`))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("this Chromium plays H.264 and AAC through Media Source Extensions: %v", h264)
	browsertest.Screenshot(t, ctx, "courses-lesson")

	source, segments := playToEnd(t, ctx, "2")
	if len(segments) > 0 {
		t.Logf("the player played %s and fetched %d HLS segments from the store, such as %.60s…", source, len(segments), segments[0])
	}
	if h264 && (!strings.HasPrefix(source, "blob:") || len(segments) == 0) {
		t.Errorf("the player played %s, segments %v; want HLS through hls.js", source, segments)
	}
	browsertest.Screenshot(t, ctx, "courses-lesson-done")

	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.menu a[href="/me/learning"]`)),
		chromedp.WaitVisible(chromedp.CSS(".earned .big")),
	); err != nil {
		t.Fatal(err)
	}
	earned, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".earned .big")))
	if err != nil {
		t.Fatal(err)
	}
	if earned != "已获 1.5 学时" {
		t.Errorf("my learning says %q, want the 1.5 credit hours earned", earned)
	}
	browsertest.Screenshot(t, ctx, "courses-learning")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.enrolments a[href^="/certificates/"]`)),
		chromedp.WaitVisible(chromedp.CSS(".certificate")),
	); err != nil {
		t.Fatal(err)
	}
	certificate, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".certificate")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"结业证书", "李华", "社区议事协商实务", "1.5 学时", "长沙市民政局", "/verify/"} {
		if !strings.Contains(certificate, want) {
			t.Errorf("the certificate lacks %q:\n%s", want, certificate)
		}
	}
	browsertest.Screenshot(t, ctx, "courses-certificate")
}

// TestBrowserPlaysMP4 plays a lesson in a browser that has neither Media
// Source Extensions nor HLS of its own, like old phones: the player falls
// back to the progressive MP4, and watching it still completes the lesson.
func TestBrowserPlaysMP4(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	site := newSite(t)
	admin := site.person(xiangcai.RoleProvinceAdmin, "刘省管", "")
	course, lesson := site.videoCourse(admin.Principal, admin.Principal, newCourse("社区志愿服务", courses.LevelProvince, ""), 3)
	trainee := site.person(xiangcai.RoleTrainee, "李华", "430104")
	if _, err := site.env.Deps.Courses.Enrol(t.Context(), trainee.Principal, course.ID); err != nil {
		t.Fatal(err)
	}
	followRealTime(t, site.env.Clock)
	ctx, base := openBrowser(t, site)
	old := `delete window.MediaSource; delete window.ManagedMediaSource; delete window.WebKitMediaSource;
		var canPlay = HTMLMediaElement.prototype.canPlayType;
		HTMLMediaElement.prototype.canPlayType = function (type) { return /mpegurl/i.test(type) ? "" : canPlay.call(this, type); };`
	if err := chromedp.Do(ctx,
		func(ctx context.Context, t *chromedp.Target) (chromedp.Void, error) {
			_, err := cdp.Call(ctx, t, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: old})
			return chromedp.Void{}, err
		},
		signIn(base, trainee.account),
		chromedp.Navigate(base+"/lessons/"+lesson.ID),
		chromedp.WaitReady(chromedp.CSS("#player video")),
	); err != nil {
		t.Fatal(err)
	}
	if source, _ := playToEnd(t, ctx, "1.5"); !strings.Contains(source, "video.mp4") {
		t.Errorf("the player played %s, not the MP4", source)
	}
}

// playToEnd plays the lesson's video, muted, at rate through the page's
// own speed button, to the end, and waits until the page says the lesson
// is complete. It returns what the video played and the HLS segments the
// page fetched.
func playToEnd(t *testing.T, ctx context.Context, rate string) (string, []string) {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.speeds button[data-rate="`+rate+`"]`)),
		chromedp.Evaluate[chromedp.Void](`(function () { var v = document.querySelector("#player video"); v.muted = true; return v.play(); })()`,
			chromedp.EvalAwaitPromise),
		chromedp.Poll[chromedp.Void](`document.querySelector("#player video").ended`, chromedp.WithPollingTimeout(15*time.Second)),
		chromedp.Poll[chromedp.Void](`document.getElementById("watch-status").textContent === "本课时已完成"`, chromedp.WithPollingTimeout(5*time.Second)),
	); err != nil {
		status, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("watch-status")))
		t.Fatalf("playing the video: %v; the lesson says %q", err, status)
	}
	source, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("#player video").currentSrc`))
	if err != nil {
		t.Fatal(err)
	}
	segments, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`performance.getEntriesByType("resource").map(function (e) { return e.name; }).filter(function (n) { return n.indexOf("/seg_") >= 0; })`))
	if err != nil {
		t.Fatal(err)
	}
	return source, segments
}
