package web

import (
	"strconv"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/regions"
	"xiangcai/talentpool"
)

// categoryList are the organization categoryList in list order.
type categoryList []*talentpool.Category

// categoryNames reads the categoryList.
func (pp *poolPages) categoryNames(c *fiber.Ctx) (categoryList, error) {
	return pp.pool.FindCategories(c.UserContext())
}

// name returns the name of the category id, or "" when there is none.
func (cs categoryList) name(id string) string {
	for _, cat := range cs {
		if cat.ID == id {
			return cat.Name
		}
	}
	return ""
}

// options lists the categoryList as choices after a blank one labelled empty.
func (cs categoryList) options(lang, chosen, empty string) []option {
	out := []option{{Label: empty}}
	for _, cat := range cs {
		out = append(out, option{Value: cat.ID, Label: cat.Name, Selected: cat.ID == chosen})
	}
	return out
}

// organizationForm is the form that creates an organization or changes
// one: in holds the values it shows, maskedPhone the current phone of an
// organization being changed, whose number the form never shows.
func (pp *poolPages) organizationForm(c *fiber.Ctx, cats categoryList, action string, in talentpool.OrganizationInput, maskedPhone string) *poolForm {
	p, lang := principalOf(c), api.Language(c)
	region := pp.regionField(p, lang, "region_code", say(lang, "org.region"), in.RegionCode, regions.LevelVillage, say(lang, "pool.choose"))
	region.Required = true
	fields := []formField{
		{Name: "name", Label: say(lang, "org.name"), Kind: "text", Value: in.Name, Required: true},
		{Name: "credit_code", Label: say(lang, "org.credit_code"), Kind: "text", Value: in.CreditCode, Hint: say(lang, "org.credit_code_hint")},
		{Name: "status", Label: say(lang, "org.status"), Kind: "select", Required: true,
			Options: withBlank(say(lang, "pool.choose"), options(organizationStatuses, lang, in.Status))},
		{Name: "category_id", Label: say(lang, "org.category"), Kind: "select", Required: true,
			Options: cats.options(lang, in.CategoryID, say(lang, "pool.choose"))},
		region,
		{Name: "is_hub", Label: say(lang, "org.hub_long"), Kind: "checkbox", Checked: in.IsHub},
		{Name: "is_incubation_base", Label: say(lang, "org.incubation_base_long"), Kind: "checkbox", Checked: in.IsIncubationBase},
		{Name: "social_workers", Label: say(lang, "org.social_workers"), Kind: "number", Value: strconv.Itoa(in.SocialWorkers),
			Hint: say(lang, "org.social_workers_hint")},
		{Name: "contact_name", Label: say(lang, "org.contact_name"), Kind: "text", Value: in.ContactName},
	}
	fields = append(fields, secretFields(lang, "contact_phone", say(lang, "org.contact_phone"), "tel", in.ContactPhone, maskedPhone, "")...)
	fields = append(fields, formField{Name: "services", Label: say(lang, "org.services"), Kind: "textarea", Value: in.Services})
	return &poolForm{ID: "org", Action: action, Fields: fields, Submit: say(lang, "pool.save")}
}

// secretFields are the fields of an optional personal value that a form
// never shows once stored: a blank field keeps the stored value, shown
// masked after the hint, and a box clears it. With nothing stored it is a
// plain field.
func secretFields(lang, name, label, kind, value, masked, hint string) []formField {
	f := formField{Name: name, Label: label, Kind: kind, Value: value, Hint: hint}
	if masked == "" {
		return []formField{f}
	}
	f.Hint = strings.TrimSpace(hint + " " + say(lang, "pool.keep_secret", masked))
	return []formField{f, {Name: "clear_" + name, Label: say(lang, "pool.clear_value", label), Kind: "checkbox"}}
}

// secretValue reads what secretFields sent: nil keeps the stored value, ""
// clears it.
func secretValue(c *fiber.Ctx, name string) *string {
	v := strings.TrimSpace(c.FormValue(name))
	if c.FormValue("clear_"+name) == "true" {
		v = ""
	} else if v == "" {
		return nil
	}
	return &v
}

// organizationInput reads the organization form. The number of social
// workers stays as typed when it is not a number, so the service names it.
func (pp *poolPages) organizationInput(c *fiber.Ctx) (talentpool.OrganizationInput, error) {
	in := talentpool.OrganizationInput{Name: c.FormValue("name"), CreditCode: c.FormValue("credit_code"),
		Status: talentpool.OrganizationStatus(c.FormValue("status")), CategoryID: c.FormValue("category_id"),
		RegionCode: pp.chosenRegion(principalOf(c), c.FormValue), IsHub: c.FormValue("is_hub") == "true",
		IsIncubationBase: c.FormValue("is_incubation_base") == "true", ContactName: c.FormValue("contact_name"),
		ContactPhone: c.FormValue("contact_phone"), Services: c.FormValue("services")}
	n, err := formNumber(c, "social_workers")
	in.SocialWorkers = n
	return in, err
}

// formNumber reads a whole number from the form field name; blank is 0.
func formNumber(c *fiber.Ctx, name string) (int, error) {
	v := strings.TrimSpace(c.FormValue(name))
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, xiangcai.Invalid(name, "请填写整数", "enter a whole number")
	}
	return n, nil
}
