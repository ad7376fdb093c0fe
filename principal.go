package xiangcai

// Role is what a user may do in Xiangcai.
type Role string

// The roles, from least to most powerful.
const (
	RoleTrainee       Role = "trainee"
	RoleInstructor    Role = "instructor"
	RoleCityAdmin     Role = "city_admin"
	RoleProvinceAdmin Role = "province_admin"
)

// Roles lists every role, in order of power.
var Roles = []Role{RoleTrainee, RoleInstructor, RoleCityAdmin, RoleProvinceAdmin}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool {
	for _, known := range Roles {
		if r == known {
			return true
		}
	}
	return false
}

// Principal is who is asking: every service call receives one. The zero
// Principal is an anonymous visitor.
type Principal struct {
	UserID string
	Role   Role
	// CityCode is the six-digit code of the city (市州) a city administrator
	// is bound to; for other roles it is the city of the user's region, if any.
	CityCode string
}

// Anonymous reports whether no user is signed in.
func (p Principal) Anonymous() bool { return p.UserID == "" }

// IsAdmin reports whether p administers a city or the province.
func (p Principal) IsAdmin() bool {
	return p.Role == RoleCityAdmin || p.Role == RoleProvinceAdmin
}

// CanManageCity answers the question every capability asks: may this
// principal read or change a row that belongs to the city with this code?
// Province administrators may touch every city; a city administrator only
// their own; nobody else manages any city's rows.
func (p Principal) CanManageCity(cityCode string) bool {
	switch p.Role {
	case RoleProvinceAdmin:
		return true
	case RoleCityAdmin:
		return p.CityCode != "" && p.CityCode == cityCode
	default:
		return false
	}
}

// RequireCity returns a forbidden error unless p may manage rows of the city.
func (p Principal) RequireCity(cityCode string) error {
	if p.Anonymous() {
		return Errorf(EUNAUTHORIZED, "请先登录", "please sign in")
	}
	if !p.CanManageCity(cityCode) {
		return Forbidden()
	}
	return nil
}

// RequireRole returns an error unless p has one of the roles.
func (p Principal) RequireRole(roles ...Role) error {
	if p.Anonymous() {
		return Errorf(EUNAUTHORIZED, "请先登录", "please sign in")
	}
	for _, r := range roles {
		if p.Role == r {
			return nil
		}
	}
	return Forbidden()
}
