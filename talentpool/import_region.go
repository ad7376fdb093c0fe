package talentpool

import (
	"slices"
	"strings"

	"xiangcai"
	"xiangcai/regions"
	"xiangcai/talentpool/roster"
)

// placeIndex reads the regions of one city as rosters give them: a code,
// a path of names (长沙市岳麓区岳麓街道), a name alone when it is unique
// in the city (岳麓街道), or names split over county, township and
// village columns. Villages are known by their short names too: 咸嘉湖社区
// for 咸嘉湖社区居委会, 茶场村 for 茶场村委会.
type placeIndex struct {
	city    regions.Region
	regions Regions
	tree    RegionTree
	// byName maps every name and short name in the city to its codes.
	byName map[string][]string
}

// newPlaceIndex indexes the regions of city.
func newPlaceIndex(rs Regions, tree RegionTree, city string) *placeIndex {
	c, _ := rs.Find(city)
	x := &placeIndex{city: c, regions: rs, tree: tree, byName: map[string][]string{}}
	var walk func(code string)
	walk = func(code string) {
		for _, r := range tree.Children(code) {
			for _, name := range shortNames(r) {
				x.byName[name] = append(x.byName[name], r.Code)
			}
			walk(r.Code)
		}
	}
	walk(city)
	return x
}

// shortNames returns the names a region is known by.
func shortNames(r regions.Region) []string {
	names := []string{r.Name}
	for _, s := range [...]struct{ suffix, short string }{{"社区居委会", "社区"}, {"社区居民委员会", "社区"},
		{"居委会", "社区"}, {"村委会", "村"}, {"村民委员会", "村"}, {"市", ""}} {
		if base, ok := strings.CutSuffix(r.Name, s.suffix); ok && base != "" && (s.suffix != "市" || r.Level == regions.LevelCity) {
			names = append(names, base+s.short)
		}
	}
	return names
}

// find returns the region code a record gives, "" when it gives none.
// Each region column may hold a code or names; a code ends the reading,
// so one in the code column wins over names. A region outside the city,
// unknown or ambiguous, is an error on the row.
func (x *placeIndex) find(r *importRow, rec roster.Record) string {
	at, given := x.city, false
	for _, f := range []roster.Field{roster.RegionCode, roster.Region, roster.County, roster.Township, roster.Village} {
		text, fixes := roster.Text(rec.Value(f))
		if text == "" {
			continue
		}
		given = true
		if code, codeFixes, _ := roster.Code(text); strings.Trim(code, "0123456789") == "" {
			r.fixed(f, append(fixes, codeFixes...))
			return x.check(r, code)
		}
		r.fixed(f, fixes)
		next, err := x.descend(at, roster.Key(text))
		if err != nil {
			r.note(NoteError, f, *err)
			return ""
		}
		at = next
	}
	if !given {
		return ""
	}
	return at.Code
}

// check returns code if it names a region in the city, noting an error
// otherwise.
func (x *placeIndex) check(r *importRow, code string) string {
	if err := x.regions.Validate("region_code", code); err != nil {
		r.fail(err.(*xiangcai.Error))
		return ""
	}
	if !slices.ContainsFunc(x.regions.Path(code), func(p regions.Region) bool { return p.Code == x.city.Code }) {
		r.note(NoteError, roster.Region, xiangcai.Text{ZH: "所在地区不在" + x.city.Name + "，不能导入本市州人才库",
			EN: "the region is not in " + x.city.Name + ", whose pool this is"})
		return ""
	}
	return code
}

// descend reads the names in s below at: each region whose name s starts
// with is stepped into, and what is left must name one region below the
// last one reached.
func (x *placeIndex) descend(at regions.Region, s string) (regions.Region, *xiangcai.Text) {
	s = strings.Map(func(c rune) rune {
		if strings.ContainsRune("/-—>，,、", c) {
			return -1
		}
		return c
	}, strings.TrimPrefix(strings.TrimPrefix(s, "湖南省"), "湖南"))
	whole := s
	for _, c := range x.tree.Children("") {
		if c.Code != x.city.Code && slices.ContainsFunc(shortNames(c), func(n string) bool { return strings.HasPrefix(s, n) }) {
			return at, &xiangcai.Text{ZH: "所在地区在" + c.Name + "，不在" + x.city.Name + "，不能导入本市州人才库",
				EN: "the region is in " + c.Name + ", not in " + x.city.Name + ", whose pool this is"}
		}
	}
	for s != "" {
		if next, rest, ok := x.step(at, s); ok {
			at, s = next, rest
			continue
		}
		var found []string
		for _, code := range x.byName[s] {
			if slices.ContainsFunc(x.regions.Path(code), func(p regions.Region) bool { return p.Code == at.Code }) {
				found = append(found, code)
			}
		}
		switch len(found) {
		case 1:
			r, _ := x.regions.Find(found[0])
			return r, nil
		case 0:
			return at, &xiangcai.Text{ZH: "在" + x.city.Name + "找不到地区“" + whole + "”，请填写区县、街道乡镇或村社区的名称，或区划代码",
				EN: "no region “" + whole + "” in " + x.city.Name + ": give the name of a county, township or village, or its code"}
		default:
			return at, &xiangcai.Text{ZH: x.city.Name + "有多个地区名为“" + s + "”，请写上所在区县或填写区划代码",
				EN: "several regions in " + x.city.Name + " are called “" + s + "”: add the county or give the code"}
		}
	}
	return at, nil
}

// step finds the region at or just below at whose name s starts with,
// the longest such name winning, and returns it with the rest of s.
func (x *placeIndex) step(at regions.Region, s string) (regions.Region, string, bool) {
	candidates := x.tree.Children(at.Code)
	if at.Code == x.city.Code {
		candidates = append(candidates, at)
	}
	var best regions.Region
	longest := 0
	for _, c := range candidates {
		for _, name := range shortNames(c) {
			if len(name) > longest && strings.HasPrefix(s, name) {
				best, longest = c, len(name)
			}
		}
	}
	return best, s[longest:], longest > 0
}
