package regions

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
)

// names returns the names of regions, for short test failures.
func names(regions []Region) []string {
	out := make([]string, len(regions))
	for i, r := range regions {
		out[i] = r.Name
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		code   string
		want   Region
		wantOK bool
	}{
		{"430104", Region{"430104", "岳麓区", LevelCounty, "430100"}, true},
		{"430000", Region{"430000", "湖南省", LevelProvince, ""}, true},
		{"430199", Region{}, false}, // never existed, or removed since
		{"", Region{}, false},
	}
	for _, tt := range tests {
		got, ok := Hunan().Find(tt.code)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Find(%q) = %+v, %v; want %+v, %v", tt.code, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestChildren(t *testing.T) {
	tests := []struct {
		code      string
		wantLen   int
		wantFirst string
		wantLast  string
	}{
		{"430000", 14, "长沙市", "湘西土家族苗族自治州"},
		{"", 14, "长沙市", "湘西土家族苗族自治州"},
		{"430100", 9, "芙蓉区", "宁乡市"},
		{"430104001", 6, "湖东社区居委会", "荣华社区居委会"},
		{"430104001001", 0, "", ""},
		{"999999", 0, "", ""},
	}
	for _, tt := range tests {
		got := Hunan().Children(tt.code)
		if len(got) != tt.wantLen {
			t.Errorf("Children(%q) has %d regions, want %d: %v", tt.code, len(got), tt.wantLen, names(got))
			continue
		}
		if len(got) > 0 && got[0].Name != tt.wantFirst {
			t.Errorf("Children(%q)[0] = %s, want %s", tt.code, got[0].Name, tt.wantFirst)
		}
		if tt.wantLast != "" && got[len(got)-1].Name != tt.wantLast {
			t.Errorf("Children(%q) ends with %s, want %s", tt.code, got[len(got)-1].Name, tt.wantLast)
		}
		if !slices.IsSortedFunc(got, func(a, b Region) int { return strings.Compare(a.Code, b.Code) }) {
			t.Errorf("Children(%q) not in code order: %v", tt.code, names(got))
		}
	}
}

func TestChildrenBelongToCaller(t *testing.T) {
	kids := Hunan().Children("430000")
	kids[0].Name = "changed"
	if again := Hunan().Children("430000"); again[0].Name != "长沙市" {
		t.Errorf("changing a returned slice changed the table: %s", again[0].Name)
	}
}

func TestPath(t *testing.T) {
	tests := []struct {
		code string
		want []string
	}{
		{"430104001001", []string{"湖南省", "长沙市", "岳麓区", "望月湖街道", "湖东社区居委会"}},
		{"430104", []string{"湖南省", "长沙市", "岳麓区"}},
		{"430000", []string{"湖南省"}},
		{"430199", nil},
	}
	for _, tt := range tests {
		got := Hunan().Path(tt.code)
		if !slices.Equal(names(got), tt.want) {
			t.Errorf("Path(%q) = %v, want %v", tt.code, names(got), tt.want)
		}
		for i, r := range got {
			if r.Level != levels[i] {
				t.Errorf("Path(%q)[%d] is a %s, want %s", tt.code, i, r.Level, levels[i])
			}
		}
	}
}

func TestCity(t *testing.T) {
	tests := []struct {
		code     string
		wantCode string
		wantOK   bool
	}{
		{"430104002", "430100", true},    // 岳麓街道, a township
		{"433130237213", "433100", true}, // 金沙村, a village in 湘西州
		{"430200", "430200", true},       // a city is its own city
		{"430000", "", false},
		{"430199", "", false},
	}
	for _, tt := range tests {
		got, ok := Hunan().City(tt.code)
		if got.Code != tt.wantCode || ok != tt.wantOK {
			t.Errorf("City(%q) = %s, %v; want %s, %v", tt.code, got.Code, ok, tt.wantCode, tt.wantOK)
		}
	}
}

func TestCountAt(t *testing.T) {
	tests := []struct {
		parent string
		level  Level
		want   int
	}{
		{"430100", LevelTownship, countBelow(t, "430100", LevelTownship)},
		{"430100", LevelVillage, countBelow(t, "430100", LevelVillage)},
		{"430104", LevelCounty, 1}, // a region's area holds itself
		{"430104", LevelCity, 0},
		{"430000", LevelCity, 14},
		{"430199", LevelTownship, 0},
		{"430100", "district", 0},
	}
	for _, tt := range tests {
		if got := Hunan().CountAt(tt.parent, tt.level); got != tt.want {
			t.Errorf("CountAt(%q, %s) = %d, want %d", tt.parent, tt.level, got, tt.want)
		}
	}
}

// countBelow counts the regions at level under ancestor straight from the
// CSV file, without the table, by following parent codes.
func countBelow(t *testing.T, ancestor string, level Level) int {
	t.Helper()
	f, err := os.Open("data/hunan-regions.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	parent := make(map[string]string, len(records))
	for _, rec := range records[1:] {
		parent[rec[0]] = rec[3]
	}
	n := 0
	for _, rec := range records[1:] {
		if rec[2] != string(level) {
			continue
		}
		for code := rec[3]; code != ""; code = parent[code] {
			if code == ancestor {
				n++
				break
			}
		}
	}
	if n == 0 {
		t.Fatalf("no %s under %s in the CSV", level, ancestor)
	}
	return n
}

func BenchmarkChildren(b *testing.B) {
	table := Hunan()
	for _, code := range []string{"", "430100", "430104001"} {
		b.Run("code="+code, func(b *testing.B) {
			for b.Loop() {
				table.Children(code)
			}
		})
	}
}
