package pii

import (
	"strings"
	"time"

	"xiangcai"
)

// Gender is the sex an ID number records.
type Gender string

// The genders an ID number can record.
const (
	GenderMale   Gender = "male"
	GenderFemale Gender = "female"
)

// idWeights are the ISO 7064 MOD 11-2 weights 2^(17-i) mod 11 of the first
// 17 characters; idCheckChars maps the weighted sum mod 11 to the check
// character.
var (
	idWeights    = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	idCheckChars = "10X98765432"
)

// provinces are the first two digits of GB/T 2260 province-level codes,
// plus 83, which residence permits of Taiwan residents use alongside 81
// (Hong Kong) and 82 (Macao).
var provinces = map[string]bool{
	"11": true, "12": true, "13": true, "14": true, "15": true,
	"21": true, "22": true, "23": true,
	"31": true, "32": true, "33": true, "34": true, "35": true, "36": true, "37": true,
	"41": true, "42": true, "43": true, "44": true, "45": true, "46": true,
	"50": true, "51": true, "52": true, "53": true, "54": true,
	"61": true, "62": true, "63": true, "64": true, "65": true,
	"71": true, "81": true, "82": true, "83": true,
}

// chinaTime is Beijing time, in which a birth date "today" is judged. A fixed
// zone needs no time-zone database in the container.
var chinaTime = time.FixedZone("CST", 8*60*60)

// ValidateIDNumber checks an 18-character resident ID number (GB 11643-1999)
// read from the named input field: its format, province, birth date (a real
// date, not after today in Beijing at now) and check character. It returns
// the number with white space removed, full-width digits made ASCII and a
// lowercase x made X, or an invalid error that says what is wrong.
func ValidateIDNumber(field, raw string, now time.Time) (string, error) {
	id := strings.ToUpper(normalizeDigits(raw))
	switch {
	case id == "":
		return "", xiangcai.Invalid(field, "请填写身份证号", "an ID number is required")
	case len(id) != 18:
		return "", xiangcai.Invalid(field, "身份证号应为18位", "an ID number has 18 characters")
	case !allDigits(id[:17]) || !strings.ContainsRune("0123456789X", rune(id[17])):
		return "", xiangcai.Invalid(field, "身份证号前17位应为数字，最后一位为数字或X",
			"an ID number is 17 digits followed by a digit or X")
	case !provinces[id[:2]]:
		return "", xiangcai.Invalid(field, "身份证号的地区码无效", "the region code of the ID number is not valid")
	}
	if birth, ok := IDBirthDate(id); !ok || birth.After(today(now)) {
		return "", xiangcai.Invalid(field, "身份证号中的出生日期无效", "the birth date in the ID number is not valid")
	}
	if id[17] != idCheckChar(id) {
		return "", xiangcai.Invalid(field, "身份证号校验位不正确，请检查是否输错",
			"the check character of the ID number is wrong; please look for a typo")
	}
	return id, nil
}

// idCheckChar computes the check character of an ID number's first 17 digits.
func idCheckChar(id string) byte {
	sum := 0
	for i, w := range idWeights {
		sum += int(id[i]-'0') * w
	}
	return idCheckChars[sum%11]
}

// IDBirthDate returns the birth date recorded in an ID number, as midnight
// UTC of that day. It reports false when the number is too short or its
// date is not a real date from 1800 on.
func IDBirthDate(id string) (time.Time, bool) {
	if len(id) < 14 || !allDigits(id[6:14]) {
		return time.Time{}, false
	}
	birth, err := time.Parse("20060102", id[6:14])
	if err != nil || birth.Year() < 1800 {
		return time.Time{}, false
	}
	return birth, true
}

// IDGender returns the gender an ID number records in its 17th digit: odd
// for male, even for female. It reports false when that digit is missing.
func IDGender(id string) (Gender, bool) {
	if len(id) < 17 || !allDigits(id[16:17]) {
		return "", false
	}
	if (id[16]-'0')%2 == 1 {
		return GenderMale, true
	}
	return GenderFemale, true
}

// today returns the date in Beijing at now, as midnight UTC like IDBirthDate.
func today(now time.Time) time.Time {
	y, m, d := now.In(chinaTime).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
