// Package rostertest builds roster files for tests, as cities' tools save
// them.
package rostertest

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Workbook returns an XLSX file whose first sheet holds rows from A1 down.
// A cell that is a number (an int or a float64) is stored as a number, as
// Excel stores whatever it takes for one, an ID number included; nil
// leaves the cell empty, as a merged cell's others are.
func Workbook(t testing.TB, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
