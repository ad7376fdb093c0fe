package api

import (
	"time"

	"xiangcai/talentpool"
)

// TalentPatchFields are the fields a change sets; absent fields stay as
// they are, an empty string clears an optional one.
type TalentPatchFields struct {
	Name                   *string   `json:"name,omitempty" maxLength:"50"`
	IDNumber               *string   `json:"id_number,omitempty" maxLength:"40"`
	Phone                  *string   `json:"phone,omitempty" maxLength:"20"`
	Category               *string   `json:"category,omitempty" maxLength:"30"`
	OrganizationID         *string   `json:"organization_id,omitempty" maxLength:"36"`
	RegionCode             *string   `json:"region_code,omitempty" maxLength:"12" doc:"a region in another city moves the talent to that city's pool (province only)"`
	Qualification          *string   `json:"qualification,omitempty" maxLength:"20"`
	QualificationExpiresAt *string   `json:"qualification_expires_at,omitempty" maxLength:"10" doc:"YYYY-MM-DD, or empty to clear"`
	Skills                 *[]string `json:"skills,omitempty" maxItems:"50"`
	UserID                 *string   `json:"user_id,omitempty" maxLength:"36"`
	PriorityMarked         *bool     `json:"priority_marked,omitempty"`
}

func (f TalentPatchFields) patch() (talentpool.TalentPatch, error) {
	p := talentpool.TalentPatch{Name: f.Name, IDNumber: f.IDNumber, Phone: f.Phone,
		Category: (*talentpool.TalentCategory)(f.Category), OrganizationID: f.OrganizationID, RegionCode: f.RegionCode,
		Qualification: (*talentpool.Qualification)(f.Qualification), Skills: f.Skills, UserID: f.UserID,
		PriorityMarked: f.PriorityMarked}
	if f.QualificationExpiresAt == nil {
		return p, nil
	}
	expires, err := parseDate("qualification_expires_at", *f.QualificationExpiresAt)
	p.QualificationExpiresAt = &expires
	return p, err
}

// asOfInstant reads the as_of query parameter, a date, as the last instant
// of that day in Beijing time, so the pool "on 30 June" includes every
// change made that day.
func asOfInstant(value string) (time.Time, error) {
	d, err := parseDate("as_of", value)
	if err != nil || d.IsZero() {
		return d, err
	}
	return talentpool.EndOfDay(d), nil
}
