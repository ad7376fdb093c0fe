package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// categoryText names a category in not_found and conflict messages.
var categoryText = xiangcai.Text{ZH: "组织类别", EN: "organization category"}

// Category is one entry of the editable list of organization categories,
// such as 邻里互助. The province administrator keeps the list.
type Category struct {
	bun.BaseModel `bun:"table:organization_categories,alias:oc"`

	ID       string `bun:"id,pk" json:"id"`
	Name     string `json:"name"`
	Position int    `json:"position"`
}

// CategoryChange is a new category or new values for one. A zero Position
// puts a new category last and leaves an existing one where it is.
type CategoryChange struct {
	Name     string
	Position int
}

// FindCategories returns every category in list order. Anyone may read
// the list: it holds nothing personal.
func (s *Service) FindCategories(ctx context.Context) ([]*Category, error) {
	var list []*Category
	err := s.db.NewSelect().Model(&list).OrderExpr("oc.position, oc.name").Scan(ctx)
	return list, database.Err(err, categoryText)
}

// CreateCategory adds a category; only the province administrator may.
func (s *Service) CreateCategory(ctx context.Context, p xiangcai.Principal, in CategoryChange) (*Category, error) {
	if err := p.RequireRole(xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	c := &Category{ID: xiangcai.NewID(), Position: in.Position}
	if err := c.apply(in); err != nil {
		return nil, err
	}
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if c.Position == 0 {
			if err := tx.NewSelect().Model((*Category)(nil)).ColumnExpr("COALESCE(MAX(oc.position), 0) + 1").
				Scan(ctx, &c.Position); err != nil {
				return err
			}
		}
		if _, err := tx.NewInsert().Model(c).Exec(ctx); err != nil {
			return err
		}
		return s.recordCategory(ctx, tx, p, "create", "新增组织类别", nil, c)
	})
	return c, database.Err(err, categoryText)
}

// UpdateCategory renames or moves a category; only the province
// administrator may.
func (s *Service) UpdateCategory(ctx context.Context, p xiangcai.Principal, id string, in CategoryChange) (*Category, error) {
	if err := p.RequireRole(xiangcai.RoleProvinceAdmin); err != nil {
		return nil, err
	}
	var c *Category
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		before, err := findCategory(ctx, tx, id)
		if err != nil {
			return err
		}
		after := *before
		if in.Position == 0 {
			in.Position = before.Position
		}
		if err := after.apply(in); err != nil {
			return err
		}
		c = &after
		if _, err := tx.NewUpdate().Model(c).WherePK().Exec(ctx); err != nil {
			return err
		}
		return s.recordCategory(ctx, tx, p, "update", "修改组织类别", before, c)
	})
	return c, database.Err(err, categoryText)
}

// DeleteCategory removes a category no organization uses, deleted ones
// included, so no organization ever loses its category; only the province
// administrator may.
func (s *Service) DeleteCategory(ctx context.Context, p xiangcai.Principal, id string) error {
	if err := p.RequireRole(xiangcai.RoleProvinceAdmin); err != nil {
		return err
	}
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		c, err := findCategory(ctx, tx, id)
		if err != nil {
			return err
		}
		used, err := tx.NewSelect().Model((*Organization)(nil)).Where("o.category_id = ?", id).Count(ctx)
		if err != nil {
			return err
		}
		if used > 0 {
			return xiangcai.Errorf(xiangcai.ECONFLICT, "仍有组织属于该类别，不能删除",
				"organizations still belong to this category; it cannot be deleted")
		}
		if _, err := tx.NewDelete().Model(c).WherePK().Exec(ctx); err != nil {
			return err
		}
		return s.recordCategory(ctx, tx, p, "delete", "删除组织类别", c, nil)
	})
	return database.Err(err, categoryText)
}

// apply validates in and copies it into c.
func (c *Category) apply(in CategoryChange) error {
	name, err := checkText("name", in.Name, 30, true, false)
	if in.Position < 0 {
		err = gather(err, xiangcai.Invalid("position", "排序不能为负数", "the position cannot be negative"))
	}
	c.Name, c.Position = name, in.Position
	return err
}

func findCategory(ctx context.Context, db bun.IDB, id string) (*Category, error) {
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(categoryText.ZH, categoryText.EN)
	}
	c := new(Category)
	err := db.NewSelect().Model(c).Where("oc.id = ?", id).Scan(ctx)
	return c, database.Err(err, categoryText)
}

// recordCategory writes the audit event of a change to a category; before
// is nil for a new category, after nil for a deleted one.
func (s *Service) recordCategory(ctx context.Context, db bun.IDB, p xiangcai.Principal, verb, summary string, before, after *Category) error {
	c := after
	if c == nil {
		c = before
	}
	change, _ := audit.Changes(before, after)
	return s.record(ctx, db, p, audit.Entry{Action: "organization_category." + verb, ObjectType: "organization_category",
		ObjectID: c.ID, Summary: summary + "：" + c.Name, Detail: change})
}
