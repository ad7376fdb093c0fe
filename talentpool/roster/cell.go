package roster

import (
	"strings"
	"unicode"

	"xiangcai"
)

// The fixes cleaning reports, so a dry run can say what it changed.
var (
	fixedSpaces     = xiangcai.Text{ZH: "去除了多余的空格", EN: "stray spaces removed"}
	fixedFullWidth  = xiangcai.Text{ZH: "全角字符已改为半角", EN: "full-width characters made half-width"}
	fixedApostrophe = xiangcai.Text{ZH: "去除了开头的单引号", EN: "leading apostrophe removed"}
)

// Text cleans a free-text cell such as a name: it trims white space
// (the ideographic space and zero-width spaces too), closes runs of white
// space to one space, and drops spaces next to Chinese characters, which
// people type to align names (张 三). It reports what it fixed.
func Text(raw string) (string, []xiangcai.Text) {
	s, fixes := dropApostrophe(raw)
	var b strings.Builder
	space := false
	var prev rune
	for _, r := range strings.TrimFunc(s, isSpace) {
		if isSpace(r) {
			space = true
			continue
		}
		if space && !isHan(prev) && !isHan(r) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		prev = r
	}
	if b.Len() != len(s) {
		fixes = append(fixes, fixedSpaces)
	}
	return b.String(), fixes
}

// Code cleans a cell that holds digits and letters, such as an ID number,
// a phone number or a region code: full-width characters become half-width
// and all white space goes. A number Excel wrote in scientific notation is
// written out in full when its digits are all there (1.3812345678E+10);
// lost reports that Excel dropped digits (4.30102199001011E+17), which no
// cleaning can bring back.
func Code(raw string) (value string, fixes []xiangcai.Text, lost bool) {
	s, fixes := dropApostrophe(raw)
	if folded := foldWidth(s); folded != s {
		s, fixes = folded, append(fixes, fixedFullWidth)
	}
	if packed := strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s); packed != s {
		s, fixes = packed, append(fixes, fixedSpaces)
	}
	digits, fix, lost := plainNumber(s)
	if fix != nil {
		return digits, append(fixes, *fix), false
	}
	return s, fixes, lost
}

// dropApostrophe removes the apostrophe people type before digits to make
// Excel keep them as text; in a CSV file it arrives as part of the value.
func dropApostrophe(raw string) (string, []xiangcai.Text) {
	trimmed := strings.TrimLeftFunc(raw, isSpace)
	if rest, ok := strings.CutPrefix(trimmed, "'"); ok {
		return rest, []xiangcai.Text{fixedApostrophe}
	}
	return raw, nil
}

// foldWidth turns full-width ASCII forms (０-９, Ａ-Ｚ, （, ＋…) into
// ASCII and the ideographic space into a space.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '！' && r <= '～':
			return r - '！' + '!'
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}

// isSpace reports white space, counting the zero-width space and the
// byte-order mark that editors leave in cells.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// isHan reports a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
