package migrations

// auditEvents creates the audit trail: one row for every change to the
// talent pool and every unmasked view of personal data. Rows are only ever
// added. Detail holds before/after values of the fields that changed.
var auditEvents = Migration{
	Version: 20,
	Name:    "audit_events",
	Up: []string{
		`CREATE TABLE audit_events (
			id TEXT PRIMARY KEY,
			at {timestamp} NOT NULL,
			actor_user_id TEXT,
			actor_role TEXT,
			action TEXT NOT NULL,
			object_type TEXT NOT NULL,
			object_id TEXT NOT NULL,
			city_code TEXT,
			summary TEXT NOT NULL,
			detail {json}
		)`,
		`CREATE INDEX audit_events_object ON audit_events (object_type, object_id, id)`,
		`CREATE INDEX audit_events_city ON audit_events (city_code, id)`,
		`CREATE INDEX audit_events_actor ON audit_events (actor_user_id, id)`,
	},
	Down: []string{`DROP TABLE audit_events`},
}
