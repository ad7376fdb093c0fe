package migrations

// jobs creates the durable queue of background work (package jobs). A job is
// due when it is queued and its run_at has come, or when it is running and
// its worker's lease (locked_until) has run out, which is how the job of a
// crashed worker is taken up again.
var jobs = Migration{
	Version: 3,
	Name:    "jobs",
	Up: []string{
		`CREATE TABLE jobs (
			id TEXT PRIMARY KEY,
			kind TEXT NOT NULL,
			payload {json} NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
			attempts INTEGER NOT NULL DEFAULT 0,
			max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),
			run_at {timestamp} NOT NULL,
			locked_by TEXT,
			locked_until {timestamp},
			last_error TEXT,
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL,
			CHECK (status <> 'running' OR (locked_by IS NOT NULL AND locked_until IS NOT NULL))
		)`,
		// Workers look for due jobs through these, one per way of being due.
		`CREATE INDEX jobs_queued ON jobs (status, run_at)`,
		`CREATE INDEX jobs_leased ON jobs (status, locked_until)`,
	},
	Down: []string{
		`DROP TABLE jobs`,
	},
}
