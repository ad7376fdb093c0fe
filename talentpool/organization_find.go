package talentpool

import (
	"context"
	"strings"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
	"xiangcai/regions"
)

// OrganizationFilter selects organizations. Empty fields select
// everything; deleted organizations are left out unless asked for. Lists,
// exports and dashboards share it.
type OrganizationFilter struct {
	// RegionCode narrows the list to a city, county, township or village.
	// A city administrator's list is always their own city.
	RegionCode     string
	CategoryID     string
	Status         OrganizationStatus
	Hub            *bool
	IncubationBase *bool
	// Query finds organizations whose name contains it.
	Query          string
	IncludeDeleted bool
	// Page is a keyset page, newest first.
	Page xiangcai.Page
}

// FindOrganizationByID returns an organization, deleted or not, if p may
// read it.
func (s *Service) FindOrganizationByID(ctx context.Context, p xiangcai.Principal, id string) (*Organization, error) {
	return s.findOrganization(ctx, s.db, p, id, false)
}

// findOrganization loads an organization p may read, locking it when lock
// is set.
func (s *Service) findOrganization(ctx context.Context, db bun.IDB, p xiangcai.Principal, id string, lock bool) (*Organization, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(organizationText.ZH, organizationText.EN)
	}
	o := new(Organization)
	q := db.NewSelect().Model(o).Where("o.id = ?", id)
	if lock {
		q = forUpdate(q, db, "o")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, organizationText)
	}
	if err := visible(p, o.CityCode, organizationText); err != nil {
		return nil, err
	}
	return o, nil
}

// FindOrganizations returns one page of the organizations that match f
// and p may read, newest first, and how many match in all.
func (s *Service) FindOrganizations(ctx context.Context, p xiangcai.Principal, f OrganizationFilter) ([]*Organization, int, error) {
	match, err := s.organizationMatch(p, f)
	if err != nil {
		return nil, 0, err
	}
	return findPage[Organization](ctx, s.db, "o", f.Page, match, organizationText)
}

// organizationMatch checks f and returns the conditions that select the
// organizations it names among those p may read.
func (s *Service) organizationMatch(p xiangcai.Principal, f OrganizationFilter) (func(*bun.SelectQuery) *bun.SelectQuery, error) {
	region, err := s.listRegion(p, f.RegionCode)
	if err != nil {
		return nil, err
	}
	if f.Status != "" && f.Status != OrganizationRegistered && f.Status != OrganizationFiled {
		return nil, xiangcai.Invalid("status", "状态无效", "unknown status")
	}
	return func(q *bun.SelectQuery) *bun.SelectQuery {
		if region != "" {
			q = s.inRegion(q, "o", region)
		}
		if f.CategoryID != "" {
			q = q.Where("o.category_id = ?", f.CategoryID)
		}
		if f.Status != "" {
			q = q.Where("o.status = ?", f.Status)
		}
		if f.Hub != nil {
			q = q.Where("o.is_hub = ?", *f.Hub)
		}
		if f.IncubationBase != nil {
			q = q.Where("o.is_incubation_base = ?", *f.IncubationBase)
		}
		if strings.TrimSpace(f.Query) != "" {
			q = q.Where(`LOWER(o.name) LIKE ? ESCAPE '\'`, likePattern(f.Query))
		}
		if !f.IncludeDeleted {
			q = q.Where("o.deleted_at IS NULL")
		}
		return q
	}, nil
}

// listRegion checks the region a list asked for by p is narrowed to, and
// returns it, or p's own city for a city administrator who named none.
func (s *Service) listRegion(p xiangcai.Principal, code string) (string, error) {
	if err := requireAdmin(p); err != nil || code == "" {
		return scopeCity(p, "")
	}
	pl, err := s.locate("region_code", code, regions.LevelCity, regions.LevelCounty, regions.LevelTownship, regions.LevelVillage)
	if err != nil {
		return "", err
	}
	if _, err := scopeCity(p, pl.City); err != nil {
		return "", err
	}
	return code, nil
}

// OrganizationHistory returns one page of the changes made to an
// organization p may read, newest first: who, when, and the fields that
// changed with their values before and after.
func (s *Service) OrganizationHistory(ctx context.Context, p xiangcai.Principal, id string, page xiangcai.Page) ([]*audit.Event, int, error) {
	o, err := s.FindOrganizationByID(ctx, p, id)
	if err != nil {
		return nil, 0, err
	}
	return audit.Find(ctx, s.db, audit.EventFilter{ObjectType: "organization", ObjectID: o.ID, Page: page})
}
