package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"xiangcai"
)

// FolderConfig configures a Folder.
type FolderConfig struct {
	// Root is the directory that holds everything; it is created if missing.
	Root string
	// BaseURL is where the application is reachable, such as
	// "https://xiangcai.example.cn"; signed URLs point to BaseURL/files/{key}.
	BaseURL string
	// Secret signs download URLs; at least 32 random bytes.
	Secret []byte
}

// Folder is a Store on a local directory, for single-machine deployments and
// development. The object under key lives in the directory Root/{key}/ as
// ".object", beside a JSON sidecar ".meta.json" holding its content type
// and ETag; a directory per key lets "a" and "a/b" both be objects, as on
// S3. Key segments never start with a dot, so these names never clash with
// keys. Files are written under Root/.tmp and renamed into place, so a
// reader never sees a half-written object. Chunked uploads live in
// Root/.uploads/{id}/ as one file per part named "{number}-{sha256}". A
// Folder is safe for concurrent use by one process; two processes must not
// share a Root.
type Folder struct {
	root    string
	baseURL string
	secret  []byte

	mu      sync.RWMutex   // makes an object and its sidecar change together
	uploads [64]sync.Mutex // one per stripe of upload IDs, see lockUpload
}

// objectMeta is the content of an object's sidecar.
type objectMeta struct {
	ContentType string `json:"contentType"`
	ETag        string `json:"etag"`
}

// NewFolder opens a folder store, creating its directories. Temporary files
// left by an earlier crash are removed.
func NewFolder(cfg FolderConfig) (*Folder, error) {
	if len(cfg.Secret) < 32 {
		return nil, errors.New("storage: the folder store's secret must be at least 32 bytes")
	}
	if cfg.Root == "" || cfg.BaseURL == "" {
		return nil, errors.New("storage: the folder store needs a root directory and a base URL")
	}
	f := &Folder{root: filepath.Clean(cfg.Root), baseURL: strings.TrimRight(cfg.BaseURL, "/"), secret: cfg.Secret}
	if err := os.RemoveAll(f.tmpDir()); err != nil {
		return nil, fmt.Errorf("storage: clearing temporary files: %w", err)
	}
	for _, dir := range []string{f.tmpDir(), filepath.Join(f.root, ".uploads")} {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("storage: creating the folder store: %w", err)
		}
	}
	return f, nil
}

// Ping checks that the root directory is still there.
func (f *Folder) Ping(ctx context.Context) error {
	if _, err := os.Stat(f.tmpDir()); err != nil {
		return &xiangcai.Error{Code: xiangcai.EUNAVAILABLE,
			Message: xiangcai.Text{ZH: "文件存储不可用", EN: "the file store is unavailable"}, Cause: err}
	}
	return nil
}

func (f *Folder) tmpDir() string { return filepath.Join(f.root, ".tmp") }

func (f *Folder) objectPath(key string) string {
	return filepath.Join(f.root, filepath.FromSlash(key), ".object")
}

func (f *Folder) metaPath(key string) string {
	return filepath.Join(f.root, filepath.FromSlash(key), ".meta.json")
}

// tempFile creates an empty file under Root/.tmp.
func (f *Folder) tempFile() (*os.File, error) {
	return os.CreateTemp(f.tmpDir(), "w-")
}

// lockUpload locks the stripe of upload id; the caller unlocks it.
func (f *Folder) lockUpload(id string) *sync.Mutex {
	h := fnv.New32a()
	h.Write([]byte(id))
	mu := &f.uploads[h.Sum32()%uint32(len(f.uploads))]
	mu.Lock()
	return mu
}

// commit moves the finished temporary file tmp to key with its sidecar.
func (f *Folder) commit(key, tmp string, meta objectMeta) (ObjectInfo, error) {
	mt, err := f.tempFile()
	if err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	defer os.Remove(mt.Name())
	err = json.NewEncoder(mt).Encode(meta)
	if cerr := mt.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}

	f.mu.Lock()
	defer f.mu.Unlock()
	obj := f.objectPath(key)
	if err := os.MkdirAll(filepath.Dir(obj), 0o750); err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	if err := os.Rename(mt.Name(), f.metaPath(key)); err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	if err := os.Rename(tmp, obj); err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	fi, err := os.Stat(obj)
	if err != nil {
		return ObjectInfo{}, xiangcai.Internal(err)
	}
	return ObjectInfo{Key: key, Size: fi.Size(), ContentType: meta.ContentType, ETag: meta.ETag, ModTime: fi.ModTime()}, nil
}
