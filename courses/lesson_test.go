package courses

import (
	"strings"
	"testing"

	"xiangcai"
)

// TestRichTextIsSanitised checks that scripts, event handlers and
// javascript: links never reach the database.
func TestRichTextIsSanitised(t *testing.T) {
	f := newFixture(t)
	c := f.course(t, NewCourse{})
	ch, _ := f.CreateChapter(ctx, f.province, c.ID, "章")
	dirty := `<p onclick="steal()">你好<script>alert(1)</script><a href="javascript:alert(2)" onmouseover="x()">链接</a><img src="/a.png" onerror="bad()"><b>粗</b></p>`
	l, err := f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "图文", Kind: KindRichText, BodyHTML: dirty})
	if err != nil {
		t.Fatal(err)
	}
	updated, err := f.UpdateLesson(ctx, f.province, l.ID, LessonUpdate{BodyHTML: ptr(dirty + `<iframe src="x"></iframe>`)})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := f.FindLesson(ctx, f.province, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{l.BodyHTML, updated.BodyHTML, stored.BodyHTML} {
		low := strings.ToLower(body)
		for _, banned := range []string{"<script", "alert(1)", "onclick", "onmouseover", "onerror", "javascript:", "<iframe"} {
			if strings.Contains(low, banned) {
				t.Fatalf("sanitised body keeps %q: %s", banned, body)
			}
		}
		if !strings.Contains(body, "<b>粗</b>") || !strings.Contains(body, "你好") {
			t.Fatalf("sanitising lost safe markup: %s", body)
		}
	}
}

// TestFindLesson checks who reads a lesson's content.
func TestFindLesson(t *testing.T) {
	f := newFixture(t)
	c := f.course(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha})
	l := f.publishedLesson(t, c)
	hidden, _ := f.CreateLesson(ctx, f.province, l.ChapterID, NewLesson{Title: "未发布", Kind: KindRichText, BodyHTML: "<p>草稿</p>"})
	wantCode(t, errOf(f.FindLesson(ctx, f.learner, l.ID)), xiangcai.ENOTFOUND) // draft course
	f.PublishCourse(ctx, f.province, c.ID)
	wantCode(t, errOf(f.FindLesson(ctx, f.learner, l.ID)), xiangcai.EFORBIDDEN) // not enrolled
	wantCode(t, errOf(f.FindLesson(ctx, f.zzLearner, l.ID)), xiangcai.ENOTFOUND)
	wantCode(t, errOf(f.FindLesson(ctx, f.anonymous, l.ID)), xiangcai.ENOTFOUND) // city course: not public
	if _, err := f.Enrol(ctx, f.learner, c.ID); err != nil {
		t.Fatal(err)
	}
	if got, err := f.FindLesson(ctx, f.learner, l.ID); err != nil || got.BodyHTML != "<p>正文</p>" {
		t.Fatalf("enrolled read: %+v %v", got, err)
	}
	wantCode(t, errOf(f.FindLesson(ctx, f.learner, hidden.ID)), xiangcai.ENOTFOUND)
	if _, err := f.FindLesson(ctx, f.csAdmin, hidden.ID); err != nil {
		t.Fatalf("an editor reads unpublished lessons: %v", err)
	}
	_, lessons := outlineIDs(t, f, f.learner, c.ID)
	if len(lessons[l.ChapterID]) != 1 {
		t.Fatalf("a trainee's outline shows unpublished lessons: %v", lessons)
	}
}

func errOf[T any](_ T, err error) error { return err }
