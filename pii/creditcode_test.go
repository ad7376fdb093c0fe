package pii

import (
	"strings"
	"testing"
)

func TestValidateCreditCode(t *testing.T) {
	tests := []struct {
		name, in, want, wantErr string
	}{
		// Published codes of real organisations, and the example that
		// explanations of GB 32100 use.
		{"华为技术有限公司", "914403001922038216", "914403001922038216", ""},
		{"腾讯科技（深圳）有限公司", "9144030071526726XG", "9144030071526726XG", ""},
		{"GB 32100 explanation example", "91350100M000100Y43", "91350100M000100Y43", ""},
		{"social organisation (5…)", "51610700305332460K", "51610700305332460K", ""},
		{"lowercase and spaces", " 9144030071526726xg ", "9144030071526726XG", ""},
		{"computed, Changsha social organisation", withCheck("52430100MJ0000001"), "", ""},
		{"weighted sum divisible by 31, check 0", "514301005000000010", "", ""},
		{"empty", "", "", "请填写"},
		{"17 characters", "91440300192203821", "", "18位"},
		{"letter I", "9144030019220382I6", "", "大写字母"},
		{"letter O", "91440300O922038216", "", "大写字母"},
		{"letter S in check", "91440300192203821S", "", "大写字母"},
		{"letters in division code", withCheck("91A40300192203821"), "", "行政区划"},
		{"wrong check character", "914403001922038217", "", "校验位"},
		{"two digits swapped", "914403001922038126", "", "校验位"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ValidateCreditCode("credit_code", tt.in)
			if tt.wantErr != "" {
				assertInvalid(t, err, "credit_code", tt.wantErr)
				return
			}
			want := tt.want
			if want == "" {
				want = tt.in
			}
			if err != nil || got != want {
				t.Fatalf("got %q, %v; want %q", got, err, want)
			}
		})
	}
}

// withCheck appends the check character to 17 characters, computed
// independently of the code under test: the weights are 3^i mod 31 worked
// out on the fly, and the check character c is the one that makes the
// weighted sum plus c divisible by 31.
func withCheck(first17 string) string {
	const alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
	sum, weight := 0, 1
	for i := range 17 {
		sum += strings.IndexByte(alphabet, first17[i]) * weight
		weight = weight * 3 % 31
	}
	for c := range 31 {
		if (sum+c)%31 == 0 {
			return first17 + alphabet[c:c+1]
		}
	}
	panic("unreachable: some c in 0..30 completes the sum")
}
