package roster

import (
	"bytes"
	"io"

	"github.com/xuri/excelize/v2"

	"xiangcai"
)

// openXLSX opens a workbook and reads the first sheet that has a header.
// Cells are read raw, as the workbook stores them, so that a date is its
// serial and a number its digits, whatever the cell's display format.
func openXLSX(data []byte) (*Reader, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, unreadable(err)
	}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			f.Close()
			return nil, unreadable(err)
		}
		r, ok, err := start(FormatXLSX, sheet, &xlsxSource{f: f, rows: rows})
		if ok {
			return r, nil
		}
		rows.Close()
		if err != nil {
			f.Close()
			return nil, err
		}
	}
	f.Close()
	return nil, noHeader()
}

// unreadable is the error of a workbook that cannot be read.
func unreadable(cause error) error {
	e := xiangcai.Invalid("file", "无法读取该 Excel 工作簿，文件可能已损坏", "the workbook cannot be read; the file may be damaged")
	e.Cause = cause
	return e
}

// xlsxSource streams the rows of one sheet.
type xlsxSource struct {
	f    *excelize.File
	rows *excelize.Rows
	line int
}

func (s *xlsxSource) next() ([]string, int, error) {
	if !s.rows.Next() {
		if err := s.rows.Error(); err != nil {
			return nil, 0, unreadable(err)
		}
		return nil, 0, io.EOF
	}
	s.line++
	cells, err := s.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, 0, unreadable(err)
	}
	return cells, s.line, nil
}

func (s *xlsxSource) close() error {
	s.rows.Close()
	return s.f.Close()
}
