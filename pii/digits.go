package pii

import (
	"strings"
	"unicode"
)

// normalizeDigits turns full-width digits (０-９), which Chinese input
// methods produce, into ASCII digits, and drops white space, including the
// ideographic space.
func normalizeDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case unicode.IsSpace(r):
			return -1
		}
		return r
	}, s)
}

// allDigits reports whether s is non-empty and made of ASCII digits only.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
