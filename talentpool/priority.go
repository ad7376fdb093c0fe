package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai/database"
)

// refreshPriority works out the priority of the talents that where
// selects: an administrator marked them, or they lead an incubation base
// (社会组织孵化基地) that is not deleted, whom the plan puts in the pool
// first. It runs whenever a talent or an organization changes.
func refreshPriority(ctx context.Context, db bun.IDB, where string, args ...any) error {
	_, err := db.NewUpdate().Model((*Talent)(nil)).
		Set(`priority = (priority_marked OR (category = ? AND organization_id IS NOT NULL AND organization_id IN
			(SELECT id FROM organizations WHERE is_incubation_base AND deleted_at IS NULL)))`, OrganizationLeader).
		Where(where, args...).Exec(ctx)
	return database.Err(err, talentText)
}
