package storage

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"xiangcai"
)

// uploadMeta is Root/.uploads/{id}/upload.json.
type uploadMeta struct {
	Key         string `json:"key"`
	ContentType string `json:"contentType"`
}

const uploadMetaName = "upload.json"

// StartUpload begins a chunked upload; see Store. The ID is 128 random bits.
func (f *Folder) StartUpload(ctx context.Context, key, contentType string) (string, error) {
	if err := checkKey(key); err != nil {
		return "", err
	}
	if contentType == "" {
		contentType = defaultContentType
	}
	b := make([]byte, 16)
	rand.Read(b)
	id := hex.EncodeToString(b)
	dir := f.uploadDir(id)
	if err := os.Mkdir(dir, 0o750); err != nil {
		return "", xiangcai.Internal(err)
	}
	meta, _ := json.Marshal(uploadMeta{Key: key, ContentType: contentType})
	if err := os.WriteFile(filepath.Join(dir, uploadMetaName), meta, 0o640); err != nil {
		os.RemoveAll(dir)
		return "", xiangcai.Internal(err)
	}
	return id, nil
}

func (f *Folder) uploadDir(id string) string { return filepath.Join(f.root, ".uploads", id) }

// upload reads the record of upload id and checks that it belongs to key;
// the caller holds the upload's lock.
func (f *Folder) upload(key, id string) (uploadMeta, error) {
	var meta uploadMeta
	if b, err := hex.DecodeString(id); err != nil || len(b) != 16 || id != strings.ToLower(id) {
		return meta, errUploadNotFound()
	}
	b, err := os.ReadFile(filepath.Join(f.uploadDir(id), uploadMetaName))
	if errors.Is(err, fs.ErrNotExist) {
		return meta, errUploadNotFound()
	}
	if err == nil {
		err = json.Unmarshal(b, &meta)
	}
	if err != nil {
		return meta, xiangcai.Internal(err)
	}
	if meta.Key != key {
		return meta, errUploadNotFound()
	}
	return meta, nil
}

// PutPart stores one part; see Store. The part is written to a temporary
// file while its digest is computed and renamed into the upload only if the
// digest is right.
func (f *Folder) PutPart(ctx context.Context, key, uploadID string, number int, r io.Reader, size int64, sha256hex string) (Part, error) {
	want, err := checkPart(number, size, sha256hex)
	if err != nil {
		return Part{}, err
	}
	// Refuse before reading the part, not after.
	if err := f.withUpload(key, uploadID, func(uploadMeta) error { return nil }); err != nil {
		return Part{}, err
	}
	tmp, err := f.tempFile()
	if err != nil {
		return Part{}, xiangcai.Internal(err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	_, err = io.CopyN(io.MultiWriter(tmp, h), r, size)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Part{}, xiangcai.Internal(err)
	}
	got := hex.EncodeToString(h.Sum(nil))
	if want != "" && got != want {
		return Part{}, errPartSHA256()
	}
	err = f.withUpload(key, uploadID, func(uploadMeta) error {
		dir := f.uploadDir(uploadID)
		name := partName(number, got)
		if err := os.Rename(tmp.Name(), filepath.Join(dir, name)); err != nil {
			return xiangcai.Internal(err)
		}
		copies, _ := filepath.Glob(filepath.Join(dir, fmt.Sprintf("%05d-*", number)))
		for _, p := range copies {
			if filepath.Base(p) == name {
				continue
			}
			if err := os.Remove(p); err != nil {
				return xiangcai.Internal(err)
			}
		}
		return nil
	})
	if err != nil {
		return Part{}, err
	}
	return Part{Number: number, Size: size, SHA256: got}, nil
}

func partName(number int, sha256hex string) string { return fmt.Sprintf("%05d-%s", number, sha256hex) }

// withUpload runs fn holding the lock of upload id, which must belong to key.
func (f *Folder) withUpload(key, id string, fn func(uploadMeta) error) error {
	if err := checkKey(key); err != nil {
		return err
	}
	defer f.lockUpload(id).Unlock()
	meta, err := f.upload(key, id)
	if err != nil {
		return err
	}
	return fn(meta)
}

// ListParts lists the parts received; see Store.
func (f *Folder) ListParts(ctx context.Context, key, uploadID string) ([]Part, error) {
	var parts []Part
	err := f.withUpload(key, uploadID, func(uploadMeta) error {
		var err error
		parts, err = f.parts(uploadID)
		return err
	})
	return parts, err
}

// parts reads the part files of upload id, sorted by number because their
// names start with the zero-padded number.
func (f *Folder) parts(id string) ([]Part, error) {
	entries, err := os.ReadDir(f.uploadDir(id))
	if err != nil {
		return nil, xiangcai.Internal(err)
	}
	parts := []Part{}
	for _, e := range entries {
		numStr, sha, ok := strings.Cut(e.Name(), "-")
		if !ok {
			continue // upload.json
		}
		n, err := strconv.Atoi(numStr)
		fi, ierr := e.Info()
		if err != nil || ierr != nil {
			return nil, xiangcai.Internal(errors.Join(err, ierr))
		}
		parts = append(parts, Part{Number: n, Size: fi.Size(), SHA256: sha})
	}
	return parts, nil
}
