package talentpool_test

import (
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/regions"
	"xiangcai/talentpool"
	"xiangcai/talentpool/roster/rostertest"
)

// messyRoster is a roster as cities keep them: a title row, a two-row
// header, and rows with every problem the import knows. Its lines, as the
// spreadsheet numbers them, are the keys of the want map in
// TestImportMessyRoster.
func messyRoster(t *testing.T, f *fixture) []byte {
	id := idNumber
	return rostertest.Workbook(t, [][]any{
		{"长沙市社区社会组织骨干人才名册"},
		{"序号", "姓名", "公民身份号码", "性别", "出生日期", "联系方式", nil, "人才类别", "单位", "所在地区", "职业资格", nil, "特长"},
		{nil, nil, nil, nil, nil, "手机", "座机", nil, nil, nil, "等级", "有效期", nil},
		// 4: a clean new talent, birth date as an Excel serial.
		{1, "王芳", id(2), "女", 29358, "13800000002", nil, "志愿者", "岳麓街道邻里互助会", "长沙市岳麓区西湖街道", "无", nil, "调解、心理疏导"},
		// 5: full-width digits, stray spaces, a word for the category,
		// a township alone, an expiry as a serial.
		{2, " 李 明 ", fullWidth(id(3)), "男", nil, "138 0000 0003", nil, "社工", nil, "西湖街道", "助理社工师", 46568, nil},
		// 6: an ID number stored as a number: Excel kept 15 digits.
		{3, "赵一", 4.30102199001012e17, nil, nil, nil, nil, "志愿者", nil, nil, nil, nil, nil},
		// 7: the same, as Excel writes it in a CSV file.
		{4, "赵二", "4.30102199001011E+17", nil, nil, nil, nil, "志愿者"},
		// 8: a wrong check digit.
		{5, "钱三", wrongCheck(id(5)), nil, nil, nil, nil, "志愿者"},
		// 9: an unknown category and a broken phone: both told.
		{6, "孙四", id(7), nil, nil, "1380000", nil, "网格员"},
		// 10: an unknown organization: imported without it, with a warning.
		{7, "周五", id(9), "男", nil, nil, nil, "社会组织负责人", "不存在的协会", "430104007"},
		// 11: a region of another city.
		{8, "吴六", id(11), nil, nil, nil, nil, "志愿者", nil, "株洲市芦淞区"},
		// 12: row 4's person again.
		{9, "王芳", id(2), nil, nil, nil, nil, "志愿者"},
		// 13: in 长沙's pool already, with another phone: an update.
		{10, "郑七", id(13), nil, nil, "13900000013", nil, "志愿者"},
		// 14: in 长沙's pool already, as the row has them.
		{11, "冯八", id(15), nil, nil, nil, nil, "志愿者", nil, "长沙市岳麓区"},
		// 15: in 株洲's pool.
		{12, "陈九", id(17), nil, nil, nil, nil, "志愿者"},
		// 16: blank, skipped.
		{},
		// 17: a gender that disagrees with the ID number, no region.
		{13, "褚十", id(19), "女", "1980-05-18", nil, nil, "儿童主任"},
		// 18: cut short too, though its check digit happens to hold.
		{14, "卫十一", 4.30102199001011e17, nil, nil, nil, nil, "志愿者"},
	})
}

// fullWidth writes the digits of s full-width, as Chinese input methods do.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, s)
}

// wrongCheck returns id with its check character changed.
func wrongCheck(id string) string {
	if id[17] == '0' {
		return id[:17] + "1"
	}
	return id[:17] + "0"
}

// rowsByLine returns every row of an import's report by line.
func (f *fixture) rowsByLine(t *testing.T, p xiangcai.Principal, id string) map[int]*talentpool.ImportRow {
	t.Helper()
	rows, total, err := f.importer().FindImportRows(t.Context(), p, id, talentpool.ImportRowFilter{Page: xiangcai.Page{Limit: 100}})
	if err != nil || total != len(rows) {
		t.Fatalf("rows: %d of %d, %v", len(rows), total, err)
	}
	out := map[int]*talentpool.ImportRow{}
	for _, r := range rows {
		out[r.Line] = r
	}
	return out
}

// importer returns an importer over the fixture's service.
func (f *fixture) importer() *talentpool.Importer {
	return talentpool.NewImporter(f.svc, regions.Hunan())
}

// hasNote reports whether row has a note of kind on field whose Chinese
// message contains text.
func hasNote(row *talentpool.ImportRow, kind talentpool.NoteKind, field, text string) bool {
	for _, n := range row.Notes {
		if n.Kind == kind && n.Field == field && strings.Contains(n.Message.ZH, text) && n.Message.EN != "" {
			return true
		}
	}
	return false
}
