package roster

import (
	"archive/zip"
	"encoding/csv"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Writer writes a roster one row at a time in constant memory.
type Writer interface {
	Write(cells []string) error
	// Close finishes the file. A workbook reaches the underlying writer
	// only now: its one sheet is kept in memory up to 16 MiB and in a
	// temporary file beyond, which Close removes.
	Close() error
}

// NewWriter starts a roster in format (FormatXLSX or FormatCSV) on w with
// a header row. CSV files start with a UTF-8 byte-order mark, by which
// Excel knows the encoding.
func NewWriter(format string, w io.Writer, header []string) (Writer, error) {
	if format == FormatCSV {
		c := &csvWriter{w: csv.NewWriter(w)}
		c.w.UseCRLF = true
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, err
		}
		return c, c.Write(header)
	}
	return newXLSXWriter(w, header)
}

// csvWriter writes CSV, guarding against formula injection: a value that
// Excel would run as a formula (=, +, -, @) is written after an
// apostrophe, which reading a roster removes again.
type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) Write(cells []string) error {
	for i, v := range cells {
		if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
			cells[i] = "'" + v
		}
	}
	return c.w.Write(cells)
}

func (c *csvWriter) Close() error {
	c.w.Flush()
	return c.w.Error()
}

// sheetName is the name of an exported workbook's sheet.
const sheetName = "人才名册"

// xlsxWriter writes one sheet through excelize's stream writer, every
// value a string, so that ID numbers and phones keep all their digits.
type xlsxWriter struct {
	f    *excelize.File
	sw   *excelize.StreamWriter
	out  io.Writer
	line int
	row  []any
}

func newXLSXWriter(out io.Writer, header []string) (*xlsxWriter, error) {
	f := excelize.NewFile()
	x := &xlsxWriter{f: f, out: out}
	err := f.SetSheetName("Sheet1", sheetName)
	if err == nil {
		x.sw, err = f.NewStreamWriter(sheetName)
	}
	var bold int
	if err == nil {
		bold, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	}
	if err == nil {
		err = x.sw.SetColWidth(1, len(header), 16)
	}
	if err == nil {
		err = x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	cells := make([]any, len(header))
	for i, h := range header {
		cells[i] = excelize.Cell{StyleID: bold, Value: h}
	}
	x.line = 1
	if err := x.sw.SetRow("A1", cells); err != nil {
		f.Close()
		return nil, err
	}
	return x, nil
}

func (x *xlsxWriter) Write(cells []string) error {
	x.line++
	x.row = x.row[:0]
	for _, c := range cells {
		x.row = append(x.row, c)
	}
	name, err := excelize.CoordinatesToCellName(1, x.line)
	if err != nil {
		return err
	}
	return x.sw.SetRow(name, x.row)
}

// Close zips the workbook straight onto the output: excelize would build
// the whole archive in memory first, so its zip writer is pointed at the
// output instead and the empty buffer it then copies is thrown away.
func (x *xlsxWriter) Close() error {
	defer x.f.Close()
	if err := x.sw.Flush(); err != nil {
		return err
	}
	x.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(x.out) })
	return x.f.Write(io.Discard)
}
