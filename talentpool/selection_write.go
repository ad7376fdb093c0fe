package talentpool

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// CreateSelection starts the annual selection of a city p administers for
// year, as a draft with no criteria and no nominees. A city has one
// selection per year.
func (s *Service) CreateSelection(ctx context.Context, p xiangcai.Principal, city string, year int) (*Selection, error) {
	if err := s.adminOf(p, city, year, xiangcai.Principal.RequireCity); err != nil {
		return nil, err
	}
	sel := &Selection{ID: xiangcai.NewID(), CityCode: city, Year: year, Status: SelectionDraft, CreatedAt: s.now(),
		CreatedBy: p.UserID, Criteria: []*Criterion{}, Nominees: []*Nominee{}}
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(sel).Exec(ctx); err != nil {
			if database.IsUniqueViolation(err) {
				return xiangcai.Errorf(xiangcai.ECONFLICT, "该市州本年度的推选已经创建", "this city's selection of that year already exists")
			}
			return database.Err(err, selectionText)
		}
		return s.recordSelection(ctx, tx, p, sel, "create", "创建", nil)
	})
	if err != nil {
		return nil, err
	}
	return sel, nil
}

// DeleteSelection removes a draft selection of a city p administers, with
// its criteria and nominees; once scoring has started it stays.
func (s *Service) DeleteSelection(ctx context.Context, p xiangcai.Principal, city string, year int) error {
	return s.changeSelection(ctx, p, city, year, []SelectionStatus{SelectionDraft}, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		for _, model := range []any{(*Nominee)(nil), (*Criterion)(nil)} {
			if _, err := tx.NewDelete().Model(model).Where("selection_id = ?", sel.ID).Exec(ctx); err != nil {
				return database.Err(err, selectionText)
			}
		}
		if _, err := tx.NewDelete().Model(sel).WherePK().Exec(ctx); err != nil {
			return database.Err(err, selectionText)
		}
		return s.recordSelection(ctx, tx, p, sel, "delete", "删除", nil)
	})
}

// CriterionInput is one scoring criterion as a city sets it.
type CriterionInput struct {
	Name        string
	Description string // optional: how points are given
	MaxPoints   int    // 1 to 100; also the criterion's weight
}

// maxCriteria is the most criteria a selection has.
const maxCriteria = 20

// SetCriteria replaces the scoring criteria of a draft selection of a city
// p administers with in, in order. Once scoring starts they are fixed.
func (s *Service) SetCriteria(ctx context.Context, p xiangcai.Principal, city string, year int, in []CriterionInput) (*Selection, error) {
	return s.changeAndRead(ctx, p, city, year, []SelectionStatus{SelectionDraft}, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		after, err := checkCriteria(sel.ID, in)
		if err != nil {
			return err
		}
		before, err := findCriteria(ctx, tx, sel.ID)
		if err != nil {
			return err
		}
		if _, err := tx.NewDelete().Model((*Criterion)(nil)).Where("selection_id = ?", sel.ID).Exec(ctx); err != nil {
			return database.Err(err, selectionText)
		}
		if len(after) > 0 {
			if _, err := tx.NewInsert().Model(&after).Exec(ctx); err != nil {
				return database.Err(err, selectionText)
			}
		}
		return s.recordSelection(ctx, tx, p, sel, "criteria", fmt.Sprintf("设置评分标准（%d项）", len(after)),
			map[string]any{"before": before, "after": after})
	})
}

// checkCriteria validates in and returns the criteria of selection it
// describes, naming each problem's field as criteria[i].name and so on.
func checkCriteria(selectionID string, in []CriterionInput) ([]*Criterion, error) {
	if len(in) > maxCriteria {
		return nil, xiangcai.Invalid("criteria", fmt.Sprintf("最多%d项评分标准", maxCriteria), fmt.Sprintf("at most %d criteria", maxCriteria))
	}
	out := make([]*Criterion, len(in))
	var errs []error
	seen := map[string]bool{}
	for i, c := range in {
		field := fmt.Sprintf("criteria[%d].", i)
		name, err := checkText(field+"name", c.Name, 50, true, false)
		if err == nil && seen[name] {
			err = xiangcai.Invalid(field+"name", "评分标准名称重复", "two criteria have this name")
		}
		seen[name] = true
		desc, derr := checkText(field+"description", c.Description, 500, false, true)
		errs = append(errs, err, derr)
		if c.MaxPoints < 1 || c.MaxPoints > 100 {
			errs = append(errs, xiangcai.Invalid(field+"max_points", "满分应为1至100分", "the maximum is 1 to 100 points"))
		}
		out[i] = &Criterion{ID: xiangcai.NewID(), SelectionID: selectionID, Position: i + 1, Name: name,
			Description: desc, MaxPoints: c.MaxPoints}
	}
	return out, gather(errs...)
}

// changeSelection runs change in a transaction on the selection of a city
// p administers for year, locked, if its status is one of allowed.
func (s *Service) changeSelection(ctx context.Context, p xiangcai.Principal, city string, year int, allowed []SelectionStatus,
	change func(ctx context.Context, tx bun.Tx, sel *Selection) error) error {
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		sel, err := s.findSelection(ctx, tx, p, city, year, true)
		if err != nil {
			return err
		}
		if !slices.Contains(allowed, sel.Status) {
			return statusConflict(sel.Status)
		}
		return change(ctx, tx, sel)
	})
}

// changeAndRead is changeSelection that returns the changed selection with
// its criteria and nominees.
func (s *Service) changeAndRead(ctx context.Context, p xiangcai.Principal, city string, year int, allowed []SelectionStatus,
	change func(ctx context.Context, tx bun.Tx, sel *Selection) error) (*Selection, error) {
	var changed *Selection
	err := s.changeSelection(ctx, p, city, year, allowed, func(ctx context.Context, tx bun.Tx, sel *Selection) error {
		if err := change(ctx, tx, sel); err != nil {
			return err
		}
		changed = sel
		return readContents(ctx, tx, sel)
	})
	if err != nil {
		return nil, err
	}
	return changed, nil
}

// statusConflict is the error of a change a selection's status does not
// allow.
func statusConflict(st SelectionStatus) error {
	l := SelectionStatuses.Label(st)
	zh, en := "该推选当前为「"+l.ZH+"」，不能进行此操作", "the selection is "+strings.ToLower(l.EN)+", so this cannot be done now"
	if st.Final() {
		zh, en = zh+"；如需修改，须由省级管理员重新开放", en+"; only the province can reopen it"
	}
	return xiangcai.Errorf(xiangcai.ECONFLICT, zh, en)
}

// recordSelection writes the audit event of a change to sel.
func (s *Service) recordSelection(ctx context.Context, db bun.IDB, p xiangcai.Principal, sel *Selection, verb, summary string, detail any) error {
	return s.record(ctx, db, p, audit.Entry{Action: "selection." + verb, ObjectType: "selection", ObjectID: sel.ID,
		CityCode: sel.CityCode, Summary: fmt.Sprintf("%d年度推选：%s", sel.Year, summary), Detail: detail})
}
