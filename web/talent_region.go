package web

import (
	"xiangcai"
	"xiangcai/regions"
)

// A region picker is a chain of selects, one per level from the city (the
// province administrator's choice; a city administrator's city is fixed)
// down to the deepest level a form takes, each listing the divisions under
// the choice above it. talent.js refills the lower selects when a
// choice changes; without scripts, submitting the form lists them.

// pickerLevels are the levels a picker may show, from the top.
var pickerLevels = []regions.Level{regions.LevelCity, regions.LevelCounty, regions.LevelTownship, regions.LevelVillage}

// regionField returns a picker for p with code chosen, showing the levels
// down to deepest. empty labels the blank choice of each select, such as
// "全部" in a filter or "请选择" in a form.
func (pp *poolPages) regionField(p xiangcai.Principal, lang, name, label, code string, deepest regions.Level, empty string) formField {
	chosen := map[regions.Level]string{}
	for _, r := range pp.regions.Path(code) {
		chosen[r.Level] = r.Code
	}
	f := formField{Name: name, Label: label, Kind: "region"}
	parent, listed := "", true
	for _, level := range pickerLevels {
		if level == regions.LevelCity && p.Role == xiangcai.RoleCityAdmin {
			parent = p.CityCode
			continue
		}
		lf := formField{Name: "region_" + string(level), Label: say(lang, "pool.region."+string(level)), Hint: empty}
		if listed {
			for _, r := range pp.regions.Children(parent) {
				lf.Options = append(lf.Options, option{Value: r.Code, Label: r.Name, Selected: r.Code == chosen[level]})
			}
		}
		f.Levels = append(f.Levels, lf)
		parent, listed = chosen[level], chosen[level] != ""
		if level == deepest {
			break
		}
	}
	return f
}

// chosenRegion reads a picker's choice through value (a form's or a
// query's): the deepest division chosen whose every choice above it agrees,
// so a township left over from another county is ignored. A city
// administrator who chose nothing chose their city; anyone else, "".
func (pp *poolPages) chosenRegion(p xiangcai.Principal, value func(string, ...string) string) string {
	code := ""
	for _, level := range pickerLevels {
		if level == regions.LevelCity && p.Role == xiangcai.RoleCityAdmin {
			code = p.CityCode
			continue
		}
		r, ok := pp.regions.Find(value("region_" + string(level)))
		if !ok || r.Level != level || (code != "" && r.ParentCode != code) {
			break
		}
		code = r.Code
	}
	return code
}
