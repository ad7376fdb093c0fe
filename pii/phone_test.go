package pii

import "testing"

func TestValidatePhone(t *testing.T) {
	tests := []struct {
		name, in, want, wantErr string
	}{
		{"plain", "13812345678", "13812345678", ""},
		{"spaces and dashes", " 138-1234 5678 ", "13812345678", ""},
		{"+86 prefix", "+86 138 1234 5678", "13812345678", ""},
		{"86 prefix", "8619912345678", "19912345678", ""},
		{"full-width digits", "１３８１２３４５６７８", "13812345678", ""},
		{"ideographic space", "138\u30001234\u30005678", "13812345678", ""},
		{"empty", "  ", "", "请填写"},
		{"10 digits", "1381234567", "", "11位"},
		{"12 digits", "138123456789", "", "11位"},
		{"second digit 2", "12812345678", "", "11位"},
		{"landline", "07318888888", "", "11位"},
		{"letter", "1381234567a", "", "11位"},
		{"+86 with 10 digits", "+861381234567", "", "11位"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ValidatePhone("phone", tt.in)
			if tt.wantErr != "" {
				assertInvalid(t, err, "phone", tt.wantErr)
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}
