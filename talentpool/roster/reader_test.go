package roster_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"xiangcai"
	"xiangcai/talentpool/roster"
	"xiangcai/talentpool/roster/rostertest"
)

// readAll opens data and returns its layout and records.
func readAll(t *testing.T, name string, data []byte) (*roster.Reader, []roster.Record) {
	t.Helper()
	r, err := roster.Open(name, data)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer r.Close()
	var out []roster.Record
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return r, out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
}

func TestReadWorkbookWithTitleAndTwoRowHeader(t *testing.T) {
	data := rostertest.Workbook(t, [][]any{
		{"长沙市社区社会组织骨干人才名册（2025年）"},
		{"填报单位：岳麓区民政局"},
		{"序号", "姓名", "公民身份号码", "联系方式", nil, "人才类别", "职业资格", nil, "备注"},
		{nil, nil, nil, "手机", "邮箱", nil, "等级", "有效期"},
		{1, " 张 三 ", "430102199001011238", 13812345678, "a@b.cn", "志愿者", "助理社工师", 46568},
		{},
		{2, "李四", 4.30102199001011e17, "1.3912345678E+10", nil, "社工"},
	})
	r, recs := readAll(t, "名册.xlsx", data)
	l := r.Layout
	if r.Format != roster.FormatXLSX || r.Sheet != "Sheet1" || l.HeaderLine != 3 || l.HeaderRows != 2 {
		t.Fatalf("layout %+v of %s %s", l, r.Format, r.Sheet)
	}
	want := map[roster.Field]string{roster.Name: "姓名", roster.IDNumber: "公民身份号码", roster.Phone: "手机",
		roster.Category: "人才类别", roster.Qualification: "职业资格等级", roster.QualificationExpires: "有效期"}
	for f, h := range want {
		if got := l.ColumnsOf(f); len(got) != 1 || got[0] != h {
			t.Errorf("%s: columns %v, want %s", f.Key(), got, h)
		}
	}
	if strings.Join(l.Ignored, ",") != "序号,邮箱,备注" {
		t.Errorf("ignored %v", l.Ignored)
	}
	if len(recs) != 2 || recs[0].Line != 5 || recs[1].Line != 7 {
		t.Fatalf("records %+v", recs)
	}
	if recs[0].Value(roster.Name) != " 张 三 " || recs[0].Value(roster.Phone) != "13812345678" ||
		recs[0].Value(roster.QualificationExpires) != "46568" {
		t.Errorf("first row %+v", recs[0])
	}
	if id := recs[1].Value(roster.IDNumber); !roster.CutShort(id) {
		t.Errorf("ID %q of a number cell not reported cut short", id)
	}
}

func TestReadWorkbookPicksTheSheetWithAHeader(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"填表说明", "请勿修改表头"})
	f.NewSheet("名单")
	f.SetSheetRow("名单", "B2", &[]any{"姓名", "身份证号"})
	f.SetSheetRow("名单", "B3", &[]any{"王五", "11010519491231002X"})
	var buf bytes.Buffer
	f.Write(&buf)
	r, recs := readAll(t, "x.xlsx", buf.Bytes())
	if r.Sheet != "名单" || len(recs) != 1 || recs[0].Value(roster.IDNumber) != "11010519491231002X" || recs[0].Line != 3 {
		t.Fatalf("sheet %s, records %+v", r.Sheet, recs)
	}
	if c := r.Layout.Columns[0]; c.Letter != "B" || c.Key != "name" {
		t.Fatalf("column %+v", c)
	}
}

func TestReadCSVEncodings(t *testing.T) {
	text := "人员名单\n姓名,身份证号码,手机号码\n赵六,４３０１０２１９９００１０１１２３８,138 1234 5678\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	utf16 := []byte{0xff, 0xfe}
	for _, r := range strings.ReplaceAll(text, ",", "\t") {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	for name, data := range map[string][]byte{
		"utf-8": []byte(text), "utf-8 with BOM": append([]byte("\ufeff"), text...),
		"gbk": []byte(gbk), "utf-16 tab-separated": utf16,
	} {
		t.Run(name, func(t *testing.T) {
			r, recs := readAll(t, "名单.csv", data)
			if r.Format != roster.FormatCSV || r.Layout.HeaderLine != 2 || len(recs) != 1 || recs[0].Line != 3 {
				t.Fatalf("layout %+v, records %+v", r.Layout, recs)
			}
			id, fixes, _ := roster.Code(recs[0].Value(roster.IDNumber))
			if recs[0].Value(roster.Name) != "赵六" || id != "430102199001011238" || len(fixes) != 1 {
				t.Fatalf("record %+v, id %s %v", recs[0], id, fixes)
			}
		})
	}
}

func TestOpenRefusesWhatItCannotRead(t *testing.T) {
	for name, c := range map[string]struct {
		file string
		data []byte
		want string
	}{
		"no header":      {"a.csv", []byte("甲,乙\n1,2\n"), "未找到表头"},
		"name only":      {"a.csv", []byte("姓名,电话\n张三,1\n"), "未找到表头"},
		"old xls":        {"a.xls", []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, ".xls"},
		"not a workbook": {"a.xlsx", []byte("hello"), ".xlsx"},
		"broken zip":     {"a.xlsx", []byte("PK\x03\x04garbage"), "无法读取"},
		"empty":          {"a.csv", nil, "空"},
	} {
		t.Run(name, func(t *testing.T) {
			r, err := roster.Open(c.file, c.data)
			var e *xiangcai.Error
			if !errors.As(err, &e) || e.Code != xiangcai.EINVALID || e.Fields[0].Field != "file" ||
				!strings.Contains(e.Fields[0].Message.ZH, c.want) {
				t.Fatalf("got %v, %v; want an invalid file error saying %q", r, err, c.want)
			}
		})
	}
}
