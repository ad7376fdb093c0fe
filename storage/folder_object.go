package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"xiangcai"
)

const defaultContentType = "application/octet-stream"

// Put stores an object; see Store.
func (f *Folder) Put(ctx context.Context, key string, r io.Reader, size int64, contentType string) (ObjectInfo, error) {
	if err := checkKey(key); err != nil {
		return ObjectInfo{}, err
	}
	if err := ctx.Err(); err != nil {
		return ObjectInfo{}, err
	}
	tmp, err := f.tempFile()
	if err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	if size >= 0 {
		r = io.LimitReader(r, size)
	}
	n, err := io.Copy(io.MultiWriter(tmp, h), r)
	if err == nil && size >= 0 && n < size {
		err = io.ErrUnexpectedEOF
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	if contentType == "" {
		contentType = defaultContentType
	}
	return f.commit(key, tmp.Name(), objectMeta{ContentType: contentType, ETag: hex.EncodeToString(h.Sum(nil))})
}

// Get opens an object; see Store.
func (f *Folder) Get(ctx context.Context, key string, rng *Range) (io.ReadCloser, ObjectInfo, error) {
	file, info, err := f.open(key)
	if err != nil {
		return nil, ObjectInfo{}, err
	}
	if rng == nil {
		return file, info, nil
	}
	offset, length, err := rng.span(info.Size)
	if err == nil {
		_, err = file.Seek(offset, io.SeekStart)
	}
	if err != nil {
		file.Close()
		return nil, ObjectInfo{}, err
	}
	return readCloser{io.LimitReader(file, length), file}, info, nil
}

// readCloser reads from one thing and closes another.
type readCloser struct {
	io.Reader
	io.Closer
}

// Stat describes an object; see Store.
func (f *Folder) Stat(ctx context.Context, key string) (ObjectInfo, error) {
	file, info, err := f.open(key)
	if err != nil {
		return ObjectInfo{}, err
	}
	file.Close()
	return info, nil
}

// open opens an object and reads its sidecar, both as of the same commit.
func (f *Folder) open(key string) (*os.File, ObjectInfo, error) {
	if err := checkKey(key); err != nil {
		return nil, ObjectInfo{}, err
	}
	f.mu.RLock()
	file, err := os.Open(f.objectPath(key))
	if err != nil {
		f.mu.RUnlock()
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ObjectInfo{}, errObjectNotFound()
		}
		return nil, ObjectInfo{}, xiangcai.Internal(err)
	}
	mb, err := os.ReadFile(f.metaPath(key))
	f.mu.RUnlock()
	var meta objectMeta
	if err == nil {
		err = json.Unmarshal(mb, &meta)
	}
	fi, serr := file.Stat()
	if err = errors.Join(err, serr); err != nil {
		file.Close()
		return nil, ObjectInfo{}, xiangcai.Internal(err)
	}
	info := ObjectInfo{Key: key, Size: fi.Size(), ContentType: meta.ContentType, ETag: meta.ETag, ModTime: fi.ModTime()}
	return file, info, nil
}

// Delete removes an object and the directories it leaves empty; see Store.
// Objects under longer keys, such as "a/b" when deleting "a", stay.
func (f *Folder) Delete(ctx context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	obj := f.objectPath(key)
	for _, p := range []string{obj, f.metaPath(key)} {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return xiangcai.Internal(err)
		}
	}
	for dir := filepath.Dir(obj); len(dir) > len(f.root); dir = filepath.Dir(dir) {
		if os.Remove(dir) != nil {
			break // not empty
		}
	}
	return nil
}
