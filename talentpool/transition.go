package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
)

// TransitionTalent moves a talent of a city p administers to status to,
// for the reason given, which is required. Only the moves Status.Next
// allows are made; others are a conflict.
func (s *Service) TransitionTalent(ctx context.Context, p xiangcai.Principal, id string, to Status, reason string) (*Talent, error) {
	var found *Talent
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		t, err := s.lockTalent(ctx, tx, p, id)
		if err != nil {
			return err
		}
		found, err = s.transition(ctx, tx, p, t, to, reason)
		return err
	})
	if err != nil {
		return nil, err
	}
	return found, nil
}

// transition moves the locked talent t to status to inside tx: the
// transition, the talent's new status and the audit event.
func (s *Service) transition(ctx context.Context, tx bun.Tx, p xiangcai.Principal, t *Talent, to Status, reason string) (*Talent, error) {
	reason, err := checkReason(reason)
	if err := gather(err, requireNext(t.Status, to)); err != nil {
		return nil, err
	}
	after := *t
	after.Status = to
	if err := s.addTransition(ctx, tx, p, &after, t.Status, reason); err != nil {
		return nil, err
	}
	return s.saveTalent(ctx, tx, p, "transition", Statuses.Label(t.Status).ZH+"→"+Statuses.Label(to).ZH+"（"+reason+"）", t, &after)
}
