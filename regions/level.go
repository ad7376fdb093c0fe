package regions

// Level is the tier of an administrative division.
type Level string

// The levels, from the top down.
const (
	LevelProvince Level = "province" // 省
	LevelCity     Level = "city"     // 市州
	LevelCounty   Level = "county"   // 县市区
	LevelTownship Level = "township" // 街道乡镇
	LevelVillage  Level = "village"  // 村社区
)

// levels lists the levels from the top down: a region's parent is at the
// level just before its own.
var levels = [...]Level{LevelProvince, LevelCity, LevelCounty, LevelTownship, LevelVillage}

// labels are the Chinese names of levels, in the same order.
var labels = [len(levels)]string{"省", "市州", "县市区", "街道乡镇", "村社区"}

// depth returns l's place in levels (0 for the province), or -1 if l is not
// a level.
func (l Level) depth() int {
	for i, known := range levels {
		if l == known {
			return i
		}
	}
	return -1
}

// Valid reports whether l is one of the five levels.
func (l Level) Valid() bool { return l.depth() >= 0 }

// Label returns the Chinese name users know l by, such as 县市区 for
// LevelCounty, or l itself if it is not a level.
func (l Level) Label() string {
	if d := l.depth(); d >= 0 {
		return labels[d]
	}
	return string(l)
}
