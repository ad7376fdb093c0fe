package pii

import (
	"bytes"
	"testing"

	"xiangcai"
)

const (
	secretA = "test-secret-key-a-0123456789abcdef"
	secretB = "test-secret-key-b-0123456789abcdef"
)

func newCipher(t *testing.T, secret string) *Cipher {
	t.Helper()
	c, err := NewCipher(secret)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestNewCipherRejectsShortSecret(t *testing.T) {
	if _, err := NewCipher("too short"); err == nil {
		t.Fatal("a 9-character secret was accepted")
	}
}

func TestEncryptRoundTrip(t *testing.T) {
	c := newCipher(t, secretA)
	for _, plain := range []string{"13812345678", "11010519491231002X", "张三丰", ""} {
		sealed := c.Encrypt(plain)
		if sealed[0] != version1 || bytes.Contains(sealed, []byte(plain)) && plain != "" {
			t.Fatalf("sealed %q badly: % x", plain, sealed)
		}
		got, err := c.Decrypt(sealed)
		if err != nil || got != plain {
			t.Fatalf("round trip of %q gave %q, %v", plain, got, err)
		}
	}
	if bytes.Equal(c.Encrypt("13812345678"), c.Encrypt("13812345678")) {
		t.Fatal("two encryptions of one value are equal: the nonce is not random")
	}
}

func TestDecryptRefusesTamperedOrForeignData(t *testing.T) {
	a, b := newCipher(t, secretA), newCipher(t, secretB)
	sealed := a.Encrypt("13812345678")
	cases := map[string][]byte{
		"flipped ciphertext bit": flip(sealed, len(sealed)-20),
		"flipped tag bit":        flip(sealed, len(sealed)-1),
		"flipped nonce bit":      flip(sealed, 2),
		"unknown version":        append([]byte{2}, sealed[1:]...),
		"truncated":              sealed[:10],
		"empty":                  nil,
	}
	for name, data := range cases {
		if _, err := a.Decrypt(data); xiangcai.ErrorCode(err) != xiangcai.EINTERNAL {
			t.Errorf("%s: got %v, want an internal error", name, err)
		}
	}
	if _, err := b.Decrypt(sealed); err == nil {
		t.Error("a cipher with another secret opened the data")
	}
}

func flip(b []byte, i int) []byte {
	out := bytes.Clone(b)
	out[i] ^= 1
	return out
}

func TestHash(t *testing.T) {
	a, b := newCipher(t, secretA), newCipher(t, secretB)
	h := a.Hash("phone", "13812345678")
	if len(h) != 64 || h != newCipher(t, secretA).Hash("phone", "13812345678") {
		t.Fatalf("hash is not stable 64-hex: %q", h)
	}
	for name, other := range map[string]string{
		"another value":  a.Hash("phone", "13812345679"),
		"another kind":   a.Hash("id_number", "13812345678"),
		"another secret": b.Hash("phone", "13812345678"),
		"kind boundary":  a.Hash("phone1", "3812345678"),
	} {
		if other == h {
			t.Errorf("%s hashes the same as the phone", name)
		}
	}
}
