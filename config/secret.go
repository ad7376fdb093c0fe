package config

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// EnsureSecret fills SecretKey on the embedded default: it reads the key kept
// in the data folder, or creates one there the first time. A configured
// XIANGCAI_SECRET_KEY always wins.
func (c *Config) EnsureSecret() error {
	if c.SecretKey != "" {
		return nil
	}
	path := filepath.Join(c.DataDir, "secret.key")
	b, err := os.ReadFile(path)
	if err == nil {
		c.SecretKey = strings.TrimSpace(string(b))
		if len(c.SecretKey) < 32 {
			return fmt.Errorf("%s: the key is shorter than 32 characters", path)
		}
		return nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return err
	}
	c.SecretKey = hex.EncodeToString(key)
	return os.WriteFile(path, []byte(c.SecretKey+"\n"), 0o600)
}
