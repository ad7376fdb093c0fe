package pii

import "testing"

func TestMasks(t *testing.T) {
	tests := []struct {
		name string
		mask func(string) string
		in   string
		want string
	}{
		{"ID number", MaskIDNumber, "430102199001011234", "430***********1234"},
		{"ID number with X", MaskIDNumber, "11010519491231002X", "110***********002X"},
		{"phone", MaskPhone, "13812345678", "138****5678"},
		{"too short to show anything", MaskPhone, "1381234", "*******"},
		{"empty phone", MaskPhone, "", ""},
		{"three-character name", MaskName, "张三丰", "张**"},
		{"two-character name", MaskName, "张三", "张*"},
		{"compound surname", MaskName, "欧阳娜娜", "欧***"},
		{"one character", MaskName, "张", "*"},
		{"empty name", MaskName, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.mask(tt.in); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
