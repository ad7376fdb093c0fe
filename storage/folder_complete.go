package storage

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"xiangcai"
)

// CompleteUpload joins the parts into the object; see Store. The upload's
// lock is held throughout, so no part changes while it is being copied.
func (f *Folder) CompleteUpload(ctx context.Context, key, uploadID, checksum string) (ObjectInfo, error) {
	var info ObjectInfo
	err := f.withUpload(key, uploadID, func(meta uploadMeta) error {
		parts, err := f.parts(uploadID)
		if err != nil {
			return err
		}
		if err := checkComplete(parts, checksum); err != nil {
			return err
		}
		tmp, err := f.concat(ctx, uploadID, parts)
		if err != nil {
			return err
		}
		defer os.Remove(tmp)
		info, err = f.commit(key, tmp, objectMeta{ContentType: meta.ContentType, ETag: strings.ToLower(checksum)})
		if err != nil {
			return err
		}
		if err := os.RemoveAll(f.uploadDir(uploadID)); err != nil {
			return xiangcai.Internal(err)
		}
		return nil
	})
	return info, err
}

// concat copies the parts of upload id into a new temporary file and
// returns its name.
func (f *Folder) concat(ctx context.Context, id string, parts []Part) (string, error) {
	tmp, err := f.tempFile()
	if err != nil {
		return "", xiangcai.Internal(err)
	}
	for _, p := range parts {
		if err = ctx.Err(); err != nil {
			break
		}
		var src *os.File
		src, err = os.Open(filepath.Join(f.uploadDir(id), partName(p.Number, p.SHA256)))
		if err != nil {
			break
		}
		_, err = io.Copy(tmp, src)
		src.Close()
		if err != nil {
			break
		}
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", xiangcai.Internal(err)
	}
	return tmp.Name(), nil
}

// AbortUpload discards the upload; see Store. Aborting an unknown or
// finished upload is not an error.
func (f *Folder) AbortUpload(ctx context.Context, key, uploadID string) error {
	err := f.withUpload(key, uploadID, func(uploadMeta) error {
		if err := os.RemoveAll(f.uploadDir(uploadID)); err != nil {
			return xiangcai.Internal(err)
		}
		return nil
	})
	if xiangcai.ErrorCode(err) == xiangcai.ENOTFOUND {
		return nil
	}
	return err
}
