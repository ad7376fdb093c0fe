package courses

import "xiangcai"

// administers reports whether p runs c: a province administrator every
// course, a city administrator the city and county courses of their city.
// Administrators change anything of a course they run, publish and archive
// it, and choose its instructors.
func administers(p xiangcai.Principal, c *Course) bool {
	return p.Role == xiangcai.RoleProvinceAdmin || (c.CityCode != "" && p.CanManageCity(c.CityCode))
}

// edits reports whether p may change c's content: its administrators and
// its instructors.
func edits(p xiangcai.Principal, c *Course) bool {
	return administers(p, c) || (p.Role == xiangcai.RoleInstructor && c.hasInstructor(p.UserID))
}

// reaches reports whether c lies within p's area: province courses reach
// everyone, anonymous visitors included; a city or county course reaches the
// users of its city.
func reaches(p xiangcai.Principal, c *Course) bool {
	return c.ProviderLevel == LevelProvince || (p.CityCode != "" && p.CityCode == c.CityCode)
}

// sees reports whether p may read c. Editors see every status; others see
// published courses within their area, and archived courses they are
// enrolled in (enrolled says whether p holds an active or completed
// enrolment; it is only consulted for archived courses).
func sees(p xiangcai.Principal, c *Course, enrolled func() bool) bool {
	switch {
	case edits(p, c):
		return true
	case c.Status == StatusPublished:
		return reaches(p, c)
	case c.Status == StatusArchived:
		return !p.Anonymous() && enrolled()
	}
	return false
}

// mayCreate reports whether p may create a course at c's level and region:
// a province administrator anywhere; a city administrator city and county
// courses of their city; an instructor drafts within their own area: city
// and county courses of their city, or province courses when they belong
// to no city.
func mayCreate(p xiangcai.Principal, c *Course) bool {
	switch p.Role {
	case xiangcai.RoleProvinceAdmin, xiangcai.RoleCityAdmin:
		return administers(p, c)
	case xiangcai.RoleInstructor:
		if c.ProviderLevel == LevelProvince {
			return p.CityCode == ""
		}
		return p.CityCode == c.CityCode
	}
	return false
}
