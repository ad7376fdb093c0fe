package talentpool

import (
	"context"
	"time"

	"xiangcai/database"
	"xiangcai/pii"
)

// PublishedSelection is a city's published list as the public sees it:
// the selected organizations and leaders, each ranked by total, with no
// scores and no personal data but leaders' masked names.
type PublishedSelection struct {
	CityCode      string
	CityName      string
	Year          int
	PublishedAt   time.Time
	Organizations []PublishedNominee
	Leaders       []PublishedNominee
}

// PublishedNominee is one organization or leader on a published list.
type PublishedNominee struct {
	// Name is an organization's name, or a leader's name masked as 张*.
	Name string
	// OrganizationName is a leader's organization, if any.
	OrganizationName string
	RegionCode       string
	RegionName       string
}

// FindPublishedSelection returns the published list of a city for year.
// Anyone may read it, signed in or not; a list that is not published (or
// was reopened) is not found.
func (s *Service) FindPublishedSelection(ctx context.Context, city string, year int) (*PublishedSelection, error) {
	if err := s.checkCityYear(city, year); err != nil {
		return nil, err
	}
	sel := new(Selection)
	err := s.db.NewSelect().Model(sel).Where("se.city_code = ? AND se.year = ? AND se.status = ?", city, year, SelectionPublished).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, selectionText)
	}
	if err := readContents(ctx, s.db, sel); err != nil {
		return nil, err
	}
	cityRegion, _ := s.regions.Find(city)
	out := &PublishedSelection{CityCode: city, CityName: cityRegion.Name, Year: year, PublishedAt: sel.PublishedAt,
		Organizations: []PublishedNominee{}, Leaders: []PublishedNominee{}}
	for _, n := range sel.Nominees {
		if !n.Selected {
			continue
		}
		region, _ := s.regions.Find(n.RegionCode)
		entry := PublishedNominee{Name: n.Name, OrganizationName: n.OrganizationName, RegionCode: n.RegionCode, RegionName: region.Name}
		if n.Kind == NomineeLeader {
			entry.Name = pii.MaskName(n.Name)
			out.Leaders = append(out.Leaders, entry)
		} else {
			out.Organizations = append(out.Organizations, entry)
		}
	}
	return out, nil
}
