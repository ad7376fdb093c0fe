package talentpool

import (
	"context"
	"errors"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
	"xiangcai/talentpool/roster"
)

// planRows works out what each row does to the pool of city as it stands:
// a row whose person is in the pool updates them, or finds them unchanged;
// one whose person is in another city's pool is rejected; the others add
// a talent. Rows with errors are rejected with every problem noted. A
// commit plans with lock set, which locks the talents found until its
// transaction ends. Only errors that are not about a row are returned.
func (s *Service) planRows(ctx context.Context, db bun.IDB, p xiangcai.Principal, city string, rows []*importRow, lock bool) error {
	var hashes []string
	for _, r := range rows {
		if r.hash != "" {
			hashes = append(hashes, r.hash)
		}
	}
	existing := map[string]*Talent{}
	if len(hashes) > 0 {
		var found []*Talent
		q := db.NewSelect().Model(&found).Where("t.id_hash IN (?)", bun.In(hashes))
		if lock {
			q = forUpdate(q, db, "t")
		}
		if err := q.Scan(ctx); err != nil {
			return database.Err(err, talentText)
		}
		for _, t := range found {
			existing[t.IDHash] = t
		}
	}
	for _, r := range rows {
		if err := s.planRow(ctx, db, p, city, r, existing[r.hash]); err != nil {
			return err
		}
	}
	return nil
}

// planRow plans one row; before is the talent with the row's ID number,
// or nil.
func (s *Service) planRow(ctx context.Context, db bun.IDB, p xiangcai.Principal, city string, r *importRow, before *Talent) error {
	r.before, r.after, r.notes = nil, nil, r.notes[:r.read]
	now := s.now()
	in := TalentInput{RegionCode: city}
	after := &Talent{ID: r.values.TalentID, Status: StatusActive, StatusChangedAt: now, CreatedAt: now, UpdatedAt: now}
	switch {
	case before != nil && before.CityCode != city:
		return r.reject(s.requireNewPerson(ctx, db, p, &Talent{IDHash: r.hash}))
	case before != nil:
		var err error
		if in, err = s.talentInput(before); err != nil {
			return err
		}
		copied := *before
		after = &copied
		if before.Status == StatusExited || before.Status == StatusSuspended {
			label := Statuses.Label(before.Status)
			r.remark(NoteWarning, xiangcai.Text{ZH: "该人才当前状态为“" + label.ZH + "”，导入只更新信息，不改变状态",
				EN: "the talent is " + label.EN + ": the import updates their details, not their status"})
		}
	}
	in = r.values.over(in)
	// The organization was found among the city's live ones by name, so
	// prepareTalent need not look it up again, row by row.
	org := in.OrganizationID
	in.OrganizationID, after.OrganizationID = "", ""
	err := s.prepareTalent(ctx, db, p, in, after)
	after.OrganizationID = org
	if err := r.reject(err); err != nil {
		return err
	}
	if r.rejected() {
		r.outcome = OutcomeRejected
		return nil
	}
	r.after, r.outcome = after, OutcomeNew
	if before == nil {
		if r.values.RegionCode == "" {
			c, _ := s.regions.Find(city)
			r.note(NoteWarning, roster.Region, xiangcai.Text{ZH: "未填写所在地区，记为" + c.Name,
				EN: "no region given: the talent is placed in " + c.Name})
		}
		return nil
	}
	if before.OrganizationID != "" && org != before.OrganizationID {
		after.LeftOrganizationAt = now
	}
	r.before, r.outcome = before, OutcomeUnchanged
	if _, changed := audit.Changes(before, after); changed || after.PhoneHash != before.PhoneHash {
		after.UpdatedAt, r.outcome = now, OutcomeUpdate
	}
	return nil
}

// reject notes err on the row when it is about the row's values (invalid
// input or a conflict), and returns it otherwise.
func (r *importRow) reject(err error) error {
	var e *xiangcai.Error
	if errors.As(err, &e) && (e.Code == xiangcai.EINVALID || e.Code == xiangcai.ECONFLICT) {
		r.fail(e)
		r.outcome = OutcomeRejected
		return nil
	}
	return err
}
