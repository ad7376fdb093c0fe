package web

import (
	"net/url"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/courses"
)

// catalogData is the catalog page: the filter as chosen with its choices,
// and one page of courses.
type catalogData struct {
	Query     string
	Topics    []option
	Audiences []option
	Levels    []option
	Cities    []option // empty when the visitor sees no city's courses
	Sorts     []option
	Filtered  bool // a filter or an order is chosen, so the page shows them
	Courses   []courseCard
	Total     int
	Message   string // what is wrong with the search
	More      string // the next page's address; "" on the last page
}

// catalog answers GET /courses: published courses the visitor may see,
// searched, filtered and sorted by the query string, twenty at a time with
// a link to the next twenty. It needs no sign-in: province courses are for
// everyone.
func (s *site) catalog(c *fiber.Ctx) error {
	ctx, lang := c.UserContext(), api.Language(c)
	p := api.PrincipalFrom(ctx)
	f := courses.CourseFilter{
		Query: c.Query("q"), Topic: courses.Topic(c.Query("topic")), Audience: courses.Audience(c.Query("audience")),
		ProviderLevel: courses.ProviderLevel(c.Query("level")), RegionCode: c.Query("region"),
		Sort: courses.Sort(c.Query("sort")), Page: xiangcai.Page{Cursor: c.Query("cursor")},
	}
	data := &catalogData{
		Query:  f.Query,
		Topics: options(courses.Topics, lang, f.Topic), Audiences: options(courses.Audiences, lang, f.Audience),
		Levels: options(courses.ProviderLevels, lang, f.ProviderLevel), Sorts: options(courses.Sorts, lang, f.Sort),
		Cities:   s.cityChoices(p, f.RegionCode),
		Filtered: f.Topic != "" || f.Audience != "" || f.ProviderLevel != "" || f.RegionCode != "" || f.Sort != "",
	}
	if f.Sort == "" {
		data.Sorts[0].Selected = true
	}
	list, err := s.courses.FindCourses(ctx, p, f)
	if err != nil {
		return s.showFailure(c, err, "catalog", func(problem *api.Problem) (any, error) {
			data.Message = describe(problem, lang)
			return data, nil
		})
	}
	data.Total = list.Total
	for _, course := range list.Items {
		data.Courses = append(data.Courses, s.card(course, lang))
	}
	if list.NextCursor != "" {
		q, _ := url.ParseQuery(string(c.Request().URI().QueryString()))
		q.Del("lang")
		q.Set("cursor", list.NextCursor)
		data.More = "/courses?" + q.Encode()
	}
	return s.render(c, fiber.StatusOK, "catalog", s.newPage(c, data))
}

// cityChoices lists the cities whose courses p may filter by: every city
// for the province administrator, p's own city for anyone who has one, none
// for the rest (they see province courses only).
func (s *site) cityChoices(p xiangcai.Principal, chosen string) []option {
	var out []option
	for _, city := range s.regions.Children("") {
		if p.Role == xiangcai.RoleProvinceAdmin || city.Code == p.CityCode {
			out = append(out, option{Value: city.Code, Label: city.Name, Selected: city.Code == chosen})
		}
	}
	return out
}
