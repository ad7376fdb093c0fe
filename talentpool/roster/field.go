// Package roster reads and writes talent rosters as cities keep them in
// spreadsheets: XLSX workbooks, and CSV files in UTF-8 (with or without a
// byte-order mark) or in GB18030/GBK, as Chinese Excel saves them.
//
// Reading finds the header row below title rows, takes two-row headers
// apart, knows the Chinese column names and their synonyms, and cleans
// cells the way people fill them in: full-width digits, stray spaces,
// Excel date serials, and numbers that Excel cut to 15 significant
// digits. It streams: a 100,000-row workbook is never held as rows in
// memory. It knows nothing of the database; the talent pool decides what
// the values mean.
package roster

import "strings"

// Field is a column a roster may hold.
type Field int

// The fields, in the order exports write them.
const (
	Name Field = iota
	IDNumber
	Gender
	BirthDate
	Phone
	Category
	Organization
	Region
	RegionCode
	County
	Township
	Village
	Qualification
	QualificationExpires
	Skills
	fieldCount
)

// Fields lists every field in order.
var Fields = func() []Field {
	out := make([]Field, fieldCount)
	for i := range out {
		out[i] = Field(i)
	}
	return out
}()

// fieldNames are each field's key (its name in reports), the header an
// export writes, and the other headers that mean it. Headers are compared
// after headerKey, so spaces, full-width forms, asterisks and bracketed
// notes such as （必填） do not matter.
var fieldNames = [fieldCount]struct {
	key, header string
	synonyms    []string
}{
	Name:      {"name", "姓名", []string{"名字", "人才姓名", "人员姓名"}},
	IDNumber:  {"id_number", "身份证号", []string{"身份证号码", "公民身份号码", "居民身份证号", "居民身份证号码", "身份证", "证件号码", "证件号", "身份证件号码"}},
	Gender:    {"gender", "性别", nil},
	BirthDate: {"birth_date", "出生日期", []string{"出生年月", "出生年月日", "生日"}},
	Phone:     {"phone", "手机号", []string{"手机", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "电话号码"}},
	Category:  {"category", "人才类别", []string{"类别", "人才类型", "类型", "人员类别", "人才分类"}},
	Organization: {"organization", "所属组织", []string{"单位", "所在单位", "工作单位", "所属单位", "所属社会组织",
		"社会组织", "所在社会组织", "组织名称", "所在组织", "社会组织名称"}},
	Region:     {"region", "所在地区", []string{"地区", "所属地区", "所在区域", "所属区域", "区域", "工作地区", "行政区划"}},
	RegionCode: {"region_code", "区划代码", []string{"行政区划代码", "地区代码", "区域代码"}},
	County:     {"county", "县市区", []string{"区县", "县区", "县", "所在区县", "所属区县"}},
	Township: {"township", "街道乡镇", []string{"街道", "乡镇", "乡镇街道", "所在街道", "所属街道", "街道办事处",
		"镇街", "所在乡镇", "所属乡镇"}},
	Village:       {"village", "村社区", []string{"社区", "村", "社区村", "所在社区", "所属社区", "所在村"}},
	Qualification: {"qualification", "职业资格", []string{"资格", "社工资格", "职业水平", "资格等级", "职业资格等级", "社会工作者职业资格"}},
	QualificationExpires: {"qualification_expires_at", "资格有效期", []string{"有效期", "有效期至", "资格有效期至",
		"职业资格有效期", "登记有效期"}},
	Skills: {"skills", "技能特长", []string{"技能", "特长", "专长", "技能专长", "擅长领域", "专业特长"}},
}

// Key returns the field's name in reports, such as id_number.
func (f Field) Key() string { return fieldNames[f].key }

// Header returns the column header exports write for the field, such as 身份证号.
func (f Field) Header() string { return fieldNames[f].header }

// headerFields maps every known header, as headerKey writes it, to its field.
var headerFields = func() map[string]Field {
	m := map[string]Field{}
	for f, n := range fieldNames {
		for _, h := range append([]string{n.key, n.header}, n.synonyms...) {
			m[headerKey(h)] = Field(f)
		}
	}
	return m
}()

// Key is the form in which names read from a roster are compared:
// half-width, lower case, without white space.
func Key(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, strings.ToLower(foldWidth(s)))
}

// headerKey is the form headers are compared in: Key, also without
// asterisks, colons or bracketed notes such as （必填）.
func headerKey(h string) string {
	h = Key(h)
	var b strings.Builder
	depth := 0
	for _, r := range h {
		switch {
		case r == '(' || r == '[' || r == '【':
			depth++
		case r == ')' || r == ']' || r == '】':
			depth = max(depth-1, 0)
		case depth > 0, r == '*', r == ':', r == '：':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
