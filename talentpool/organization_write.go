package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// CreateOrganization registers an organization in a city p administers.
func (s *Service) CreateOrganization(ctx context.Context, p xiangcai.Principal, in OrganizationInput) (*Organization, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	now := s.now()
	o := &Organization{ID: xiangcai.NewID(), CreatedAt: now, UpdatedAt: now}
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if err := s.prepareOrganization(ctx, tx, in, o); err != nil {
			return err
		}
		if err := p.RequireCity(o.CityCode); err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(o).Exec(ctx); err != nil {
			return creditCodeTaken(err)
		}
		return s.recordOrganization(ctx, tx, p, "create", "新增社会组织", nil, o)
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// UpdateOrganization changes the fields of an organization that patch
// sets. Only the province moves an organization to another city, and only
// while no talent points to it, so talents always belong to their
// organization's city. A deleted organization cannot be changed.
func (s *Service) UpdateOrganization(ctx context.Context, p xiangcai.Principal, id string, patch OrganizationPatch) (*Organization, error) {
	var o *Organization
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		before, err := s.lockOrganization(ctx, tx, p, id)
		if err != nil {
			return err
		}
		in, err := s.organizationInput(before)
		if err != nil {
			return err
		}
		patch.apply(&in)
		after := *before
		if err := s.prepareOrganization(ctx, tx, in, &after); err != nil {
			return err
		}
		if err := p.RequireCity(after.CityCode); err != nil {
			return err
		}
		if after.CityCode != before.CityCode {
			if err := s.requireNoTalents(ctx, tx, before.ID); err != nil {
				return err
			}
		}
		o = &after
		return s.saveOrganization(ctx, tx, p, "update", "修改社会组织", before, o)
	})
	if err != nil {
		return nil, err
	}
	return o, nil
}

// DeleteOrganization marks an organization deleted. It stays in the
// database: talents that point to it keep the link and show it as deleted,
// its history stays readable, and its credit code may be used again.
// Deleting a deleted organization changes nothing.
func (s *Service) DeleteOrganization(ctx context.Context, p xiangcai.Principal, id string) error {
	return s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		before, err := s.lockOrganization(ctx, tx, p, id)
		if xiangcai.ErrorCode(err) == xiangcai.ECONFLICT {
			return nil
		}
		if err != nil {
			return err
		}
		after := *before
		after.DeletedAt = s.now()
		return s.saveOrganization(ctx, tx, p, "delete", "删除社会组织", before, &after)
	})
}

// lockOrganization loads an organization p may change, locked for the
// transaction; a deleted one is a conflict.
func (s *Service) lockOrganization(ctx context.Context, tx bun.Tx, p xiangcai.Principal, id string) (*Organization, error) {
	o, err := s.findOrganization(ctx, tx, p, id, true)
	if err != nil {
		return nil, err
	}
	if o.Deleted() {
		return nil, xiangcai.Errorf(xiangcai.ECONFLICT, "该社会组织已删除", "the organization has been deleted")
	}
	return o, nil
}

// saveOrganization writes a changed organization, keeps the priority of
// its talents up to date and records what changed. Nothing changed writes
// nothing.
func (s *Service) saveOrganization(ctx context.Context, tx bun.Tx, p xiangcai.Principal, verb, summary string, before, after *Organization) error {
	if _, changed := audit.Changes(before, after); !changed {
		return nil
	}
	after.UpdatedAt = s.now()
	if _, err := tx.NewUpdate().Model(after).WherePK().Exec(ctx); err != nil {
		return creditCodeTaken(err)
	}
	if err := refreshPriority(ctx, tx, "organization_id = ?", after.ID); err != nil {
		return err
	}
	return s.recordOrganization(ctx, tx, p, verb, summary, before, after)
}

// requireNoTalents refuses, on region_code, to move an organization that
// talents point to.
func (s *Service) requireNoTalents(ctx context.Context, db bun.IDB, orgID string) error {
	n, err := db.NewSelect().Model((*Talent)(nil)).Where("t.organization_id = ?", orgID).Count(ctx)
	if err != nil {
		return database.Err(err, organizationText)
	}
	if n > 0 {
		return xiangcai.Invalid("region_code", "该组织仍有人才，不能移到其他市州",
			"talents still belong to this organization, so it cannot move to another city")
	}
	return nil
}

// creditCodeTaken turns the unique index on credit codes into a conflict
// naming the field.
func creditCodeTaken(err error) error {
	if database.IsUniqueViolation(err) {
		e := xiangcai.Errorf(xiangcai.ECONFLICT, "该统一社会信用代码已被其他组织使用",
			"another organization has this unified social credit code")
		e.Cause = err
		return e.WithField("credit_code", "该统一社会信用代码已被其他组织使用", "another organization has this code")
	}
	return database.Err(err, organizationText)
}

// recordOrganization writes the audit event of a change to an
// organization; its detail is the organization's history.
func (s *Service) recordOrganization(ctx context.Context, db bun.IDB, p xiangcai.Principal, verb, summary string, before, after *Organization) error {
	change, _ := audit.Changes(before, after)
	return s.record(ctx, db, p, audit.Entry{Action: "organization." + verb, ObjectType: "organization",
		ObjectID: after.ID, CityCode: after.CityCode, Summary: summary + "：" + after.Name, Detail: change})
}
