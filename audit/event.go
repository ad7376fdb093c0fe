// Package audit keeps Xiangcai's audit trail: one row for every change to
// the records it protects (organizations, talents, their lifecycle and
// reviews) and for every unmasked view of personal data. Services record an
// event inside the same transaction as the change, so a change and its
// event are written together or not at all.
package audit

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// eventText names an audit event in error messages.
var eventText = xiangcai.Text{ZH: "审计记录", EN: "audit event"}

// Event is one row of the audit trail.
type Event struct {
	bun.BaseModel `bun:"table:audit_events,alias:ae"`

	ID string `bun:"id,pk"`
	At time.Time
	// ActorUserID and ActorRole say who acted; the seeding tool acts as
	// "system", which is not a user.
	ActorUserID string        `bun:"actor_user_id,nullzero"`
	ActorRole   xiangcai.Role `bun:"actor_role,nullzero"`
	// Action is what happened, as object.verb, such as "talent.reveal".
	Action     string
	ObjectType string
	ObjectID   string
	// CityCode is the city the object belongs to, which scopes who may read
	// the event; empty for province-wide objects such as categories.
	CityCode string `bun:"city_code,nullzero"`
	Summary  string
	// Detail is JSON: for changes, {"before": {...}, "after": {...}} with
	// only the fields that changed (see Changes). It never holds personal
	// data in the clear.
	Detail json.RawMessage `bun:"detail,nullzero"`
}

// Cursor returns the cursor of the page that follows e in FindEvents.
func (e *Event) Cursor() string { return xiangcai.EncodeCursor(e.ID) }

// Entry is what a service records about one change.
type Entry struct {
	// At is when the change happened, read from the service's clock.
	At         time.Time
	Action     string
	ObjectType string
	ObjectID   string
	CityCode   string
	Summary    string
	// Detail is marshalled to JSON; nil records no detail.
	Detail any
}

// Record writes one event for the change p made. Call it with the
// transaction that makes the change.
func Record(ctx context.Context, db bun.IDB, p xiangcai.Principal, e Entry) error {
	if e.At.IsZero() || e.Action == "" || e.ObjectType == "" || e.ObjectID == "" {
		return xiangcai.Internal(errors.New("audit: an entry needs a time, an action and an object"))
	}
	ev := &Event{ID: xiangcai.NewID(), At: e.At.UTC(), ActorUserID: p.UserID, ActorRole: p.Role,
		Action: e.Action, ObjectType: e.ObjectType, ObjectID: e.ObjectID, CityCode: e.CityCode, Summary: e.Summary}
	if e.Detail != nil {
		detail, err := json.Marshal(e.Detail)
		if err != nil {
			return xiangcai.Internal(err)
		}
		ev.Detail = detail
	}
	_, err := db.NewInsert().Model(ev).Exec(ctx)
	return database.Err(err, eventText)
}
