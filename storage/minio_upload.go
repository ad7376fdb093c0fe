package storage

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/minio/minio-go/v7"

	"xiangcai"
)

// sha256Header carries a part's SHA-256, base64-encoded, as a header or trailer.
const sha256Header = "X-Amz-Checksum-Sha256"

// StartUpload begins an S3 multipart upload; see Store.
func (m *MinIO) StartUpload(ctx context.Context, key, contentType string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if contentType == "" {
		contentType = defaultContentType
	}
	id, err := m.core.NewMultipartUpload(ctx, m.bucket, key, minio.PutObjectOptions{
		ContentType:  contentType,
		UserMetadata: map[string]string{"X-Amz-Checksum-Algorithm": "SHA256"},
	})
	if err != nil {
		return "", minioErr(err)
	}
	return id, nil
}

// PutPart uploads one part; see Store. With sha256hex the digest goes ahead
// of the bytes as a header and MinIO refuses a part that does not match it,
// keeping the earlier copy. Without it the digest is computed while the
// bytes stream out and follows them as an HTTP trailer. Either way MinIO
// checks the digest and records it with the part.
func (m *MinIO) PutPart(ctx context.Context, key, uploadID string, number int, r io.Reader, size int64, sha256hex string) (Part, error) {
	want, err := checkPart(number, size, sha256hex)
	if err != nil {
		return Part{}, err
	}
	if err := checkKey(key); err != nil {
		return Part{}, err
	}
	if uploadID == "" {
		return Part{}, errUploadNotFound()
	}
	body := &digestReader{r: r, h: sha256.New(), left: size}
	var opts minio.PutObjectPartOptions
	if want != "" {
		raw, _ := hex.DecodeString(want)
		opts.CustomHeader = http.Header{sha256Header: {base64.StdEncoding.EncodeToString(raw)}}
	} else {
		trailer := http.Header{}
		// The placeholder has the final value's length, which the signer needs up front.
		trailer.Set(sha256Header, base64.StdEncoding.EncodeToString(make([]byte, sha256.Size)))
		body.done = func(sum []byte) { trailer.Set(sha256Header, base64.StdEncoding.EncodeToString(sum)) }
		opts.Trailer = trailer
	}
	op, err := m.core.PutObjectPart(ctx, m.bucket, key, uploadID, number, body, size, opts)
	if err != nil {
		if want != "" && body.sum != nil && hex.EncodeToString(body.sum) != want {
			return Part{}, errPartSHA256() // whatever the server's error code
		}
		switch minio.ToErrorResponse(err).Code {
		case "XAmzContentChecksumMismatch", "BadDigest": // MinIO's code, then AWS's
			return Part{}, errPartSHA256()
		}
		return Part{}, minioErr(err)
	}
	part, err := toPart(op)
	if err == nil && part.SHA256 != hex.EncodeToString(body.sum) {
		err = xiangcai.Internal(errors.New("MinIO recorded another SHA-256 than was sent"))
	}
	return part, err
}

// toPart reads a part as MinIO lists it.
func toPart(op minio.ObjectPart) (Part, error) {
	sum, err := base64.StdEncoding.DecodeString(op.ChecksumSHA256)
	if err != nil || len(sum) != sha256.Size {
		return Part{}, xiangcai.Internal(errors.New("MinIO kept no SHA-256 for a part"))
	}
	return Part{Number: op.PartNumber, Size: op.Size, SHA256: hex.EncodeToString(sum)}, nil
}

// ListParts lists the parts received; see Store.
func (m *MinIO) ListParts(ctx context.Context, key, uploadID string) ([]Part, error) {
	_, parts, err := m.parts(ctx, key, uploadID)
	return parts, err
}

// parts lists all parts of an upload, following S3's pages of 1000.
func (m *MinIO) parts(ctx context.Context, key, uploadID string) ([]minio.ObjectPart, []Part, error) {
	if err := checkKey(key); err != nil {
		return nil, nil, err
	}
	if uploadID == "" {
		return nil, nil, errUploadNotFound()
	}
	var ops []minio.ObjectPart
	parts := []Part{}
	for marker := 0; ; {
		res, err := m.core.ListObjectParts(ctx, m.bucket, key, uploadID, marker, 1000)
		if err != nil {
			return nil, nil, minioErr(err)
		}
		for _, op := range res.ObjectParts {
			p, err := toPart(op)
			if err != nil {
				return nil, nil, err
			}
			ops, parts = append(ops, op), append(parts, p)
		}
		if !res.IsTruncated {
			return ops, parts, nil
		}
		marker = res.NextPartNumberMarker
	}
}

// CompleteUpload completes the multipart upload; see Store. The parts'
// ETags and SHA-256s go with the request, so a part replaced after the
// check makes MinIO refuse rather than store unchecked bytes.
func (m *MinIO) CompleteUpload(ctx context.Context, key, uploadID, checksum string) (ObjectInfo, error) {
	ops, parts, err := m.parts(ctx, key, uploadID)
	if err != nil {
		return ObjectInfo{}, err
	}
	if err := checkComplete(parts, checksum); err != nil {
		return ObjectInfo{}, err
	}
	complete := make([]minio.CompletePart, len(ops))
	for i, op := range ops {
		complete[i] = minio.CompletePart{PartNumber: op.PartNumber, ETag: op.ETag, ChecksumSHA256: op.ChecksumSHA256}
	}
	if _, err := m.core.CompleteMultipartUpload(ctx, m.bucket, key, uploadID, complete, minio.PutObjectOptions{}); err != nil {
		return ObjectInfo{}, minioErr(err)
	}
	return m.Stat(ctx, key)
}

// AbortUpload aborts the multipart upload; see Store. Aborting an unknown
// or finished upload is not an error.
func (m *MinIO) AbortUpload(ctx context.Context, key, uploadID string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	if uploadID == "" {
		return nil
	}
	err := m.core.AbortMultipartUpload(ctx, m.bucket, key, uploadID)
	if err == nil || minio.ToErrorResponse(err).Code == "NoSuchUpload" {
		return nil
	}
	return minioErr(err)
}
