package roster

import (
	"bytes"
	"errors"
	"io"
	"path"
	"strings"

	"xiangcai"
)

// The formats a roster comes in.
const (
	FormatXLSX = "xlsx"
	FormatCSV  = "csv"
)

// Record is one data row of a roster.
type Record struct {
	// Line is the row's number as the spreadsheet shows it, or the CSV
	// file's line.
	Line  int
	cells [fieldCount]string
}

// Value returns the text of the row's cell of field f, as the file holds
// it; "" when the roster has no such column.
func (r Record) Value(f Field) string { return r.cells[f] }

// source gives the rows of one sheet in order.
type source interface {
	// next returns the next row's cells and its line number, or io.EOF.
	next() ([]string, int, error)
	close() error
}

// Reader reads a roster's data rows one by one, skipping blank ones.
type Reader struct {
	Format string
	// Sheet is the name of the workbook's sheet read; "" for CSV.
	Sheet  string
	Layout Layout
	src    source
	// ahead are rows read while looking for the header, below it.
	ahead []numbered
}

type numbered struct {
	cells []string
	line  int
}

// Open reads the roster in data, a file called name: an XLSX workbook
// (the first sheet with a header) or a CSV file. An unreadable file or
// one without a header is an invalid error on field "file".
func Open(name string, data []byte) (*Reader, error) {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return openXLSX(data)
	case bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0}):
		return nil, xiangcai.Invalid("file", "不支持 .xls 格式或加密的工作簿，请另存为 .xlsx 或 .csv 后再导入",
			"old .xls and encrypted workbooks are not supported: save the file as .xlsx or .csv")
	case strings.EqualFold(path.Ext(name), ".xlsx"):
		return nil, xiangcai.Invalid("file", "文件不是有效的 .xlsx 工作簿", "the file is not a valid .xlsx workbook")
	case len(data) == 0:
		return nil, xiangcai.Invalid("file", "文件是空的", "the file is empty")
	}
	return openCSV(data)
}

// start looks for the header in the first rows of src and returns a reader
// positioned at the first data row, or false when there is no header.
func start(format, sheet string, src source) (*Reader, bool, error) {
	var top []numbered
	for len(top) < headerScan {
		cells, line, err := src.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, false, err
		}
		top = append(top, numbered{cells, line})
	}
	lines := make([][]string, len(top))
	for i, n := range top {
		lines[i] = n.cells
	}
	layout, used, ok := findHeader(lines)
	if !ok {
		return nil, false, nil
	}
	layout.HeaderLine = top[layout.HeaderLine-1].line
	return &Reader{Format: format, Sheet: sheet, Layout: layout, src: src, ahead: top[used:]}, true, nil
}

// noHeader returns the error of a file in which no sheet has a header.
func noHeader() error {
	return xiangcai.Invalid("file", "未找到表头：表格前20行中需要有包含“姓名”和“身份证号”的一行",
		"no header found: one of the first 20 rows must name the columns, with 姓名 (name) and 身份证号 (ID number) among them")
}

// Next returns the next data row that is not blank, or io.EOF after the
// last.
func (r *Reader) Next() (Record, error) {
	for {
		var n numbered
		if len(r.ahead) > 0 {
			n, r.ahead = r.ahead[0], r.ahead[1:]
		} else {
			cells, line, err := r.src.next()
			if err != nil {
				return Record{}, err
			}
			n = numbered{cells, line}
		}
		rec, blank := Record{Line: n.line}, true
		for _, c := range r.Layout.Columns {
			rec.cells[c.Field] = cell(n.cells, c.index)
			blank = blank && strings.TrimFunc(rec.cells[c.Field], isSpace) == ""
		}
		if !blank {
			return rec, nil
		}
	}
}

// Close releases the temporary files a large workbook is read through.
func (r *Reader) Close() error { return r.src.close() }
