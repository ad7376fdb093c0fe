package roster

import (
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"xiangcai"
)

var (
	// writtenDate is a date as people write it: 2027-06-30, 2027/6/30,
	// 2027.6.30, 2027年6月30日, optionally followed by a time of day.
	writtenDate = regexp.MustCompile(`^([0-9]{4})[-/.年]([0-9]{1,2})[-/.月]([0-9]{1,2})日?(?:[ T]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$`)
	compactDate = regexp.MustCompile(`^([0-9]{4})([0-9]{2})([0-9]{2})$`)
	// serialDate is an Excel date serial: days since 1899-12-30, with a
	// fraction for the time of day. Five digits cover 1927 to 2173.
	serialDate = regexp.MustCompile(`^[0-9]{5}(?:\.[0-9]+)?$`)
)

// Date reads a date cell: an Excel date serial (what a date cell holds
// inside a workbook), or a date written in one of the ways people write
// them. It returns midnight UTC of the day, the fix made when it read a
// serial, or an invalid error on field.
func Date(field, raw string) (time.Time, []xiangcai.Text, error) {
	s, fixes, _ := Code(raw)
	if serialDate.MatchString(s) {
		serial, _ := strconv.ParseFloat(s, 64)
		t, err := excelize.ExcelDateToTime(serial, false)
		if err == nil {
			day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			return day, append(fixes, xiangcai.Text{
				ZH: fmt.Sprintf("Excel 日期序列号 %s 已转为 %s", s, day.Format(time.DateOnly)),
				EN: fmt.Sprintf("Excel date serial %s read as %s", s, day.Format(time.DateOnly)),
			}), nil
		}
	}
	m := writtenDate.FindStringSubmatch(s)
	if m == nil {
		m = compactDate.FindStringSubmatch(s)
	}
	if m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		day := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if day.Year() == y && int(day.Month()) == mo && day.Day() == d {
			return day, fixes, nil
		}
	}
	return time.Time{}, fixes, xiangcai.Invalid(field, "日期无法识别，请写作 2027-06-30 的形式",
		"the date cannot be read; write it as 2027-06-30")
}
