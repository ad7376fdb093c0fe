package talentpool

import (
	"context"
	"strings"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/talentpool/roster"
)

// orgIndex finds the organizations of one city, deleted ones left out,
// by name or by unified social credit code, as rosters give them.
type orgIndex struct {
	byName, byCode map[string][]string
	live           map[string]bool
}

// loadOrganizations indexes the organizations of city that are not
// deleted.
func loadOrganizations(ctx context.Context, db bun.IDB, city string) (*orgIndex, error) {
	var orgs []*Organization
	err := db.NewSelect().Model(&orgs).Column("id", "name", "credit_code").
		Where("o.city_code = ? AND o.deleted_at IS NULL", city).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, organizationText)
	}
	x := &orgIndex{byName: map[string][]string{}, byCode: map[string][]string{}, live: map[string]bool{}}
	for _, o := range orgs {
		x.byName[roster.Key(o.Name)] = append(x.byName[roster.Key(o.Name)], o.ID)
		if o.CreditCode != "" {
			x.byCode[o.CreditCode] = append(x.byCode[o.CreditCode], o.ID)
		}
		x.live[o.ID] = true
	}
	return x, nil
}

// find returns the organization a roster cell names, by name or credit
// code. One that is unknown in the city, or that several share, is a
// warning: the talent is imported without it (and a talent already in the
// pool keeps theirs), to be linked once the organization is registered.
func (x *orgIndex) find(r *importRow, raw string) string {
	name, fixes := roster.Text(raw)
	r.fixed(roster.Organization, fixes)
	if name == "" {
		return ""
	}
	ids := x.byName[roster.Key(name)]
	if len(ids) == 0 {
		ids = x.byCode[strings.ToUpper(roster.Key(name))]
	}
	switch len(ids) {
	case 1:
		return ids[0]
	case 0:
		r.note(NoteWarning, roster.Organization, xiangcai.Text{
			ZH: "本市州没有名为“" + name + "”的社会组织，已导入但未关联组织；请先登记该组织，再重新导入或手动关联",
			EN: "no organization called “" + name + "” in this city: the talent is imported without one; register the organization, then import again or link it by hand",
		})
	default:
		r.note(NoteWarning, roster.Organization, xiangcai.Text{
			ZH: "本市州有多个名为“" + name + "”的社会组织，已导入但未关联组织；请填写统一社会信用代码或手动关联",
			EN: "several organizations in this city are called “" + name + "”: the talent is imported without one; give the credit code or link it by hand",
		})
	}
	return ""
}
