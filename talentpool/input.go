package talentpool

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"xiangcai"
)

// gather merges the field problems of several checks into one invalid
// error, so a form shows every problem at once. An error that is not about
// the input wins; no problems give nil.
func gather(errs ...error) error {
	var all *xiangcai.Error
	for _, err := range errs {
		var e *xiangcai.Error
		switch {
		case err == nil:
		case errors.As(err, &e) && e.Code == xiangcai.EINVALID:
			if all == nil {
				all = xiangcai.Errorf(xiangcai.EINVALID, "输入有误", "invalid input")
			}
			all.Fields = append(all.Fields, e.Fields...)
		default:
			return err
		}
	}
	if all == nil {
		return nil
	}
	return all
}

// checkText trims a free-text value read from field and checks its length
// and that it holds no control characters (line breaks are allowed only
// when multiline).
func checkText(field, value string, maxLen int, required, multiline bool) (string, error) {
	value = strings.TrimSpace(value)
	n := utf8.RuneCountInString(value)
	switch {
	case n == 0 && required:
		return "", xiangcai.Invalid(field, "此项必填", "this field is required")
	case n > maxLen:
		return "", xiangcai.Invalid(field, fmt.Sprintf("最多%d个字", maxLen), fmt.Sprintf("at most %d characters", maxLen))
	case strings.ContainsFunc(value, func(r rune) bool { return unicode.IsControl(r) && !(multiline && r == '\n') }):
		return "", xiangcai.Invalid(field, "不能包含控制字符", "control characters are not allowed")
	}
	return value, nil
}

// likePattern returns a LIKE pattern matching values that contain query,
// with LIKE's wildcards in query escaped by a backslash.
func likePattern(query string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + strings.ToLower(r.Replace(strings.TrimSpace(query))) + "%"
}
