package audit

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// Service reads the audit trail.
type Service struct{ db bun.IDB }

// NewService returns a Service over db.
func NewService(db bun.IDB) *Service { return &Service{db: db} }

// EventFilter selects events for FindEvents. Empty fields select everything.
type EventFilter struct {
	// CityCode narrows the trail to one city. A city administrator always
	// sees only their own city's events.
	CityCode    string
	ObjectType  string
	ObjectID    string
	Action      string
	ActorUserID string
	// Since and Until bound At: Since inclusive, Until exclusive.
	Since, Until time.Time
	// Page is a keyset page, newest first.
	Page xiangcai.Page
}

// FindEvents returns one page of the events that match f and p may read,
// newest first, and how many match in all. Administrators read the events
// of the cities they manage; only the province reads events that belong to
// no city.
func (s *Service) FindEvents(ctx context.Context, p xiangcai.Principal, f EventFilter) ([]*Event, int, error) {
	if err := p.RequireRole(xiangcai.RoleCityAdmin, xiangcai.RoleProvinceAdmin); err != nil {
		return nil, 0, err
	}
	if p.Role == xiangcai.RoleCityAdmin && f.CityCode == "" {
		f.CityCode = p.CityCode
	}
	if err := p.RequireCity(f.CityCode); f.CityCode != "" && err != nil {
		return nil, 0, err
	}
	return Find(ctx, s.db, f)
}

// Find returns one page of the events that match f without asking anyone's
// permission. Services call it after authorizing the reader themselves, for
// example to show the whole history of one record they may read.
func Find(ctx context.Context, db bun.IDB, f EventFilter) ([]*Event, int, error) {
	var after string
	if f.Page.Cursor != "" {
		if err := xiangcai.DecodeCursor(f.Page.Cursor, &after); err != nil {
			return nil, 0, err
		}
	}
	match := func(q *bun.SelectQuery) *bun.SelectQuery {
		for _, c := range [...]struct{ column, value string }{{"city_code", f.CityCode}, {"object_type", f.ObjectType},
			{"object_id", f.ObjectID}, {"action", f.Action}, {"actor_user_id", f.ActorUserID}} {
			if c.value != "" {
				q = q.Where("? = ?", bun.Ident("ae."+c.column), c.value)
			}
		}
		if !f.Since.IsZero() {
			q = q.Where("ae.at >= ?", f.Since.UTC())
		}
		if !f.Until.IsZero() {
			q = q.Where("ae.at < ?", f.Until.UTC())
		}
		return q
	}
	total, err := db.NewSelect().Model((*Event)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, 0, database.Err(err, eventText)
	}
	var events []*Event
	q := db.NewSelect().Model(&events).Apply(match).OrderExpr("ae.id DESC").Limit(int64(f.Page.Size()))
	if after != "" {
		q = q.Where("ae.id < ?", after)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, 0, database.Err(err, eventText)
	}
	return events, int(total), nil
}
