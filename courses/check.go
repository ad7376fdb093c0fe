package courses

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"xiangcai"
	"xiangcai/regions"
)

// Bounds of a course's fields.
const (
	maxTitle       = 100
	maxSummary     = 2000
	maxCreditHours = 200
	minThreshold   = 50
	maxCapacity    = 100000
	// DefaultCompletionThreshold is the share of a video a trainee watches
	// for it to count, when a course does not choose its own.
	DefaultCompletionThreshold = 90
)

// check validates c as it will be saved, with hours as its credit hours, and
// fills in what follows from its fields: CreditTenths, CityCode and the
// province's RegionCode. Every problem is reported at once.
func (s *Service) check(c *Course, hours float64) error {
	c.Title, c.Summary = strings.TrimSpace(c.Title), strings.TrimSpace(c.Summary)
	c.Audiences = normalizeAudiences(c.Audiences)
	var creditErr error
	c.CreditTenths, creditErr = creditTenths(hours)
	return joinInvalid(
		checkText("title", c.Title, 1, maxTitle, false),
		checkText("summary", c.Summary, 0, maxSummary, true),
		checkVocabulary("topic", Topics, c.Topic),
		checkAudiences(c.Audiences),
		s.locate(c),
		creditErr,
		checkRange("completion_threshold", c.CompletionThreshold, minThreshold, 100),
		checkCapacity(c),
	)
}

// checkText checks that text has between lo and hi characters and no
// control characters but, when multiline, line breaks and tabs.
func checkText(field, text string, lo, hi int, multiline bool) error {
	n := utf8.RuneCountInString(text)
	control := func(r rune) bool { return unicode.IsControl(r) && !(multiline && strings.ContainsRune("\n\r\t", r)) }
	switch {
	case n < lo:
		return xiangcai.Invalid(field, "此项不能为空", "this field is required")
	case n > hi:
		return xiangcai.Invalid(field, "内容过长，最多"+strconv.Itoa(hi)+"个字", "too long: at most "+strconv.Itoa(hi)+" characters")
	case strings.ContainsFunc(text, control):
		return xiangcai.Invalid(field, "不能包含控制字符", "must not contain control characters")
	}
	return nil
}

// checkVocabulary checks that code is one of v's codes.
func checkVocabulary[C ~string](field string, v Vocabulary[C], code C) error {
	if v.Has(code) {
		return nil
	}
	return xiangcai.Invalid(field, "取值无效，可选："+strings.Join(v.Codes(), ", "),
		"unknown value; one of: "+strings.Join(v.Codes(), ", "))
}

// checkRange checks lo <= n <= hi.
func checkRange(field string, n, lo, hi int) error {
	if n < lo || n > hi {
		return xiangcai.Invalid(field, "须在"+strconv.Itoa(lo)+"到"+strconv.Itoa(hi)+"之间", "must be between "+strconv.Itoa(lo)+" and "+strconv.Itoa(hi))
	}
	return nil
}

// normalizeAudiences sorts audiences into vocabulary order and drops
// repeats; unknown codes stay for checkAudiences to report.
func normalizeAudiences(list []Audience) []Audience {
	out := slices.Clone(list)
	slices.SortFunc(out, func(a, b Audience) int { return Audiences.index(a) - Audiences.index(b) })
	return slices.Compact(out)
}

func checkAudiences(list []Audience) error {
	if len(list) == 0 {
		return xiangcai.Invalid("audiences", "请至少选择一类适用对象", "choose at least one audience")
	}
	for _, a := range list {
		if err := checkVocabulary("audiences", Audiences, a); err != nil {
			return err
		}
	}
	return nil
}

// creditTenths turns credit hours into tenths: more than 0 and at most
// maxCreditHours, in steps of half an hour.
func creditTenths(hours float64) (int, error) {
	tenths := math.Round(hours * 10)
	if math.Abs(hours*10-tenths) > 1e-6 || int(tenths)%5 != 0 || tenths <= 0 || tenths > maxCreditHours*10 {
		return 0, xiangcai.Invalid("credit_hours", "学时须大于0、不超过"+strconv.Itoa(maxCreditHours)+"，以0.5为单位",
			"credit hours must be above 0 and at most "+strconv.Itoa(maxCreditHours)+", in steps of 0.5")
	}
	return int(tenths), nil
}

func checkCapacity(c *Course) error {
	if err := checkRange("capacity", c.Capacity, 0, maxCapacity); err != nil {
		return err
	}
	if c.Capacity > 0 && c.Capacity < c.EnrolledCount {
		return xiangcai.Invalid("capacity", "名额不能少于已报名人数（"+strconv.Itoa(c.EnrolledCount)+"）",
			"capacity cannot be below the "+strconv.Itoa(c.EnrolledCount)+" people already enrolled")
	}
	return nil
}

// locate checks the course's provider level and region and works out its
// city: a province course belongs to ProvinceCode, a city course to a city,
// a county course to a county and that county's city.
func (s *Service) locate(c *Course) error {
	var level regions.Level
	switch c.ProviderLevel {
	case LevelProvince:
		if c.RegionCode == "" {
			c.RegionCode = ProvinceCode
		}
		level = regions.LevelProvince
	case LevelCity:
		level = regions.LevelCity
	case LevelCounty:
		level = regions.LevelCounty
	default:
		return checkVocabulary("provider_level", ProviderLevels, c.ProviderLevel)
	}
	if err := s.regions.Validate("region_code", c.RegionCode, level); err != nil {
		return err
	}
	city, _ := s.regions.City(c.RegionCode) // the province has none
	c.CityCode = city.Code
	return nil
}
