package talentpool

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

// organizationText names an organization in not_found and conflict messages.
var organizationText = xiangcai.Text{ZH: "社会组织", EN: "organization"}

// OrganizationStatus is the legal standing of an organization.
type OrganizationStatus string

// The two legal standings: registered with civil affairs (登记), or only
// filed with the township or street (备案).
const (
	OrganizationRegistered OrganizationStatus = "registered"
	OrganizationFiled      OrganizationStatus = "filed"
)

// Organization is a community social organization (社区社会组织). It lies
// in a township or a village; CityCode, CountyCode and TownshipCode are
// worked out from RegionCode when it is written. The JSON form is the
// snapshot the audit trail compares, so it holds the masked phone only.
type Organization struct {
	bun.BaseModel `bun:"table:organizations,alias:o" json:"-"`

	ID   string `bun:"id,pk" json:"id"`
	Name string `json:"name"`
	// CreditCode is the unified social credit code (GB 32100); many filed
	// organizations have none.
	CreditCode       string             `bun:"credit_code,nullzero" json:"credit_code"`
	Status           OrganizationStatus `json:"status"`
	CategoryID       string             `json:"category_id"`
	RegionCode       string             `json:"region_code"`
	CityCode         string             `json:"city_code"`
	CountyCode       string             `json:"county_code"`
	TownshipCode     string             `json:"township_code"`
	IsHub            bool               `bun:"is_hub" json:"is_hub"`
	IsIncubationBase bool               `bun:"is_incubation_base" json:"is_incubation_base"`
	// SocialWorkers is how many social workers the organization has on
	// staff; the plan wants one or two in every hub organization.
	SocialWorkers      int       `json:"social_workers"`
	ContactName        string    `bun:"contact_name,nullzero" json:"contact_name"`
	ContactPhoneEnc    []byte    `bun:"contact_phone_enc" json:"-"`
	ContactPhoneMasked string    `bun:"contact_phone_masked,nullzero" json:"contact_phone"`
	Services           string    `json:"services"`
	DeletedAt          time.Time `bun:"deleted_at,nullzero" json:"deleted_at,omitzero"`
	CreatedAt          time.Time `json:"-"`
	UpdatedAt          time.Time `json:"-"`
}

// Deleted reports whether the organization was deleted. A deleted
// organization stays in the database so that talents keep their link and
// its history stays readable.
func (o *Organization) Deleted() bool { return !o.DeletedAt.IsZero() }

// Cursor returns the cursor of the page that follows o in FindOrganizations.
func (o *Organization) Cursor() string { return xiangcai.EncodeCursor(o.ID) }

// OrganizationInput is a new organization, or the values of an existing one
// after a change: an update sends every field, as a form shows them all.
type OrganizationInput struct {
	Name       string
	CreditCode string // optional
	Status     OrganizationStatus
	CategoryID string
	// RegionCode is a township or a village.
	RegionCode       string
	IsHub            bool
	IsIncubationBase bool
	SocialWorkers    int
	ContactName      string
	ContactPhone     string // optional; a mainland mobile number
	Services         string
}
