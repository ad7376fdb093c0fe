package talentpool

import (
	"context"
	"fmt"
	"slices"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// Tally is how many organizations and how many leaders a selection has
// marked selected.
type Tally struct {
	Organizations int
	Leaders       int
}

// Short reports whether the tally falls short of the plan's target of
// SelectionTarget organizations and as many leaders.
func (t Tally) Short() bool {
	return t.Organizations < SelectionTarget || t.Leaders < SelectionTarget
}

// Warning returns the warning shown while the tally falls short of the
// target, or nil when it does not.
func (t Tally) Warning() *xiangcai.Text {
	if !t.Short() {
		return nil
	}
	return &xiangcai.Text{
		ZH: fmt.Sprintf("入选的优秀社区社会组织%d个、负责人%d名，方案要求每年各不少于%d个", t.Organizations, t.Leaders, SelectionTarget),
		EN: fmt.Sprintf("%d organizations and %d leaders selected; the plan asks for at least %d of each every year",
			t.Organizations, t.Leaders, SelectionTarget),
	}
}

// SelectionCount is where a city's selection of a year stands against the
// target, for dashboards.
type SelectionCount struct {
	CityCode string
	Year     int
	// Status is the selection's status, or "" when the city has none.
	Status SelectionStatus
	// Approved counts the selected nominees of an approved or published
	// list; it is zero until the list is approved.
	Approved Tally
}

// Warning returns the warning a city gets while its approved list falls
// short of the target (no approved list at all falls short), or nil.
func (c SelectionCount) Warning() *xiangcai.Text { return c.Approved.Warning() }

// SelectionCounts returns how many organizations and leaders the approved
// or published selection of a city p administers holds for year. Asking
// about another city is forbidden, as for lists.
func (s *Service) SelectionCounts(ctx context.Context, p xiangcai.Principal, city string, year int) (SelectionCount, error) {
	counts, err := s.SelectionCountsOf(ctx, p, []string{city}, year)
	if err != nil {
		return SelectionCount{CityCode: city, Year: year}, err
	}
	return counts[0], nil
}

// SelectionCountsOf returns the SelectionCounts of each of cities for
// year, in their order, counted together.
func (s *Service) SelectionCountsOf(ctx context.Context, p xiangcai.Principal, cities []string, year int) ([]SelectionCount, error) {
	counts := make([]SelectionCount, len(cities))
	for i, city := range cities {
		if err := s.adminOf(p, city, year, xiangcai.Principal.RequireCity); err != nil {
			return nil, err
		}
		counts[i] = SelectionCount{CityCode: city, Year: year}
	}
	var list, final []*Selection
	err := s.db.NewSelect().Model(&list).Where("se.city_code IN (?) AND se.year = ?", bun.In(cities), year).Scan(ctx)
	if err != nil {
		return nil, database.Err(err, selectionText)
	}
	for _, sel := range list {
		if sel.Status.Final() {
			final = append(final, sel)
		}
	}
	if err := tally(ctx, s.db, final...); err != nil {
		return nil, err
	}
	for _, sel := range list {
		c := &counts[slices.Index(cities, sel.CityCode)]
		c.Status = sel.Status
		if sel.Status.Final() {
			c.Approved = sel.Tally
		}
	}
	return counts, nil
}

// tally counts the selected nominees of each selection in list.
func tally(ctx context.Context, db bun.IDB, list ...*Selection) error {
	if len(list) == 0 {
		return nil
	}
	byID := make(map[string]*Selection, len(list))
	ids := make([]string, len(list))
	for i, sel := range list {
		sel.Tally, byID[sel.ID], ids[i] = Tally{}, sel, sel.ID
	}
	var rows []struct {
		SelectionID string
		Kind        NomineeKind
		N           int
	}
	err := db.NewSelect().Model((*Nominee)(nil)).ColumnExpr("sn.selection_id, sn.kind, COUNT(*) AS n").
		Where("sn.selection_id IN (?) AND sn.selected = ?", bun.In(ids), true).
		GroupExpr("sn.selection_id, sn.kind").Scan(ctx, &rows)
	if err != nil {
		return database.Err(err, selectionText)
	}
	for _, r := range rows {
		t := &byID[r.SelectionID].Tally
		if r.Kind == NomineeOrganization {
			t.Organizations = r.N
		} else {
			t.Leaders = r.N
		}
	}
	return nil
}
