package dashboard

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// exportHeader names the columns of an export in each language.
var exportHeader = [...]Label{
	{"year", "年度", "Year"}, {"area_code", "区域代码", "Area code"}, {"area", "区域", "Area"},
	{"figure", "指标", "Figure"}, {"item", "分项", "Item"}, {"value", "数值", "Value"},
}

// header returns the names of the export's columns in lang.
func header(lang string) []string {
	out := make([]string, len(exportHeader))
	for i, h := range exportHeader {
		out[i] = h.In(lang)
	}
	return out
}

// names returns the cells of the row between the year and the value: the
// area's code, and the area, figure and item named in lang.
func (r row) names(lang string) []string {
	return []string{r.area.Code, r.area.In(lang), r.figure.In(lang), r.item.In(lang)}
}

// WriteCSV writes the dashboard's numbers to w as CSV, one number a row
// with its area, figure and item named in lang. It starts with a UTF-8
// byte-order mark, without which Excel misreads the Chinese.
func (d *Dashboard) WriteCSV(w io.Writer, lang string) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Write(header(lang))
	year := strconv.Itoa(d.Year)
	for _, r := range d.rows() {
		cw.Write(append(append([]string{year}, r.names(lang)...), strconv.FormatFloat(r.value, 'f', -1, 64)))
	}
	cw.Flush()
	return cw.Error()
}

// WriteXLSX writes the same table as WriteCSV to w as an XLSX workbook of
// one sheet, with the year and the values as numbers.
func (d *Dashboard) WriteXLSX(w io.Writer, lang string) error {
	f := excelize.NewFile()
	defer f.Close()
	sheet := Label{ZH: "人才库看板", EN: "Talent pool"}.In(lang)
	if err := f.SetSheetName(f.GetSheetName(0), sheet); err != nil {
		return err
	}
	lines := [][]any{anys(header(lang))}
	for _, r := range d.rows() {
		lines = append(lines, append(append([]any{d.Year}, anys(r.names(lang))...), r.value))
	}
	for i, line := range lines {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &line); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(sheet, "C", "E", 28); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

// anys returns the strings as values of any type, as excelize takes a row.
func anys(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
