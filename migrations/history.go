package migrations

// History is every migration, in the order they apply. Append; never edit a
// migration that has shipped.
var History = []Migration{
	accounts,
	courses,
	jobs,
	media,
	trainingRecords,
	progress,
	auditEvents,
	organizations,
	talents,
	talentReviews,
	selections,
	talentImports,
	dashboardIndexes,
	catalogIndexes,
	dashboardTallies,
}
