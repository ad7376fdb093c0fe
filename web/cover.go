package web

import (
	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
)

// cover answers GET /courses/:id/cover?v=…: the cover image of a course the
// visitor may see. Pages link covers here rather than to signed store
// links, which change on every page view and so could never be cached; a
// cover is at most 2 MB, so passing it through costs little, and its
// address changes with the image (v), so browsers keep it for a year.
func (s *site) cover(c *fiber.Ctx) error {
	ctx := c.UserContext()
	course, err := s.courses.FindCourseByID(ctx, api.PrincipalFrom(ctx), c.Params("id"))
	if err != nil {
		return err
	}
	if course.CoverKey == "" {
		return xiangcai.NotFound("封面", "cover")
	}
	body, info, err := s.store.Get(ctx, course.CoverKey, nil)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, info.ContentType)
	c.Set(fiber.HeaderCacheControl, "private, max-age=31536000, immutable")
	return c.SendStream(body, int(info.Size)) // fasthttp closes body once sent
}
