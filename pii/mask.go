package pii

import "strings"

// MaskIDNumber shows an ID number with all but its first three and last
// four characters hidden, as in 430***********1234.
func MaskIDNumber(id string) string { return maskMiddle(id, 3, 4) }

// MaskPhone shows a mobile number with all but its first three and last
// four digits hidden, as in 138****5678.
func MaskPhone(phone string) string { return maskMiddle(phone, 3, 4) }

// MaskName keeps the first character of a name (usually the family name)
// and hides the rest: 张三丰 becomes 张**, 张三 becomes 张*. A one-character
// name is hidden entirely.
func MaskName(name string) string {
	runes := []rune(strings.TrimSpace(name))
	if len(runes) < 2 {
		return strings.Repeat("*", len(runes))
	}
	return string(runes[0]) + strings.Repeat("*", len(runes)-1)
}

// maskMiddle replaces all but the first keepFront and last keepBack
// characters of s with asterisks. A value too short to keep anything
// without revealing most of it is hidden entirely.
func maskMiddle(s string, keepFront, keepBack int) string {
	runes := []rune(s)
	if len(runes) <= keepFront+keepBack {
		return strings.Repeat("*", len(runes))
	}
	hidden := len(runes) - keepFront - keepBack
	return string(runes[:keepFront]) + strings.Repeat("*", hidden) + string(runes[len(runes)-keepBack:])
}
