package pii

import (
	"strings"

	"xiangcai"
)

// creditAlphabet is the 31 characters of GB 32100, in the order of their
// values 0–30: digits and capital letters without I, O, Z, S and V.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditWeights are 3^i mod 31 for the first 17 characters.
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// ValidateCreditCode checks an 18-character unified social credit code
// (GB 32100-2015) read from the named input field: its alphabet, the
// registering authority's six-digit division code in characters 3–8, and
// the check character. It returns the code with white space removed and
// letters capitalised, or an invalid error that says what is wrong.
func ValidateCreditCode(field, raw string) (string, error) {
	code := strings.ToUpper(normalizeDigits(raw))
	switch {
	case code == "":
		return "", xiangcai.Invalid(field, "请填写统一社会信用代码", "a unified social credit code is required")
	case len(code) != 18:
		return "", xiangcai.Invalid(field, "统一社会信用代码应为18位", "a unified social credit code has 18 characters")
	}
	sum := 0
	for i := range len(code) {
		if strings.IndexByte(creditAlphabet, code[i]) < 0 {
			return "", xiangcai.Invalid(field, "统一社会信用代码只能包含数字和大写字母（不含I、O、Z、S、V）",
				"a unified social credit code has only digits and capital letters other than I, O, Z, S and V")
		}
		if i < len(creditWeights) {
			sum += strings.IndexByte(creditAlphabet, code[i]) * creditWeights[i]
		}
	}
	if !allDigits(code[2:8]) {
		return "", xiangcai.Invalid(field, "统一社会信用代码第3至8位应为行政区划代码",
			"characters 3 to 8 of a unified social credit code are a division code of digits")
	}
	if code[17] != creditAlphabet[(31-sum%31)%31] {
		return "", xiangcai.Invalid(field, "统一社会信用代码校验位不正确，请检查是否输错",
			"the check character of the unified social credit code is wrong; please look for a typo")
	}
	return code, nil
}
