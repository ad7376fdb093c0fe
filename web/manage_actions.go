package web

import (
	"io"
	"slices"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
)

// changeStatus answers POST /manage/courses/:id/status with action publish
// or archive; only the course's administrators may do either.
func (s *site) changeStatus(c *fiber.Ctx) error {
	ctx, id := c.UserContext(), c.Params("id")
	p := api.PrincipalFrom(ctx)
	var err error
	switch c.FormValue("action") {
	case "publish":
		_, err = s.courses.PublishCourse(ctx, p, id)
	case "archive":
		_, err = s.courses.ArchiveCourse(ctx, p, id)
	default:
		err = xiangcai.Invalid("action", "未知的操作", "unknown action")
	}
	return s.afterEdit(c, id, "", err)
}

// uploadCover answers POST /manage/courses/:id/cover, a form with the
// image in the field "cover".
func (s *site) uploadCover(c *fiber.Ctx) error {
	ctx, id := c.UserContext(), c.Params("id")
	image, err := readUpload(c, "cover", courses.MaxCoverSize)
	if err == nil {
		_, err = s.courses.SetCover(ctx, api.PrincipalFrom(ctx), id, image)
	}
	return s.afterEdit(c, id, "cover", err)
}

// readUpload reads the file posted in field, up to one byte more than
// limit, so that the service sees an oversized file for what it is.
func readUpload(c *fiber.Ctx, field string, limit int64) ([]byte, error) {
	header, err := c.FormFile(field)
	if err != nil {
		return nil, xiangcai.Invalid(field, "请选择文件", "choose a file")
	}
	f, err := header.Open()
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// addChapter answers POST /manage/courses/:id/chapters.
func (s *site) addChapter(c *fiber.Ctx) error {
	ctx, id := c.UserContext(), c.Params("id")
	ch, err := s.courses.CreateChapter(ctx, api.PrincipalFrom(ctx), id, c.FormValue("title"))
	anchor := ""
	if err == nil {
		anchor = "chapter-" + ch.ID
	}
	return s.afterEdit(c, id, anchor, err)
}

// changeChapter answers POST /manage/chapters/:id with action rename (and
// a title), up, down or delete. The form names the chapter's course, where
// the editor returns.
func (s *site) changeChapter(c *fiber.Ctx) error {
	ctx, id, courseID := c.UserContext(), c.Params("id"), c.FormValue("course")
	p := api.PrincipalFrom(ctx)
	var err error
	switch action := c.FormValue("action"); action {
	case "rename":
		_, err = s.courses.RenameChapter(ctx, p, id, c.FormValue("title"))
	case "delete":
		err = s.courses.DeleteChapter(ctx, p, id)
	case "up", "down":
		var outline []*courses.Chapter
		if outline, err = s.courses.FindOutline(ctx, p, courseID); err == nil {
			ids := make([]string, len(outline))
			for i, ch := range outline {
				ids[i] = ch.ID
			}
			err = s.courses.ReorderChapters(ctx, p, courseID, moved(ids, id, action))
		}
	default:
		err = xiangcai.Invalid("action", "未知的操作", "unknown action")
	}
	return s.afterEdit(c, courseID, "chapter-"+id, err)
}

// addLesson answers POST /manage/chapters/:id/lessons: a new, unpublished
// lesson at the end of the chapter; its file, if it has one, is uploaded
// next, from the editor.
func (s *site) addLesson(c *fiber.Ctx) error {
	ctx, courseID := c.UserContext(), c.FormValue("course")
	l, err := s.courses.CreateLesson(ctx, api.PrincipalFrom(ctx), c.Params("id"), courses.NewLesson{
		Title: c.FormValue("title"), Kind: courses.LessonKind(c.FormValue("kind")), BodyHTML: c.FormValue("body_html")})
	anchor := "chapter-" + c.Params("id")
	if err == nil {
		anchor = "lesson-" + l.ID
	}
	return s.afterEdit(c, courseID, anchor, err)
}

// changeLesson answers POST /manage/lessons/:id with action save (title,
// required and, for rich text, body_html), publish, unpublish, up, down or
// delete. The form names the lesson's course and chapter.
func (s *site) changeLesson(c *fiber.Ctx) error {
	ctx, id, courseID := c.UserContext(), c.Params("id"), c.FormValue("course")
	p := api.PrincipalFrom(ctx)
	var err error
	published := func(b bool) courses.LessonUpdate { return courses.LessonUpdate{Published: &b} }
	switch action := c.FormValue("action"); action {
	case "save":
		title, required := c.FormValue("title"), c.FormValue("required") == "on"
		upd := courses.LessonUpdate{Title: &title, Required: &required}
		if body, ok := c.Request().PostArgs().Peek("body_html"), c.Request().PostArgs().Has("body_html"); ok {
			text := string(body)
			upd.BodyHTML = &text
		}
		_, err = s.courses.UpdateLesson(ctx, p, id, upd)
	case "publish":
		_, err = s.courses.UpdateLesson(ctx, p, id, published(true))
	case "unpublish":
		_, err = s.courses.UpdateLesson(ctx, p, id, published(false))
	case "delete":
		err = s.courses.DeleteLesson(ctx, p, id)
	case "up", "down":
		err = s.reorderLesson(c, id, courseID, action)
	default:
		err = xiangcai.Invalid("action", "未知的操作", "unknown action")
	}
	return s.afterEdit(c, courseID, "lesson-"+id, err)
}

// reorderLesson moves lesson id one place up or down its chapter.
func (s *site) reorderLesson(c *fiber.Ctx, id, courseID, direction string) error {
	ctx := c.UserContext()
	p := api.PrincipalFrom(ctx)
	outline, err := s.courses.FindOutline(ctx, p, courseID)
	if err != nil {
		return err
	}
	for _, ch := range outline {
		ids := make([]string, len(ch.Lessons))
		for i, l := range ch.Lessons {
			ids[i] = l.ID
		}
		if slices.Contains(ids, id) {
			return s.courses.ReorderLessons(ctx, p, ch.ID, moved(ids, id, direction))
		}
	}
	return xiangcai.NotFound("课时", "lesson")
}

// moved returns ids with id moved one place "up" (earlier) or "down"; an id
// already at that end stays.
func moved(ids []string, id, direction string) []string {
	out := slices.Clone(ids)
	i := slices.Index(out, id)
	j := i - 1
	if direction == "down" {
		j = i + 1
	}
	if i >= 0 && j >= 0 && j < len(out) {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// afterEdit returns to the course editor at anchor, saying the change was
// saved, or shows the editor again with the reason it failed.
func (s *site) afterEdit(c *fiber.Ctx, courseID, anchor string, err error) error {
	if err == nil {
		if anchor != "" {
			anchor = "#" + anchor
		}
		return c.Redirect("/manage/courses/"+courseID+"?done=saved"+anchor, fiber.StatusSeeOther)
	}
	return s.showFailure(c, err, "manage_course", func(problem *api.Problem) (any, error) {
		data, err := s.loadManagePage(c, courseID, nil)
		if data != nil {
			data.Message = describe(problem, api.Language(c))
		}
		return data, err
	})
}
