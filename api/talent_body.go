package api

import (
	"time"

	"xiangcai"
	"xiangcai/talentpool"
)

// TalentBody is a talent as the API shows it: the ID number and the phone
// are masked; POST /talents/{id}/reveal shows them to administrators.
type TalentBody struct {
	ID                     string                  `json:"id" doc:"opaque identifier"`
	CityCode               string                  `json:"city_code" doc:"the city whose pool the talent is in"`
	Name                   string                  `json:"name"`
	IDNumber               string                  `json:"id_number" doc:"masked, such as 430***********1234"`
	Gender                 string                  `json:"gender" enum:"male,female" doc:"from the ID number"`
	BirthDate              string                  `json:"birth_date" format:"date" doc:"from the ID number"`
	Phone                  string                  `json:"phone,omitempty" doc:"masked, such as 138****5678"`
	Category               string                  `json:"category" enum:"civil_affairs_staff,community_worker,childrens_director,organization_leader,social_worker,volunteer"`
	Organization           *TalentOrganizationBody `json:"organization,omitempty"`
	RegionCode             string                  `json:"region_code"`
	Qualification          string                  `json:"qualification" enum:"none,assistant,intermediate,senior"`
	QualificationExpiresAt string                  `json:"qualification_expires_at,omitempty" format:"date"`
	Skills                 []string                `json:"skills"`
	UserID                 string                  `json:"user_id,omitempty" doc:"the talent's own account"`
	PriorityMarked         bool                    `json:"priority_marked" doc:"marked priority by an administrator"`
	Priority               bool                    `json:"priority" doc:"marked, or the head of an incubation base"`
	Status                 string                  `json:"status" enum:"nominated,under_review,active,suspended,exited"`
	StatusChangedAt        time.Time               `json:"status_changed_at"`
	CreatedAt              time.Time               `json:"created_at"`
	UpdatedAt              time.Time               `json:"updated_at"`
}

// TalentOrganizationBody names a talent's organization, which may have
// been deleted since the talent joined it.
type TalentOrganizationBody struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Deleted bool   `json:"deleted"`
}

func talentBody(t *talentpool.Talent) TalentBody {
	b := TalentBody{ID: t.ID, CityCode: t.CityCode, Name: t.Name, IDNumber: t.IDMasked, Gender: string(t.Gender),
		BirthDate: t.BirthDate.Format(time.DateOnly), Phone: t.PhoneMasked, Category: string(t.Category),
		RegionCode: t.RegionCode, Qualification: string(t.Qualification), Skills: t.Skills, UserID: t.UserID,
		PriorityMarked: t.PriorityMarked, Priority: t.Priority, Status: string(t.Status),
		StatusChangedAt: t.StatusChangedAt, CreatedAt: t.CreatedAt, UpdatedAt: t.UpdatedAt}
	if !t.QualificationExpiresAt.IsZero() {
		b.QualificationExpiresAt = t.QualificationExpiresAt.Format(time.DateOnly)
	}
	if t.OrganizationID != "" {
		b.Organization = &TalentOrganizationBody{ID: t.OrganizationID}
		if o := t.Organization; o != nil {
			b.Organization.Name, b.Organization.Deleted = o.Name, o.Deleted()
		}
	}
	return b
}

// TalentOutput is one talent.
type TalentOutput struct {
	Body struct {
		Talent TalentBody `json:"talent"`
	}
}

func talentOutput(t *talentpool.Talent, err error) (*TalentOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &TalentOutput{}
	out.Body.Talent = talentBody(t)
	return out, nil
}

// TalentFields are the fields of a talent.
type TalentFields struct {
	Name                   string   `json:"name" maxLength:"50"`
	IDNumber               string   `json:"id_number" maxLength:"40" doc:"18-character resident ID number"`
	Phone                  string   `json:"phone,omitempty" maxLength:"20" doc:"mainland mobile number"`
	Category               string   `json:"category" maxLength:"30" doc:"civil_affairs_staff, community_worker, childrens_director, organization_leader, social_worker or volunteer"`
	OrganizationID         string   `json:"organization_id,omitempty" maxLength:"36"`
	RegionCode             string   `json:"region_code" maxLength:"12" doc:"the city or a county, township or village in it"`
	Qualification          string   `json:"qualification,omitempty" maxLength:"20" doc:"none, assistant, intermediate or senior"`
	QualificationExpiresAt string   `json:"qualification_expires_at,omitempty" maxLength:"10" doc:"YYYY-MM-DD: when the qualification's registration runs out"`
	Skills                 []string `json:"skills,omitempty" maxItems:"50"`
	UserID                 string   `json:"user_id,omitempty" maxLength:"36" doc:"the talent's own account, for the training record"`
	PriorityMarked         bool     `json:"priority_marked,omitempty"`
}

// NewTalentFields are the fields of a talent entering the pool.
type NewTalentFields struct {
	TalentFields
	Status string `json:"status,omitempty" maxLength:"20" doc:"nominated (default), under_review or active"`
	Reason string `json:"reason,omitempty" maxLength:"500" doc:"why the talent enters the pool"`
}

func (f NewTalentFields) input() (talentpool.NewTalent, error) {
	expires, err := parseDate("qualification_expires_at", f.QualificationExpiresAt)
	return talentpool.NewTalent{Status: talentpool.Status(f.Status), Reason: f.Reason, TalentInput: talentpool.TalentInput{
		Name: f.Name, IDNumber: f.IDNumber, Phone: f.Phone, Category: talentpool.TalentCategory(f.Category),
		OrganizationID: f.OrganizationID, RegionCode: f.RegionCode, Qualification: talentpool.Qualification(f.Qualification),
		QualificationExpiresAt: expires, Skills: f.Skills, UserID: f.UserID, PriorityMarked: f.PriorityMarked,
	}}, err
}

// parseDate reads an optional YYYY-MM-DD date from field, as midnight UTC.
func parseDate(field, value string) (time.Time, error) {
	if value == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse(time.DateOnly, value)
	if err != nil {
		return time.Time{}, xiangcai.Invalid(field, "日期格式应为YYYY-MM-DD", "a date is written YYYY-MM-DD")
	}
	return d, nil
}
