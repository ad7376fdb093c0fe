package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// ResolveReviewItem records an administrator's decision on a flagged
// talent of an annual review, with the reason, which is required: keep
// leaves the talent as they are; suspend and exit make the transition
// (unless the talent already has that status). Each item is decided once;
// the review completes with its last decision.
func (s *Service) ResolveReviewItem(ctx context.Context, p xiangcai.Principal, itemID string, d Decision, reason string) (*ReviewItem, error) {
	var item *ReviewItem
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		it, rv, err := s.lockReviewItem(ctx, tx, p, itemID)
		if err != nil {
			return err
		}
		reason, err := checkReason(reason)
		if _, ok := decisionStatus[d]; !ok {
			err = gather(err, xiangcai.Invalid("decision", "请选择保留、暂停或退出", "choose keep, suspend or exit"))
		}
		if err != nil {
			return err
		}
		if it.Decision != DecisionPending {
			return xiangcai.Errorf(xiangcai.ECONFLICT, "该人才的复核已处理", "this talent's review has already been decided")
		}
		t, err := s.lockTalent(ctx, tx, p, it.TalentID)
		if err != nil {
			return err
		}
		if to := decisionStatus[d]; d != DecisionKeep && t.Status != to {
			if t, err = s.transition(ctx, tx, p, t, to, "年度复核："+reason); err != nil {
				return err
			}
		}
		it.Decision, it.DecidedAt, it.DecidedBy, it.Reason = d, s.now(), p.UserID, reason
		if _, err := tx.NewUpdate().Model(it).Column("decision", "decided_at", "decided_by", "reason").WherePK().Exec(ctx); err != nil {
			return database.Err(err, reviewText)
		}
		if err := s.countDecision(ctx, tx, rv); err != nil {
			return err
		}
		it.Talent, item = t, it
		return s.record(ctx, tx, p, audit.Entry{Action: "talent.review_decision", ObjectType: "talent", ObjectID: t.ID,
			CityCode: t.CityCode, Summary: "年度复核决定（" + Decisions.Label(d).ZH + "）：" + t.Name,
			Detail: map[string]any{"review_id": rv.ID, "year": rv.Year, "decision": d, "reason": reason}})
	})
	if err != nil {
		return nil, err
	}
	return item, nil
}

// countDecision takes one decision off the review's pending count and
// completes the review with its last one.
func (s *Service) countDecision(ctx context.Context, tx bun.Tx, rv *Review) error {
	rv.Pending--
	if rv.Pending == 0 {
		rv.CompletedAt = s.now()
	}
	_, err := tx.NewUpdate().Model(rv).Column("pending", "completed_at").WherePK().Exec(ctx)
	return database.Err(err, reviewText)
}

// lockReviewItem loads an item of a review of a city p administers, and
// the review, both locked for the transaction.
func (s *Service) lockReviewItem(ctx context.Context, tx bun.Tx, p xiangcai.Principal, itemID string) (*ReviewItem, *Review, error) {
	if err := requireAdmin(p); err != nil {
		return nil, nil, err
	}
	if !xiangcai.ValidID(itemID) {
		return nil, nil, xiangcai.NotFound(reviewText.ZH, reviewText.EN)
	}
	it := new(ReviewItem)
	if err := forUpdate(tx.NewSelect().Model(it).Where("ri.id = ?", itemID), tx, "ri").Scan(ctx); err != nil {
		return nil, nil, database.Err(err, reviewText)
	}
	rv, err := s.findReview(ctx, tx, p, it.ReviewID, true)
	return it, rv, err
}
