package regions

import (
	"fmt"
	"slices"
	"strings"

	"xiangcai"
)

// build turns the rows of a table into a Table, checking that codes are
// unique and that every region hangs from a parent one level up.
func build(rows []row, version string) (*Table, error) {
	slices.SortStableFunc(rows, func(a, b row) int { return strings.Compare(a.Code, b.Code) })
	t := &Table{
		version:  version,
		nodes:    make([]node, len(rows)),
		byCode:   make(map[string]int32, len(rows)),
		province: -1,
	}
	for i, r := range rows {
		if i > 0 && rows[i-1].Code == r.Code {
			return nil, lineError(r.line,
				fmt.Sprintf("代码 %s 与第 %d 行重复", r.Code, rows[i-1].line),
				fmt.Sprintf("code %s repeats line %d", r.Code, rows[i-1].line))
		}
		t.byCode[r.Code] = int32(i)
		t.nodes[i] = node{Region: r.Region, depth: r.Level.depth()}
	}
	// Rows are in code order, so each parent's children are too.
	for i, r := range rows {
		if err := t.link(int32(i), r.line); err != nil {
			return nil, err
		}
	}
	if t.province < 0 {
		return nil, xiangcai.Errorf(xiangcai.EINVALID, "行政区划表中没有省级行政区", "the region table has no province")
	}
	t.count()
	t.byName = newSearchIndex(t.nodes)
	return t, nil
}

// link ties node i, read from line, to its parent.
func (t *Table) link(i int32, line int) error {
	n := &t.nodes[i]
	if n.depth == 0 {
		switch {
		case n.ParentCode != "":
			return lineError(line, "省级行政区不应有上级", "a province has no parent")
		case t.province >= 0:
			return lineError(line,
				fmt.Sprintf("表中只能有一个省级行政区，已有 %s", t.nodes[t.province].Code),
				fmt.Sprintf("a table holds one province and already has %s", t.nodes[t.province].Code))
		}
		t.province, n.parent = i, -1
		return nil
	}
	p, ok := t.byCode[n.ParentCode]
	if !ok {
		return lineError(line,
			fmt.Sprintf("%s 的上级代码 %q 不在表中", n.Code, n.ParentCode),
			fmt.Sprintf("the parent code %q of %s is not in the table", n.ParentCode, n.Code))
	}
	if parent := &t.nodes[p]; parent.depth != n.depth-1 {
		return lineError(line,
			fmt.Sprintf("%s（%s）的上级应为%s，但 %s 是%s", n.Code, n.Level.Label(), levels[n.depth-1].Label(), parent.Code, parent.Level.Label()),
			fmt.Sprintf("the parent of %s (a %s) must be a %s, but %s is a %s", n.Code, n.Level, levels[n.depth-1], parent.Code, parent.Level))
	}
	n.parent = p
	t.nodes[p].children = append(t.nodes[p].children, i)
	return nil
}

// count fills in the within counts, adding each region to its own and to
// every ancestor's.
func (t *Table) count() {
	for i := range t.nodes {
		d := t.nodes[i].depth
		for j := int32(i); j >= 0; j = t.nodes[j].parent {
			t.nodes[j].within[d]++
		}
	}
}
