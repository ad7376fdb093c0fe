package accounts

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

// userText names a user in not_found and conflict messages.
var userText = xiangcai.Text{ZH: "用户", EN: "user"}

// User is someone who signs in to Xiangcai. The phone number is personal
// data: it is stored encrypted, found through a keyed hash and shown masked.
type User struct {
	bun.BaseModel `bun:"table:users,alias:u" json:"-"`

	ID string `bun:"id,pk"`
	// Username is lowercase; empty when the user signs in by phone only.
	Username    string        `bun:"username,nullzero"`
	PhoneHash   string        `bun:"phone_hash,nullzero" json:"-"`
	PhoneEnc    []byte        `bun:"phone_enc" json:"-"`
	PhoneMasked string        `bun:"phone_masked,nullzero"`
	DisplayName string        `bun:"display_name"`
	Role        xiangcai.Role `bun:"role"`
	// CityCode is the city (市州) the user belongs to: the city a city
	// administrator manages, otherwise the city of RegionCode, if any. It is
	// worked out when the user is written, so scoping by city never depends
	// on the current regions table still holding RegionCode.
	CityCode     string    `bun:"city_code,nullzero"`
	RegionCode   string    `bun:"region_code,nullzero"`
	PasswordHash string    `bun:"password_hash" json:"-"`
	DisabledAt   time.Time `bun:"disabled_at,nullzero"`
	CreatedAt    time.Time `bun:"created_at"`
	UpdatedAt    time.Time `bun:"updated_at"`
}

// Disabled reports whether the user has been disabled and may not sign in.
func (u *User) Disabled() bool { return !u.DisabledAt.IsZero() }

// Principal returns who u is when u makes a request.
func (u *User) Principal() xiangcai.Principal {
	return xiangcai.Principal{UserID: u.ID, Role: u.Role, CityCode: u.CityCode}
}

// Cursor returns the cursor of the page that follows u in FindUsers.
func (u *User) Cursor() string { return xiangcai.EncodeCursor(u.ID) }
