package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Variable is one environment variable Xiangcai reads.
type Variable struct {
	Name        string
	Default     string
	Description string
	set         func(c *Config, raw string) error
}

// Variables lists every variable, in the order the README documents them.
var Variables = []Variable{
	{"XIANGCAI_LISTEN", ":8080", "address the HTTP server listens on", str(func(c *Config) *string { return &c.Listen })},
	{"XIANGCAI_BASE_URL", "http://localhost:8080", "public URL of the site, used in signed links and cookies", str(func(c *Config) *string { return &c.BaseURL })},
	{"XIANGCAI_DATA_DIR", "./data", "folder for the embedded SQLite file, the object folder and the generated secret key", str(func(c *Config) *string { return &c.DataDir })},
	{"XIANGCAI_DATABASE_URL", "", "PostgreSQL URL (postgres://…); empty means the embedded SQLite file", str(func(c *Config) *string { return &c.DatabaseURL })},
	{"XIANGCAI_DB_MAX_CONNS", "auto", "most open PostgreSQL connections per replica; auto is 4 or the number of CPUs, whichever is more", autoInteger(1, 1000, func(c *Config) *int { return &c.DBMaxConns })},
	{"XIANGCAI_S3_ENDPOINT", "", "MinIO/S3 host:port; empty means the object folder under the data folder", str(func(c *Config) *string { return &c.S3.Endpoint })},
	{"XIANGCAI_S3_ACCESS_KEY", "", "MinIO access key", str(func(c *Config) *string { return &c.S3.AccessKey })},
	{"XIANGCAI_S3_SECRET_KEY", "", "MinIO secret key", str(func(c *Config) *string { return &c.S3.SecretKey })},
	{"XIANGCAI_S3_BUCKET", "xiangcai", "bucket for all objects; created if missing", str(func(c *Config) *string { return &c.S3.Bucket })},
	{"XIANGCAI_S3_REGION", "", "S3 region, if the server needs one", str(func(c *Config) *string { return &c.S3.Region })},
	{"XIANGCAI_S3_USE_SSL", "false", "talk to MinIO over HTTPS", boolean(func(c *Config) *bool { return &c.S3.UseSSL })},
	{"XIANGCAI_SECRET_KEY", "", "at least 32 characters; signs links and encrypts personal data; generated into the data folder when empty on the embedded default, required otherwise", secret},
	{"XIANGCAI_LOG_FORMAT", "auto", "auto (text in a terminal, JSON otherwise), json or text", oneOf([]string{"auto", "json", "text"}, func(c *Config) *string { return &c.LogFormat })},
	{"XIANGCAI_LOG_LEVEL", "info", "debug, info, warn or error", oneOf([]string{"debug", "info", "warn", "error"}, func(c *Config) *string { return &c.LogLevel })},
	{"XIANGCAI_SESSION_TTL", "12h", "how long a sign-in lasts", duration(func(c *Config) *time.Duration { return &c.SessionTTL })},
	{"XIANGCAI_REQUEST_TIMEOUT", "30s", "longest time the server works on one request once it has arrived (transfers of upload parts and downloads, and roster imports, may take up to 10 minutes)", duration(func(c *Config) *time.Duration { return &c.RequestTimeout })},
	{"XIANGCAI_SHUTDOWN_TIMEOUT", "20s", "how long in-flight requests may finish after SIGTERM", duration(func(c *Config) *time.Duration { return &c.ShutdownTimeout })},
	{"XIANGCAI_BODY_LIMIT", "33554432", "largest request body in bytes (uploads are chunked below this)", integer(1<<16, 1<<30, func(c *Config) *int { return &c.BodyLimit })},
	{"XIANGCAI_COOKIE_SECURE", "auto", "mark cookies Secure: auto (when the base URL is https), true or false", cookieSecure},
	{"XIANGCAI_MIGRATE_ON_START", "true", "apply pending migrations when serve starts", boolean(func(c *Config) *bool { return &c.MigrateOnStart })},
	{"XIANGCAI_TRUSTED_PROXIES", "", "comma-separated proxy IPs or CIDRs whose X-Forwarded-For is believed", list(func(c *Config) *[]string { return &c.TrustedProxies })},
	{"XIANGCAI_WORKERS", "1", "background job workers (video transcoding) per replica; 0 runs none", integer(0, 64, func(c *Config) *int { return &c.Workers })},
}

// Known reports whether name is one of Variables.
func Known(name string) bool {
	for _, v := range Variables {
		if v.Name == name {
			return true
		}
	}
	return false
}

func str(field func(*Config) *string) func(*Config, string) error {
	return func(c *Config, raw string) error { *field(c) = raw; return nil }
}

func oneOf(allowed []string, field func(*Config) *string) func(*Config, string) error {
	return func(c *Config, raw string) error {
		for _, a := range allowed {
			if raw == a {
				*field(c) = raw
				return nil
			}
		}
		return fmt.Errorf("must be one of %s", strings.Join(allowed, ", "))
	}
}

func integer(min, max int, field func(*Config) *int) func(*Config, string) error {
	return func(c *Config, raw string) error {
		n, err := strconv.Atoi(raw)
		if err != nil || n < min || n > max {
			return fmt.Errorf("must be a whole number from %d to %d", min, max)
		}
		*field(c) = n
		return nil
	}
}

// autoInteger is integer, or "auto", which leaves the field 0 for the
// program to choose.
func autoInteger(min, max int, field func(*Config) *int) func(*Config, string) error {
	whole := integer(min, max, field)
	return func(c *Config, raw string) error {
		if raw == "auto" {
			*field(c) = 0
			return nil
		}
		if err := whole(c, raw); err != nil {
			return fmt.Errorf("must be auto or a whole number from %d to %d", min, max)
		}
		return nil
	}
}

func boolean(field func(*Config) *bool) func(*Config, string) error {
	return func(c *Config, raw string) error {
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return errors.New("must be true or false")
		}
		*field(c) = b
		return nil
	}
}

func duration(field func(*Config) *time.Duration) func(*Config, string) error {
	return func(c *Config, raw string) error {
		d, err := time.ParseDuration(raw)
		if err != nil || d <= 0 {
			return errors.New("must be a positive duration such as 30s or 12h")
		}
		*field(c) = d
		return nil
	}
}

func list(field func(*Config) *[]string) func(*Config, string) error {
	return func(c *Config, raw string) error {
		*field(c) = nil
		for _, item := range strings.Split(raw, ",") {
			if item = strings.TrimSpace(item); item != "" {
				*field(c) = append(*field(c), item)
			}
		}
		return nil
	}
}

func secret(c *Config, raw string) error {
	if raw != "" && len(raw) < 32 {
		return errors.New("must be at least 32 characters")
	}
	c.SecretKey = raw
	return nil
}

// cookieSecure runs after XIANGCAI_BASE_URL, so "auto" can look at it.
func cookieSecure(c *Config, raw string) error {
	if raw == "auto" {
		c.CookieSecure = strings.HasPrefix(c.BaseURL, "https://")
		return nil
	}
	return boolean(func(c *Config) *bool { return &c.CookieSecure })(c, raw)
}
