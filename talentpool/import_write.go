package talentpool

import (
	"context"
	"encoding/json"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
)

// applyRows writes planned rows to the pool in tx, in a few statements
// for the whole batch rather than a few per row: the new talents with
// their entry into the pool, each changed talent, the priorities, and an
// audit event for every talent added or changed, like the one CreateTalent
// or UpdateTalent writes.
func (s *Service) applyRows(ctx context.Context, tx bun.Tx, p xiangcai.Principal, imp *Import, rows []*importRow) error {
	now := s.now()
	var added []*Talent
	var entries []*Transition
	var events []*audit.Event
	// mayLead are the talents whose priority may change: marked ones,
	// organization leaders with an organization, and those already
	// priority. Any other talent is not priority and stays so, and leaving
	// it out spares rewriting every row just inserted.
	var mayLead []string
	for _, r := range rows {
		t := r.after
		switch r.outcome {
		case OutcomeNew:
			t.StatusChangedAt = now
			added = append(added, t)
			entries = append(entries, &Transition{ID: xiangcai.NewID(), TalentID: t.ID, CityCode: t.CityCode,
				ToStatus: t.Status, At: now, ByUserID: p.UserID, Reason: "名册导入：" + imp.FileName})
			events = append(events, talentEvent(p, now, "create", "名册导入新增人才", nil, t))
		case OutcomeUpdate:
			if _, err := tx.NewUpdate().Model(t).ExcludeColumn("created_at").WherePK().Exec(ctx); err != nil {
				return database.Err(err, talentText)
			}
			events = append(events, talentEvent(p, now, "update", "名册导入修改人才信息", r.before, t))
		default:
			continue
		}
		if t.PriorityMarked || t.Category == OrganizationLeader && t.OrganizationID != "" || r.before != nil && r.before.Priority {
			mayLead = append(mayLead, t.ID)
		}
	}
	if len(added) > 0 {
		if _, err := tx.NewInsert().Model(&added).Exec(ctx); err != nil {
			return database.Err(err, talentText)
		}
		if _, err := tx.NewInsert().Model(&entries).Exec(ctx); err != nil {
			return database.Err(err, talentText)
		}
	}
	if len(mayLead) > 0 {
		if err := refreshPriority(ctx, tx, "id IN (?)", bun.In(mayLead)); err != nil {
			return err
		}
	}
	if len(events) == 0 {
		return nil
	}
	_, err := tx.NewInsert().Model(&events).Exec(ctx)
	return database.Err(err, talentText)
}

// analyze refreshes PostgreSQL's statistics of table after an import
// wrote rows rows to it: until autovacuum gets to it, the planner would
// take a table grown from nothing to 100,000 rows for an empty one and,
// for one, scan a city's whole pool for every page of a list. It is an
// optimisation the import does not depend on, so a failure is ignored;
// SQLite needs nothing of the kind.
func analyze(ctx context.Context, db bun.IDB, rows int, table string) {
	if rows >= importBatch && database.IsPostgres(db) {
		_, _ = db.ExecContext(ctx, "ANALYZE ?", bun.Ident(table))
	}
}

// talentEvent is the audit event of an imported change to a talent.
func talentEvent(p xiangcai.Principal, at time.Time, verb, summary string, before, after *Talent) *audit.Event {
	change, _ := audit.Changes(before, after)
	detail, _ := json.Marshal(change) // maps of JSON values always marshal
	return &audit.Event{ID: xiangcai.NewID(), At: at.UTC(), ActorUserID: p.UserID, ActorRole: p.Role,
		Action: "talent." + verb, ObjectType: "talent", ObjectID: after.ID, CityCode: after.CityCode,
		Summary: summary + "：" + after.Name, Detail: detail}
}
