package roster_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool/roster"
)

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"张三":                "张三",
		" 张 三 ":             "张三",
		"\u3000王\u3000小红\t": "王小红",
		"Mary  Smith":       "Mary Smith",
		"'岳麓街道 邻里互助会":       "岳麓街道邻里互助会",
		"阿依古丽·买买提 ":         "阿依古丽·买买提",
		"\u200b欧阳\ufeff娜娜":  "欧阳娜娜",
		"Zhang San 张三":      "Zhang San张三",
		"":                  "",
	} {
		got, fixes := roster.Text(in)
		if got != want || (got != in) != (len(fixes) > 0) {
			t.Errorf("Text(%q) = %q %v, want %q", in, got, fixes, want)
		}
	}
}

func TestCode(t *testing.T) {
	tests := []struct {
		in, want string
		fixes    int
		lost     bool
	}{
		{"430102199001011238", "430102199001011238", 0, false},
		{"４３０１０２１９９００１０１１２３８", "430102199001011238", 1, false},
		{" 4301 0219 9001 0112 38 ", "430102199001011238", 1, false},
		{"'430102199001011238", "430102199001011238", 1, false},
		{"11010519491231002ｘ", "11010519491231002x", 1, false},
		{"1.3812345678E+10", "13812345678", 1, false},
		{"13812345678.0", "13812345678", 1, false},
		{"4.30102199001011E+17", "4.30102199001011E+17", 0, true},
		{"4.3010219900101101E+17", "4.3010219900101101E+17", 0, true},
		{"1.5E+2", "150", 1, false},
		{"1.25E+1", "1.25E+1", 0, false},
		{"430104007", "430104007", 0, false},
	}
	for _, tt := range tests {
		got, fixes, lost := roster.Code(tt.in)
		if got != tt.want || len(fixes) != tt.fixes || lost != tt.lost {
			t.Errorf("Code(%q) = %q %v %v, want %q, %d fixes, lost %v", tt.in, got, fixes, lost, tt.want, tt.fixes, tt.lost)
		}
	}
	for digits, want := range map[string]bool{"430102199001011000": true, "430102199001011238": false,
		"13800000000": false, "43010219900101100X": false, "4301021990010110000": true} {
		if roster.CutShort(digits) != want {
			t.Errorf("CutShort(%q) != %v", digits, want)
		}
	}
}

func TestDate(t *testing.T) {
	day := time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, in := range []string{"2027-06-30", "2027/6/30", "2027.6.30", "2027年6月30日", "20270630", "2027-06-30 00:00:00",
		"46568", "46568.5", "２０２７－０６－３０"} {
		got, fixes, err := roster.Date("d", in)
		if err != nil || !got.Equal(day) {
			t.Errorf("Date(%q) = %v %v", in, got, err)
		}
		if serial := !strings.Contains(in, "-") && len(in) == 5; serial && (len(fixes) != 1 || !strings.Contains(fixes[0].ZH, "序列号")) {
			t.Errorf("Date(%q) fixes %v, want the serial reported", in, fixes)
		}
	}
	for _, in := range []string{"2027-02-30", "明年", "6/30/2027", "2027-13-01"} {
		if _, _, err := roster.Date("d", in); xiangcai.ErrorCode(err) != xiangcai.EINVALID {
			t.Errorf("Date(%q) = %v, want invalid", in, err)
		}
	}
}

func TestWriteThenRead(t *testing.T) {
	header := []string{"姓名", "身份证号", "手机号", "所属组织"}
	rows := [][]string{{"张三", "430102199001011238", "13812345678", "=HYPERLINK(\"x\")"}, {"李四", "11010519491231002X", "", "-"}}
	for _, format := range []string{roster.FormatCSV, roster.FormatXLSX} {
		var buf bytes.Buffer
		w, err := roster.NewWriter(format, &buf, header)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			if err := w.Write(append([]string(nil), r...)); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if format == roster.FormatCSV && (!bytes.HasPrefix(buf.Bytes(), []byte("\ufeff姓名")) || !strings.Contains(buf.String(), `'=HYPERLINK`)) {
			t.Fatalf("CSV without BOM or formula guard: %q", buf.String())
		}
		r, recs := readAll(t, "out."+format, buf.Bytes())
		if r.Layout.HeaderLine != 1 || len(recs) != 2 {
			t.Fatalf("%s: layout %+v, %d records", format, r.Layout, len(recs))
		}
		for i, rec := range recs {
			org, _ := roster.Text(rec.Value(roster.Organization))
			if rec.Value(roster.IDNumber) != rows[i][1] || rec.Value(roster.Phone) != rows[i][2] || org != rows[i][3] {
				t.Errorf("%s row %d: %+v", format, i, rec)
			}
		}
	}
}
