package migrations

import "fmt"

// dashboardTallies keeps each city's dashboard counts between requests.
// dashboard_versions holds a version per city that triggers move on in the
// same transaction as every change to what the counts are made of: the
// city's talents, their transitions, its organizations, and the training
// records of accounts linked to its talents. dashboard_tallies holds a
// city's counts for a year with the version they were counted at; they
// serve while that version is current, so figures are never stale.
var dashboardTallies = Migration{
	Version: 28,
	Name:    "dashboard_tallies",
	Up: []string{
		`CREATE TABLE dashboard_versions (
			city_code TEXT PRIMARY KEY,
			version BIGINT NOT NULL
		)`,
		`CREATE TABLE dashboard_tallies (
			city_code TEXT NOT NULL,
			year INTEGER NOT NULL,
			version BIGINT NOT NULL,
			tally {json} NOT NULL,
			PRIMARY KEY (city_code, year)
		)`,
	},
	Down:     []string{`DROP TABLE dashboard_tallies`, `DROP TABLE dashboard_versions`},
	Postgres: postgresTallyTriggers(),
	SQLite:   sqliteTallyTriggers(),
}

// talliedTables are the tables whose changes move a city's version on,
// each with the column of a changed row that names its cities and how:
// cities selects them from rows, the changed rows with that column.
var talliedTables = []struct {
	table, column string
	cities        func(rows string) string
}{
	{"talents", "city_code", ownCity},
	{"talent_transitions", "city_code", ownCity},
	{"organizations", "city_code", ownCity},
	{"training_records", "user_id", func(rows string) string {
		return "SELECT t.city_code FROM talents AS t WHERE t.user_id IN (SELECT user_id FROM " + rows + ")"
	}},
}

// ownCity selects the city_code column of rows.
func ownCity(rows string) string { return "SELECT city_code FROM " + rows + " AS r" }

// bumpVersions moves on the version of every city that cities selects.
func bumpVersions(cities string) string {
	return `INSERT INTO dashboard_versions AS v (city_code, version)
		SELECT DISTINCT c.city_code, 1 FROM (` + cities + `) AS c WHERE c.city_code IS NOT NULL ORDER BY c.city_code
		ON CONFLICT (city_code) DO UPDATE SET version = v.version + 1`
}

// postgresTallyTriggers are statement-level triggers: a bulk insert of a
// thousand talents moves its city on once, not a thousand times. A
// trigger's function reads the changed rows from its transition table
// changed_rows; an update has two triggers, for the rows before and after.
func postgresTallyTriggers() Steps {
	var s Steps
	for _, t := range talliedTables {
		fn := "dashboard_touch_" + t.table
		s.Up = append(s.Up, fmt.Sprintf(`CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN
				%s;
				RETURN NULL;
			END $$`, fn, bumpVersions(t.cities("changed_rows"))))
		for _, on := range [...]struct{ name, event, rows string }{
			{"insert", "INSERT", "NEW"}, {"delete", "DELETE", "OLD"}, {"update_old", "UPDATE", "OLD"}, {"update_new", "UPDATE", "NEW"},
		} {
			trigger := t.table + "_dashboard_" + on.name
			s.Up = append(s.Up, fmt.Sprintf(`CREATE TRIGGER %s AFTER %s ON %s REFERENCING %s TABLE AS changed_rows
				FOR EACH STATEMENT EXECUTE FUNCTION %s()`, trigger, on.event, t.table, on.rows, fn))
			s.Down = append(s.Down, fmt.Sprintf("DROP TRIGGER %s ON %s", trigger, t.table))
		}
		s.Down = append(s.Down, fmt.Sprintf("DROP FUNCTION %s()", fn))
	}
	return s
}

// sqliteTallyTriggers are row-level triggers, the only kind SQLite has.
func sqliteTallyTriggers() Steps {
	var s Steps
	for _, t := range talliedTables {
		before, after := fmt.Sprintf("SELECT OLD.%s AS %[1]s", t.column), fmt.Sprintf("SELECT NEW.%s AS %[1]s", t.column)
		for _, on := range [...]struct{ name, event, rows string }{
			{"insert", "INSERT", after}, {"delete", "DELETE", before}, {"update", "UPDATE", before + " UNION ALL " + after},
		} {
			trigger := t.table + "_dashboard_" + on.name
			s.Up = append(s.Up, fmt.Sprintf("CREATE TRIGGER %s AFTER %s ON %s BEGIN %s; END",
				trigger, on.event, t.table, bumpVersions(t.cities("("+on.rows+")"))))
			s.Down = append(s.Down, "DROP TRIGGER "+trigger)
		}
	}
	return s
}
