package storage

import (
	"context"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"

	"xiangcai"
)

// Put stores an object; see Store.
func (m *MinIO) Put(ctx context.Context, key string, r io.Reader, size int64, contentType string) (ObjectInfo, error) {
	if err := checkKey(key); err != nil {
		return ObjectInfo{}, err
	}
	if contentType == "" {
		contentType = defaultContentType
	}
	opts := minio.PutObjectOptions{ContentType: contentType}
	if size < 0 {
		opts.PartSize = 16 << 20 // minio-go buffers one part; its default for unknown sizes is 512 MiB
	}
	if _, err := m.core.Client.PutObject(ctx, m.bucket, key, r, size, opts); err != nil {
		return ObjectInfo{}, minioErr(err)
	}
	return m.Stat(ctx, key)
}

// Get opens an object; see Store.
func (m *MinIO) Get(ctx context.Context, key string, rng *Range) (io.ReadCloser, ObjectInfo, error) {
	if err := checkKey(key); err != nil {
		return nil, ObjectInfo{}, err
	}
	var opts minio.GetObjectOptions
	if rng != nil {
		if err := rng.check(); err != nil {
			return nil, ObjectInfo{}, err
		}
		opts.Set("Range", rng.header())
	}
	body, oi, h, err := m.core.GetObject(ctx, m.bucket, key, opts)
	if err != nil {
		if body != nil {
			body.Close()
		}
		return nil, ObjectInfo{}, minioErr(err)
	}
	info := objectInfo(oi)
	if rng != nil {
		// Content-Range is "bytes first-last/total"; Size is the whole object's.
		_, total, _ := strings.Cut(h.Get("Content-Range"), "/")
		if info.Size, err = strconv.ParseInt(total, 10, 64); err != nil {
			body.Close()
			return nil, ObjectInfo{}, xiangcai.Internal(err)
		}
	}
	return body, info, nil
}

// Stat describes an object; see Store.
func (m *MinIO) Stat(ctx context.Context, key string) (ObjectInfo, error) {
	if err := checkKey(key); err != nil {
		return ObjectInfo{}, err
	}
	oi, err := m.core.StatObject(ctx, m.bucket, key, minio.StatObjectOptions{})
	if err != nil {
		return ObjectInfo{}, minioErr(err)
	}
	return objectInfo(oi), nil
}

func objectInfo(oi minio.ObjectInfo) ObjectInfo {
	return ObjectInfo{Key: oi.Key, Size: oi.Size, ContentType: oi.ContentType, ETag: oi.ETag, ModTime: oi.LastModified}
}

// Delete removes an object; see Store.
func (m *MinIO) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if err := m.core.RemoveObject(ctx, m.bucket, key, minio.RemoveObjectOptions{}); err != nil {
		return minioErr(err)
	}
	return nil
}

// SignedURL returns a presigned GET URL; see Store.
func (m *MinIO) SignedURL(ctx context.Context, key string, ttl time.Duration, downloadName string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if err := checkTTL(ttl); err != nil {
		return "", err
	}
	params := url.Values{}
	if downloadName != "" {
		params.Set("response-content-disposition", Disposition(downloadName))
	}
	u, err := m.core.PresignedGetObject(ctx, m.bucket, key, ttl, params)
	if err != nil {
		return "", minioErr(err)
	}
	return u.String(), nil
}
