package migrations

// accounts creates users, their sessions and the record of sign-in attempts
// that rate limiting counts. Phones are personal data: stored encrypted, found
// through a keyed hash, listed masked.
var accounts = Migration{
	Version: 1,
	Name:    "accounts",
	Up: []string{
		`CREATE TABLE users (
			id TEXT PRIMARY KEY,
			username TEXT UNIQUE,
			phone_hash TEXT UNIQUE,
			phone_enc {bytes},
			phone_masked TEXT,
			display_name TEXT NOT NULL,
			role TEXT NOT NULL CHECK (role IN ('trainee', 'instructor', 'city_admin', 'province_admin')),
			city_code TEXT,
			region_code TEXT,
			password_hash TEXT NOT NULL,
			disabled_at {timestamp},
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL,
			CHECK (username IS NOT NULL OR phone_hash IS NOT NULL),
			CHECK (role <> 'city_admin' OR city_code IS NOT NULL)
		)`,
		`CREATE INDEX users_city_code ON users (city_code)`,
		`CREATE TABLE sessions (
			id TEXT PRIMARY KEY,
			token_hash TEXT NOT NULL UNIQUE,
			user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
			kind TEXT NOT NULL CHECK (kind IN ('cookie', 'bearer')),
			csrf_token TEXT NOT NULL,
			ip TEXT NOT NULL,
			user_agent TEXT NOT NULL,
			created_at {timestamp} NOT NULL,
			expires_at {timestamp} NOT NULL,
			revoked_at {timestamp}
		)`,
		`CREATE INDEX sessions_user_id ON sessions (user_id)`,
		`CREATE TABLE login_attempts (
			id TEXT PRIMARY KEY,
			account_key TEXT NOT NULL,
			ip TEXT NOT NULL,
			succeeded BOOLEAN NOT NULL,
			at {timestamp} NOT NULL
		)`,
		`CREATE INDEX login_attempts_account ON login_attempts (account_key, at)`,
		`CREATE INDEX login_attempts_ip ON login_attempts (ip, at)`,
		// Every failed sign-in prunes attempts older than a day through this.
		`CREATE INDEX login_attempts_at ON login_attempts (at)`,
	},
	Down: []string{
		`DROP TABLE login_attempts`,
		`DROP TABLE sessions`,
		`DROP TABLE users`,
	},
}
