package roster

import (
	"github.com/xuri/excelize/v2"
)

// headerScan is how many rows at the top of a sheet may hold titles,
// notes and the header.
const headerScan = 20

// Layout is where a roster's header is and which column holds what.
type Layout struct {
	// HeaderLine is the first spreadsheet row of the header; HeaderRows
	// is 1, or 2 for a header whose groups (联系方式) stand above their
	// columns (手机, 邮箱).
	HeaderLine int `json:"header_line"`
	HeaderRows int `json:"header_rows"`
	// Columns are the columns read, in sheet order.
	Columns []Column `json:"columns"`
	// Ignored are the headers of columns read as nothing, such as 序号 or
	// 备注, and of a second column of a field already found.
	Ignored []string `json:"ignored,omitempty"`
}

// Column is a column of the roster that holds a field.
type Column struct {
	// Letter is the spreadsheet column, such as C; the first column of a
	// CSV file is A too.
	Letter string `json:"letter"`
	// Header is the column's header as the file has it; for a two-row
	// header, the group and the column joined.
	Header string `json:"header"`
	Field  Field  `json:"-"`
	Key    string `json:"field"`
	index  int
}

// ColumnsOf returns the headers of the columns that hold f, in sheet order.
func (l Layout) ColumnsOf(f Field) []string {
	var out []string
	for _, c := range l.Columns {
		if c.Key == f.Key() { // Key, not Field, survives a layout stored as JSON
			out = append(out, c.Header)
		}
	}
	return out
}

// Has reports whether a column holds f.
func (l Layout) Has(f Field) bool { return len(l.ColumnsOf(f)) > 0 }

// findHeader looks for the header among the first rows of a sheet (lines
// holds their cells) and returns the layout and how many of those rows it
// and the rows above it take. A header needs at least a name and an ID
// number column; a row under it that names columns itself, and leaves the
// ID number column empty, makes a two-row header.
func findHeader(lines [][]string) (Layout, int, bool) {
	for i, upper := range lines {
		single := readHeader(upper, nil)
		if !single.Has(Name) || !single.Has(IDNumber) {
			continue
		}
		single.HeaderLine, single.HeaderRows = i+1, 1
		if i+1 >= len(lines) {
			return single, i + 1, true
		}
		lower := lines[i+1]
		alone := readHeader(lower, nil)
		if len(alone.Columns) == 0 || cell(lower, single.indexOf(IDNumber)) != "" {
			return single, i + 1, true
		}
		if double := readHeader(upper, lower); len(double.Columns) >= len(single.Columns) {
			double.HeaderLine, double.HeaderRows = i+1, 2
			return double, i + 2, true
		}
		return single, i + 1, true
	}
	return Layout{}, 0, false
}

// readHeader reads the columns of a header row, or of a two-row header
// when lower is not nil. In a two-row header a column is named by its
// lower cell, by its group and lower cell together (职业资格 + 有效期), or
// by its upper cell when the lower one is empty (a cell merged down). A
// group's name stands in its first column only, as merged cells do, so it
// carries over to the right above a lower row that goes on.
func readHeader(upper, lower []string) Layout {
	var l Layout
	taken := map[Field]bool{}
	group := ""
	for c := range max(len(upper), len(lower)) {
		top, bottom := cleanHeader(cell(upper, c)), cleanHeader(cell(lower, c))
		if top != "" {
			group = top
		} else if bottom != "" {
			top = group
		}
		candidates := []string{top}
		if lower != nil && bottom != "" {
			candidates = []string{bottom, top + bottom}
		}
		found := false
		for _, h := range candidates {
			f, ok := headerFields[headerKey(h)]
			if ok && !taken[f] {
				taken[f], found = true, true
				letter, _ := excelize.ColumnNumberToName(c + 1)
				l.Columns = append(l.Columns, Column{Letter: letter, Header: h, Field: f, Key: f.Key(), index: c})
				break
			}
		}
		if !found && candidates[0] != "" {
			l.Ignored = append(l.Ignored, candidates[0])
		}
	}
	return l
}

// indexOf returns the index of the column that holds f, or -1.
func (l Layout) indexOf(f Field) int {
	for _, c := range l.Columns {
		if c.Field == f {
			return c.index
		}
	}
	return -1
}

// cleanHeader trims a header cell and closes its inner white space, as
// Text does for values.
func cleanHeader(s string) string {
	h, _ := Text(s)
	return h
}

// cell returns the cell at index i of a row, or "" past its end.
func cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}
