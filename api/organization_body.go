package api

import (
	"time"

	"xiangcai/talentpool"
)

// OrganizationBody is an organization as the API shows it; the contact
// phone is masked.
type OrganizationBody struct {
	ID               string     `json:"id" doc:"opaque identifier"`
	Name             string     `json:"name"`
	CreditCode       string     `json:"credit_code,omitempty" doc:"unified social credit code (GB 32100)"`
	Status           string     `json:"status" enum:"registered,filed" doc:"registered 登记 or filed 备案"`
	CategoryID       string     `json:"category_id"`
	RegionCode       string     `json:"region_code" doc:"township or village"`
	CityCode         string     `json:"city_code"`
	CountyCode       string     `json:"county_code"`
	TownshipCode     string     `json:"township_code"`
	IsHub            bool       `json:"is_hub" doc:"hub organization 枢纽型社会组织"`
	IsIncubationBase bool       `json:"is_incubation_base" doc:"incubation base 孵化基地"`
	SocialWorkers    int        `json:"social_workers" doc:"social workers on staff"`
	ContactName      string     `json:"contact_name,omitempty"`
	ContactPhone     string     `json:"contact_phone,omitempty" doc:"masked, such as 138****5678"`
	Services         string     `json:"services"`
	Deleted          bool       `json:"deleted"`
	DeletedAt        *time.Time `json:"deleted_at,omitempty"`
	CreatedAt        time.Time  `json:"created_at"`
	UpdatedAt        time.Time  `json:"updated_at"`
}

func organizationBody(o *talentpool.Organization) OrganizationBody {
	b := OrganizationBody{ID: o.ID, Name: o.Name, CreditCode: o.CreditCode, Status: string(o.Status),
		CategoryID: o.CategoryID, RegionCode: o.RegionCode, CityCode: o.CityCode, CountyCode: o.CountyCode,
		TownshipCode: o.TownshipCode, IsHub: o.IsHub, IsIncubationBase: o.IsIncubationBase,
		SocialWorkers: o.SocialWorkers, ContactName: o.ContactName, ContactPhone: o.ContactPhoneMasked,
		Services: o.Services, Deleted: o.Deleted(), CreatedAt: o.CreatedAt, UpdatedAt: o.UpdatedAt}
	if o.Deleted() {
		b.DeletedAt = &o.DeletedAt
	}
	return b
}

// OrganizationOutput is one organization.
type OrganizationOutput struct {
	Body struct {
		Organization OrganizationBody `json:"organization"`
	}
}

func organizationOutput(o *talentpool.Organization, err error) (*OrganizationOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &OrganizationOutput{}
	out.Body.Organization = organizationBody(o)
	return out, nil
}

// OrganizationsOutput is a page of organizations.
type OrganizationsOutput struct {
	Body struct {
		Organizations []OrganizationBody `json:"organizations"`
		Total         int                `json:"total" doc:"organizations matching the filter, on all pages"`
		NextCursor    string             `json:"next_cursor,omitempty" doc:"pass as cursor for the next page; absent on the last page"`
	}
}

// OrganizationFields are the fields of a new organization.
type OrganizationFields struct {
	Name             string `json:"name" maxLength:"100"`
	CreditCode       string `json:"credit_code,omitempty" maxLength:"30" doc:"unified social credit code, if the organization has one"`
	Status           string `json:"status" enum:"registered,filed"`
	CategoryID       string `json:"category_id" maxLength:"36"`
	RegionCode       string `json:"region_code" maxLength:"12" doc:"township or village code"`
	IsHub            bool   `json:"is_hub,omitempty"`
	IsIncubationBase bool   `json:"is_incubation_base,omitempty"`
	SocialWorkers    int    `json:"social_workers,omitempty"`
	ContactName      string `json:"contact_name,omitempty" maxLength:"50"`
	ContactPhone     string `json:"contact_phone,omitempty" maxLength:"20" doc:"mainland mobile number"`
	Services         string `json:"services,omitempty" maxLength:"2000"`
}

func (f OrganizationFields) input() talentpool.OrganizationInput {
	return talentpool.OrganizationInput{Name: f.Name, CreditCode: f.CreditCode, Status: talentpool.OrganizationStatus(f.Status),
		CategoryID: f.CategoryID, RegionCode: f.RegionCode, IsHub: f.IsHub, IsIncubationBase: f.IsIncubationBase,
		SocialWorkers: f.SocialWorkers, ContactName: f.ContactName, ContactPhone: f.ContactPhone, Services: f.Services}
}

// OrganizationPatchFields are the fields a change sets; absent fields stay
// as they are, an empty string clears an optional one.
type OrganizationPatchFields struct {
	Name             *string `json:"name,omitempty" maxLength:"100"`
	CreditCode       *string `json:"credit_code,omitempty" maxLength:"30"`
	Status           *string `json:"status,omitempty" enum:"registered,filed"`
	CategoryID       *string `json:"category_id,omitempty" maxLength:"36"`
	RegionCode       *string `json:"region_code,omitempty" maxLength:"12"`
	IsHub            *bool   `json:"is_hub,omitempty"`
	IsIncubationBase *bool   `json:"is_incubation_base,omitempty"`
	SocialWorkers    *int    `json:"social_workers,omitempty"`
	ContactName      *string `json:"contact_name,omitempty" maxLength:"50"`
	ContactPhone     *string `json:"contact_phone,omitempty" maxLength:"20"`
	Services         *string `json:"services,omitempty" maxLength:"2000"`
}

func (f OrganizationPatchFields) patch() talentpool.OrganizationPatch {
	return talentpool.OrganizationPatch{Name: f.Name, CreditCode: f.CreditCode,
		Status: (*talentpool.OrganizationStatus)(f.Status), CategoryID: f.CategoryID, RegionCode: f.RegionCode,
		IsHub: f.IsHub, IsIncubationBase: f.IsIncubationBase, SocialWorkers: f.SocialWorkers,
		ContactName: f.ContactName, ContactPhone: f.ContactPhone, Services: f.Services}
}
