package regions

// Region is one administrative division.
type Region struct {
	// Code is the statistical division code: six digits for the province,
	// cities and counties, nine for townships, twelve for villages.
	Code string
	Name string
	// Level is the region's tier; its parent is exactly one tier up.
	Level Level
	// ParentCode is the code of the region directly above; "" for the province.
	ParentCode string
}
