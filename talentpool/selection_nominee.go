package talentpool

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// nomineeText names a nominee in not_found and conflict messages.
var nomineeText = xiangcai.Text{ZH: "推选对象", EN: "nominee"}

// openSelection lists the statuses in which nominees may change.
var openSelection = []SelectionStatus{SelectionDraft, SelectionScoring}

// maxNominees is the most nominees one selection holds.
const maxNominees = 500

// NomineeInput is a nomination: an organization, or a leader.
type NomineeInput struct {
	Kind NomineeKind
	// OrganizationID names the organization when Kind is organization,
	// TalentID the leader when Kind is leader; the other stays empty.
	OrganizationID string
	TalentID       string
	Reason         string // optional: why the nominee stands out
}

// Nominate adds an organization or a leader of the city to a selection p
// may change, in draft or scoring. An organization must not be deleted; a
// leader must be an active talent of the city's pool in the category
// organization leader. Nobody is nominated twice in one selection.
func (s *Service) Nominate(ctx context.Context, p xiangcai.Principal, city string, year int, in NomineeInput) (*Nominee, error) {
	var n *Nominee
	err := s.changeSelection(ctx, p, city, year, openSelection, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		reason, err := checkText("reason", in.Reason, 1000, false, true)
		n = &Nominee{ID: xiangcai.NewID(), SelectionID: sel.ID, Kind: in.Kind, Reason: reason,
			NominatedAt: s.now(), NominatedBy: p.UserID}
		if err := gather(err, nomineeSource(n, in)); err != nil {
			return err
		}
		if err := fillNominee(ctx, tx, sel.CityCode, n); err != nil {
			return err
		}
		count, err := tx.NewSelect().Model((*Nominee)(nil)).Where("sn.selection_id = ?", sel.ID).Count(ctx)
		if err != nil {
			return database.Err(err, selectionText)
		}
		if count >= maxNominees {
			return xiangcai.Errorf(xiangcai.ECONFLICT, fmt.Sprintf("每次推选最多提名%d个", maxNominees),
				fmt.Sprintf("a selection has at most %d nominees", maxNominees))
		}
		if _, err := tx.NewInsert().Model(n).Exec(ctx); err != nil {
			if database.IsUniqueViolation(err) {
				field := map[NomineeKind]string{NomineeOrganization: "organization_id", NomineeLeader: "talent_id"}[n.Kind]
				return xiangcai.Errorf(xiangcai.ECONFLICT, "已经提名过", "already nominated").WithField(field, "本年度已提名", "already nominated this year")
			}
			return database.Err(err, selectionText)
		}
		n.Scores = []*Score{}
		return s.recordNominee(ctx, tx, p, sel, "nominate", "提名", nil, n)
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// NomineePatch holds the changes to a nominee; nil fields stay as they are.
type NomineePatch struct {
	Reason *string
	// Selected puts the nominee on the list to approve, or takes it off.
	Selected *bool
}

// UpdateNominee changes a nominee of a selection p may change, in draft or
// scoring.
func (s *Service) UpdateNominee(ctx context.Context, p xiangcai.Principal, city string, year int, id string, patch NomineePatch) (*Nominee, error) {
	var n *Nominee
	err := s.changeSelection(ctx, p, city, year, openSelection, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		before, err := findNominee(ctx, tx, sel, id)
		if err != nil {
			return err
		}
		after := *before
		if patch.Reason != nil {
			if after.Reason, err = checkText("reason", *patch.Reason, 1000, false, true); err != nil {
				return err
			}
		}
		if patch.Selected != nil {
			after.Selected = *patch.Selected
		}
		n = &after
		if _, changed := audit.Changes(before, n); changed {
			if _, err := tx.NewUpdate().Model(n).Column("reason", "selected").WherePK().Exec(ctx); err != nil {
				return database.Err(err, nomineeText)
			}
			if err := s.recordNominee(ctx, tx, p, sel, "update_nominee", "修改推选对象", before, n); err != nil {
				return err
			}
		}
		return withScores(ctx, tx, sel, n)
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// RemoveNominee withdraws a nominee, and its scores, from a selection p
// may change, in draft or scoring.
func (s *Service) RemoveNominee(ctx context.Context, p xiangcai.Principal, city string, year int, id string) error {
	return s.changeSelection(ctx, p, city, year, openSelection, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		n, err := findNominee(ctx, tx, sel, id)
		if err != nil {
			return err
		}
		if _, err := tx.NewDelete().Model((*Score)(nil)).Where("nominee_id = ?", n.ID).Exec(ctx); err != nil {
			return database.Err(err, nomineeText)
		}
		if _, err := tx.NewDelete().Model(n).WherePK().Exec(ctx); err != nil {
			return database.Err(err, nomineeText)
		}
		return s.recordNominee(ctx, tx, p, sel, "remove_nominee", "撤回提名", n, nil)
	})
}

// findNominee loads a nominee of sel.
func findNominee(ctx context.Context, db bun.IDB, sel *Selection, id string) (*Nominee, error) {
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(nomineeText.ZH, nomineeText.EN)
	}
	n := new(Nominee)
	err := db.NewSelect().Model(n).Where("sn.id = ? AND sn.selection_id = ?", id, sel.ID).Scan(ctx)
	return n, database.Err(err, nomineeText)
}

// withScores reads n's scores in the order of sel's criteria.
func withScores(ctx context.Context, db bun.IDB, sel *Selection, n *Nominee) error {
	criteria, err := findCriteria(ctx, db, sel.ID)
	if err != nil {
		return err
	}
	return readScores(ctx, db, criteria, n)
}

// recordNominee writes the audit event of a change to a nominee of sel;
// before is nil for a new nominee, after nil for a withdrawn one.
func (s *Service) recordNominee(ctx context.Context, db bun.IDB, p xiangcai.Principal, sel *Selection, verb, summary string, before, after *Nominee) error {
	n := after
	if n == nil {
		n = before
	}
	change, _ := audit.Changes(before, after)
	return s.recordSelection(ctx, db, p, sel, verb, summary+NomineeKinds.Label(n.Kind).ZH+"："+n.Name,
		map[string]any{"nominee_id": n.ID, "before": change.Before, "after": change.After})
}
