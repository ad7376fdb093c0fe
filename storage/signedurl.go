package storage

import (
	"mime"
	"time"

	"xiangcai"
)

// checkTTL returns an invalid error on field "ttl" unless ttl is positive and
// at most MaxURLTTL, the longest S3 allows.
func checkTTL(ttl time.Duration) error {
	if ttl <= 0 || ttl > MaxURLTTL {
		return xiangcai.Invalid("ttl", "链接有效期须在 0 到 7 天之间", "the link lifetime must be more than 0 and at most 7 days")
	}
	return nil
}

// Disposition returns the Content-Disposition header value that makes a
// browser save a download as name, which may hold Chinese characters
// (RFC 6266 with an RFC 5987 filename*).
func Disposition(name string) string {
	return mime.FormatMediaType("attachment", map[string]string{"filename": name})
}
