package pii

import (
	"strings"
	"testing"
	"time"

	"xiangcai"
)

// testNow is still 28 February in UTC but already 1 March in Beijing.
var testNow = time.Date(2026, 2, 28, 17, 0, 0, 0, time.UTC)

func TestValidateIDNumber(t *testing.T) {
	tests := []struct {
		name, in, want, wantErr string
	}{
		// The two examples printed in GB 11643-1999 itself.
		{"standard example with X", "11010519491231002X", "11010519491231002X", ""},
		{"standard example born 1880", "440524188001010014", "440524188001010014", ""},
		{"Changsha, check digit 8", "430102199001011238", "430102199001011238", ""},
		{"lowercase x", "11010519491231002x", "11010519491231002X", ""},
		{"spaces and full-width digits", " 4301０2 19900101 1238 ", "430102199001011238", ""},
		{"born today in Beijing", "430102202603010018", "430102202603010018", ""},
		{"empty", "", "", "请填写"},
		{"17 digits", "43010219900101123", "", "18位"},
		{"19 digits", "4301021990010112380", "", "18位"},
		{"letter inside", "43010219900A011238", "", "前17位"},
		{"check character not a digit or X", "43010219900101123Y", "", "前17位"},
		{"wrong check digit", "430102199001011234", "", "校验位"},
		{"X where a digit belongs", "43010219900101123X", "", "校验位"},
		{"unknown province", "990102199001011237", "", "地区码"},
		{"February 30", "430102199002301237", "", "出生日期"},
		{"month 13", "430102199013011235", "", "出生日期"},
		{"born tomorrow in Beijing", "430102202603020013", "", "出生日期"},
		{"year 1700", "430102170001011239", "", "出生日期"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ValidateIDNumber("id_number", tt.in, testNow)
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Fatalf("got %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			assertInvalid(t, err, "id_number", tt.wantErr)
		})
	}
}

func TestIDBirthDateAndGender(t *testing.T) {
	birth, ok := IDBirthDate("11010519491231002X")
	if !ok || !birth.Equal(time.Date(1949, 12, 31, 0, 0, 0, 0, time.UTC)) {
		t.Fatalf("birth date %v %v", birth, ok)
	}
	if g, ok := IDGender("11010519491231002X"); !ok || g != GenderFemale {
		t.Fatalf("gender of ...002X = %q %v, want female", g, ok)
	}
	if g, ok := IDGender("440524188001010014"); !ok || g != GenderMale {
		t.Fatalf("gender of ...0014 = %q %v, want male", g, ok)
	}
	if _, ok := IDBirthDate("4301"); ok {
		t.Fatal("birth date of a short number reported ok")
	}
	if _, ok := IDGender("4301"); ok {
		t.Fatal("gender of a short number reported ok")
	}
}

// assertInvalid checks err is an invalid error on field whose Chinese message
// contains want.
func assertInvalid(t *testing.T, err error, field, want string) {
	t.Helper()
	e, ok := err.(*xiangcai.Error)
	if !ok || e.Code != xiangcai.EINVALID || len(e.Fields) != 1 || e.Fields[0].Field != field {
		t.Fatalf("got %v; want an invalid error on %s", err, field)
	}
	if !strings.Contains(e.Fields[0].Message.ZH, want) || e.Fields[0].Message.EN == "" {
		t.Fatalf("message %q does not say %q", e.Fields[0].Message.ZH, want)
	}
}
