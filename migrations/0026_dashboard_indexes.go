package migrations

// dashboardIndexes gives each query of the talent pool's dashboard an
// index it can answer from without reading the table (an index-only scan
// on PostgreSQL, a covering index on SQLite): the pool by city, status,
// category and qualification; the active talents with a linked account,
// whose training the dashboard looks up by account; transitions by city
// and time, for who entered and who exited in a year; and the hub
// organizations that are not deleted, by township, with their social
// workers.
var dashboardIndexes = Migration{
	Version: 26,
	Name:    "dashboard_indexes",
	Up: []string{
		`CREATE INDEX talents_dashboard ON talents (city_code, status, category, qualification)`,
		`CREATE INDEX talents_dashboard_trained ON talents (city_code, user_id)
			WHERE status = 'active' AND user_id IS NOT NULL`,
		`CREATE INDEX talent_transitions_dashboard ON talent_transitions (city_code, at, from_status, to_status)`,
		`CREATE INDEX organizations_dashboard ON organizations (city_code, township_code, social_workers)
			WHERE is_hub AND deleted_at IS NULL`,
	},
	Down: []string{
		`DROP INDEX organizations_dashboard`,
		`DROP INDEX talent_transitions_dashboard`,
		`DROP INDEX talents_dashboard_trained`,
		`DROP INDEX talents_dashboard`,
	},
}
