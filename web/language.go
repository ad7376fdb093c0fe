package web

import (
	"net/url"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"
)

// languages are the languages pages come in, Chinese first. Codes are what
// api.Language returns.
var languages = []struct{ Code, Label string }{
	{Code: "zh-CN", Label: "中文"},
	{Code: "en", Label: "English"},
}

// languageCookie keeps the visitor's choice; api.Language reads it.
const languageCookie = "lang"

// langLink is one entry of the language switch in the header.
type langLink struct {
	Code, Label, Href string
	Current           bool
}

// languageLinks returns the language switch for a page at back, the
// request's path and query.
func languageLinks(current, back string) []langLink {
	links := make([]langLink, len(languages))
	for i, l := range languages {
		q := url.Values{"to": {l.Code}, "back": {back}}
		links[i] = langLink{Code: l.Code, Label: l.Label, Href: "/lang?" + q.Encode(), Current: l.Code == current}
	}
	return links
}

// backTo returns the request's path and query for the language switch to
// return to, without a ?lang= that would override the choice.
func backTo(c *fiber.Ctx) string {
	query, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
	delete(query, "lang")
	if len(query) == 0 {
		return c.Path()
	}
	return c.Path() + "?" + query.Encode()
}

// switchLanguage answers GET /lang?to=en&back=/path: it remembers the
// language for a year and returns to back, which must be a path on this site
// so the switch cannot be used to send visitors elsewhere.
func (s *site) switchLanguage(c *fiber.Ctx) error {
	to := languages[0].Code
	for _, l := range languages {
		if c.Query("to") == l.Code {
			to = l.Code
		}
	}
	c.Cookie(&fiber.Cookie{Name: languageCookie, Value: to, Path: "/", Expires: time.Now().AddDate(1, 0, 0),
		HTTPOnly: true, Secure: s.cookieSecure, SameSite: fiber.CookieSameSiteLaxMode})
	return c.Redirect(localPath(c.Query("back")), fiber.StatusSeeOther)
}

// localPath returns back if it is a path on this site, otherwise "/".
// "//host" and "/\host" are refused because browsers treat them as other
// sites.
func localPath(back string) string {
	u, err := url.Parse(back)
	if err != nil || u.Scheme != "" || u.Host != "" || u.User != nil ||
		!strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || strings.Contains(back, `\`) {
		return "/"
	}
	return back
}
