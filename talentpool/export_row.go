package talentpool

import (
	"strings"
	"time"

	"xiangcai/pii"
	"xiangcai/talentpool/roster"
)

// exportHeader is the header of an exported roster: the fields an import
// reads, under the headers it knows them by, then the status and priority,
// which an import leaves alone. An unmasked export thus imports again
// unchanged.
var exportHeader = func() []string {
	var h []string
	for _, f := range []roster.Field{roster.Name, roster.IDNumber, roster.Gender, roster.BirthDate, roster.Phone,
		roster.Category, roster.Organization, roster.Region, roster.RegionCode, roster.Qualification,
		roster.QualificationExpires, roster.Skills} {
		h = append(h, f.Header())
	}
	return append(h, "状态", "重点人才")
}()

// exportCells writes talents as rows under exportHeader.
type exportCells struct {
	svc    *Service
	reveal bool
	// places caches the full names of the regions met, such as
	// 长沙市岳麓区西湖街道.
	places map[string]string
}

func newExportCells(s *Service, reveal bool) *exportCells {
	return &exportCells{svc: s, reveal: reveal, places: map[string]string{}}
}

// row returns the cells of t.
func (c *exportCells) row(t *Talent) ([]string, error) {
	id, phone := t.IDMasked, t.PhoneMasked
	if c.reveal {
		var err error
		if id, err = c.svc.cipher.Decrypt(t.IDEnc); err != nil {
			return nil, err
		}
		if len(t.PhoneEnc) > 0 {
			if phone, err = c.svc.cipher.Decrypt(t.PhoneEnc); err != nil {
				return nil, err
			}
		}
	}
	org := ""
	if o := t.Organization; o != nil {
		org = o.Name
		if o.Deleted() {
			org += "（已删除）"
		}
	}
	expires := ""
	if !t.QualificationExpiresAt.IsZero() {
		expires = t.QualificationExpiresAt.Format(time.DateOnly)
	}
	priority := "否"
	if t.Priority {
		priority = "是"
	}
	return []string{t.Name, id, map[pii.Gender]string{pii.GenderMale: "男", pii.GenderFemale: "女"}[t.Gender],
		t.BirthDate.Format(time.DateOnly), phone, TalentCategories.Label(t.Category).ZH, org, c.place(t.RegionCode),
		t.RegionCode, Qualifications.Label(t.Qualification).ZH, expires, strings.Join(t.Skills, "、"),
		Statuses.Label(t.Status).ZH, priority}, nil
}

// place returns the full name of region code below the province.
func (c *exportCells) place(code string) string {
	name, ok := c.places[code]
	if !ok {
		for _, r := range c.svc.regions.Path(code) {
			if r.ParentCode != "" {
				name += r.Name
			}
		}
		c.places[code] = name
	}
	return name
}
