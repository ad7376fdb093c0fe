package migrations

// talentImports creates the roster imports of the talent pool. A dry run
// reads an uploaded roster into one talent_imports row (the file, the
// columns found, the counts) and one talent_import_rows row per data row:
// the outcome, what was fixed and what was wrong, and the row's cleaned
// values, sealed, so that a commit writes exactly what the user reviewed.
// A commit walks the rows in batches and records how far it got in
// committed_through, so a commit cut short resumes where it stopped; once
// committed the sealed values are cleared and the report stays.
var talentImports = Migration{
	Version: 25,
	Name:    "talent_imports",
	Up: []string{
		`CREATE TABLE talent_imports (
			id TEXT PRIMARY KEY,
			city_code TEXT NOT NULL,
			file_name TEXT NOT NULL,
			format TEXT NOT NULL CHECK (format IN ('xlsx', 'csv')),
			sheet TEXT NOT NULL,
			layout {json} NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('parsing', 'ready', 'committed')),
			total_rows INTEGER NOT NULL,
			new_rows INTEGER NOT NULL,
			updated_rows INTEGER NOT NULL,
			unchanged_rows INTEGER NOT NULL,
			rejected_rows INTEGER NOT NULL,
			fixed_rows INTEGER NOT NULL,
			warned_rows INTEGER NOT NULL,
			committed_through INTEGER NOT NULL,
			created_by TEXT NOT NULL,
			created_at {timestamp} NOT NULL,
			committed_by TEXT,
			committed_at {timestamp}
		)`,
		`CREATE INDEX talent_imports_status ON talent_imports (status, created_at)`,
		`CREATE TABLE talent_import_rows (
			import_id TEXT NOT NULL REFERENCES talent_imports (id),
			position INTEGER NOT NULL,
			line INTEGER NOT NULL,
			outcome TEXT NOT NULL CHECK (outcome IN ('new', 'update', 'unchanged', 'rejected')),
			talent_id TEXT,
			name TEXT NOT NULL,
			id_masked TEXT NOT NULL,
			fixed BOOLEAN NOT NULL,
			warned BOOLEAN NOT NULL,
			notes {json} NOT NULL,
			input_enc {bytes},
			PRIMARY KEY (import_id, position)
		)`,
		`CREATE INDEX talent_import_rows_outcome ON talent_import_rows (import_id, outcome, position)`,
	},
	Down: []string{
		`DROP TABLE talent_import_rows`,
		`DROP TABLE talent_imports`,
	},
}
