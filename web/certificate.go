package web

import (
	"net/url"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
)

// certificatePage is a certificate as printed, or as public verification
// shows it (with the holder's name masked).
type certificatePage struct {
	Code        string
	Holder      string
	CourseTitle string
	Hours       string
	Date        string
	Issuer      string
	VerifyURL   string
}

// verifyPage is the public verification page: a form for a code and, once
// one is given, what it certifies or why nothing was found.
type verifyPage struct {
	Code    string
	Found   *certificatePage
	Message string
}

// certificate answers GET /certificates/:code: the printable certificate,
// for its holder and the administrators of the holder's city.
func (s *site) certificate(c *fiber.Ctx) error {
	ctx := c.UserContext()
	p := api.PrincipalFrom(ctx)
	cert, err := s.progress.FindCertificate(ctx, p, c.Params("code"))
	if err != nil {
		return err
	}
	lang := api.Language(c)
	data := certificatePage{Code: cert.Code, Holder: cert.HolderName, CourseTitle: cert.CourseTitle,
		Hours: hours(cert.CreditHours()), Date: date(cert.IssuedAt, lang), Issuer: cert.Issuer, VerifyURL: s.verifyURL(cert.Code)}
	return s.render(c, fiber.StatusOK, "certificate", s.newPage(c, data))
}

// verifyURL is the public address that confirms the certificate code.
func (s *site) verifyURL(code string) string {
	return strings.TrimSuffix(s.baseURL, "/") + "/verify/" + url.PathEscape(code)
}

// verifyForm answers GET /verify: the form, which sends ?code= here and is
// then redirected to the code's own address.
func (s *site) verifyForm(c *fiber.Ctx) error {
	if code := strings.TrimSpace(c.Query("code")); code != "" {
		return c.Redirect("/verify/"+url.PathEscape(strings.ToUpper(code)), fiber.StatusSeeOther)
	}
	return s.render(c, fiber.StatusOK, "verify", s.newPage(c, verifyPage{}))
}

// verify answers GET /verify/:code for anyone: what the certificate
// certifies, with the holder's name masked. An unknown code is shown on
// the form with status 404.
func (s *site) verify(c *fiber.Ctx) error {
	code := c.Params("code")
	v, err := s.progress.Verify(c.UserContext(), code)
	data := verifyPage{Code: code}
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
		data.Message = api.Explain(c, err).Body.Message
		return s.render(c, fiber.StatusNotFound, "verify", s.newPage(c, data))
	}
	if err != nil {
		return err
	}
	data.Found = &certificatePage{Code: v.Code, Holder: v.MaskedName, CourseTitle: v.CourseTitle, Hours: hours(v.CreditHours),
		Date: date(v.IssuedAt, api.Language(c)), Issuer: v.Issuer}
	return s.render(c, fiber.StatusOK, "verify", s.newPage(c, data))
}
