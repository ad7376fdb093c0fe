package api

import (
	"crypto/subtle"
	"net/http"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/accounts"
)

const (
	sessionCookie = "xiangcai_session"
	// csrfCookie holds the token that protects forms shown before sign-in
	// (the login form itself), by the double-submit pattern.
	csrfCookie = "xiangcai_csrf"
	// CSRFHeader carries the session's CSRF token on unsafe requests made by
	// scripts; forms send it as the field CSRFField.
	CSRFHeader = "X-CSRF-Token"
	CSRFField  = "_csrf"
)

// authenticate finds who is asking. A bearer token that does not work is
// refused; a stale session cookie is dropped and the visitor continues
// anonymously. Unsafe requests authenticated by cookie must carry the
// session's CSRF token; bearer tokens cannot be sent by a forged cross-site
// form, so they need none.
func (s *Server) authenticate(c *fiber.Ctx) error {
	token, bearer := bearerToken(c)
	if !bearer {
		token = c.Cookies(sessionCookie)
	}
	if token == "" {
		return s.checkAnonymousCSRF(c)
	}
	principal, session, err := s.deps.Accounts.Authenticate(c.UserContext(), token)
	if err != nil {
		if bearer {
			return err
		}
		s.ClearSessionCookie(c)
		return s.checkAnonymousCSRF(c)
	}
	if !bearer && unsafeMethod(c.Method()) {
		if err := s.deps.Accounts.CheckCSRF(session, submittedCSRF(c)); err != nil {
			return err
		}
	}
	withValue(c, principalKey, principal)
	withValue(c, sessionKey, session)
	return c.Next()
}

// checkAnonymousCSRF protects form posts made before sign-in: the form's
// token must match the CSRF cookie. JSON API calls without any credentials
// (such as POST /api/v1/auth/login) cannot ride on a victim's session, so
// they pass.
func (s *Server) checkAnonymousCSRF(c *fiber.Ctx) error {
	if !unsafeMethod(c.Method()) || !isForm(c) {
		return c.Next()
	}
	cookie, sent := c.Cookies(csrfCookie), submittedCSRF(c)
	if cookie == "" || subtle.ConstantTimeCompare([]byte(cookie), []byte(sent)) != 1 {
		return errCSRF()
	}
	return c.Next()
}

func errCSRF() error {
	return xiangcai.Errorf(xiangcai.EFORBIDDEN, "页面已过期，请刷新后重试", "the page has expired; reload it and try again")
}

// CSRFToken returns the token a page must put in its forms: the session's
// when signed in, otherwise the anonymous double-submit cookie's (set here
// if missing).
func (s *Server) CSRFToken(c *fiber.Ctx) string {
	if session := SessionFrom(c); session != nil {
		return session.CSRFToken
	}
	if token := c.Cookies(csrfCookie); token != "" {
		return token
	}
	token := strings.ReplaceAll(xiangcai.NewID(), "-", "")
	c.Cookie(s.cookie(csrfCookie, token, time.Time{}))
	return token
}

// SessionToken returns the session token the browser sent in its cookie.
func SessionToken(c *fiber.Ctx) string { return c.Cookies(sessionCookie) }

// SessionFrom returns the signed-in session, or nil.
func SessionFrom(c *fiber.Ctx) *accounts.Session {
	session, _ := c.UserContext().Value(sessionKey).(*accounts.Session)
	return session
}

// SetSessionCookie gives the browser its session after sign-in.
func (s *Server) SetSessionCookie(c *fiber.Ctx, token string, expires time.Time) {
	c.Cookie(s.cookie(sessionCookie, token, expires))
}

// ClearSessionCookie removes the session cookie.
func (s *Server) ClearSessionCookie(c *fiber.Ctx) {
	c.Cookie(s.cookie(sessionCookie, "", time.Unix(1, 0)))
}

// cookie returns an HTTP-only, SameSite=Lax cookie for the whole site.
func (s *Server) cookie(name, value string, expires time.Time) *fiber.Cookie {
	return &fiber.Cookie{Name: name, Value: value, Path: "/", Expires: expires,
		HTTPOnly: true, Secure: s.deps.Config.CookieSecure, SameSite: fiber.CookieSameSiteLaxMode}
}

// httpCookie is cookie for huma operations, which set headers themselves.
func (s *Server) httpCookie(name, value string, expires time.Time) http.Cookie {
	return http.Cookie{Name: name, Value: value, Path: "/", Expires: expires,
		HttpOnly: true, Secure: s.deps.Config.CookieSecure, SameSite: http.SameSiteLaxMode}
}

func bearerToken(c *fiber.Ctx) (string, bool) {
	return cutBearer(c.Get(fiber.HeaderAuthorization))
}

// cutBearer reads the token out of an "Authorization: Bearer …" header.
func cutBearer(header string) (string, bool) {
	token, ok := strings.CutPrefix(header, "Bearer ")
	return strings.TrimSpace(token), ok
}

func submittedCSRF(c *fiber.Ctx) string {
	if token := c.Get(CSRFHeader); token != "" {
		return token
	}
	return c.FormValue(CSRFField)
}

func unsafeMethod(method string) bool {
	switch method {
	case fiber.MethodGet, fiber.MethodHead, fiber.MethodOptions:
		return false
	}
	return true
}

func isForm(c *fiber.Ctx) bool {
	ct := c.Get(fiber.HeaderContentType)
	return strings.HasPrefix(ct, fiber.MIMEApplicationForm) || strings.HasPrefix(ct, fiber.MIMEMultipartForm)
}
