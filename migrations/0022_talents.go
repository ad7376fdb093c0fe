package migrations

// talents creates each city's key-talent pool (骨干人才库) and the history of
// every talent's lifecycle. The ID number is personal data: encrypted, found
// through a keyed hash that is unique across all cities (one person, one
// pool), and shown masked; so is the phone. Priority is kept up to date from
// priority_marked and the talent's organization, so lists filter on it.
// Every change of status, and every move to another city's pool, adds a
// transition, from which the pool on any past date is rebuilt.
var talents = Migration{
	Version: 22,
	Name:    "talents",
	Up: []string{
		`CREATE TABLE talents (
			id TEXT PRIMARY KEY,
			city_code TEXT NOT NULL,
			name TEXT NOT NULL,
			id_hash TEXT NOT NULL UNIQUE,
			id_enc {bytes} NOT NULL,
			id_masked TEXT NOT NULL,
			gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
			birth_date {timestamp} NOT NULL,
			phone_hash TEXT,
			phone_enc {bytes},
			phone_masked TEXT,
			category TEXT NOT NULL CHECK (category IN ('civil_affairs_staff', 'community_worker',
				'childrens_director', 'organization_leader', 'social_worker', 'volunteer')),
			organization_id TEXT REFERENCES organizations (id),
			left_organization_at {timestamp},
			region_code TEXT NOT NULL,
			county_code TEXT,
			township_code TEXT,
			qualification TEXT NOT NULL CHECK (qualification IN ('none', 'assistant', 'intermediate', 'senior')),
			qualification_expires_at {timestamp},
			skills {json} NOT NULL,
			user_id TEXT UNIQUE REFERENCES users (id) ON DELETE SET NULL,
			priority_marked BOOLEAN NOT NULL,
			priority BOOLEAN NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('nominated', 'under_review', 'active', 'suspended', 'exited')),
			status_changed_at {timestamp} NOT NULL,
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL
		)`,
		`CREATE INDEX talents_city ON talents (city_code, id)`,
		`CREATE INDEX talents_city_status ON talents (city_code, status, id)`,
		`CREATE INDEX talents_county ON talents (county_code, id)`,
		`CREATE INDEX talents_township ON talents (township_code, id)`,
		`CREATE INDEX talents_organization ON talents (organization_id)`,
		`CREATE INDEX talents_phone_hash ON talents (phone_hash)`,
		`CREATE TABLE talent_transitions (
			id TEXT PRIMARY KEY,
			talent_id TEXT NOT NULL REFERENCES talents (id),
			city_code TEXT NOT NULL,
			from_status TEXT,
			to_status TEXT NOT NULL,
			at {timestamp} NOT NULL,
			by_user_id TEXT NOT NULL,
			reason TEXT NOT NULL
		)`,
		`CREATE INDEX talent_transitions_talent ON talent_transitions (talent_id, at, id)`,
	},
	Down: []string{
		`DROP TABLE talent_transitions`,
		`DROP TABLE talents`,
	},
}
