package regions

import (
	"errors"
	"strings"
	"testing"

	"xiangcai"
)

// small is a valid table in file order that is not code order, with a
// byte-order mark and CRLF line ends as spreadsheet programs write them.
const small = "\ufeffcode,name,level,parent_code\r\n" +
	"430104001,望月湖街道,township,430104\r\n" +
	"430000,湖南省,province,\r\n" +
	"430104,岳麓区,county,430100\r\n" +
	"430100,长沙市,city,430000\r\n" +
	"430102,芙蓉区,county,430100\r\n"

func TestLoad(t *testing.T) {
	table, err := Load(strings.NewReader(small), "test-1")
	if err != nil {
		t.Fatal(err)
	}
	if got := table.Version(); got != "test-1" {
		t.Errorf("Version() = %q, want test-1", got)
	}
	if got := names(table.Children("430100")); len(got) != 2 || got[0] != "芙蓉区" {
		t.Errorf("Children(430100) = %v, want 芙蓉区 then 岳麓区", got)
	}
	if got := names(table.Path("430104001")); len(got) != 4 {
		t.Errorf("Path(430104001) = %v, want four regions", got)
	}
	if got := table.CountAt("", LevelCounty); got != 2 {
		t.Errorf("CountAt(\"\", county) = %d, want 2", got)
	}
}

func TestLoadRejects(t *testing.T) {
	const head = "code,name,level,parent_code\n"
	const top = head + "430000,湖南省,province,\n430100,长沙市,city,430000\n"
	tests := []struct {
		name  string
		input string
		want  string // part of the English message
	}{
		{"empty", "", "the region table is empty"},
		{"wrong header", "code,name,level\n", "not valid CSV"},
		{"renamed column", "code,name,tier,parent_code\n", "line 1: the header must be"},
		{"dangling parent", top + "430104,岳麓区,county,430199\n", `line 4: the parent code "430199" of 430104 is not in the table`},
		{"duplicate code", top + "430104,岳麓区,county,430100\n430104,岳麓,county,430100\n", "line 5: code 430104 repeats line 4"},
		{"unknown level", top + "430104,岳麓区,district,430100\n", `line 4: unknown level "district"`},
		{"parent two levels up", top + "430104001,望月湖街道,township,430100\n", "line 4: the parent of 430104001 (a township) must be a county, but 430100 is a city"},
		{"no province", head + "430100,长沙市,city,\n", `line 2: the parent code "" of 430100 is not in the table`},
		{"two provinces", top + "440000,广东省,province,\n", "line 4: a table holds one province and already has 430000"},
		{"province with parent", head + "430000,湖南省,province,100000\n", "line 2: a province has no parent"},
		{"only a header", head, "the region table has no province"},
		{"missing name", top + "430104,,county,430100\n", "line 4: code and name must not be empty"},
		{"short row", top + "430104,岳麓区,county\n", "not valid CSV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.input), "test")
			var e *xiangcai.Error
			if !errors.As(err, &e) || e.Code != xiangcai.EINVALID {
				t.Fatalf("Load = %v, want an invalid *xiangcai.Error", err)
			}
			if !strings.Contains(e.Message.EN, tt.want) || e.Message.ZH == "" {
				t.Errorf("Load = %q, want it to contain %q", e.Message.EN, tt.want)
			}
		})
	}
}
