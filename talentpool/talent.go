package talentpool

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/pii"
)

// talentText names a talent in not_found and conflict messages.
var talentText = xiangcai.Text{ZH: "人才", EN: "talent"}

// Talent is one person in a city's key-talent pool. The ID number and the
// phone are personal data: stored encrypted, found through keyed hashes,
// shown masked. Gender and birth date come from the ID number. The JSON
// form is the snapshot the audit trail compares, so it holds masked values
// only.
type Talent struct {
	bun.BaseModel `bun:"table:talents,alias:t" json:"-"`

	ID string `bun:"id,pk" json:"id"`
	// CityCode is the city whose pool the talent is in.
	CityCode    string         `json:"city_code"`
	Name        string         `json:"name"`
	IDHash      string         `json:"-"`
	IDEnc       []byte         `json:"-"`
	IDMasked    string         `json:"id_number"`
	Gender      pii.Gender     `json:"gender"`
	BirthDate   time.Time      `json:"birth_date"`
	PhoneHash   string         `bun:"phone_hash,nullzero" json:"-"`
	PhoneEnc    []byte         `bun:"phone_enc" json:"-"`
	PhoneMasked string         `bun:"phone_masked,nullzero" json:"phone"`
	Category    TalentCategory `json:"category"`
	// OrganizationID links the talent to an organization of their city;
	// LeftOrganizationAt is when a link was last cleared or changed, which
	// the annual review flags.
	OrganizationID     string    `bun:"organization_id,nullzero" json:"organization_id"`
	LeftOrganizationAt time.Time `bun:"left_organization_at,nullzero" json:"-"`
	// RegionCode is where the talent works: the city itself or a county,
	// township or village in it.
	RegionCode    string        `json:"region_code"`
	CountyCode    string        `bun:"county_code,nullzero" json:"-"`
	TownshipCode  string        `bun:"township_code,nullzero" json:"-"`
	Qualification Qualification `json:"qualification"`
	// QualificationExpiresAt is when the registration of the social-work
	// qualification runs out, if known; the annual review flags it after.
	QualificationExpiresAt time.Time `bun:"qualification_expires_at,nullzero" json:"qualification_expires_at,omitzero"`
	Skills                 []string  `json:"skills"`
	// UserID links the talent to their account, which is how the training
	// record is found and how the talent sees their own profile.
	UserID string `bun:"user_id,nullzero" json:"user_id"`
	// PriorityMarked is set by an administrator; Priority is what lists
	// show and filter on: marked, or the leader of an incubation base.
	PriorityMarked  bool      `json:"priority_marked"`
	Priority        bool      `json:"priority"`
	Status          Status    `json:"status"`
	StatusChangedAt time.Time `json:"-"`
	CreatedAt       time.Time `json:"-"`
	UpdatedAt       time.Time `json:"-"`

	// Organization is the linked organization's name and whether it was
	// deleted, read with the talent.
	Organization *Organization `bun:"rel:belongs-to,join:organization_id=id" json:"-"`
}

// Cursor returns the cursor of the page that follows t in FindTalents.
func (t *Talent) Cursor() string { return xiangcai.EncodeCursor(t.ID) }
