package regions

import (
	"errors"
	"strings"
	"testing"

	"xiangcai"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		code    string
		allowed []Level
		wantMsg string // "" when the code is valid
	}{
		{"any level", "430104001001", nil, ""},
		{"allowed level", "430104", []Level{LevelCounty}, ""},
		{"one of several levels", "430104002", []Level{LevelTownship, LevelVillage}, ""},
		{"unknown code", "430199", nil, `未知的行政区划代码 "430199"`},
		{"unknown code at a level", "4301", []Level{LevelCity}, `未知的行政区划代码 "4301"`},
		{"wrong level", "430104", []Level{LevelTownship, LevelVillage}, "岳麓区（430104）是县市区，这里需要街道乡镇或村社区"},
		{"empty code", "", nil, "请选择行政区划"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Hunan().Validate("region_code", tt.code, tt.allowed...)
			if tt.wantMsg == "" {
				if err != nil {
					t.Fatalf("Validate = %v, want nil", err)
				}
				return
			}
			var e *xiangcai.Error
			if !errors.As(err, &e) || e.Code != xiangcai.EINVALID {
				t.Fatalf("Validate = %v, want an invalid *xiangcai.Error", err)
			}
			if len(e.Fields) != 1 || e.Fields[0].Field != "region_code" {
				t.Fatalf("Validate fields = %+v, want one naming region_code", e.Fields)
			}
			if got := e.Fields[0].Message; got.ZH != tt.wantMsg || got.EN == "" {
				t.Errorf("Validate message = %+v, want zh %q and some English", got, tt.wantMsg)
			}
		})
	}
}

func TestValidateEnglish(t *testing.T) {
	err := Hunan().Validate("region_code", "430104", LevelTownship)
	if want := "岳麓区 (430104) is a county; expected a township"; !strings.Contains(err.Error(), want) {
		t.Errorf("Validate = %v, want it to contain %q", err, want)
	}
}
