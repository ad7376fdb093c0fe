package accounts

import "xiangcai"

// mayManage reports whether p may create or change a user with role in
// city: a province administrator anyone, a city administrator the trainees
// and instructors of their own city, nobody else anyone.
func mayManage(p xiangcai.Principal, role xiangcai.Role, city string) bool {
	switch p.Role {
	case xiangcai.RoleProvinceAdmin:
		return true
	case xiangcai.RoleCityAdmin:
		return (role == xiangcai.RoleTrainee || role == xiangcai.RoleInstructor) && p.CanManageCity(city)
	}
	return false
}

// requireRead returns an error unless p may see u: their own account, or
// one of a city p manages.
func requireRead(p xiangcai.Principal, u *User) error {
	if !p.Anonymous() && p.UserID == u.ID {
		return nil
	}
	return p.RequireCity(u.CityCode)
}

// requireManage returns an error unless p may change u.
func requireManage(p xiangcai.Principal, u *User) error {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return err
	}
	if !mayManage(p, u.Role, u.CityCode) {
		return xiangcai.Forbidden()
	}
	return nil
}
