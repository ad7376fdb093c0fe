package talentpool

import (
	"cmp"
	"context"
	"maps"
	"slices"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
	"xiangcai/regions"
)

// SelectionFilter selects annual selections; empty fields select everything.
type SelectionFilter struct {
	// CityCode narrows the list to one city. A city administrator's list is
	// always their own city.
	CityCode string
	Year     int
	Status   SelectionStatus
}

// FindSelections returns the annual selections that match f in the cities
// p administers, latest year first, each with its tally but without
// criteria and nominees.
func (s *Service) FindSelections(ctx context.Context, p xiangcai.Principal, f SelectionFilter) ([]*Selection, error) {
	city, err := scopeCity(p, f.CityCode)
	if err != nil {
		return nil, err
	}
	if f.Status != "" && !SelectionStatuses.Has(f.Status) {
		return nil, xiangcai.Invalid("status", "状态无效", "unknown status")
	}
	list := []*Selection{}
	q := s.db.NewSelect().Model(&list).OrderExpr("se.year DESC, se.city_code")
	for _, c := range [...]struct {
		column string
		value  any
		set    bool
	}{{"city_code", city, city != ""}, {"year", f.Year, f.Year != 0}, {"status", f.Status, f.Status != ""}} {
		if c.set {
			q = q.Where("? = ?", bun.Ident("se."+c.column), c.value)
		}
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, selectionText)
	}
	return list, tally(ctx, s.db, list...)
}

// FindSelection returns the selection of a city p administers for year,
// with its criteria and its nominees, each with their scores and total.
func (s *Service) FindSelection(ctx context.Context, p xiangcai.Principal, city string, year int) (*Selection, error) {
	sel, err := s.findSelection(ctx, s.db, p, city, year, false)
	if err != nil {
		return nil, err
	}
	return sel, readContents(ctx, s.db, sel)
}

// SelectionHistory returns one page of the changes made to the selection
// of a city p administers for year, newest first.
func (s *Service) SelectionHistory(ctx context.Context, p xiangcai.Principal, city string, year int, page xiangcai.Page) ([]*audit.Event, int, error) {
	sel, err := s.findSelection(ctx, s.db, p, city, year, false)
	if err != nil {
		return nil, 0, err
	}
	return audit.Find(ctx, s.db, audit.EventFilter{ObjectType: "selection", ObjectID: sel.ID, Page: page})
}

// findSelection loads the selection of a city p administers for year,
// locking it when lock is set. Another city's selection is not found.
func (s *Service) findSelection(ctx context.Context, db bun.IDB, p xiangcai.Principal, city string, year int, lock bool) (*Selection, error) {
	if err := s.adminOf(p, city, year, hidden); err != nil {
		return nil, err
	}
	sel := new(Selection)
	q := db.NewSelect().Model(sel).Where("se.city_code = ? AND se.year = ?", city, year)
	if lock {
		q = forUpdate(q, db, "se")
	}
	return sel, database.Err(q.Scan(ctx), selectionText)
}

// adminOf checks that p administers the city of a selection of year:
// unauthorized or forbidden for other roles, invalid for a bad city or
// year, and then what deny says about another city, forbidden or not
// found.
func (s *Service) adminOf(p xiangcai.Principal, city string, year int, deny func(xiangcai.Principal, string) error) error {
	if err := requireAdmin(p); err != nil {
		return err
	}
	if err := s.checkCityYear(city, year); err != nil {
		return err
	}
	return deny(p, city)
}

// hidden is not found for a selection of a city p does not administer.
func hidden(p xiangcai.Principal, city string) error { return visible(p, city, selectionText) }

// checkCityYear validates the city and the year of a selection: a year
// from 2000 to next year, so a city may prepare next year's in December.
func (s *Service) checkCityYear(city string, year int) error {
	err := s.regions.Validate("city_code", city, regions.LevelCity)
	if year < 2000 || year > s.now().In(chinaTime).Year()+1 {
		err = gather(err, xiangcai.Invalid("year", "年度应在2000年至明年之间", "the year is between 2000 and next year"))
	}
	return err
}

// readContents reads sel's criteria in order, its nominees ranked with
// their scores, and its tally.
func readContents(ctx context.Context, db bun.IDB, sel *Selection) error {
	criteria, err := findCriteria(ctx, db, sel.ID)
	if err != nil {
		return err
	}
	sel.Criteria, sel.Nominees = criteria, []*Nominee{}
	if err := db.NewSelect().Model(&sel.Nominees).Where("sn.selection_id = ?", sel.ID).Scan(ctx); err != nil {
		return database.Err(err, selectionText)
	}
	if err := readScores(ctx, db, sel.Criteria, sel.Nominees...); err != nil {
		return err
	}
	kind := map[NomineeKind]int{NomineeOrganization: 0, NomineeLeader: 1}
	slices.SortFunc(sel.Nominees, func(a, b *Nominee) int {
		return cmp.Or(cmp.Compare(kind[a.Kind], kind[b.Kind]), cmp.Compare(b.TotalTenths, a.TotalTenths), cmp.Compare(a.ID, b.ID))
	})
	return tally(ctx, db, sel)
}

// findCriteria reads the criteria of a selection in order.
func findCriteria(ctx context.Context, db bun.IDB, selectionID string) ([]*Criterion, error) {
	criteria := []*Criterion{}
	err := db.NewSelect().Model(&criteria).Where("sc.selection_id = ?", selectionID).OrderExpr("sc.position").Scan(ctx)
	return criteria, database.Err(err, selectionText)
}

// readScores reads the scores of nominees, puts each nominee's in the order
// of criteria and adds up their totals.
func readScores(ctx context.Context, db bun.IDB, criteria []*Criterion, nominees ...*Nominee) error {
	if len(nominees) == 0 {
		return nil
	}
	byID := make(map[string]*Nominee, len(nominees))
	for _, n := range nominees {
		n.Scores, n.TotalTenths, byID[n.ID] = []*Score{}, 0, n
	}
	var scores []*Score
	if err := db.NewSelect().Model(&scores).Where("ss.nominee_id IN (?)", bun.In(slices.Collect(maps.Keys(byID)))).
		Scan(ctx); err != nil {
		return database.Err(err, selectionText)
	}
	position := make(map[string]int, len(criteria))
	for i, c := range criteria {
		position[c.ID] = i
	}
	slices.SortFunc(scores, func(a, b *Score) int { return cmp.Compare(position[a.CriterionID], position[b.CriterionID]) })
	for _, sc := range scores {
		n := byID[sc.NomineeID]
		n.Scores = append(n.Scores, sc)
		n.TotalTenths += sc.Tenths
	}
	return nil
}
