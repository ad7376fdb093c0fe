package storage

import (
	"context"
	"errors"
	"fmt"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"xiangcai"
)

// MinIOConfig says how to reach a MinIO (or other S3-compatible) service.
type MinIOConfig struct {
	Endpoint  string // host:port, without scheme
	AccessKey string
	SecretKey string
	Bucket    string
	UseSSL    bool
	Region    string // "" lets the client ask the server
}

// MinIO is a Store on one bucket of a MinIO service. Chunked uploads are S3
// multipart uploads created with the SHA256 checksum algorithm, so MinIO
// verifies and keeps each part's SHA-256 and lists it back with the part.
type MinIO struct {
	core   *minio.Core
	bucket string
}

// NewMinIO connects to MinIO and creates the bucket if it is missing.
func NewMinIO(ctx context.Context, cfg MinIOConfig) (*MinIO, error) {
	core, err := minio.NewCore(cfg.Endpoint, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure: cfg.UseSSL,
		Region: cfg.Region,
		// Lets a part's SHA-256 follow its bytes as an HTTP trailer, so it is
		// computed while streaming; see PutPart.
		TrailingHeaders: true,
	})
	if err != nil {
		return nil, fmt.Errorf("storage: connecting to MinIO: %w", err)
	}
	m := &MinIO{core: core, bucket: cfg.Bucket}
	ok, err := core.BucketExists(ctx, cfg.Bucket)
	if err == nil && !ok {
		err = core.MakeBucket(ctx, cfg.Bucket, minio.MakeBucketOptions{Region: cfg.Region})
		if minio.ToErrorResponse(err).Code == "BucketAlreadyOwnedByYou" {
			err = nil // another replica made it first
		}
	}
	if err != nil {
		return nil, fmt.Errorf("storage: preparing bucket %q: %w", cfg.Bucket, err)
	}
	return m, nil
}

// Ping checks that the bucket can be reached.
func (m *MinIO) Ping(ctx context.Context) error {
	ok, err := m.core.BucketExists(ctx, m.bucket)
	if err == nil && !ok {
		err = errors.New("bucket " + m.bucket + " is missing")
	}
	if err != nil {
		return &xiangcai.Error{Code: xiangcai.EUNAVAILABLE,
			Message: xiangcai.Text{ZH: "文件存储不可用", EN: "the file store is unavailable"}, Cause: err}
	}
	return nil
}

// minioErr turns a minio-go error into an application error.
func minioErr(err error) error {
	switch minio.ToErrorResponse(err).Code {
	case "NoSuchKey":
		return errObjectNotFound()
	case "NoSuchUpload":
		return errUploadNotFound()
	case "InvalidRange":
		return errRangeStart()
	}
	return xiangcai.Internal(err)
}
