package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// FindTalentByID returns a talent p may read: one of a city p administers,
// or p's own profile.
func (s *Service) FindTalentByID(ctx context.Context, p xiangcai.Principal, id string) (*Talent, error) {
	return s.findTalent(ctx, s.db, p, id, false)
}

// FindMyTalent returns the talent linked to p's own account.
func (s *Service) FindMyTalent(ctx context.Context, p xiangcai.Principal) (*Talent, error) {
	if err := signedIn(p); err != nil {
		return nil, err
	}
	t := new(Talent)
	err := s.db.NewSelect().Model(t).Apply(withOrganization).Where("t.user_id = ?", p.UserID).Scan(ctx)
	return t, database.Err(err, talentText)
}

// findTalent loads a talent p may read with its organization, locking it
// when lock is set.
func (s *Service) findTalent(ctx context.Context, db bun.IDB, p xiangcai.Principal, id string, lock bool) (*Talent, error) {
	if err := signedIn(p); err != nil {
		return nil, err
	}
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(talentText.ZH, talentText.EN)
	}
	t := new(Talent)
	q := db.NewSelect().Model(t).Apply(withOrganization).Where("t.id = ?", id)
	if lock {
		q = forUpdate(q, db, "t")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, talentText)
	}
	if t.UserID != "" && t.UserID == p.UserID {
		return t, nil
	}
	if err := visible(p, t.CityCode, talentText); err != nil {
		return nil, err
	}
	return t, nil
}

// withOrganization reads the name of a talent's organization and whether
// it was deleted along with the talent.
func withOrganization(q *bun.SelectQuery) *bun.SelectQuery {
	return q.Relation("Organization", func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Column("id", "name", "deleted_at")
	})
}

// FindTransitions returns a talent's lifecycle, oldest first, if p may
// read the talent.
func (s *Service) FindTransitions(ctx context.Context, p xiangcai.Principal, talentID string) ([]*Transition, error) {
	t, err := s.FindTalentByID(ctx, p, talentID)
	if err != nil {
		return nil, err
	}
	var list []*Transition
	err = s.db.NewSelect().Model(&list).Where("tt.talent_id = ?", t.ID).OrderExpr("tt.at, tt.id").Scan(ctx)
	return list, database.Err(err, talentText)
}

// TalentEvents returns one page of the audit trail of a talent a city p
// administers, newest first: every change and every unmasked view.
func (s *Service) TalentEvents(ctx context.Context, p xiangcai.Principal, talentID string, page xiangcai.Page) ([]*audit.Event, int, error) {
	t, err := s.adminTalent(ctx, s.db, p, talentID, false)
	if err != nil {
		return nil, 0, err
	}
	return audit.Find(ctx, s.db, audit.EventFilter{ObjectType: "talent", ObjectID: t.ID, Page: page})
}
