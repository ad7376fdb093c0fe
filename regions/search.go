package regions

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxResults bounds how many regions one Search returns.
const MaxResults = 50

// searchIndex maps each character to the regions whose names contain it,
// best-ranked first: shorter names, then higher levels, then code order.
// Every match of a query is on the list of the query's rarest character, so
// Search reads one short list instead of every name.
type searchIndex map[rune][]int32

// newSearchIndex indexes the names of nodes, which are in code order.
func newSearchIndex(nodes []node) searchIndex {
	order := make([]int32, len(nodes))
	length := make([]int, len(nodes))
	for i := range nodes {
		order[i] = int32(i)
		length[i] = utf8.RuneCountInString(nodes[i].Name)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		return cmp.Or(cmp.Compare(length[a], length[b]), cmp.Compare(nodes[a].depth, nodes[b].depth))
	})
	idx := make(searchIndex)
	for _, i := range order {
		for _, r := range nodes[i].Name {
			list := idx[r]
			if len(list) > 0 && list[len(list)-1] == i {
				continue // a character the name repeats
			}
			idx[r] = append(list, i)
		}
	}
	return idx
}

// candidates returns the list of query's rarest character, or nil if some
// character of query is in no name at all.
func (idx searchIndex) candidates(query string) []int32 {
	var best []int32
	for k, r := range query {
		list, ok := idx[r]
		if !ok {
			return nil
		}
		if k == 0 || len(list) < len(best) {
			best = list
		}
	}
	return best
}

// Search finds regions whose names contain query, surrounding spaces
// ignored, at level, or at any level when level is "". Names that start with
// query come first, then shorter names, then higher levels, then code order,
// so 长沙 gives 长沙市 before 长沙县. Many villages share a name, so callers
// showing results usually show each one's Path too. At most limit regions
// are returned; a limit outside 1..MaxResults means MaxResults.
func (t *Table) Search(query string, level Level, limit int) []Region {
	query = strings.TrimSpace(query)
	depth := level.depth()
	if query == "" || (level != "" && depth < 0) {
		return nil
	}
	if limit < 1 || limit > MaxResults {
		limit = MaxResults
	}
	candidates := t.byName.candidates(query)
	var out []Region
	for _, prefix := range [...]bool{true, false} {
		for _, i := range candidates {
			n := &t.nodes[i]
			if level != "" && n.depth != depth {
				continue
			}
			if strings.HasPrefix(n.Name, query) != prefix || !strings.Contains(n.Name, query) {
				continue
			}
			out = append(out, n.Region)
			if len(out) == limit {
				return out
			}
		}
	}
	return out
}
