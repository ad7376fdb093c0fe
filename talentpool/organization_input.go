package talentpool

import (
	"context"
	"strings"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/pii"
	"xiangcai/regions"
)

// OrganizationPatch changes some fields of an organization: nil fields
// stay as they are; an empty CreditCode, ContactName or ContactPhone
// clears it.
type OrganizationPatch struct {
	Name             *string
	CreditCode       *string
	Status           *OrganizationStatus
	CategoryID       *string
	RegionCode       *string
	IsHub            *bool
	IsIncubationBase *bool
	SocialWorkers    *int
	ContactName      *string
	ContactPhone     *string
	Services         *string
}

// apply copies the fields u sets into in.
func (u OrganizationPatch) apply(in *OrganizationInput) {
	set(&in.Name, u.Name)
	set(&in.CreditCode, u.CreditCode)
	set(&in.Status, u.Status)
	set(&in.CategoryID, u.CategoryID)
	set(&in.RegionCode, u.RegionCode)
	set(&in.IsHub, u.IsHub)
	set(&in.IsIncubationBase, u.IsIncubationBase)
	set(&in.SocialWorkers, u.SocialWorkers)
	set(&in.ContactName, u.ContactName)
	set(&in.ContactPhone, u.ContactPhone)
	set(&in.Services, u.Services)
}

// set copies *from into *to when from is not nil.
func set[T any](to *T, from *T) {
	if from != nil {
		*to = *from
	}
}

// organizationInput returns the values of o as an input, its phone decrypted, so a
// patch is checked by the same rules as a new organization.
func (s *Service) organizationInput(o *Organization) (OrganizationInput, error) {
	in := OrganizationInput{Name: o.Name, CreditCode: o.CreditCode, Status: o.Status, CategoryID: o.CategoryID,
		RegionCode: o.RegionCode, IsHub: o.IsHub, IsIncubationBase: o.IsIncubationBase, SocialWorkers: o.SocialWorkers,
		ContactName: o.ContactName, Services: o.Services}
	if len(o.ContactPhoneEnc) > 0 {
		phone, err := s.cipher.Decrypt(o.ContactPhoneEnc)
		if err != nil {
			return in, err
		}
		in.ContactPhone = phone
	}
	return in, nil
}

// prepareOrganization validates in, every field at once, and copies it
// into o, encrypting the phone.
func (s *Service) prepareOrganization(ctx context.Context, db bun.IDB, in OrganizationInput, o *Organization) error {
	var errs []error
	check := func(err error) { errs = append(errs, err) }
	var err error
	o.Name, err = checkText("name", in.Name, 100, true, false)
	check(err)
	o.CreditCode = ""
	if strings.TrimSpace(in.CreditCode) != "" {
		o.CreditCode, err = pii.ValidateCreditCode("credit_code", in.CreditCode)
		check(err)
	}
	if o.Status = in.Status; o.Status != OrganizationRegistered && o.Status != OrganizationFiled {
		check(xiangcai.Invalid("status", "请选择登记或备案", "choose registered or filed"))
	}
	o.CategoryID = in.CategoryID
	check(s.checkCategory(ctx, db, in.CategoryID))
	pl, err := s.locate("region_code", strings.TrimSpace(in.RegionCode), regions.LevelTownship, regions.LevelVillage)
	check(err)
	o.RegionCode, o.CityCode, o.CountyCode, o.TownshipCode = pl.Region, pl.City, pl.County, pl.Township
	o.IsHub, o.IsIncubationBase, o.SocialWorkers = in.IsHub, in.IsIncubationBase, in.SocialWorkers
	if in.SocialWorkers < 0 || in.SocialWorkers > 10000 {
		check(xiangcai.Invalid("social_workers", "社会工作者人数应在0至10000之间",
			"the number of social workers is between 0 and 10000"))
	}
	o.ContactName, err = checkText("contact_name", in.ContactName, 50, false, false)
	check(err)
	phone, err := s.sealPhone("contact_phone", in.ContactPhone)
	o.ContactPhoneEnc, o.ContactPhoneMasked = phone.enc, phone.masked
	check(err)
	o.Services, err = checkText("services", in.Services, 2000, false, true)
	check(err)
	return gather(errs...)
}

// checkCategory returns an invalid error on category_id unless id names a
// category.
func (s *Service) checkCategory(ctx context.Context, db bun.IDB, id string) error {
	if id == "" {
		return xiangcai.Invalid("category_id", "请选择组织类别", "a category is required")
	}
	if _, err := findCategory(ctx, db, id); err != nil {
		if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
			return xiangcai.Invalid("category_id", "组织类别不存在", "no such category")
		}
		return err
	}
	return nil
}

// sealedPhone is a mobile number as it is stored: its keyed hash, its
// ciphertext and its masked form.
type sealedPhone struct {
	hash   string
	enc    []byte
	masked string
}

// phoneKind separates phone lookup hashes from other kinds of hashes; it
// is the kind accounts uses, so a talent's phone finds their account.
const phoneKind = "phone"

// sealPhone validates an optional mobile number read from field and seals
// it; an empty number gives the zero sealedPhone.
func (s *Service) sealPhone(field, raw string) (sealedPhone, error) {
	if strings.TrimSpace(raw) == "" {
		return sealedPhone{}, nil
	}
	phone, err := pii.ValidatePhone(field, raw)
	if err != nil {
		return sealedPhone{}, err
	}
	return sealedPhone{hash: s.cipher.Hash(phoneKind, phone), enc: s.cipher.Encrypt(phone), masked: pii.MaskPhone(phone)}, nil
}
