package dashboard

import "time"

// HubCoverageTarget is the share of townships and streets (街道乡镇) the
// plan wants to have at least one hub organization by the end of 2023.
const HubCoverageTarget = 0.7

// Dashboard is the talent pool's dashboard of a city or of the province.
// Pool sizes and hub organizations are as they stand now; new, exited and
// trained talents and selections count the calendar year Year in Beijing
// time.
type Dashboard struct {
	Year        int       `json:"year"`
	GeneratedAt time.Time `json:"generated_at"`
	// Area is the city, or the province.
	Area Label `json:"area"`
	// Total holds the figures of the whole area.
	Total Figures `json:"total"`
	// Cities holds every city's figures side by side, in code order; the
	// province's dashboard only.
	Cities []Figures `json:"cities,omitempty" doc:"every city's figures, in code order (province only)"`
	// Comparison holds the cities' headline figures as chart series, one
	// value per city; the province's dashboard only.
	Comparison *Chart `json:"comparison,omitempty" doc:"headline figures by city, one series per figure (province only)"`
}

// Figures are the dashboard's figures for one area: a city or the province.
type Figures struct {
	Area Label `json:"area"`
	Pool Pool  `json:"pool"`
	// NewThisYear counts the talents who joined the pool in the year, in
	// the city they joined, whatever their status since; ExitedThisYear
	// those who exited it in the year, in the city they left. A move
	// between cities is neither.
	NewThisYear    int `json:"new_this_year"`
	ExitedThisYear int `json:"exited_this_year"`
	// Trained is the active talents whose linked account completed at
	// least one training in the year, of all active talents.
	Trained Ratio `json:"trained" doc:"active talents with a linked account that completed training in the year, of all active talents"`
	// Qualified counts the active talents who hold a social-work
	// qualification, by level.
	Qualified   Qualified `json:"qualified"`
	HubCoverage Coverage  `json:"hub_coverage"`
	HubStaffing Staffing  `json:"hub_staffing"`
	// Selections is absent when the dashboard has no source of annual
	// selections.
	Selections *Selected `json:"selections,omitempty"`
}

// Pool is the size of a pool: active talents by category, and every talent
// by status.
type Pool struct {
	Active     int   `json:"active" doc:"talents in the pool now (status active)"`
	ByStatus   Chart `json:"by_status" doc:"every talent by status, exited ones included"`
	ByCategory Chart `json:"by_category" doc:"active talents by category"`
}

// Qualified counts qualified social workers among the active talents.
type Qualified struct {
	Total   int   `json:"total"`
	ByLevel Chart `json:"by_level" doc:"assistant, intermediate and senior social workers"`
}

// Coverage is how many of an area's townships and streets have at least
// one hub organization that is not deleted, against the plan's target.
type Coverage struct {
	Ratio
	Target float64 `json:"target" doc:"the plan's target share, 0.7"`
	Met    bool    `json:"met" doc:"share ≥ target"`
	// ByArea breaks the coverage down by county for a city and by city
	// for the province: series townships, covered and share.
	ByArea Chart `json:"by_area" doc:"by county for a city, by city for the province; series townships, covered, share"`
}

// Staffing counts the hub organizations that are not deleted by how many
// social workers they have; the plan wants one or two in each.
type Staffing struct {
	Hubs         int   `json:"hubs"`
	WithinTarget int   `json:"within_target" doc:"hub organizations with 1–2 social workers"`
	BySocial     Chart `json:"by_social_workers" doc:"hub organizations with 0, 1–2 and 3 or more social workers"`
}
