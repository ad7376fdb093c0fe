package migrations

// talentReviews creates the annual review of each city's pool: one review
// per city and year, and one item per talent who was active when it
// started, with the flags found automatically and the administrator's
// decision. Items without flags are kept automatically; flagged ones wait
// for a decision.
var talentReviews = Migration{
	Version: 23,
	Name:    "talent_reviews",
	Up: []string{
		`CREATE TABLE talent_reviews (
			id TEXT PRIMARY KEY,
			city_code TEXT NOT NULL,
			year INTEGER NOT NULL,
			started_at {timestamp} NOT NULL,
			started_by TEXT NOT NULL,
			talents INTEGER NOT NULL,
			flagged INTEGER NOT NULL,
			pending INTEGER NOT NULL CHECK (pending >= 0),
			completed_at {timestamp},
			UNIQUE (city_code, year)
		)`,
		`CREATE TABLE talent_review_items (
			id TEXT PRIMARY KEY,
			review_id TEXT NOT NULL REFERENCES talent_reviews (id),
			talent_id TEXT NOT NULL REFERENCES talents (id),
			organization_id TEXT,
			credit_tenths INTEGER NOT NULL,
			no_credit_hours BOOLEAN NOT NULL,
			left_organization BOOLEAN NOT NULL,
			qualification_expired BOOLEAN NOT NULL,
			decision TEXT NOT NULL CHECK (decision IN ('pending', 'keep', 'suspend', 'exit')),
			decided_at {timestamp},
			decided_by TEXT,
			reason TEXT,
			UNIQUE (review_id, talent_id)
		)`,
		`CREATE INDEX talent_review_items_review ON talent_review_items (review_id, id)`,
		`CREATE INDEX talent_review_items_talent ON talent_review_items (talent_id)`,
	},
	Down: []string{
		`DROP TABLE talent_review_items`,
		`DROP TABLE talent_reviews`,
	},
}
