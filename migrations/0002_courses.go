package migrations

// courses creates the catalog (courses, their audiences and instructors), the
// structure of chapters and lessons, and enrolments. Credit hours are stored
// in tenths so that sums stay exact. Lessons keep the id of their media asset
// without a foreign key: media is another package's table, created later.
// Positions are not unique, so a reorder can rewrite them one row at a time
// inside its transaction; lists order by (position, id).
var courses = Migration{
	Version: 2,
	Name:    "courses",
	Up: []string{
		`CREATE TABLE courses (
			id TEXT PRIMARY KEY,
			title TEXT NOT NULL,
			summary TEXT NOT NULL DEFAULT '',
			cover_key TEXT,
			topic TEXT NOT NULL,
			provider_level TEXT NOT NULL CHECK (provider_level IN ('province', 'city', 'county')),
			region_code TEXT NOT NULL,
			city_code TEXT,
			credit_tenths INTEGER NOT NULL CHECK (credit_tenths > 0),
			status TEXT NOT NULL CHECK (status IN ('draft', 'published', 'archived')),
			completion_threshold INTEGER NOT NULL DEFAULT 90 CHECK (completion_threshold BETWEEN 1 AND 100),
			capacity INTEGER CHECK (capacity > 0),
			enrolled_count INTEGER NOT NULL DEFAULT 0
				CHECK (enrolled_count >= 0 AND (capacity IS NULL OR enrolled_count <= capacity)),
			created_by TEXT NOT NULL REFERENCES users (id),
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL,
			published_at {timestamp},
			CHECK (status = 'draft' OR published_at IS NOT NULL),
			CHECK ((provider_level = 'province') = (city_code IS NULL))
		)`,
		// One index per catalog sort, each led by status, which every list filters on.
		`CREATE INDEX courses_newest ON courses (status, published_at, id)`,
		`CREATE INDEX courses_created ON courses (status, created_at, id)`,
		`CREATE INDEX courses_popular ON courses (status, enrolled_count, id)`,
		`CREATE INDEX courses_title ON courses (status, title, id)`,
		`CREATE INDEX courses_city_code ON courses (city_code)`,
		`CREATE INDEX courses_region_code ON courses (region_code)`,
		`CREATE TABLE course_audiences (
			course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
			audience TEXT NOT NULL,
			PRIMARY KEY (course_id, audience)
		)`,
		`CREATE INDEX course_audiences_audience ON course_audiences (audience, course_id)`,
		`CREATE TABLE course_instructors (
			course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
			user_id TEXT NOT NULL REFERENCES users (id),
			PRIMARY KEY (course_id, user_id)
		)`,
		`CREATE INDEX course_instructors_user_id ON course_instructors (user_id)`,
		`CREATE TABLE chapters (
			id TEXT PRIMARY KEY,
			course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
			position INTEGER NOT NULL,
			title TEXT NOT NULL,
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL
		)`,
		`CREATE INDEX chapters_course_id ON chapters (course_id, position)`,
		`CREATE TABLE lessons (
			id TEXT PRIMARY KEY,
			chapter_id TEXT NOT NULL REFERENCES chapters (id) ON DELETE CASCADE,
			course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
			position INTEGER NOT NULL,
			title TEXT NOT NULL,
			kind TEXT NOT NULL CHECK (kind IN ('video', 'document', 'richtext', 'practice')),
			required BOOLEAN NOT NULL DEFAULT TRUE,
			body_html TEXT,
			media_id TEXT,
			practice_set_id TEXT,
			duration_seconds INTEGER CHECK (duration_seconds > 0),
			published BOOLEAN NOT NULL DEFAULT FALSE,
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL
		)`,
		`CREATE INDEX lessons_chapter_id ON lessons (chapter_id, position)`,
		`CREATE INDEX lessons_course_id ON lessons (course_id, published)`,
		`CREATE INDEX lessons_media_id ON lessons (media_id)`,
		`CREATE TABLE enrolments (
			id TEXT PRIMARY KEY,
			course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
			user_id TEXT NOT NULL REFERENCES users (id),
			source TEXT NOT NULL CHECK (source IN ('self', 'assigned')),
			assigned_by TEXT REFERENCES users (id),
			status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn', 'completed')),
			enrolled_at {timestamp} NOT NULL,
			withdrawn_at {timestamp},
			completed_at {timestamp},
			UNIQUE (course_id, user_id)
		)`,
		`CREATE INDEX enrolments_user_id ON enrolments (user_id, enrolled_at, id)`,
	},
	Down: []string{
		`DROP TABLE enrolments`,
		`DROP TABLE lessons`,
		`DROP TABLE chapters`,
		`DROP TABLE course_instructors`,
		`DROP TABLE course_audiences`,
		`DROP TABLE courses`,
	},
}
