package talentpool

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/regions"
)

// TalentInput is the values of a talent, new or after a change.
type TalentInput struct {
	Name string
	// IDNumber is the 18-character resident ID number; gender and birth
	// date are read from it.
	IDNumber string
	Phone    string // optional; a mainland mobile number
	Category TalentCategory
	// OrganizationID is optional; the organization lies in the talent's city.
	OrganizationID string
	// RegionCode is the city of the pool or a county, township or village in it.
	RegionCode string
	// Qualification "" means none. QualificationExpiresAt is optional and
	// only for a qualified talent.
	Qualification          Qualification
	QualificationExpiresAt time.Time
	Skills                 []string
	// UserID optionally links the talent's own account.
	UserID         string
	PriorityMarked bool
}

// idKind separates ID-number lookup hashes from other kinds of hashes.
const idKind = "idnumber"

// prepareTalent validates in, every field at once, and copies it into t,
// which holds the talent's values before the change (zero for a new one).
// p is who links an account: a city administrator only links accounts of
// the talent's city.
func (s *Service) prepareTalent(ctx context.Context, db bun.IDB, p xiangcai.Principal, in TalentInput, t *Talent) error {
	var errs []error
	check := func(err error) { errs = append(errs, err) }
	var err error
	t.Name, err = checkText("name", in.Name, 50, true, false)
	check(err)
	id, err := pii.ValidateIDNumber("id_number", in.IDNumber, s.now())
	check(err)
	if err == nil {
		t.IDHash, t.IDEnc, t.IDMasked = s.cipher.Hash(idKind, id), s.cipher.Encrypt(id), pii.MaskIDNumber(id)
		t.Gender, _ = pii.IDGender(id)
		t.BirthDate, _ = pii.IDBirthDate(id)
	}
	phone, err := s.sealPhone("phone", in.Phone)
	t.PhoneHash, t.PhoneEnc, t.PhoneMasked = phone.hash, phone.enc, phone.masked
	check(err)
	if t.Category = in.Category; !TalentCategories.Has(in.Category) {
		check(xiangcai.Invalid("category", "请选择人才类别", "choose a talent category"))
	}
	pl, err := s.locate("region_code", strings.TrimSpace(in.RegionCode),
		regions.LevelCity, regions.LevelCounty, regions.LevelTownship, regions.LevelVillage)
	t.RegionCode, t.CityCode, t.CountyCode, t.TownshipCode = pl.Region, pl.City, pl.County, pl.Township
	check(err)
	check(s.checkTalentOrganization(ctx, db, in.OrganizationID, t))
	check(checkQualification(in, t))
	t.Skills, err = checkSkills(in.Skills)
	check(err)
	check(s.checkTalentUser(ctx, db, p, in.UserID, t))
	t.PriorityMarked = in.PriorityMarked
	return gather(errs...)
}

// checkTalentOrganization links t to the organization id, which must lie
// in t's city and, when newly linked, not be deleted. A talent keeps a link
// to an organization deleted since.
func (s *Service) checkTalentOrganization(ctx context.Context, db bun.IDB, id string, t *Talent) error {
	unchanged := id == t.OrganizationID
	t.OrganizationID = id
	if id == "" {
		return nil
	}
	if !xiangcai.ValidID(id) {
		return xiangcai.Invalid("organization_id", "社会组织不存在", "no such organization")
	}
	o := new(Organization)
	err := db.NewSelect().Model(o).Column("city_code", "deleted_at").Where("o.id = ?", id).Scan(ctx)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return xiangcai.Invalid("organization_id", "社会组织不存在", "no such organization")
	case err != nil:
		return xiangcai.Internal(err)
	case t.CityCode != "" && o.CityCode != t.CityCode:
		return xiangcai.Invalid("organization_id", "社会组织不在该人才所在的市州", "the organization is not in the talent's city")
	case o.Deleted() && !unchanged:
		return xiangcai.Invalid("organization_id", "该社会组织已删除", "the organization has been deleted")
	}
	return nil
}

// checkQualification copies the qualification and its expiry into t.
func checkQualification(in TalentInput, t *Talent) error {
	t.Qualification, t.QualificationExpiresAt = in.Qualification, in.QualificationExpiresAt.UTC()
	if t.Qualification == "" {
		t.Qualification = QualificationNone
	}
	if in.QualificationExpiresAt.IsZero() {
		t.QualificationExpiresAt = time.Time{}
	}
	switch {
	case !Qualifications.Has(t.Qualification):
		return xiangcai.Invalid("qualification", "职业资格无效", "unknown qualification")
	case t.Qualification == QualificationNone && !t.QualificationExpiresAt.IsZero():
		return xiangcai.Invalid("qualification_expires_at", "没有职业资格时不填写有效期",
			"a talent without a qualification has no expiry date")
	}
	return nil
}

// checkSkills trims the skills, drops empty and repeated ones and bounds
// their number and length.
func checkSkills(in []string) ([]string, error) {
	out := []string{}
	for _, skill := range in {
		skill, err := checkText("skills", skill, 30, false, false)
		if err != nil {
			return out, err
		}
		if skill != "" && !slices.Contains(out, skill) {
			out = append(out, skill)
		}
	}
	if len(out) > 20 {
		return out, xiangcai.Invalid("skills", "技能最多20项", "at most 20 skills")
	}
	return out, nil
}

// checkTalentUser links t to the account id, which must exist, belong to
// no other talent and, when a city administrator links it, to t's city.
func (s *Service) checkTalentUser(ctx context.Context, db bun.IDB, p xiangcai.Principal, id string, t *Talent) error {
	unchanged := id == t.UserID
	t.UserID = id
	if id == "" || unchanged {
		return nil
	}
	var city sql.NullString
	err := db.NewSelect().Table("users").Column("city_code").Where("id = ?", id).Scan(ctx, &city)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && p.Role != xiangcai.RoleProvinceAdmin && city.String != t.CityCode) {
		return xiangcai.Invalid("user_id", "账号不存在", "no such account")
	}
	if err != nil {
		return xiangcai.Internal(err)
	}
	n, err := db.NewSelect().Model((*Talent)(nil)).Where("t.user_id = ? AND t.id <> ?", id, t.ID).Count(ctx)
	if err != nil {
		return xiangcai.Internal(err)
	}
	if n > 0 {
		return xiangcai.Errorf(xiangcai.ECONFLICT, "该账号已关联其他人才", "the account is linked to another talent").
			WithField("user_id", "该账号已关联其他人才", "the account is linked to another talent")
	}
	return nil
}
