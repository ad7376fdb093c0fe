package web

import (
	"slices"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/api"
	"xiangcai/regions"
	"xiangcai/talentpool"
)

// formValues reads the values a form shows by name: what was typed, or a
// record's stored values.
type formValues func(name string, defaultValue ...string) string

// talentForm is the form that adds a talent (current nil) or changes
// current, showing the values v holds and region as the chosen region. A
// talent's stored ID number, phone and account are never shown: blank
// fields keep them.
func (pp *poolPages) talentForm(c *fiber.Ctx, action string, v formValues, region string, current *talentpool.Talent) (*poolForm, error) {
	p, lang := principalOf(c), api.Language(c)
	city := p.CityCode
	if r, ok := pp.regions.City(region); ok && p.Role == xiangcai.RoleProvinceAdmin {
		city = r.Code
	}
	orgs, err := pp.organizationChoices(c, city, v("organization_id"))
	if err != nil {
		return nil, err
	}
	var maskedID, maskedPhone, account string
	if current != nil {
		maskedID, maskedPhone = current.IDMasked, current.PhoneMasked
		if current.UserID != "" {
			account = pp.userName(c, map[string]string{}, current.UserID, "—")
		}
	}
	place := pp.regionField(p, lang, "region_code", say(lang, "talent.region"), region, regions.LevelVillage, say(lang, "pool.choose"))
	id := formField{Name: "id_number", Label: say(lang, "talent.id_number"), Kind: "text", Value: v("id_number"), Required: current == nil}
	if current != nil {
		id.Hint = say(lang, "pool.keep_secret", maskedID)
	}
	fields := []formField{
		{Name: "name", Label: say(lang, "talent.name"), Kind: "text", Value: v("name"), Required: true}, id}
	fields = append(fields, secretFields(lang, "phone", say(lang, "talent.phone"), "tel", v("phone"), maskedPhone, "")...)
	fields = append(fields,
		formField{Name: "category", Label: say(lang, "talent.category"), Kind: "select", Required: true,
			Options: withBlank(say(lang, "pool.choose"), options(talentpool.TalentCategories, lang, talentpool.TalentCategory(v("category"))))},
		place,
		formField{Name: "organization_id", Label: say(lang, "talent.organization"), Kind: "select",
			Options: withBlank(say(lang, "talent.no_organization"), orgs), Hint: say(lang, "talent.organization_hint")},
		formField{Name: "qualification", Label: say(lang, "talent.qualification"), Kind: "select",
			Options: options(talentpool.Qualifications, lang, talentpool.Qualification(v("qualification", string(talentpool.QualificationNone))))},
		formField{Name: "qualification_expires_at", Label: say(lang, "talent.qualification_expires_at"), Kind: "date", Value: v("qualification_expires_at")},
		formField{Name: "skills", Label: say(lang, "talent.skills"), Kind: "text", Value: v("skills"), Hint: say(lang, "talent.skills_hint")})
	fields = append(fields, secretFields(lang, "user_id", say(lang, "talent.account"), "text", v("user_id"), account, say(lang, "talent.account_hint"))...)
	fields = append(fields, formField{Name: "priority_marked", Label: say(lang, "talent.priority_marked"), Kind: "checkbox", Checked: v("priority_marked") == "true"})
	if current == nil {
		fields = append(fields,
			formField{Name: "status", Label: say(lang, "talent.entry_status"), Kind: "select",
				Options: options(talentpool.Statuses[:3], lang, talentpool.Status(v("status", string(talentpool.StatusNominated))))},
			formField{Name: "reason", Label: say(lang, "talent.entry_reason"), Kind: "text", Value: v("reason"), Hint: say(lang, "talent.entry_reason_hint")})
	}
	return &poolForm{ID: "talent", Action: action, Fields: fields, Submit: say(lang, "pool.save")}, nil
}

// organizationChoices lists the organizations of city that are not
// deleted, by name, as choices; the one chosen stays even if deleted since.
func (pp *poolPages) organizationChoices(c *fiber.Ctx, city, chosen string) ([]option, error) {
	if city == "" {
		return nil, nil
	}
	list, err := everyPage(func(page xiangcai.Page) ([]*talentpool.Organization, int, error) {
		return pp.pool.FindOrganizations(c.UserContext(), principalOf(c), talentpool.OrganizationFilter{RegionCode: city, Page: page})
	})
	if err != nil {
		return nil, err
	}
	var out []option
	for _, o := range list {
		out = append(out, option{Value: o.ID, Label: o.Name, Selected: o.ID == chosen})
	}
	slices.SortFunc(out, func(a, b option) int { return strings.Compare(a.Label, b.Label) })
	if chosen != "" && !slices.ContainsFunc(out, func(o option) bool { return o.Value == chosen }) {
		out = append(out, option{Value: chosen, Label: pp.organizationName(c, chosen), Selected: true})
	}
	return out, nil
}

// everyPage reads every page of a list, the most rows a page holds at a
// time.
func everyPage[T cursored](find func(xiangcai.Page) ([]T, int, error)) ([]T, error) {
	var all []T
	page := xiangcai.Page{Limit: xiangcai.MaxPageSize}
	for {
		rows, _, err := find(page)
		if err != nil {
			return nil, err
		}
		all = append(all, rows...)
		if len(rows) < page.Size() {
			return all, nil
		}
		page.Cursor = rows[len(rows)-1].Cursor()
	}
}

// talentValues are a stored talent's values as the form names them.
func talentValues(t *talentpool.Talent) formValues {
	stored := map[string]string{"name": t.Name, "category": string(t.Category), "organization_id": t.OrganizationID,
		"qualification": string(t.Qualification), "qualification_expires_at": isoDate(t.QualificationExpiresAt),
		"skills": strings.Join(t.Skills, "、")}
	if t.PriorityMarked {
		stored["priority_marked"] = "true"
	}
	return func(name string, _ ...string) string { return stored[name] }
}

// skillSeparators split the skills typed in one field.
var skillSeparators = func(r rune) bool { return strings.ContainsRune("、,，;；", r) }

// parseDay reads a date typed as YYYY-MM-DD into field, as its first
// instant in Beijing time; blank is no date.
func parseDay(field, v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, nil
	}
	d, err := time.ParseInLocation(time.DateOnly, v, chinaTime)
	if err != nil {
		return d, xiangcai.Invalid(field, "请按“年-月-日”填写日期", "enter the date as YYYY-MM-DD")
	}
	return d, nil
}

// formAccount finds the account whose login (username or mobile number)
// the form field name holds, and returns its id.
func (pp *poolPages) formAccount(c *fiber.Ctx, login string) (string, error) {
	if login == "" {
		return "", nil
	}
	u, err := pp.accounts.FindUserByLogin(c.UserContext(), principalOf(c), login)
	if err != nil {
		return "", xiangcai.Invalid("user_id", "找不到该账号", "no such account")
	}
	return u.ID, nil
}
