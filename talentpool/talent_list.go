package talentpool

import (
	"context"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/regions"
)

// TalentFilter selects talents. Empty fields select everything. Lists,
// exports and dashboards share it.
type TalentFilter struct {
	// RegionCode narrows the list to a city, county, township or village.
	// A city administrator's list is always their own city.
	RegionCode     string
	Category       TalentCategory
	Status         Status
	OrganizationID string
	Qualification  Qualification
	Priority       *bool
	// Query finds talents whose name contains it.
	Query string
	// AsOf, when set, shows the pool as it stood at that instant: the
	// talents who had entered it by then, each with the status and city
	// of their last transition at or before AsOf; Status and the city
	// filter apply to those. Other fields (name, organization, county and
	// below…) are today's values.
	AsOf time.Time
	// Page is a keyset page, newest first.
	Page xiangcai.Page
}

// FindTalents returns one page of the talents that match f in the pools
// p may read, newest first, and how many match in all.
func (s *Service) FindTalents(ctx context.Context, p xiangcai.Principal, f TalentFilter) ([]*Talent, int, error) {
	match, err := s.talentMatch(p, f)
	if err != nil {
		return nil, 0, err
	}
	return findPage[Talent](ctx, s.db, "t", f.Page, match, talentText)
}

// talentMatch checks f and returns the conditions that select the talents
// it names among those p may read.
func (s *Service) talentMatch(p xiangcai.Principal, f TalentFilter) (func(*bun.SelectQuery) *bun.SelectQuery, error) {
	region, err := s.listRegion(p, f.RegionCode)
	if err != nil {
		return nil, err
	}
	if err := checkTalentFilter(f); err != nil {
		return nil, err
	}
	// Status and city come from the talent, or from the transition that
	// was the last one at AsOf.
	status, city := "t.status", "t.city_code"
	if !f.AsOf.IsZero() {
		status, city = "st.to_status", "st.city_code"
	}
	return func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.Apply(withOrganization)
		if !f.AsOf.IsZero() {
			q = asOf(q, f.AsOf)
		}
		if r, _ := s.regions.Find(region); r.Level == regions.LevelCity {
			q = q.Where("? = ?", bun.Ident(city), region)
		} else if region != "" {
			q = s.inRegion(q, "t", region)
		}
		if f.Status != "" {
			q = q.Where("? = ?", bun.Ident(status), f.Status)
		}
		for _, c := range [...]struct{ column, value string }{{"category", string(f.Category)},
			{"organization_id", f.OrganizationID}, {"qualification", string(f.Qualification)}} {
			if c.value != "" {
				q = q.Where("? = ?", bun.Ident("t."+c.column), c.value)
			}
		}
		if f.Priority != nil {
			q = q.Where("t.priority = ?", *f.Priority)
		}
		if strings.TrimSpace(f.Query) != "" {
			q = q.Where(`LOWER(t.name) LIKE ? ESCAPE '\'`, likePattern(f.Query))
		}
		return q
	}, nil
}

// checkTalentFilter returns an invalid error naming the first field of f
// that holds an unknown value.
func checkTalentFilter(f TalentFilter) error {
	switch {
	case f.Category != "" && !TalentCategories.Has(f.Category):
		return xiangcai.Invalid("category", "人才类别无效", "unknown talent category")
	case f.Status != "" && !Statuses.Has(f.Status):
		return xiangcai.Invalid("status", "状态无效", "unknown status")
	case f.Qualification != "" && !Qualifications.Has(f.Qualification):
		return xiangcai.Invalid("qualification", "职业资格无效", "unknown qualification")
	}
	return nil
}

// asOf joins each talent's last transition at or before at, as st, and
// reads the talent's status and city from it; talents with none had not
// entered the pool yet and drop out.
func asOf(q *bun.SelectQuery, at time.Time) *bun.SelectQuery {
	return q.Join(`JOIN talent_transitions AS st ON st.id = (SELECT x.id FROM talent_transitions AS x
		WHERE x.talent_id = t.id AND x.at <= ? ORDER BY x.at DESC, x.id DESC LIMIT 1)`, at.UTC()).
		ExcludeColumn("status", "city_code", "status_changed_at").
		ColumnExpr("st.to_status AS status, st.city_code AS city_code, st.at AS status_changed_at")
}
