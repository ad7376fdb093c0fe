package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/regions"
)

// principalOf returns who asks for the page.
func principalOf(c *fiber.Ctx) xiangcai.Principal { return api.PrincipalFrom(c.UserContext()) }

// say returns the catalog's message key in lang, formatted with args. A
// key missing from the catalog is a bug in this package, which the page
// tests reach, so it panics rather than showing the key to users.
func say(lang, key string, args ...any) string {
	s, err := translate(lang, key, args...)
	if err != nil {
		panic(err)
	}
	return s
}

// whenText shows an instant as a date and time in Beijing time; "" for none.
func whenText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(chinaTime).Format("2006-01-02 15:04")
}

// isoDate shows the date of an instant in Beijing time; "" for none.
func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(chinaTime).Format(time.DateOnly)
}

// orDash shows a value, or a dash for none.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// yesNo names a flag in lang.
func yesNo(lang string, b bool) string {
	if b {
		return say(lang, "pool.yes")
	}
	return say(lang, "pool.no")
}

// withBlank puts a blank choice labelled label before choices.
func withBlank(label string, choices []option) []option {
	return append([]option{{Label: label}}, choices...)
}

// flagOptions are the choices of a yes/no filter: any, yes or no.
func flagOptions(lang, chosen string) []option {
	return []option{{Label: say(lang, "pool.any")},
		{Value: "true", Label: say(lang, "pool.yes"), Selected: chosen == "true"},
		{Value: "false", Label: say(lang, "pool.no"), Selected: chosen == "false"}}
}

// queryFlag reads a yes/no filter: nil for any.
func queryFlag(v string) *bool {
	if v != "true" && v != "false" {
		return nil
	}
	b := v == "true"
	return &b
}

// placeName names a region for p: below the city for a city administrator,
// who knows their city, and from the city down for everyone else.
func (pp *poolPages) placeName(p xiangcai.Principal, code string) string {
	var names []string
	for _, r := range pp.regions.Path(code) {
		if r.Level == regions.LevelProvince || (r.Level == regions.LevelCity && p.Role == xiangcai.RoleCityAdmin && r.Code != code) {
			continue
		}
		names = append(names, r.Name)
	}
	return strings.Join(names, " ")
}

// cityName names a city by its code.
func (pp *poolPages) cityName(code string) string {
	r, _ := pp.regions.Find(code)
	return r.Name
}

// cityOptions lists the cities p may choose: every city for the province,
// their own for a city administrator.
func (pp *poolPages) cityOptions(p xiangcai.Principal, chosen, empty string) []option {
	var out []option
	if empty != "" {
		out = append(out, option{Label: empty})
	}
	for _, r := range pp.regions.Children("") {
		if p.CanManageCity(r.Code) {
			out = append(out, option{Value: r.Code, Label: r.Name, Selected: r.Code == chosen})
		}
	}
	return out
}

// yearOptions lists the years from first to last, latest first.
func yearOptions(first, last, chosen int) []option {
	var out []option
	for y := last; y >= first; y-- {
		out = append(out, option{Value: strconv.Itoa(y), Label: fmt.Sprint(y), Selected: y == chosen})
	}
	return out
}
