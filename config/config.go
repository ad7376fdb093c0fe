// Package config reads Xiangcai's settings from XIANGCAI_* environment
// variables. With no variable set, Xiangcai runs on the embedded default: a
// SQLite file and an object folder under ./data.
package config

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
)

// Config is every setting Xiangcai reads at start-up.
type Config struct {
	Listen          string
	BaseURL         string
	DataDir         string
	DatabaseURL     string
	DBMaxConns      int // 0: database.PoolSize chooses
	S3              S3
	SecretKey       string
	LogFormat       string
	LogLevel        string
	SessionTTL      time.Duration
	RequestTimeout  time.Duration
	ShutdownTimeout time.Duration
	BodyLimit       int
	CookieSecure    bool
	MigrateOnStart  bool
	TrustedProxies  []string
	Workers         int
}

// S3 holds the MinIO (S3) connection; an empty Endpoint means the folder store.
type S3 struct {
	Endpoint  string
	AccessKey string
	SecretKey string
	Bucket    string
	Region    string
	UseSSL    bool
}

// Embedded reports whether no database server is configured, so Xiangcai
// keeps its data in a SQLite file.
func (c *Config) Embedded() bool { return c.DatabaseURL == "" }

// SQLitePath is where the embedded database lives.
func (c *Config) SQLitePath() string { return filepath.Join(c.DataDir, "xiangcai.db") }

// ObjectDir is where the folder object store keeps files.
func (c *Config) ObjectDir() string { return filepath.Join(c.DataDir, "objects") }

// Load reads the configuration through getenv (os.Getenv in production). An
// invalid value stops with an error that names the variable.
func Load(getenv func(string) string) (*Config, error) {
	c := &Config{}
	for _, v := range Variables {
		raw := strings.TrimSpace(getenv(v.Name))
		if raw == "" {
			raw = v.Default
		}
		if err := v.set(c, raw); err != nil {
			return nil, fmt.Errorf("%s=%q: %w", v.Name, raw, err)
		}
	}
	return c, c.check()
}

// check validates rules that involve more than one variable.
func (c *Config) check() error {
	u, err := url.Parse(c.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("XIANGCAI_BASE_URL=%q: must be an absolute http(s) URL", c.BaseURL)
	}
	c.BaseURL = strings.TrimRight(c.BaseURL, "/")
	if !c.Embedded() && c.SecretKey == "" {
		return fmt.Errorf("XIANGCAI_SECRET_KEY: required when XIANGCAI_DATABASE_URL is set, so every replica signs and encrypts with the same key")
	}
	if c.S3.Endpoint != "" && (c.S3.AccessKey == "" || c.S3.SecretKey == "") {
		return fmt.Errorf("XIANGCAI_S3_ACCESS_KEY and XIANGCAI_S3_SECRET_KEY: required when XIANGCAI_S3_ENDPOINT is set")
	}
	return nil
}
