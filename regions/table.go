package regions

// Table is one version of the division table. Load works out every link and
// count once and nothing changes afterwards, so any number of goroutines may
// use a Table at once, and the slices its methods return are the caller's.
type Table struct {
	version  string
	nodes    []node // in code order
	byCode   map[string]int32
	province int32
	byName   searchIndex
}

// node is a region with what Load worked out about it.
type node struct {
	Region
	depth    int     // the place of Level in levels
	parent   int32   // index in nodes; -1 for the province
	children []int32 // indexes in nodes, in code order
	// within counts the regions at each level in this region's area,
	// itself included.
	within [len(levels)]int32
}

// Version names the source of the table, such as DataVersion.
func (t *Table) Version() string { return t.version }

// Find returns the region with code. A code the table does not hold, for
// example one removed since a record stored it, reports false.
func (t *Table) Find(code string) (Region, bool) {
	i, ok := t.byCode[code]
	if !ok {
		return Region{}, false
	}
	return t.nodes[i].Region, true
}

// Children returns the regions directly under code, in code order. An empty
// code stands for the province, so Children("") gives the cities. A
// village, or a code the table does not hold, has no children.
func (t *Table) Children(code string) []Region {
	i, ok := t.area(code)
	if !ok {
		return nil
	}
	kids := t.nodes[i].children
	out := make([]Region, len(kids))
	for k, child := range kids {
		out[k] = t.nodes[child].Region
	}
	return out
}

// Path returns the regions from the province down to code itself, such as
// 湖南省, 长沙市, 岳麓区 for 430104, or nil if the table does not hold code.
func (t *Table) Path(code string) []Region {
	i, ok := t.byCode[code]
	if !ok {
		return nil
	}
	out := make([]Region, t.nodes[i].depth+1)
	for ; i >= 0; i = t.nodes[i].parent {
		out[t.nodes[i].depth] = t.nodes[i].Region
	}
	return out
}

// City returns the city (市州) that code lies in; a city's own code returns
// the city. The province, and codes the table does not hold, report false.
func (t *Table) City(code string) (Region, bool) {
	i, ok := t.byCode[code]
	city := LevelCity.depth()
	if !ok || t.nodes[i].depth < city {
		return Region{}, false
	}
	for t.nodes[i].depth > city {
		i = t.nodes[i].parent
	}
	return t.nodes[i].Region, true
}

// CountAt returns how many regions at level lie in parent's area, parent
// itself included when it is at that level; an empty parent means the whole
// province. CountAt("430100", LevelTownship), for example, is the number of
// townships and streets in 长沙市. An unknown parent or level counts 0.
func (t *Table) CountAt(parent string, level Level) int {
	i, ok := t.area(parent)
	d := level.depth()
	if !ok || d < 0 {
		return 0
	}
	return int(t.nodes[i].within[d])
}

// area returns the index of code, where "" stands for the province.
func (t *Table) area(code string) (int32, bool) {
	if code == "" {
		return t.province, true
	}
	i, ok := t.byCode[code]
	return i, ok
}
