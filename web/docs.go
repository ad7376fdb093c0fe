package web

import "github.com/gofiber/fiber/v2"

// apiDocs answers GET /api/docs: a page whose script, static/docs.js, reads
// the OpenAPI document and lists the operations by tag. The document is
// public, so the page is too; the navigation offers it to administrators,
// who connect other systems.
func (s *site) apiDocs(c *fiber.Ctx) error {
	return s.render(c, fiber.StatusOK, "docs", s.newPage(c, nil))
}
