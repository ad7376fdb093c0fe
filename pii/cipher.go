package pii

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"xiangcai"
)

// MinSecretLength is the shortest application secret NewCipher accepts.
const MinSecretLength = 32

// version1 marks ciphertexts sealed with AES-256-GCM under the key derived
// with the label encryptionLabel. A later key or algorithm gets a new
// version byte, so old ciphertexts stay readable while they are re-sealed.
const version1 byte = 1

// The HKDF labels of the two subkeys: one secret never serves two purposes.
const (
	encryptionLabel = "xiangcai/pii/encryption/v1"
	lookupLabel     = "xiangcai/pii/lookup-hash/v1"
)

// Cipher encrypts personal data for storage and computes the keyed hashes
// that find it again. It is safe for concurrent use.
type Cipher struct {
	aead    cipher.AEAD
	hashKey []byte
}

// NewCipher derives the encryption and lookup-hash subkeys from the
// application's secret key, which must have at least MinSecretLength
// characters.
func NewCipher(secret string) (*Cipher, error) {
	if len(secret) < MinSecretLength {
		return nil, fmt.Errorf("pii: the secret key has %d characters; it needs at least %d", len(secret), MinSecretLength)
	}
	encKey, err := hkdf.Key(sha256.New, []byte(secret), nil, encryptionLabel, 32)
	if err != nil {
		return nil, err
	}
	hashKey, err := hkdf.Key(sha256.New, []byte(secret), nil, lookupLabel, 32)
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCMWithRandomNonce(block)
	if err != nil {
		return nil, err
	}
	return &Cipher{aead: aead, hashKey: hashKey}, nil
}

// Encrypt seals plaintext with AES-256-GCM. The result is the version byte,
// then the random nonce, the ciphertext and the tag; the version byte is
// also authenticated.
func (c *Cipher) Encrypt(plaintext string) []byte {
	header := []byte{version1}
	return c.aead.Seal(header, nil, []byte(plaintext), header)
}

// Decrypt opens what Encrypt sealed. Data that was changed, sealed under
// another secret, or is of an unknown version gives an internal error:
// stored ciphertexts are never user input.
func (c *Cipher) Decrypt(sealed []byte) (string, error) {
	if len(sealed) == 0 || sealed[0] != version1 {
		return "", xiangcai.Internal(errors.New("pii: unknown ciphertext version"))
	}
	plain, err := c.aead.Open(nil, nil, sealed[1:], sealed[:1])
	if err != nil {
		return "", xiangcai.Internal(fmt.Errorf("pii: decrypt: %w", err))
	}
	return string(plain), nil
}

// Hash returns the hex HMAC-SHA256 of value under the lookup key, separated
// by kind (such as "phone" or "id_number") so that equal digits of different
// kinds hash differently. Equal values of one kind hash equally, which lets
// a unique index find an encrypted value without decrypting anything. kind
// must not contain a NUL byte.
func (c *Cipher) Hash(kind, value string) string {
	mac := hmac.New(sha256.New, c.hashKey)
	mac.Write([]byte(kind))
	mac.Write([]byte{0})
	mac.Write([]byte(value))
	return hex.EncodeToString(mac.Sum(nil))
}
