package talentpool

import (
	"context"
	"fmt"
	"math"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// ScoreInput is the points a nominee gets for one criterion: from 0 to the
// criterion's maximum, with at most one decimal, such as 8.5.
type ScoreInput struct {
	CriterionID string
	Points      float64
}

// Points returns the score in points.
func (sc *Score) Points() float64 { return float64(sc.Tenths) / 10 }

// TotalPoints returns the nominee's total in points.
func (n *Nominee) TotalPoints() float64 { return float64(n.TotalTenths) / 10 }

// ScoreNominee sets the scores of a nominee of a selection p may change,
// while it is scoring: each criterion in scores gets its points, a score
// given before is replaced, and criteria left out keep theirs. Scores that
// do not change write nothing.
func (s *Service) ScoreNominee(ctx context.Context, p xiangcai.Principal, city string, year int, id string, scores []ScoreInput) (*Nominee, error) {
	var n *Nominee
	err := s.changeSelection(ctx, p, city, year, []SelectionStatus{SelectionScoring}, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		found, err := findNominee(ctx, tx, sel, id)
		if err != nil {
			return err
		}
		criteria, err := findCriteria(ctx, tx, sel.ID)
		if err != nil {
			return err
		}
		if err := readScores(ctx, tx, criteria, found); err != nil {
			return err
		}
		n = found
		given, err := checkScores(criteria, scores)
		if err != nil {
			return err
		}
		return s.saveScores(ctx, tx, p, sel, n, criteria, given)
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// checkScores validates scores against criteria and returns the tenths
// given for each criterion, by id.
func checkScores(criteria []*Criterion, scores []ScoreInput) (map[string]int, error) {
	if len(scores) == 0 {
		return nil, xiangcai.Invalid("scores", "请至少填写一项评分", "give at least one score")
	}
	byID := make(map[string]*Criterion, len(criteria))
	for _, c := range criteria {
		byID[c.ID] = c
	}
	given := make(map[string]int, len(scores))
	var errs []error
	for i, sc := range scores {
		field := fmt.Sprintf("scores[%d].", i)
		c, ok := byID[sc.CriterionID]
		_, twice := given[sc.CriterionID]
		tenths := math.Round(sc.Points * 10)
		switch {
		case !ok:
			errs = append(errs, xiangcai.Invalid(field+"criterion_id", "该推选没有这项评分标准", "no such criterion in this selection"))
		case twice:
			errs = append(errs, xiangcai.Invalid(field+"criterion_id", "同一项评分标准只能评一次", "this criterion is scored twice"))
		case !(sc.Points >= 0 && sc.Points <= float64(c.MaxPoints)):
			errs = append(errs, xiangcai.Invalid(field+"points", fmt.Sprintf("应在0至%d分之间", c.MaxPoints),
				fmt.Sprintf("from 0 to %d points", c.MaxPoints)))
		case math.Abs(sc.Points*10-tenths) > 1e-6:
			errs = append(errs, xiangcai.Invalid(field+"points", "最多保留一位小数", "at most one decimal"))
		default:
			given[c.ID] = int(tenths)
		}
	}
	return given, gather(errs...)
}

// saveScores writes the scores in given that differ from n's, updates n
// and records what changed, by criterion name.
func (s *Service) saveScores(ctx context.Context, tx bun.Tx, p xiangcai.Principal, sel *Selection, n *Nominee,
	criteria []*Criterion, given map[string]int) error {
	before, after := map[string]float64{}, map[string]float64{}
	old := map[string]*Score{}
	for _, sc := range n.Scores {
		old[sc.CriterionID] = sc
	}
	var rows []*Score
	now := s.now()
	for _, c := range criteria {
		tenths, ok := given[c.ID]
		prev := old[c.ID]
		if !ok || (prev != nil && prev.Tenths == tenths) {
			continue
		}
		if prev != nil {
			before[c.Name] = prev.Points()
		}
		sc := &Score{NomineeID: n.ID, CriterionID: c.ID, SelectionID: sel.ID, Tenths: tenths, ScoredAt: now, ScoredBy: p.UserID}
		after[c.Name] = sc.Points()
		rows = append(rows, sc)
	}
	if len(rows) == 0 {
		return nil
	}
	_, err := tx.NewInsert().Model(&rows).On("CONFLICT (nominee_id, criterion_id) DO UPDATE").
		Set("tenths = EXCLUDED.tenths").Set("scored_at = EXCLUDED.scored_at").Set("scored_by = EXCLUDED.scored_by").Exec(ctx)
	if err != nil {
		return database.Err(err, nomineeText)
	}
	if err := readScores(ctx, tx, criteria, n); err != nil {
		return err
	}
	return s.recordSelection(ctx, tx, p, sel, "score", "评分："+n.Name,
		map[string]any{"nominee_id": n.ID, "before": before, "after": after})
}
