package dashboard

import (
	"strconv"
	"time"

	"xiangcai"
	"xiangcai/regions"
)

// firstYear is the earliest year a dashboard counts.
const firstYear = 2000

// scope returns the area of the dashboard p asks for with city, and the
// cities it covers: the province and every city when city is empty and p
// administers the province, or one city. A city administrator's empty
// city is their own; another city is forbidden to them.
func (s *Service) scope(p xiangcai.Principal, city string) (area regions.Region, cities []regions.Region, err error) {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return area, nil, err
	}
	if city == "" && p.Role == xiangcai.RoleCityAdmin {
		city = p.CityCode
	}
	if city == "" {
		cities = s.regions.Children("")
		if len(cities) > 0 {
			area, _ = s.regions.Find(cities[0].ParentCode)
		}
		return area, cities, nil
	}
	if err := s.regions.Validate("city", city, regions.LevelCity); err != nil {
		return area, nil, err
	}
	if err := p.RequireCity(city); err != nil {
		return area, nil, err
	}
	area, _ = s.regions.Find(city)
	return area, []regions.Region{area}, nil
}

// checkYear returns the year asked for, this year in Beijing time when it
// is 0, and an invalid error for a year before firstYear or after this one.
func checkYear(year int, now time.Time) (int, error) {
	this := now.In(beijing).Year()
	switch {
	case year == 0:
		return this, nil
	case year < firstYear || year > this:
		return 0, xiangcai.Invalid("year", "年份须在"+strconv.Itoa(firstYear)+"年至今年之间",
			"the year must be between "+strconv.Itoa(firstYear)+" and this year")
	}
	return year, nil
}
