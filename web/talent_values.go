package web

import (
	"fmt"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai/api"
	"xiangcai/talentpool"
)

// valueText turns the value of a field of a pool record, as the audit trail
// keeps it, into what a person reads.
type valueText func(field string, value any) string

// describer returns how the visitor's pages valueText values: codes by their
// names in the page's language, regions, categoryList, organizations and
// accounts by their names, times in Beijing time.
func (pp *poolPages) describer(c *fiber.Ctx) (valueText, error) {
	lang := api.Language(c)
	cats, err := pp.categoryNames(c)
	if err != nil {
		return nil, err
	}
	return func(field string, v any) string {
		s, _ := v.(string)
		switch {
		case s == "":
		case field == "category_id":
			return cats.name(s)
		case strings.HasSuffix(field, "_code") && field != "credit_code":
			return pp.placeName(principalOf(c), s)
		case field == "status":
			if organizationStatuses.Has(talentpool.OrganizationStatus(s)) {
				return organizationStatuses.Label(talentpool.OrganizationStatus(s)).In(lang)
			}
			return talentpool.Statuses.Label(talentpool.Status(s)).In(lang)
		case field == "category":
			return talentpool.TalentCategories.Label(talentpool.TalentCategory(s)).In(lang)
		case field == "qualification":
			return talentpool.Qualifications.Label(talentpool.Qualification(s)).In(lang)
		case field == "gender":
			return say(lang, "pool.gender."+s)
		case field == "organization_id":
			return pp.organizationName(c, s)
		case field == "user_id":
			return pp.userName(c, map[string]string{}, s, "—")
		case field == "deleted_at":
			if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
				return whenText(t)
			}
		case field == "birth_date" || field == "qualification_expires_at":
			if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
				return isoDate(t)
			}
		}
		return plainValue(lang, v)
	}, nil
}

// organizationName names an organization the visitor may read, or shows
// a dash.
func (pp *poolPages) organizationName(c *fiber.Ctx, id string) string {
	o, err := pp.pool.FindOrganizationByID(c.UserContext(), principalOf(c), id)
	if err != nil {
		return "—"
	}
	return o.Name
}

// plainValue describes a value with no meaning to look up: text as it is,
// true and false as yes and no, lists joined, nothing as a dash.
func plainValue(lang string, v any) string {
	switch v := v.(type) {
	case nil:
		return "—"
	case string:
		if v == "" {
			return "—"
		}
		return v
	case bool:
		return yesNo(lang, v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = plainValue(lang, x)
		}
		return strings.Join(parts, "、")
	}
	return fmt.Sprint(v)
}
