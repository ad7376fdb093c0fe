package migrations

// catalogIndexes lets a catalog page filtered by topic, the filter trainees
// use most, read only the courses of that topic in the order of the newest
// sort, by city: a city's trainees see their city's courses and the
// province's, and a region filter of a city is its city code.
var catalogIndexes = Migration{
	Version: 27,
	Name:    "catalog_indexes",
	Up: []string{
		`CREATE INDEX courses_topic ON courses (status, topic, city_code, published_at, id)`,
	},
	Down: []string{
		`DROP INDEX courses_topic`,
	},
}
