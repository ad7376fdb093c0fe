package accounts

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"

	"xiangcai"
)

// Argon2Params are the costs of an argon2id password hash. Every hash
// records its own, so hashes made under older settings still verify.
type Argon2Params struct {
	Memory  uint32 // KiB
	Time    uint32 // passes over the memory
	Threads uint8
}

// DefaultArgon2 follows RFC 9106's recommendation for 64 MiB of memory.
var DefaultArgon2 = Argon2Params{Memory: 64 * 1024, Time: 3, Threads: 2}

const (
	saltLength = 16
	keyLength  = 32
)

// b64 is the unpadded standard base64 of the PHC string format.
var b64 = base64.RawStdEncoding

// hash returns the PHC string of password under a new random salt:
// $argon2id$v=19$m=65536,t=3,p=2$salt$key.
func (a Argon2Params) hash(password string) string {
	salt := make([]byte, saltLength)
	rand.Read(salt)
	key := argon2.IDKey([]byte(password), salt, a.Time, a.Memory, a.Threads, keyLength)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, a.Memory, a.Time, a.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

// verifyPassword reports whether password matches a PHC string made by
// hash, comparing in constant time. A malformed string is an internal error.
func verifyPassword(encoded, password string) (bool, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" || parts[1] != "argon2id" || parts[2] != fmt.Sprintf("v=%d", argon2.Version) {
		return false, malformedHash()
	}
	var a Argon2Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &a.Memory, &a.Time, &a.Threads); err != nil || a.Time == 0 || a.Threads == 0 {
		return false, malformedHash()
	}
	salt, err1 := b64.DecodeString(parts[4])
	key, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(key) == 0 {
		return false, malformedHash()
	}
	got := argon2.IDKey([]byte(password), salt, a.Time, a.Memory, a.Threads, uint32(len(key)))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

func malformedHash() error {
	return xiangcai.Internal(errors.New("accounts: malformed argon2id password hash"))
}
