package talentpool

import "time"

// TalentPatch changes some fields of a talent: nil fields stay as they are;
// an empty Phone, OrganizationID or UserID and a zero
// QualificationExpiresAt clear them.
type TalentPatch struct {
	Name                   *string
	IDNumber               *string
	Phone                  *string
	Category               *TalentCategory
	OrganizationID         *string
	RegionCode             *string
	Qualification          *Qualification
	QualificationExpiresAt *time.Time
	Skills                 *[]string
	UserID                 *string
	PriorityMarked         *bool
}

// apply copies the fields u sets into in.
func (u TalentPatch) apply(in *TalentInput) {
	set(&in.Name, u.Name)
	set(&in.IDNumber, u.IDNumber)
	set(&in.Phone, u.Phone)
	set(&in.Category, u.Category)
	set(&in.OrganizationID, u.OrganizationID)
	set(&in.RegionCode, u.RegionCode)
	set(&in.Qualification, u.Qualification)
	set(&in.QualificationExpiresAt, u.QualificationExpiresAt)
	set(&in.Skills, u.Skills)
	set(&in.UserID, u.UserID)
	set(&in.PriorityMarked, u.PriorityMarked)
}

// talentInput returns the values of t as an input, its ID number and phone
// decrypted, so a patch is checked by the same rules as a new talent.
func (s *Service) talentInput(t *Talent) (TalentInput, error) {
	in := TalentInput{Name: t.Name, Category: t.Category, OrganizationID: t.OrganizationID, RegionCode: t.RegionCode,
		Qualification: t.Qualification, QualificationExpiresAt: t.QualificationExpiresAt, Skills: t.Skills,
		UserID: t.UserID, PriorityMarked: t.PriorityMarked}
	var err error
	if in.IDNumber, err = s.cipher.Decrypt(t.IDEnc); err != nil {
		return in, err
	}
	if len(t.PhoneEnc) > 0 {
		in.Phone, err = s.cipher.Decrypt(t.PhoneEnc)
	}
	return in, err
}
