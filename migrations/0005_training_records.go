package migrations

// trainingRecords creates the record of what each user has completed:
// courses, training classes and exams write to it when someone finishes; the
// talent pool reads it. Credit hours (学时) are kept in tenths of an hour, so
// sums are exact.
var trainingRecords = Migration{
	Version: 5,
	Name:    "training_records",
	Up: []string{
		`CREATE TABLE training_records (
			id TEXT PRIMARY KEY,
			user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
			source_kind TEXT NOT NULL CHECK (source_kind IN ('course', 'class', 'exam')),
			source_id TEXT NOT NULL,
			title TEXT NOT NULL,
			credit_tenths INTEGER NOT NULL CHECK (credit_tenths >= 0),
			city_code TEXT,
			completed_at {timestamp} NOT NULL,
			UNIQUE (user_id, source_kind, source_id)
		)`,
		`CREATE INDEX training_records_user ON training_records (user_id, completed_at)`,
		`CREATE INDEX training_records_city ON training_records (city_code, completed_at)`,
	},
	Down: []string{`DROP TABLE training_records`},
}
