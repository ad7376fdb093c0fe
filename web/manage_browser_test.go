package web_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"xiangcai"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/media/mediatest"
)

// TestBrowserUploadLesson has an instructor give two video lessons their
// files through the editor's uploader in a real browser. The first goes
// whole; the second resumes an upload that lost its connection after part
// 1, which is not sent again. Both are processed and attached. The page is
// served over plain HTTP from a name that is not localhost, so the browser
// gives it no crypto.subtle and the uploader computes SHA-256 itself.
func TestBrowserUploadLesson(t *testing.T) {
	mediatest.RequireFFmpeg(t)
	site := newSite(t)
	teacher := site.person(xiangcai.RoleInstructor, "王老师", "430104")
	ctx := t.Context()
	svc := site.env.Deps.Courses
	course, err := svc.CreateCourse(ctx, teacher.Principal, newCourse("社区议事协商", courses.LevelCity, ""))
	if err != nil {
		t.Fatal(err)
	}
	chapter, err := svc.CreateChapter(ctx, teacher.Principal, course.ID, "第一章")
	if err != nil {
		t.Fatal(err)
	}
	var lessons [2]*courses.Lesson
	for i := range lessons {
		if lessons[i], err = svc.CreateLesson(ctx, teacher.Principal, chapter.ID, courses.NewLesson{Title: "视频" + string(rune('一'+i)), Kind: courses.KindVideo}); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	small, large := filepath.Join(dir, "small.mp4"), filepath.Join(dir, "large.mp4")
	writeFile(t, small, mediatest.Video{Seconds: 2, Size: "320x240"}.Make(t))
	big := mediatest.Video{Seconds: 6, Size: "320x240", Bitrate: "15M"}.Make(t)
	if len(big) <= media.DefaultPartSize {
		t.Fatalf("the large video has %d bytes, one part", len(big))
	}
	writeFile(t, large, big)
	// The second upload lost its connection after part 1.
	cut, err := site.env.Deps.Media.StartUpload(ctx, teacher.Principal, media.NewUpload{Kind: media.KindVideo, FileName: "large.mp4", Size: int64(len(big))})
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(big[:media.DefaultPartSize])
	if _, err := site.env.Deps.Media.PutPart(ctx, teacher.Principal, cut.ID, 1, big[:media.DefaultPartSize], hex.EncodeToString(sum[:])); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(large)
	if err != nil {
		t.Fatal(err)
	}
	saved, _ := json.Marshal(map[string]any{"id": cut.ID, "name": "large.mp4", "size": len(big), "modified": info.ModTime().UnixMilli()})

	browser, base := openBrowser(t, site)
	edit := base + "/manage/courses/" + course.ID
	box := func(i int) string { return "#lesson-" + lessons[i].ID + " .upload" }
	err = chromedp.Do(browser,
		signIn(base, teacher.account),
		chromedp.Navigate(edit),
		chromedp.Evaluate[chromedp.Void](`localStorage.setItem("xiangcai.upload.`+lessons[1].ID+`", `+jsString(string(saved))+`)`),
		chromedp.Reload(),
		chromedp.WaitVisible(chromedp.CSS(box(1)+" .upload-status")),
		chromedp.SetUploadFiles(chromedp.CSS(box(0)+` input[type="file"]`), []string{small}),
		chromedp.Click(chromedp.CSS(box(0)+" [data-start]")),
		chromedp.Poll[chromedp.Void](`document.querySelector("`+box(0)+` .upload-status").textContent.indexOf("正在处理") >= 0`,
			chromedp.WithPollingTimeout(10*time.Second)),
	)
	if err != nil {
		t.Fatal(err)
	}
	secure, err := chromedp.Run(browser, chromedp.Evaluate[bool](`window.isSecureContext && !!window.crypto.subtle`))
	if err != nil || secure {
		t.Errorf("the page had crypto.subtle (%v): the script's SHA-256 went untested", err)
	}
	resume, err := chromedp.Run(browser, chromedp.Text(chromedp.CSS(box(1)+" .upload-status")))
	if err != nil || !strings.Contains(resume, "large.mp4") {
		t.Errorf("the unfinished upload is not offered to resume: %q %v", resume, err)
	}
	if err := chromedp.Do(browser,
		chromedp.SetUploadFiles(chromedp.CSS(box(1)+` input[type="file"]`), []string{large}),
		chromedp.Click(chromedp.CSS(box(1)+" [data-start]")),
		chromedp.Poll[chromedp.Void](`document.querySelector("`+box(1)+` .upload-status").textContent.indexOf("正在处理") >= 0`,
			chromedp.WithPollingTimeout(15*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	sent, err := chromedp.Run(browser, chromedp.Evaluate[[]string](`performance.getEntriesByType("resource").map(function (e) { return e.name; }).filter(function (n) { return n.indexOf("`+cut.ID+`/parts") >= 0; })`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(sent, " ") != base+"/api/v1/media/"+cut.ID+"/parts "+base+"/api/v1/media/"+cut.ID+"/parts/2" {
		t.Errorf("requests about the resumed upload's parts: %v; want its list and part 2 alone", sent)
	}
	site.runJobs()
	if err := chromedp.Do(browser,
		chromedp.Poll[chromedp.Void](`Array.prototype.every.call(document.querySelectorAll(".upload-status"), function (p) { return p.textContent.indexOf("处理完成") >= 0; })`,
			chromedp.WithPollingTimeout(15*time.Second)),
		chromedp.Reload(),
		chromedp.Poll[chromedp.Void](`document.querySelectorAll(".media-state").length === 2 && Array.prototype.every.call(document.querySelectorAll(".media-state"), function (p) { return p.textContent.indexOf("就绪") >= 0; })`,
			chromedp.WithPollingTimeout(5*time.Second)),
	); err != nil {
		t.Fatalf("the editor does not show both files ready: %v", err)
	}
	for i, l := range lessons {
		got, err := svc.FindLesson(ctx, teacher.Principal, l.ID)
		if err != nil || got.MediaID == "" || got.DurationSeconds < 2 {
			t.Errorf("lesson %d: %+v %v", i, got, err)
		}
	}
	if got, _ := svc.FindLesson(ctx, teacher.Principal, lessons[1].ID); got.MediaID != cut.ID {
		t.Errorf("the second lesson shows %s, not the resumed upload %s", got.MediaID, cut.ID)
	}
}

func writeFile(t *testing.T, name string, data []byte) {
	t.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
