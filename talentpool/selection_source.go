package talentpool

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// fillNominee checks that the organization or the talent n names may be
// nominated in city, and copies its name, its organization and its region
// into n. Nominations check it, and approval again for every selected
// nominee. An organization or a talent of another city is reported as
// missing, so nothing is learnt about other cities.
func fillNominee(ctx context.Context, db bun.IDB, city string, n *Nominee) error {
	if n.Kind == NomineeOrganization {
		o := new(Organization)
		err := readSource(ctx, db, o, "o", n.OrganizationID)
		switch {
		case errors.Is(err, sql.ErrNoRows) || (err == nil && o.CityCode != city):
			return xiangcai.Invalid("organization_id", "本市州没有该社会组织", "no such organization in this city")
		case err != nil:
			return database.Err(err, organizationText)
		case o.Deleted():
			return xiangcai.Invalid("organization_id", "该社会组织已删除", "the organization has been deleted")
		}
		n.Name, n.OrganizationName, n.RegionCode = o.Name, "", o.RegionCode
		return nil
	}
	t := new(Talent)
	err := readSource(ctx, db, t, "t", n.TalentID, withOrganization)
	switch {
	case errors.Is(err, sql.ErrNoRows) || (err == nil && t.CityCode != city):
		return xiangcai.Invalid("talent_id", "本市州人才库中没有该人才", "no such talent in this city's pool")
	case err != nil:
		return database.Err(err, talentText)
	case t.Status != StatusActive:
		return xiangcai.Invalid("talent_id", "只能推选在库的人才", "only an active talent can be nominated")
	case t.Category != OrganizationLeader:
		return xiangcai.Invalid("talent_id", "只能推选社区社会组织负责人", "only an organization leader can be nominated")
	}
	n.Name, n.OrganizationName, n.RegionCode = t.Name, "", t.RegionCode
	if t.Organization != nil && !t.Organization.Deleted() {
		n.OrganizationName = t.Organization.Name
	}
	return nil
}

// readSource reads the row of model, whose table has alias, with id; an
// id that cannot exist is no rows.
func readSource(ctx context.Context, db bun.IDB, model any, alias, id string, apply ...func(*bun.SelectQuery) *bun.SelectQuery) error {
	if !xiangcai.ValidID(id) {
		return sql.ErrNoRows
	}
	q := db.NewSelect().Model(model).Where("?.id = ?", bun.Ident(alias), id)
	for _, a := range apply {
		q = q.Apply(a)
	}
	return q.Scan(ctx)
}

// nomineeSource sets the organization or the talent of n from in, which
// names the one its kind asks for and not the other.
func nomineeSource(n *Nominee, in NomineeInput) error {
	switch in.Kind {
	case NomineeOrganization:
		n.OrganizationID = in.OrganizationID
		_, err := checkText("organization_id", in.OrganizationID, 36, true, false)
		return gather(err,
			absent("talent_id", in.TalentID, "推选社会组织时不填人才", "a nominated organization names no talent"))
	case NomineeLeader:
		n.TalentID = in.TalentID
		_, err := checkText("talent_id", in.TalentID, 36, true, false)
		return gather(err,
			absent("organization_id", in.OrganizationID, "推选负责人时不填社会组织", "a nominated leader names no organization"))
	}
	return xiangcai.Invalid("kind", "请选择社会组织或负责人", "choose organization or leader")
}

// absent returns the error zh/en about field unless it is empty.
func absent(field, value, zh, en string) error {
	if value != "" {
		return xiangcai.Invalid(field, zh, en)
	}
	return nil
}
