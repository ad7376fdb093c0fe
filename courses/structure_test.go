package courses

import (
	"strings"
	"testing"

	"xiangcai"
)

// outlineIDs returns the chapter ids of an outline and the lesson ids of
// each chapter, in order.
func outlineIDs(t *testing.T, f *fixture, p xiangcai.Principal, courseID string) ([]string, map[string][]string) {
	t.Helper()
	chapters, err := f.FindOutline(ctx, p, courseID)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	lessons := map[string][]string{}
	for _, ch := range chapters {
		ids = append(ids, ch.ID)
		for _, l := range ch.Lessons {
			if l.BodyHTML != "" {
				t.Fatal("the outline carries lesson bodies")
			}
			lessons[ch.ID] = append(lessons[ch.ID], l.ID)
		}
	}
	return ids, lessons
}

// TestChaptersAndLessons builds a course's structure, reorders and moves it,
// and checks that bad lists change nothing.
func TestChaptersAndLessons(t *testing.T) {
	f := newFixture(t)
	c := f.course(t, NewCourse{ProviderLevel: LevelCity, RegionCode: changsha, InstructorIDs: []string{f.teacher.UserID}})
	var chapters []*Chapter
	for _, title := range []string{"一", "二", "三"} {
		ch, err := f.CreateChapter(ctx, f.teacher, c.ID, title)
		if err != nil {
			t.Fatal(err)
		}
		chapters = append(chapters, ch)
	}
	var lessons []*Lesson
	for _, title := range []string{"甲", "乙", "丙"} {
		l, err := f.CreateLesson(ctx, f.teacher, chapters[0].ID, NewLesson{Title: title, Kind: KindPractice, PracticeSetID: "set-" + title})
		if err != nil {
			t.Fatal(err)
		}
		if !l.Required || l.Published {
			t.Fatalf("new lesson: %+v", l)
		}
		lessons = append(lessons, l)
	}
	order := []string{chapters[2].ID, chapters[0].ID, chapters[1].ID}
	if err := f.ReorderChapters(ctx, f.teacher, c.ID, order); err != nil {
		t.Fatal(err)
	}
	if got, _ := outlineIDs(t, f, f.teacher, c.ID); strings.Join(got, ",") != strings.Join(order, ",") {
		t.Fatalf("chapters after reorder: %v, want %v", got, order)
	}
	for _, bad := range [][]string{
		{chapters[0].ID, chapters[1].ID},
		{chapters[0].ID, chapters[1].ID, chapters[1].ID},
		{chapters[0].ID, chapters[1].ID, lessons[0].ID},
		nil,
	} {
		wantFields(t, f.ReorderChapters(ctx, f.teacher, c.ID, bad), "ids")
	}
	if got, _ := outlineIDs(t, f, f.teacher, c.ID); strings.Join(got, ",") != strings.Join(order, ",") {
		t.Fatalf("a rejected reorder changed the order: %v", got)
	}
	lessonOrder := []string{lessons[1].ID, lessons[2].ID, lessons[0].ID}
	if err := f.ReorderLessons(ctx, f.teacher, chapters[0].ID, lessonOrder); err != nil {
		t.Fatal(err)
	}
	wantFields(t, f.ReorderLessons(ctx, f.teacher, chapters[0].ID, lessonOrder[:2]), "ids")
	// Move the first lesson to the end of chapter two.
	if _, err := f.UpdateLesson(ctx, f.teacher, lessons[1].ID, LessonUpdate{ChapterID: &chapters[1].ID}); err != nil {
		t.Fatal(err)
	}
	other := f.course(t, NewCourse{})
	otherChapter, _ := f.CreateChapter(ctx, f.province, other.ID, "别的课")
	_, err := f.UpdateLesson(ctx, f.teacher, lessons[0].ID, LessonUpdate{ChapterID: &otherChapter.ID})
	wantFields(t, err, "chapter_id")
	_, got := outlineIDs(t, f, f.teacher, c.ID)
	if strings.Join(got[chapters[0].ID], ",") != lessons[2].ID+","+lessons[0].ID || strings.Join(got[chapters[1].ID], ",") != lessons[1].ID {
		t.Fatalf("lessons after reorder and move: %v", got)
	}
	if ch, err := f.RenameChapter(ctx, f.teacher, chapters[1].ID, "第二章"); err != nil || ch.Title != "第二章" {
		t.Fatalf("rename: %+v %v", ch, err)
	}
	_, err = f.RenameChapter(ctx, f.teacher, chapters[1].ID, strings.Repeat("长", 101))
	wantFields(t, err, "title")
	if err := f.DeleteChapter(ctx, f.teacher, chapters[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := f.db.NewSelect().Model((*Lesson)(nil)).Where("chapter_id = ?", chapters[0].ID).Count(ctx); n != 0 {
		t.Fatalf("%d lessons outlived their chapter", n)
	}
	// Other people's changes.
	for _, who := range []xiangcai.Principal{f.zzTeacher, f.zzAdmin, f.learner} {
		_, err := f.CreateChapter(ctx, who, c.ID, "闯入")
		wantCode(t, err, xiangcai.ENOTFOUND)
		wantCode(t, f.DeleteLesson(ctx, who, lessons[1].ID), xiangcai.ENOTFOUND)
		wantCode(t, f.ReorderChapters(ctx, who, c.ID, nil), xiangcai.ENOTFOUND)
	}
	wantCode(t, f.DeleteChapter(ctx, f.teacher, xiangcai.NewID()), xiangcai.ENOTFOUND)
}

// TestLessonKinds checks that a lesson holds only what its kind holds, and
// is published only when its content is ready.
func TestLessonKinds(t *testing.T) {
	f := newFixture(t)
	c := f.course(t, NewCourse{})
	ch, _ := f.CreateChapter(ctx, f.province, c.ID, "章")
	media := xiangcai.NewID()
	_, err := f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "", Kind: "podcast", BodyHTML: "<p>x</p>", PracticeSetID: "s"})
	wantFields(t, err, "title", "kind", "body_html", "practice_set_id")
	_, err = f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "文", Kind: KindRichText, MediaID: media})
	wantFields(t, err, "media_id")
	_, err = f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "视", Kind: KindVideo, MediaID: "not-an-id"})
	wantFields(t, err, "media_id")

	video, err := f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "视频", Kind: KindVideo, MediaID: media, Required: ptr(false)})
	if err != nil || video.Required {
		t.Fatalf("video lesson: %+v %v", video, err)
	}
	_, err = f.UpdateLesson(ctx, f.province, video.ID, LessonUpdate{Published: ptr(true)})
	wantCode(t, err, xiangcai.ECONFLICT) // not processed yet
	if n, err := f.SetMediaDuration(ctx, media, 300); err != nil || n != 1 {
		t.Fatalf("set duration: %d %v", n, err)
	}
	_, err = f.SetMediaDuration(ctx, media, 0)
	wantFields(t, err, "duration_seconds")
	video, err = f.UpdateLesson(ctx, f.province, video.ID, LessonUpdate{Published: ptr(true)})
	if err != nil || !video.Published || video.DurationSeconds != 300 {
		t.Fatalf("publish video: %+v %v", video, err)
	}
	if _, err := f.PublishCourse(ctx, f.province, c.ID); err != nil {
		t.Fatal(err)
	}
	// A new video forgets the old duration, so the published lesson is not ready.
	_, err = f.UpdateLesson(ctx, f.province, video.ID, LessonUpdate{MediaID: ptr(xiangcai.NewID())})
	wantCode(t, err, xiangcai.ECONFLICT)
	// The last published lesson of a published course stays.
	_, err = f.UpdateLesson(ctx, f.province, video.ID, LessonUpdate{Published: ptr(false)})
	wantCode(t, err, xiangcai.ECONFLICT)
	wantCode(t, f.DeleteLesson(ctx, f.province, video.ID), xiangcai.ECONFLICT)
	wantCode(t, f.DeleteChapter(ctx, f.province, ch.ID), xiangcai.ECONFLICT)
	doc, err := f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "讲义", Kind: KindDocument, MediaID: xiangcai.NewID()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.UpdateLesson(ctx, f.province, doc.ID, LessonUpdate{Published: ptr(true)}); err != nil {
		t.Fatal(err)
	}
	if err := f.DeleteLesson(ctx, f.province, video.ID); err != nil {
		t.Fatalf("delete with another published lesson left: %v", err)
	}
	empty, _ := f.CreateLesson(ctx, f.province, ch.ID, NewLesson{Title: "空", Kind: KindRichText, BodyHTML: "<script>alert(1)</script>"})
	_, err = f.UpdateLesson(ctx, f.province, empty.ID, LessonUpdate{Published: ptr(true)})
	wantCode(t, err, xiangcai.ECONFLICT) // nothing left after sanitising
}
