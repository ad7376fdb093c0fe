package migrations

// selections creates the annual selection (年度推选) of outstanding community
// social organizations and their leaders: one selection per city and year,
// moving from draft to scoring, approved and published; the city's scoring
// criteria, each with the most points it gives; the nominees, each an
// organization or a talent, with the name, organization and region copied
// from the pool when nominated and again when the list is approved, so a
// published list stays as it was approved; and one score per nominee and
// criterion, in tenths of a point.
var selections = Migration{
	Version: 24,
	Name:    "selections",
	Up: []string{
		`CREATE TABLE selections (
			id TEXT PRIMARY KEY,
			city_code TEXT NOT NULL,
			year INTEGER NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('draft', 'scoring', 'approved', 'published')),
			created_at {timestamp} NOT NULL,
			created_by TEXT NOT NULL,
			approved_at {timestamp},
			approved_by TEXT,
			published_at {timestamp},
			published_by TEXT,
			reopened_at {timestamp},
			reopened_by TEXT,
			reopen_reason TEXT,
			UNIQUE (city_code, year)
		)`,
		`CREATE TABLE selection_criteria (
			id TEXT PRIMARY KEY,
			selection_id TEXT NOT NULL REFERENCES selections (id),
			position INTEGER NOT NULL,
			name TEXT NOT NULL,
			description TEXT,
			max_points INTEGER NOT NULL CHECK (max_points BETWEEN 1 AND 100),
			UNIQUE (selection_id, name)
		)`,
		`CREATE TABLE selection_nominees (
			id TEXT PRIMARY KEY,
			selection_id TEXT NOT NULL REFERENCES selections (id),
			kind TEXT NOT NULL CHECK (kind IN ('organization', 'leader')),
			organization_id TEXT REFERENCES organizations (id),
			talent_id TEXT REFERENCES talents (id),
			name TEXT NOT NULL,
			organization_name TEXT,
			region_code TEXT NOT NULL,
			reason TEXT,
			selected BOOLEAN NOT NULL,
			nominated_at {timestamp} NOT NULL,
			nominated_by TEXT NOT NULL,
			CHECK ((kind = 'organization' AND organization_id IS NOT NULL AND talent_id IS NULL)
				OR (kind = 'leader' AND talent_id IS NOT NULL AND organization_id IS NULL)),
			UNIQUE (selection_id, organization_id),
			UNIQUE (selection_id, talent_id)
		)`,
		`CREATE INDEX selection_nominees_talent ON selection_nominees (talent_id)`,
		`CREATE INDEX selection_nominees_organization ON selection_nominees (organization_id)`,
		`CREATE TABLE selection_scores (
			nominee_id TEXT NOT NULL REFERENCES selection_nominees (id),
			criterion_id TEXT NOT NULL REFERENCES selection_criteria (id),
			selection_id TEXT NOT NULL REFERENCES selections (id),
			tenths INTEGER NOT NULL CHECK (tenths >= 0),
			scored_at {timestamp} NOT NULL,
			scored_by TEXT NOT NULL,
			PRIMARY KEY (nominee_id, criterion_id)
		)`,
		`CREATE INDEX selection_scores_selection ON selection_scores (selection_id)`,
	},
	Down: []string{
		`DROP TABLE selection_scores`,
		`DROP TABLE selection_nominees`,
		`DROP TABLE selection_criteria`,
		`DROP TABLE selections`,
	},
}
