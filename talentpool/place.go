package talentpool

import (
	"github.com/uptrace/bun"

	"xiangcai/regions"
)

// place is where a record lies: its region and the codes of the city,
// county and township above it (empty above the region's own level).
type place struct {
	Region, City, County, Township string
}

// locate validates the region code read from field at one of the allowed
// levels and works out the codes above it.
func (s *Service) locate(field, code string, allowed ...regions.Level) (place, error) {
	if err := s.regions.Validate(field, code, allowed...); err != nil {
		return place{}, err
	}
	pl := place{Region: code}
	for _, r := range s.regions.Path(code) {
		switch r.Level {
		case regions.LevelCity:
			pl.City = r.Code
		case regions.LevelCounty:
			pl.County = r.Code
		case regions.LevelTownship:
			pl.Township = r.Code
		}
	}
	return pl, nil
}

// inRegion narrows q, over a table with alias whose rows store their
// place, to the area of region code, a city, county, township or village
// validated by the caller.
func (s *Service) inRegion(q *bun.SelectQuery, alias, code string) *bun.SelectQuery {
	r, _ := s.regions.Find(code)
	column := map[regions.Level]string{regions.LevelCity: "city_code", regions.LevelCounty: "county_code",
		regions.LevelTownship: "township_code"}[r.Level]
	if column == "" {
		column = "region_code"
	}
	return q.Where("? = ?", bun.Ident(alias+"."+column), code)
}
