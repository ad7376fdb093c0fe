package web

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai/accounts"
	"xiangcai/api"
)

// loginForm is the data of the sign-in page. It keeps what the visitor typed
// as their account, never the password.
type loginForm struct {
	Login   string
	Message string            // why the last attempt failed, in the page's language
	Fields  map[string]string // field name → what is wrong with it
}

// showLogin answers GET /login. Someone already signed in goes home.
func (s *site) showLogin(c *fiber.Ctx) error {
	if !api.PrincipalFrom(c.UserContext()).Anonymous() {
		return c.Redirect("/", fiber.StatusSeeOther)
	}
	return s.renderLogin(c, fiber.StatusOK, loginForm{})
}

// login answers POST /login: on success it sets the session cookie and goes
// home; otherwise it shows the form again with the reason, in the status the
// reason calls for (401 wrong account or password, 429 too many attempts,
// 422 missing input).
func (s *site) login(c *fiber.Ctx) error {
	if !api.PrincipalFrom(c.UserContext()).Anonymous() {
		return c.Redirect("/", fiber.StatusSeeOther)
	}
	account := strings.TrimSpace(c.FormValue("login"))
	session, token, err := s.accounts.Login(c.UserContext(), accounts.LoginInput{
		Login:     account,
		Password:  c.FormValue("password"),
		IP:        c.IP(),
		UserAgent: c.Get(fiber.HeaderUserAgent),
		Kind:      accounts.SessionCookie,
	})
	if err != nil {
		problem := api.Explain(c, err)
		form := loginForm{Login: account, Message: problem.Body.Message, Fields: problem.Body.Fields}
		return s.renderLogin(c, problem.GetStatus(), form)
	}
	s.srv.SetSessionCookie(c, token, session.ExpiresAt)
	return c.Redirect("/", fiber.StatusSeeOther)
}

// renderLogin shows the sign-in form with the anonymous CSRF token.
func (s *site) renderLogin(c *fiber.Ctx, status int, form loginForm) error {
	p := s.newPage(c, form)
	p.CSRF = s.srv.CSRFToken(c)
	return s.render(c, status, "login", p)
}

// logout answers POST /logout: it ends the session, clears the cookie and
// shows the sign-in page.
func (s *site) logout(c *fiber.Ctx) error {
	if api.SessionFrom(c) != nil {
		if err := s.accounts.Logout(c.UserContext(), api.SessionToken(c)); err != nil {
			return err
		}
	}
	s.srv.ClearSessionCookie(c)
	return c.Redirect("/login", fiber.StatusSeeOther)
}
