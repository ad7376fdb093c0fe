package regions

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"xiangcai"
)

// header is the first line of every region table.
var header = []string{"code", "name", "level", "parent_code"}

// Load reads a region table in the format of data/hunan-regions.csv: the
// header line code,name,level,parent_code, then one region a line, in any
// order. It checks that the table holds together: exactly one province,
// unique codes, known levels, and every other region's parent present and
// exactly one level up. version names the table's source, as Version
// reports it. Errors are *xiangcai.Error with code invalid that name the
// offending line.
func Load(r io.Reader, version string) (*Table, error) {
	rows, err := readRows(r)
	if err != nil {
		return nil, err
	}
	return build(rows, version)
}

// row is a region read from a table, with the line it came from.
type row struct {
	Region
	line int
}

// readRows parses a region table and checks each row on its own.
func readRows(r io.Reader) ([]row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(header)
	cr.ReuseRecord = true
	head, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, xiangcai.Errorf(xiangcai.EINVALID, "行政区划表是空的", "the region table is empty")
	}
	if err != nil {
		return nil, malformed(err)
	}
	// Spreadsheet programs often save CSV with a byte-order mark.
	head[0] = strings.TrimPrefix(head[0], "\ufeff")
	if !slices.Equal(head, header) {
		return nil, lineError(1, "表头应为 code,name,level,parent_code", "the header must be code,name,level,parent_code")
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, malformed(err)
		}
		line, _ := cr.FieldPos(0)
		reg := Region{Code: rec[0], Name: rec[1], Level: Level(rec[2]), ParentCode: rec[3]}
		if reg.Code == "" || reg.Name == "" {
			return nil, lineError(line, "代码和名称不能为空", "code and name must not be empty")
		}
		if !reg.Level.Valid() {
			return nil, lineError(line,
				fmt.Sprintf("未知的级别 %q", reg.Level),
				fmt.Sprintf("unknown level %q", reg.Level))
		}
		rows = append(rows, row{reg, line})
	}
}

// lineError reports what is wrong on one line of a region table.
func lineError(line int, zh, en string) *xiangcai.Error {
	return xiangcai.Errorf(xiangcai.EINVALID,
		fmt.Sprintf("行政区划表第 %d 行：%s", line, zh),
		fmt.Sprintf("region table line %d: %s", line, en))
}

// malformed reports a table that is not well-formed CSV. The parser's
// message, which names the line and column, goes to the log as the cause.
func malformed(cause error) *xiangcai.Error {
	e := xiangcai.Errorf(xiangcai.EINVALID, "行政区划表不是有效的 CSV 文件", "the region table is not valid CSV")
	e.Cause = cause
	return e
}
