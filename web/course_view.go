package web

import (
	"fmt"
	"net/url"
	"path"
	"strconv"
	"time"

	"xiangcai"
	"xiangcai/courses"
)

// chinaTime is the time zone Hunan keeps all year. Dates on pages and
// certificates are the local date, not the UTC one the database stores.
var chinaTime = time.FixedZone("CST", 8*60*60)

// hours writes credit hours the short way: "2", "1.5".
func hours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// duration writes seconds as "4:05" or "1:02:03".
func duration(seconds int) string {
	h, m, s := seconds/3600, seconds/60%60, seconds%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%d:%02d", m, s)
}

// date writes the local date of t in lang: "2026年5月9日" or "9 May 2026".
func date(t time.Time, lang string) string {
	t = t.In(chinaTime)
	if lang == "en" {
		return t.Format("2 January 2006")
	}
	return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
}

// courseCard is a course as lists show it.
type courseCard struct {
	ID, Title, Summary string
	Hours              string
	Topic              string
	Provider           string // level and region, such as "市州级 · 长沙市"
	Status             string // the status's label
	Published          bool
	CoverURL           string // "" without a cover
	Enrolled           int
}

// card returns the card of c in lang.
func (s *site) card(c *courses.Course, lang string) courseCard {
	return courseCard{
		ID: c.ID, Title: c.Title, Summary: c.Summary, Hours: hours(c.CreditHours()),
		Topic: courses.Topics.Label(c.Topic).In(lang), Provider: s.provider(c, lang),
		Status: courses.Statuses.Label(c.Status).In(lang), Published: c.Status == courses.StatusPublished,
		CoverURL: coverURL(c), Enrolled: c.EnrolledCount,
	}
}

// provider names who offers c: "省级", or the level and the region below the
// province, such as "县市区级 · 长沙市 岳麓区".
func (s *site) provider(c *courses.Course, lang string) string {
	level := courses.ProviderLevels.Label(c.ProviderLevel).In(lang)
	if region := s.regionName(c.RegionCode); region != "" {
		return level + " · " + region
	}
	return level
}

// coverURL is the address of c's cover on this site, or "". The cover's key
// changes with every new image, so the address does too, and browsers may
// keep a cover for good: on a weak network the catalog costs its images
// once.
func coverURL(c *courses.Course) string {
	if c.CoverKey == "" {
		return ""
	}
	return "/courses/" + c.ID + "/cover?" + url.Values{"v": {path.Base(c.CoverKey)}}.Encode()
}

// option is one choice of a select or a set of checkboxes.
type option struct {
	Value, Label string
	Selected     bool
}

// options lists a vocabulary's terms in lang, marking those chosen.
func options[C ~string](v courses.Vocabulary[C], lang string, chosen ...C) []option {
	out := make([]option, len(v))
	for i, term := range v {
		out[i] = option{Value: string(term.Code), Label: term.Label.In(lang)}
		for _, c := range chosen {
			out[i].Selected = out[i].Selected || c == term.Code
		}
	}
	return out
}

// mayEdit mirrors the courses package's rule for who edits a course (its
// administrators and its instructors) so that pages offer only the links
// that work; the service still decides every change. c must carry its
// instructors (FindCourseByID loads them).
func mayEdit(p xiangcai.Principal, c *courses.Course) bool {
	if mayAdminister(p, c) {
		return true
	}
	if p.Role != xiangcai.RoleInstructor {
		return false
	}
	for _, in := range c.Instructors {
		if in.UserID == p.UserID {
			return true
		}
	}
	return false
}

// mayAdminister mirrors the rule for who publishes and archives a course,
// moves it and chooses its instructors: the province administrator, and
// the administrator of a city or county course's city.
func mayAdminister(p xiangcai.Principal, c *courses.Course) bool {
	return p.Role == xiangcai.RoleProvinceAdmin || (c.CityCode != "" && p.CanManageCity(c.CityCode))
}
