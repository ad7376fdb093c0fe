package talentpool

import (
	"context"
	"database/sql"
	"errors"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// NewTalent is a talent entering a city's pool.
type NewTalent struct {
	TalentInput
	// Status is where the talent enters the lifecycle: nominated (the
	// default), under review, or active for a roster already approved.
	Status Status
	// Reason is why the talent enters the pool; "加入人才库" when empty.
	Reason string
}

// CreateTalent adds a talent to the pool of a city p administers. A person
// is in one pool only: an ID number already in any city's pool is a
// conflict, which names that city to the province only.
func (s *Service) CreateTalent(ctx context.Context, p xiangcai.Principal, in NewTalent) (*Talent, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	now := s.now()
	t := &Talent{ID: xiangcai.NewID(), Status: in.Status, StatusChangedAt: now, CreatedAt: now, UpdatedAt: now}
	if t.Status == "" {
		t.Status = StatusNominated
	}
	if in.Reason == "" {
		in.Reason = "加入人才库"
	}
	var found *Talent
	err := s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		reason, reasonErr := checkReason(in.Reason)
		if err := gather(s.prepareTalent(ctx, tx, p, in.TalentInput, t), checkEntryStatus(t.Status), reasonErr); err != nil {
			return err
		}
		if err := p.RequireCity(t.CityCode); err != nil {
			return err
		}
		if err := s.requireNewPerson(ctx, tx, p, t); err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(t).Exec(ctx); err != nil {
			return database.Err(err, talentText)
		}
		if err := refreshPriority(ctx, tx, "id = ?", t.ID); err != nil {
			return err
		}
		if err := s.addTransition(ctx, tx, p, t, "", reason); err != nil {
			return err
		}
		var err error
		if found, err = s.findTalent(ctx, tx, p, t.ID, false); err != nil {
			return err
		}
		return s.recordTalent(ctx, tx, p, "create", "新增人才", nil, found)
	})
	if err != nil {
		return nil, err
	}
	return found, nil
}

// checkEntryStatus returns an invalid error unless a talent may enter the
// pool with status.
func checkEntryStatus(status Status) error {
	switch status {
	case StatusNominated, StatusUnderReview, StatusActive:
		return nil
	}
	return xiangcai.Invalid("status", "新增人才的状态应为已提名、审核中或在库",
		"a new talent is nominated, under review or active")
}

// requireNewPerson returns a conflict on id_number when another talent has
// t's ID number. Only the province learns which city's pool holds them; a
// city administrator learns it only when it is their own city's.
func (s *Service) requireNewPerson(ctx context.Context, db bun.IDB, p xiangcai.Principal, t *Talent) error {
	var other Talent
	err := db.NewSelect().Model(&other).Column("city_code").
		Where("t.id_hash = ? AND t.id <> ?", t.IDHash, t.ID).Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return database.Err(err, talentText)
	}
	zh, en := "该人员已在其他市州人才库中", "this person is already in another city's talent pool"
	switch city, _ := s.regions.Find(other.CityCode); {
	case p.Role == xiangcai.RoleProvinceAdmin:
		zh, en = "该人员已在"+city.Name+"人才库中", "this person is already in the talent pool of "+city.Name
	case other.CityCode == p.CityCode:
		zh, en = "该人员已在本市州人才库中", "this person is already in your city's talent pool"
	}
	return xiangcai.Errorf(xiangcai.ECONFLICT, zh, en).WithField("id_number", zh, en)
}

// addTransition records that t entered its current status and city from
// status from ("" when t enters the pool), and sets t's status time.
func (s *Service) addTransition(ctx context.Context, db bun.IDB, p xiangcai.Principal, t *Talent, from Status, reason string) error {
	tr := &Transition{ID: xiangcai.NewID(), TalentID: t.ID, CityCode: t.CityCode, FromStatus: from, ToStatus: t.Status,
		At: s.now(), ByUserID: p.UserID, Reason: reason}
	t.StatusChangedAt = tr.At
	_, err := db.NewInsert().Model(tr).Exec(ctx)
	return database.Err(err, talentText)
}

// recordTalent writes the audit event of a change to a talent.
func (s *Service) recordTalent(ctx context.Context, db bun.IDB, p xiangcai.Principal, verb, summary string, before, after *Talent) error {
	change, _ := audit.Changes(before, after)
	return s.record(ctx, db, p, audit.Entry{Action: "talent." + verb, ObjectType: "talent", ObjectID: after.ID,
		CityCode: after.CityCode, Summary: summary + "：" + after.Name, Detail: change})
}
