package talentpool

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// StartScoring moves a draft selection of a city p administers to scoring,
// which fixes its criteria; it needs at least one.
func (s *Service) StartScoring(ctx context.Context, p xiangcai.Principal, city string, year int) (*Selection, error) {
	return s.moveSelection(ctx, p, city, year, []SelectionStatus{SelectionDraft}, SelectionScoring, "start_scoring",
		func(ctx context.Context, tx bun.Tx, sel *Selection) (map[string]any, error) {
			criteria, err := findCriteria(ctx, tx, sel.ID)
			if err == nil && len(criteria) == 0 {
				err = xiangcai.Errorf(xiangcai.ECONFLICT, "请先设置评分标准", "set the criteria first").
					WithField("criteria", "请先设置评分标准", "set the criteria first")
			}
			return nil, err
		})
}

// ApproveSelection approves the list of a scoring selection of a city p
// administers, and freezes it: the nominees marked selected, at least one,
// each scored on every criterion and still fit to be nominated (their
// names, organizations and regions are copied again). A list short of the
// target is approved, with the warning its tally gives.
func (s *Service) ApproveSelection(ctx context.Context, p xiangcai.Principal, city string, year int) (*Selection, error) {
	return s.moveSelection(ctx, p, city, year, []SelectionStatus{SelectionScoring}, SelectionApproved, "approve",
		func(ctx context.Context, tx bun.Tx, sel *Selection) (map[string]any, error) {
			if err := readContents(ctx, tx, sel); err != nil {
				return nil, err
			}
			if sel.Tally == (Tally{}) {
				return nil, xiangcai.Errorf(xiangcai.ECONFLICT, "请先选定入选名单", "mark the selected nominees first")
			}
			var unscored []string
			for _, n := range sel.Nominees {
				if n.Selected && len(n.Scores) < len(sel.Criteria) {
					unscored = append(unscored, n.Name)
				}
			}
			if len(unscored) > 0 {
				names := strings.Join(unscored[:min(len(unscored), 5)], "、")
				return nil, xiangcai.Errorf(xiangcai.ECONFLICT, "以下入选对象尚未评完分："+names, "not every criterion is scored for: "+names)
			}
			for _, n := range sel.Nominees {
				if err := refreshNominee(ctx, tx, sel, n); err != nil {
					return nil, err
				}
			}
			sel.ApprovedAt, sel.ApprovedBy = s.now(), p.UserID
			return map[string]any{"organizations": sel.Tally.Organizations, "leaders": sel.Tally.Leaders}, nil
		})
}

// refreshNominee copies a selected nominee's name, organization and region
// from the pool again, or says why it no longer fits.
func refreshNominee(ctx context.Context, tx bun.Tx, sel *Selection, n *Nominee) error {
	if !n.Selected {
		return nil
	}
	if err := fillNominee(ctx, tx, sel.CityCode, n); err != nil {
		var e *xiangcai.Error
		if !errors.As(err, &e) || e.Code != xiangcai.EINVALID || len(e.Fields) == 0 {
			return err
		}
		why := e.Fields[0].Message
		return xiangcai.Errorf(xiangcai.ECONFLICT, "入选对象「"+n.Name+"」已不符合推选条件："+why.ZH,
			"the selected nominee "+n.Name+" no longer qualifies: "+why.EN)
	}
	_, err := tx.NewUpdate().Model(n).Column("name", "organization_name", "region_code").WherePK().Exec(ctx)
	return database.Err(err, nomineeText)
}

// PublishSelection makes the approved list of a city p administers public.
func (s *Service) PublishSelection(ctx context.Context, p xiangcai.Principal, city string, year int) (*Selection, error) {
	return s.moveSelection(ctx, p, city, year, []SelectionStatus{SelectionApproved}, SelectionPublished, "publish",
		func(ctx context.Context, tx bun.Tx, sel *Selection) (map[string]any, error) {
			sel.PublishedAt, sel.PublishedBy = s.now(), p.UserID
			return nil, nil
		})
}

// ReopenSelection sends an approved or published selection back to
// scoring, for the reason given, which is required; only the province
// reopens. A published list leaves the public page until it is published
// again.
func (s *Service) ReopenSelection(ctx context.Context, p xiangcai.Principal, city string, year int, reason string) (*Selection, error) {
	if err := p.RequireRole(xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	return s.moveSelection(ctx, p, city, year, []SelectionStatus{SelectionApproved, SelectionPublished}, SelectionScoring, "reopen",
		func(ctx context.Context, tx bun.Tx, sel *Selection) (map[string]any, error) {
			reason, err := checkReason(reason)
			if err != nil {
				return nil, err
			}
			sel.ApprovedAt, sel.ApprovedBy, sel.PublishedAt, sel.PublishedBy = time.Time{}, "", time.Time{}, ""
			sel.ReopenedAt, sel.ReopenedBy, sel.ReopenReason = s.now(), p.UserID, reason
			return map[string]any{"reason": reason}, nil
		})
}

// moveSelection moves the selection of a city p administers from one of
// the statuses from to status to, after prepare has checked it and set
// what goes with the move; the detail prepare returns is recorded with the
// move.
func (s *Service) moveSelection(ctx context.Context, p xiangcai.Principal, city string, year int, from []SelectionStatus, to SelectionStatus,
	verb string, prepare func(ctx context.Context, tx bun.Tx, sel *Selection) (map[string]any, error)) (*Selection, error) {
	return s.changeAndRead(ctx, p, city, year, from, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		detail, err := prepare(ctx, tx, sel)
		if err != nil {
			return err
		}
		if detail == nil {
			detail = map[string]any{}
		}
		detail["from"], detail["to"] = sel.Status, to
		summary := SelectionStatuses.Label(sel.Status).ZH + "→" + SelectionStatuses.Label(to).ZH
		sel.Status = to
		if _, err := tx.NewUpdate().Model(sel).WherePK().Exec(ctx); err != nil {
			return database.Err(err, selectionText)
		}
		return s.recordSelection(ctx, tx, p, sel, verb, summary, detail)
	})
}
