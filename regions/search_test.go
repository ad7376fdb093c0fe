package regions

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	tests := []struct {
		query     string
		level     Level
		limit     int
		wantFirst []string // the first results, in order
		wantLen   int      // -1: any number at all but 0
	}{
		{"岳麓", "", 10, []string{"岳麓区", "岳麓街道", "岳麓社区居委会"}, -1},
		{"岳麓", LevelCounty, 10, []string{"岳麓区"}, 1},
		{" 岳麓 ", LevelCounty, 10, []string{"岳麓区"}, 1},
		{"长沙", "", 10, []string{"长沙市", "长沙县"}, -1},
		{"湘", LevelCity, 0, []string{"湘潭市", "湘西土家族苗族自治州"}, 2},
		{"湘", "", 3, []string{"湘潭市"}, 3},
		{"村", LevelVillage, 1000, nil, MaxResults},
		{"湖南省", "", 10, []string{"湖南省"}, 1},
		{"伦敦", "", 10, nil, 0},
		{"", "", 10, nil, 0},
		{"   ", "", 10, nil, 0},
		{"岳麓", "district", 10, nil, 0},
	}
	for _, tt := range tests {
		got := Hunan().Search(tt.query, tt.level, tt.limit)
		switch {
		case tt.wantLen < 0 && len(got) == 0, tt.wantLen >= 0 && len(got) != tt.wantLen:
			t.Errorf("Search(%q, %q, %d) gave %d regions, want %d: %v", tt.query, tt.level, tt.limit, len(got), tt.wantLen, names(got))
		case len(got) < len(tt.wantFirst) || !slices.Equal(names(got[:len(tt.wantFirst)]), tt.wantFirst):
			t.Errorf("Search(%q, %q, %d) = %v, want it to start %v", tt.query, tt.level, tt.limit, names(got), tt.wantFirst)
		}
		for _, r := range got {
			if !strings.Contains(r.Name, strings.TrimSpace(tt.query)) || (tt.level != "" && r.Level != tt.level) {
				t.Errorf("Search(%q, %q, %d) gave %s, a %s", tt.query, tt.level, tt.limit, r.Name, r.Level)
			}
		}
	}
}

// TestSearchRanking checks the order on a query with many matches: prefix
// matches first, then shorter names, then higher levels, then code order.
func TestSearchRanking(t *testing.T) {
	got := Hunan().Search("新", "", MaxResults)
	rank := func(r Region) string {
		prefix := "1"
		if strings.HasPrefix(r.Name, "新") {
			prefix = "0"
		}
		return fmt.Sprintf("%s %02d %d %s", prefix, len([]rune(r.Name)), r.Level.depth(), r.Code)
	}
	for i := 1; i < len(got); i++ {
		if rank(got[i-1]) >= rank(got[i]) {
			t.Fatalf("%s (%s) ranks before %s (%s)", got[i-1].Name, rank(got[i-1]), got[i].Name, rank(got[i]))
		}
	}
	want := []string{"新村", "新邵县", "新宁县", "新田县", "新化县"}
	if !slices.Equal(names(got[:len(want)]), want) {
		t.Errorf("Search(新) = %v, want it to start %v", names(got), want)
	}
}

func BenchmarkSearch(b *testing.B) {
	table := Hunan()
	tests := []struct {
		query string
		level Level
	}{
		{"岳麓", ""},
		{"长沙", ""},
		{"湘", ""},
		{"村", ""},
		{"社区", LevelVillage},
		{"社区", LevelTownship}, // many candidates, no match
		{"湖东社区居委会", ""},
	}
	for _, tt := range tests {
		b.Run(tt.query+"/"+string(tt.level), func(b *testing.B) {
			for b.Loop() {
				table.Search(tt.query, tt.level, 20)
			}
		})
	}
}
