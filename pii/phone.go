package pii

import (
	"strings"

	"xiangcai"
)

// ValidatePhone checks a mainland China mobile number read from the named
// input field. It accepts the number as people type it: with spaces or
// dashes, full-width digits, and a +86 or 86 country prefix. It returns the
// bare 11 digits, or an invalid error.
func ValidatePhone(field, raw string) (string, error) {
	phone := strings.ReplaceAll(normalizeDigits(raw), "-", "")
	if phone == "" {
		return "", xiangcai.Invalid(field, "请填写手机号", "a mobile number is required")
	}
	if len(phone) == 13 || len(phone) == 14 {
		phone = strings.TrimPrefix(strings.TrimPrefix(phone, "+"), "86")
	}
	if len(phone) != 11 || !allDigits(phone) || phone[0] != '1' || phone[1] < '3' {
		return "", xiangcai.Invalid(field, "请填写11位中国大陆手机号", "enter an 11-digit mainland China mobile number")
	}
	return phone, nil
}
