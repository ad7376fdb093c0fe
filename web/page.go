package web

import (
	"bytes"

	"github.com/gofiber/fiber/v2"

	"xiangcai/accounts"
	"xiangcai/api"
)

// page is what every template receives: what the layout needs, and the
// page's own Data.
type page struct {
	Lang      string
	User      *accounts.User // nil for anonymous visitors
	Nav       []navLink
	Languages []langLink
	// CSRF is the token the page's forms send; set on pages with forms
	// (every signed-in page has the sign-out button).
	CSRF string
	Data any
}

// newPage fills in the layout's part of a page for the request.
func (s *site) newPage(c *fiber.Ctx, data any) page {
	lang, principal := api.Language(c), api.PrincipalFrom(c.UserContext())
	p := page{
		Lang:      lang,
		User:      signedInUser(c),
		Nav:       navFor(principal, lang, c.Path()),
		Languages: languageLinks(lang, backTo(c)),
		Data:      data,
	}
	if !principal.Anonymous() {
		p.CSRF = s.srv.CSRFToken(c)
	}
	return p
}

// signedInUser returns the user whose session the request carries, loaded
// with the session, or nil.
func signedInUser(c *fiber.Ctx) *accounts.User {
	if session := api.SessionFrom(c); session != nil {
		return session.User
	}
	return nil
}

// render answers with the template name. Pages carry personal data and
// tokens and are often opened on shared devices, so nothing may store them.
func (s *site) render(c *fiber.Ctx, status int, name string, p page) error {
	var buf bytes.Buffer
	if err := s.views.execute(&buf, p.Lang, name, p); err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, fiber.MIMETextHTMLCharsetUTF8)
	c.Set(fiber.HeaderCacheControl, "no-store")
	return c.Status(status).Send(buf.Bytes())
}
