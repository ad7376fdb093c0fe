package migrations

// progress creates what the server records of learning: per lesson the
// merged stretches of video watched, the resume position and when it was
// completed; and the certificates issued when a course is complete.
var progress = Migration{
	Version: 6,
	Name:    "progress",
	Up: []string{
		`CREATE TABLE lesson_progress (
			user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
			lesson_id TEXT NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
			course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
			intervals {json} NOT NULL,
			watched_ms BIGINT NOT NULL DEFAULT 0,
			position_ms BIGINT NOT NULL DEFAULT 0,
			last_heartbeat_at {timestamp},
			completed_at {timestamp},
			updated_at {timestamp} NOT NULL,
			PRIMARY KEY (user_id, lesson_id)
		)`,
		`CREATE INDEX lesson_progress_course ON lesson_progress (user_id, course_id)`,
		`CREATE TABLE certificates (
			id TEXT PRIMARY KEY,
			code TEXT NOT NULL UNIQUE,
			user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
			course_id TEXT NOT NULL REFERENCES courses (id),
			holder_name TEXT NOT NULL,
			course_title TEXT NOT NULL,
			credit_tenths INTEGER NOT NULL,
			issuer TEXT NOT NULL,
			issued_at {timestamp} NOT NULL,
			UNIQUE (user_id, course_id)
		)`,
	},
	Down: []string{
		`DROP TABLE certificates`,
		`DROP TABLE lesson_progress`,
	},
}
