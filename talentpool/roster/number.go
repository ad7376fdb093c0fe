package roster

import (
	"regexp"
	"strings"

	"xiangcai"
)

// excelDigits is how many significant digits Excel keeps of a number.
const excelDigits = 15

var (
	scientific = regexp.MustCompile(`^([0-9]+)(?:\.([0-9]*))?[eE]\+?([0-9]{1,2})$`)
	wholeFloat = regexp.MustCompile(`^([0-9]+)\.0+$`)

	fixedScientific = xiangcai.Text{ZH: "科学计数法已写成完整数字", EN: "scientific notation written out in full"}
	fixedDecimal    = xiangcai.Text{ZH: "去除了数字末尾的“.0”", EN: "trailing “.0” removed"}
)

// TruncatedID is the message for an ID number Excel stored as a number and
// so cut to 15 significant digits: the lost digits cannot be guessed.
var TruncatedID = xiangcai.Text{
	ZH: "身份证号被 Excel 截断，请将该列设为文本后重新导出",
	EN: "Excel cut the ID number short: format the column as text and export the file again",
}

// TruncatedNumber is the message for another number Excel cut short.
var TruncatedNumber = xiangcai.Text{
	ZH: "数字被 Excel 截断，请将该列设为文本后重新导出",
	EN: "Excel cut the number short: format the column as text and export the file again",
}

// plainNumber writes a whole number that a spreadsheet wrote as a float
// (1.3812345678E+10, 13812345678.0) as plain digits, with the fix made.
// lost reports a number of more than 15 digits in scientific notation,
// whose last digits Excel dropped. Anything else is not its business and
// gives fix nil and lost false.
func plainNumber(s string) (digits string, fix *xiangcai.Text, lost bool) {
	if m := wholeFloat.FindStringSubmatch(s); m != nil {
		return m[1], &fixedDecimal, false
	}
	m := scientific.FindStringSubmatch(s)
	if m == nil {
		return s, nil, false
	}
	whole, fraction, exponent := strings.TrimLeft(m[1], "0"), strings.TrimRight(m[2], "0"), 0
	for _, c := range m[3] {
		exponent = exponent*10 + int(c-'0')
	}
	if len(fraction) > exponent || whole == "" && fraction == "" {
		return s, nil, false // not a whole number, or zero: nothing to write out
	}
	digits = whole + fraction + strings.Repeat("0", exponent-len(fraction))
	digits = strings.TrimLeft(digits, "0")
	if len(digits) > excelDigits {
		return s, nil, true
	}
	return digits, &fixedScientific, false
}

// CutShort reports whether digits look like a number Excel stored with 15
// significant digits: longer than that, with only zeros after the 15th
// digit (430102199001011000). Callers decide with what else they know,
// such as a failed check digit, whether it was really cut.
func CutShort(digits string) bool {
	if len(digits) <= excelDigits || strings.Trim(digits, "0123456789") != "" {
		return false
	}
	return strings.Trim(digits[excelDigits:], "0") == ""
}
