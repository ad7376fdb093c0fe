package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// UpdateTalent changes the fields of a talent that patch sets. Moving a
// talent to another city's pool takes the rights of both cities, so only
// the province does it; the move is a transition of its own, so the pool
// of each city on a past date stays right. Clearing or changing the
// organization is remembered for the annual review.
func (s *Service) UpdateTalent(ctx context.Context, p xiangcai.Principal, id string, patch TalentPatch) (*Talent, error) {
	var found *Talent
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		before, err := s.lockTalent(ctx, tx, p, id)
		if err != nil {
			return err
		}
		in, err := s.talentInput(before)
		if err != nil {
			return err
		}
		patch.apply(&in)
		after := *before
		after.Organization = nil
		if err := s.prepareTalent(ctx, tx, p, in, &after); err != nil {
			return err
		}
		if err := p.RequireCity(after.CityCode); err != nil {
			return err
		}
		if after.IDHash != before.IDHash {
			if err := s.requireNewPerson(ctx, tx, p, &after); err != nil {
				return err
			}
		}
		if before.OrganizationID != "" && after.OrganizationID != before.OrganizationID {
			after.LeftOrganizationAt = s.now()
		}
		if after.CityCode != before.CityCode {
			from, _ := s.regions.Find(before.CityCode)
			to, _ := s.regions.Find(after.CityCode)
			if err := s.addTransition(ctx, tx, p, &after, after.Status, "由"+from.Name+"调入"+to.Name); err != nil {
				return err
			}
		}
		found, err = s.saveTalent(ctx, tx, p, "update", "修改人才信息", before, &after)
		return err
	})
	if err != nil {
		return nil, err
	}
	return found, nil
}

// lockTalent loads a talent of a city p administers, locked for the
// transaction. Only administrators change talents: a talent who may read
// their own profile may not change it.
func (s *Service) lockTalent(ctx context.Context, tx bun.Tx, p xiangcai.Principal, id string) (*Talent, error) {
	return s.adminTalent(ctx, tx, p, id, true)
}

// adminTalent loads a talent of a city p administers, locking it when lock
// is set: forbidden for other roles, not found in other cities.
func (s *Service) adminTalent(ctx context.Context, db bun.IDB, p xiangcai.Principal, id string, lock bool) (*Talent, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	t, err := s.findTalent(ctx, db, p, id, lock)
	if err != nil {
		return nil, err
	}
	if err := visible(p, t.CityCode, talentText); err != nil {
		return nil, err
	}
	return t, nil
}

// saveTalent writes a changed talent, keeps its priority up to date,
// records what changed and returns the talent as saved. Nothing changed
// writes nothing.
func (s *Service) saveTalent(ctx context.Context, tx bun.Tx, p xiangcai.Principal, verb, summary string, before, after *Talent) (*Talent, error) {
	_, changed := audit.Changes(before, after)
	if !changed && after.IDHash == before.IDHash && after.PhoneHash == before.PhoneHash {
		return before, nil
	}
	after.UpdatedAt = s.now()
	if _, err := tx.NewUpdate().Model(after).ExcludeColumn("created_at").WherePK().Exec(ctx); err != nil {
		return nil, database.Err(err, talentText)
	}
	if err := refreshPriority(ctx, tx, "id = ?", after.ID); err != nil {
		return nil, err
	}
	saved, err := s.findTalent(ctx, tx, p, after.ID, false)
	if err != nil {
		return nil, err
	}
	return saved, s.recordTalent(ctx, tx, p, verb, summary, before, saved)
}
