package dashboard_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"xiangcai/talentpool/dashboard"
)

func TestExportCSV(t *testing.T) {
	f := newFixture(t)
	known(t, f)
	d, err := f.svc.TalentPool(t.Context(), f.changsha, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	rows := exportCSV(t, d, "zh-CN")
	// 35 numbers of the city, and townships, covered and share for each
	// of its 9 counties.
	if len(rows) != 1+35+9*3 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, want := range [][]string{
		{"年度", "区域代码", "区域", "指标", "分项", "数值"},
		{"2025", "430100", "长沙市", "在库人才", "", "3"},
		{"2025", "430100", "长沙市", "人才（按状态）", "已退出", "2"},
		{"2025", "430100", "长沙市", "在库人才（按类别）", "儿童主任", "1"},
		{"2025", "430100", "长沙市", "本年新入库", "", "4"},
		{"2025", "430100", "长沙市", "本年退出", "", "1"},
		{"2025", "430100", "长沙市", "本年参训", "参训率", "0.3333"},
		{"2025", "430100", "长沙市", "持证社会工作者", "合计", "2"},
		{"2025", "430100", "长沙市", "持证社会工作者", "社会工作师", "1"},
		{"2025", "430100", "长沙市", "枢纽组织覆盖街道乡镇", "街道乡镇数", "172"},
		{"2025", "430100", "长沙市", "枢纽组织覆盖街道乡镇", "目标", "0.7"},
		{"2025", "430100", "长沙市", "枢纽组织覆盖（分区域）", "岳麓区 覆盖率", "0.1053"},
		{"2025", "430100", "长沙市", "枢纽组织社会工作者配备", "1–2名社会工作者", "2"},
		{"2025", "430100", "长沙市", "年度推选（已批准）", "优秀负责人", "0"},
		{"2025", "430100", "长沙市", "年度推选（已批准）", "目标", "10"},
		{"2025", "430100", "长沙市", "年度推选（已批准）", "达标市州", "0"},
	} {
		if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Equal(r, want) }) {
			t.Errorf("no row %q", want)
		}
	}
	en := exportCSV(t, d, "en")
	if !slices.Equal(en[0], []string{"Year", "Area code", "Area", "Figure", "Item", "Value"}) ||
		!slices.Equal(en[1], []string{"2025", "430100", "长沙市", "Active talents", "", "3"}) || len(en) != len(rows) {
		t.Errorf("English export starts %q %q", en[0], en[1])
	}
	// The province's file holds its total and then every city's numbers.
	p, err := f.svc.TalentPool(t.Context(), f.province, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	all := exportCSV(t, p, "zh-CN")
	if len(all) != 1+(35+14*3)+(14*35+134*3) || all[1][1] != "430000" || all[len(all)-1][1] != "433100" {
		t.Errorf("province export: %d rows, from %q to %q", len(all), all[1], all[len(all)-1])
	}
}

// exportCSV writes d as CSV in lang and reads it back.
func exportCSV(t *testing.T, d *dashboard.Dashboard, lang string) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := d.WriteCSV(&b, lang); err != nil {
		t.Fatal(err)
	}
	text, ok := strings.CutPrefix(b.String(), "\uFEFF")
	if !ok {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExportXLSX(t *testing.T) {
	f := newFixture(t)
	known(t, f)
	d, err := f.svc.TalentPool(t.Context(), f.changsha, dashboard.Query{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := d.WriteXLSX(&b, "zh-CN"); err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	if sheets := book.GetSheetList(); !slices.Equal(sheets, []string{"人才库看板"}) {
		t.Fatalf("sheets %v", sheets)
	}
	rows, err := book.GetRows("人才库看板")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(exportCSV(t, d, "zh-CN")) || !slices.Equal(rows[1], []string{"2025", "430100", "长沙市", "在库人才", "", "3"}) {
		t.Fatalf("%d rows, the first %q", len(rows), rows[1])
	}
	// Years and values are numbers, not text.
	for _, cell := range []string{"A2", "F2"} {
		if kind, err := book.GetCellType("人才库看板", cell); err != nil || kind == excelize.CellTypeSharedString || kind == excelize.CellTypeInlineString {
			t.Errorf("%s is %v %v", cell, kind, err)
		}
	}
}
