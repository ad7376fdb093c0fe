package regions

import (
	"fmt"
	"slices"
	"strings"

	"xiangcai"
)

// Validate checks that code names a region in the table at one of the
// allowed levels, or at any level when none are given. Every record that
// stores a region code calls it before saving; a failure is
// xiangcai.Invalid naming field. An empty code fails too, so a record whose
// region is optional skips the call when it has none.
func (t *Table) Validate(field, code string, allowed ...Level) error {
	if code == "" {
		return xiangcai.Invalid(field, "请选择行政区划", "a region is required")
	}
	r, ok := t.Find(code)
	if !ok {
		return xiangcai.Invalid(field,
			fmt.Sprintf("未知的行政区划代码 %q", code),
			fmt.Sprintf("unknown region code %q", code))
	}
	if len(allowed) == 0 || slices.Contains(allowed, r.Level) {
		return nil
	}
	zh := make([]string, len(allowed))
	en := make([]string, len(allowed))
	for i, l := range allowed {
		zh[i], en[i] = l.Label(), string(l)
	}
	return xiangcai.Invalid(field,
		fmt.Sprintf("%s（%s）是%s，这里需要%s", r.Name, r.Code, r.Level.Label(), strings.Join(zh, "或")),
		fmt.Sprintf("%s (%s) is a %s; expected a %s", r.Name, r.Code, r.Level, strings.Join(en, " or ")))
}
