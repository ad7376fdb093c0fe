package web

import (
	"context"
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/courses"
	"xiangcai/regions"
)

// courseForm is the form of a course's fields, as typed, with what is
// wrong with them.
type courseForm struct {
	Title, Summary             string
	Hours, Threshold, Capacity string
	Topics, Audiences          []option
	// Places are where the course may belong, each implying its provider
	// level: the province, a city or a county. Moving a course, like
	// choosing its instructors, is for administrators (Admin).
	Places      []option
	Place       string // the current place's label, for those who may not move it
	Instructors []option
	Admin       bool
	Fields      map[string]string
}

// courseFields is what the form says, read from a posted form.
type courseFields struct {
	title, summary, region string
	topic                  courses.Topic
	audiences              []courses.Audience
	instructors            []string
	hours                  float64
	threshold, capacity    int
}

// readCourseForm reads the posted course form; numbers that do not parse
// are invalid on their fields.
func readCourseForm(c *fiber.Ctx) (courseFields, error) {
	f := courseFields{title: c.FormValue("title"), summary: c.FormValue("summary"), region: c.FormValue("region_code"),
		topic: courses.Topic(c.FormValue("topic"))}
	for _, a := range c.Request().PostArgs().PeekMulti("audiences") {
		f.audiences = append(f.audiences, courses.Audience(a))
	}
	for _, id := range c.Request().PostArgs().PeekMulti("instructor_ids") {
		f.instructors = append(f.instructors, string(id))
	}
	var bad *xiangcai.Error
	number := func(field string, parse func(string) error) {
		if text := strings.TrimSpace(c.FormValue(field)); text != "" && parse(text) != nil {
			if bad == nil {
				bad = xiangcai.Errorf(xiangcai.EINVALID, "输入有误", "invalid input")
			}
			bad.WithField(field, "请填写数字", "enter a number")
		}
	}
	number("credit_hours", func(s string) (err error) { f.hours, err = strconv.ParseFloat(s, 64); return err })
	number("completion_threshold", func(s string) (err error) { f.threshold, err = strconv.Atoi(s); return err })
	number("capacity", func(s string) (err error) { f.capacity, err = strconv.Atoi(s); return err })
	if bad != nil {
		return f, bad
	}
	return f, nil
}

// level is the provider level that the place region implies.
func (s *site) level(region string) courses.ProviderLevel {
	if region == courses.ProvinceCode {
		return courses.LevelProvince
	}
	r, _ := s.regions.Find(region)
	switch r.Level {
	case regions.LevelCity:
		return courses.LevelCity
	case regions.LevelCounty:
		return courses.LevelCounty
	}
	return ""
}

// newCourseForm returns the form filled in with in (typed values) for p.
func (s *site) newCourseForm(ctx context.Context, p xiangcai.Principal, lang string, in courseFields, chosen []string) (courseForm, error) {
	f := courseForm{Title: in.title, Summary: in.summary, Admin: p.IsAdmin(),
		Topics: options(courses.Topics, lang, in.topic), Audiences: options(courses.Audiences, lang, in.audiences...),
		Places: s.placeChoices(p, in.region, lang)}
	if in.hours > 0 {
		f.Hours = hours(in.hours)
	}
	if in.threshold > 0 {
		f.Threshold = strconv.Itoa(in.threshold)
	}
	if in.capacity > 0 {
		f.Capacity = strconv.Itoa(in.capacity)
	}
	if !f.Admin {
		return f, nil
	}
	list, _, err := s.accounts.FindUsers(ctx, p, accounts.UserFilter{Role: xiangcai.RoleInstructor, Page: xiangcai.Page{Limit: xiangcai.MaxPageSize}})
	for _, u := range list {
		o := option{Value: u.ID, Label: u.DisplayName}
		for _, id := range chosen {
			o.Selected = o.Selected || id == u.ID
		}
		f.Instructors = append(f.Instructors, o)
	}
	return f, err
}

// placeChoices lists where p may place a course: the province for the
// province administrator and for instructors of no city, and a city with
// its counties for those who belong to it.
func (s *site) placeChoices(p xiangcai.Principal, chosen, lang string) []option {
	var out []option
	add := func(code, name string, level courses.ProviderLevel) {
		out = append(out, option{Value: code, Label: courses.ProviderLevels.Label(level).In(lang) + " · " + name, Selected: code == chosen})
	}
	if p.Role == xiangcai.RoleProvinceAdmin || (p.Role == xiangcai.RoleInstructor && p.CityCode == "") {
		add(courses.ProvinceCode, "湖南省", courses.LevelProvince)
	}
	for _, city := range s.regions.Children("") {
		if p.Role != xiangcai.RoleProvinceAdmin && city.Code != p.CityCode {
			continue
		}
		add(city.Code, city.Name, courses.LevelCity)
		for _, county := range s.regions.Children(city.Code) {
			add(county.Code, city.Name+" "+county.Name, courses.LevelCounty)
		}
	}
	return out
}
