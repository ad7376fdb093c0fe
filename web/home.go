package web

import (
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/regions"
)

// homeData is what the home page shows: who is signed in and, by role, the
// part of the province they look after.
type homeData struct {
	Name   string
	Role   xiangcai.Role
	Region string // the user's region from the city down, such as "长沙市 岳麓区"
	City   string // the city a city administrator looks after
	Cities []cityRow
}

// cityRow is one city in the provincial administrator's overview.
type cityRow struct {
	Name      string
	Counties  int
	Townships int
}

// home answers GET /: visitors who are not signed in go to the sign-in page.
func (s *site) home(c *fiber.Ctx) error {
	user := signedInUser(c)
	if user == nil {
		return c.Redirect("/login", fiber.StatusSeeOther)
	}
	data := homeData{Name: user.DisplayName, Role: user.Role, Region: s.regionName(user.RegionCode)}
	switch user.Role {
	case xiangcai.RoleCityAdmin:
		data.City = s.regionName(user.CityCode)
	case xiangcai.RoleProvinceAdmin:
		for _, city := range s.regions.Children("") {
			data.Cities = append(data.Cities, cityRow{
				Name:      city.Name,
				Counties:  s.regions.CountAt(city.Code, regions.LevelCounty),
				Townships: s.regions.CountAt(city.Code, regions.LevelTownship),
			})
		}
	}
	return s.render(c, fiber.StatusOK, "home", s.newPage(c, data))
}

// regionName names a region from its city down, such as "长沙市 岳麓区";
// "" when code is empty or no longer in the table.
func (s *site) regionName(code string) string {
	var names []string
	for _, r := range s.regions.Path(code) {
		if r.Level != regions.LevelProvince {
			names = append(names, r.Name)
		}
	}
	return strings.Join(names, " ")
}
