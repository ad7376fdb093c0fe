package api

import (
	"time"

	"xiangcai/accounts"
)

// UserBody is a user as the API shows it. The phone is masked.
type UserBody struct {
	ID          string    `json:"id" doc:"opaque identifier"`
	Username    string    `json:"username,omitempty"`
	Phone       string    `json:"phone,omitempty" doc:"masked, such as 138****5678"`
	DisplayName string    `json:"display_name"`
	Role        string    `json:"role" enum:"trainee,instructor,city_admin,province_admin"`
	CityCode    string    `json:"city_code,omitempty"`
	RegionCode  string    `json:"region_code,omitempty"`
	Disabled    bool      `json:"disabled"`
	CreatedAt   time.Time `json:"created_at"`
}

func userBody(u *accounts.User) UserBody {
	return UserBody{ID: u.ID, Username: u.Username, Phone: u.PhoneMasked, DisplayName: u.DisplayName,
		Role: string(u.Role), CityCode: u.CityCode, RegionCode: u.RegionCode, Disabled: u.Disabled(), CreatedAt: u.CreatedAt}
}
