package storage

import (
	"context"
	"io"
	"time"
)

// Limits shared by both stores. They follow the S3 multipart rules so that
// an upload that works on the folder store also works on MinIO.
const (
	// MinPartSize is the smallest size of any part but the last.
	MinPartSize = 5 << 20
	// MaxPartSize is the largest size of one part.
	MaxPartSize = 5 << 30
	// MaxParts is the highest part number.
	MaxParts = 10000
	// MaxKeyLength is the longest key, in bytes.
	MaxKeyLength = 1024
	// MaxURLTTL is the longest lifetime of a signed URL.
	MaxURLTTL = 7 * 24 * time.Hour
)

// ObjectInfo describes a stored object. ETag is opaque: it changes when the
// content changes.
type ObjectInfo struct {
	Key         string
	Size        int64
	ContentType string
	ETag        string
	ModTime     time.Time
}

// Range is an inclusive byte range, as in an HTTP Range header. End -1 reads
// to the end of the object; an End past the end is cut to the object's size.
type Range struct {
	Start, End int64
}

// Part is one received part of a chunked upload. SHA256 is the lowercase hex
// digest of the part's bytes.
type Part struct {
	Number int
	Size   int64
	SHA256 string
}

// Store keeps objects under keys. As on S3, "a" and "a/b" may both be
// objects. Errors callers can act on are *xiangcai.Error values: invalid
// (bad key, range, part or checksum) and not_found (object or upload).
type Store interface {
	// Put stores the size bytes read from r under key, replacing any object
	// there. Size may be -1 when unknown. An empty contentType is stored as
	// "application/octet-stream".
	Put(ctx context.Context, key string, r io.Reader, size int64, contentType string) (ObjectInfo, error)
	// Get opens the object, or the part of it in rng when rng is not nil.
	// The caller closes the reader. The ObjectInfo describes the whole object.
	Get(ctx context.Context, key string, rng *Range) (io.ReadCloser, ObjectInfo, error)
	// Stat describes the object.
	Stat(ctx context.Context, key string) (ObjectInfo, error)
	// Delete removes the object; deleting a missing key is not an error.
	Delete(ctx context.Context, key string) error
	// SignedURL returns a URL that downloads the object without further
	// authentication until ttl has passed. A non-empty downloadName becomes
	// the file name the browser saves. The object need not exist yet.
	SignedURL(ctx context.Context, key string, ttl time.Duration, downloadName string) (string, error)

	// StartUpload begins a chunked upload that will be stored under key.
	StartUpload(ctx context.Context, key, contentType string) (uploadID string, err error)
	// PutPart stores part number of the upload, the size bytes read from r.
	// When sha256hex is not empty, a part whose digest differs is rejected
	// and an earlier copy of the part is kept.
	PutPart(ctx context.Context, key, uploadID string, number int, r io.Reader, size int64, sha256hex string) (Part, error)
	// ListParts returns the parts received so far, by part number.
	ListParts(ctx context.Context, key, uploadID string) ([]Part, error)
	// CompleteUpload joins parts 1..N into the object after checking them
	// against checksum (see the package documentation for its format).
	CompleteUpload(ctx context.Context, key, uploadID, checksum string) (ObjectInfo, error)
	// AbortUpload discards the upload and its parts.
	AbortUpload(ctx context.Context, key, uploadID string) error

	// Ping reports whether the store is ready to serve requests.
	Ping(ctx context.Context) error
}
