package storage

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// SignedURL returns {BaseURL}/files/{key}?exp={unix}&sig={hex}, with
// &name={downloadName} when a name is given; see Store. The HTTP route that
// serves it checks the parameters with Verify.
func (f *Folder) SignedURL(ctx context.Context, key string, ttl time.Duration, downloadName string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if err := checkTTL(ttl); err != nil {
		return "", err
	}
	exp := time.Now().Add(ttl).Unix()
	q := url.Values{"exp": {strconv.FormatInt(exp, 10)}, "sig": {f.sign(key, downloadName, exp)}}
	if downloadName != "" {
		q.Set("name", downloadName)
	}
	segs := strings.Split(key, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return f.baseURL + "/files/" + strings.Join(segs, "/") + "?" + q.Encode(), nil
}

// Verify checks the parameters of a URL made by SignedURL: key is the path
// after /files/ (unescaped), name, exp and sig the query parameters ("" for
// a missing name). A forged or expired link gives a forbidden error.
func (f *Folder) Verify(key, name string, exp int64, sig string, now time.Time) error {
	if checkKey(key) != nil {
		return errForbiddenURL()
	}
	want := f.sign(key, name, exp)
	if !hmac.Equal([]byte(sig), []byte(want)) || now.Unix() > exp {
		return errForbiddenURL()
	}
	return nil
}

// sign returns the hex HMAC-SHA256 of a download link's fields. Keys hold
// no newline and the name comes last, so no two links sign the same text.
func (f *Folder) sign(key, name string, exp int64) string {
	m := hmac.New(sha256.New, f.secret)
	m.Write([]byte("xiangcai-file-v1\n" + key + "\n" + strconv.FormatInt(exp, 10) + "\n" + name))
	return hex.EncodeToString(m.Sum(nil))
}
