package media

import (
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// contentTypes are the types of the files processing stores, by extension.
var contentTypes = map[string]string{
	".m3u8": "application/vnd.apple.mpegurl",
	".ts":   "video/mp2t",
	".mp4":  "video/mp4",
	".jpg":  "image/jpeg",
}

// download copies the object at key into a new file at path.
func (s *Service) download(ctx context.Context, key, path string) error {
	body, _, err := s.store.Get(ctx, key, nil)
	if err != nil {
		return err
	}
	defer body.Close()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, body)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// publish stores every file below dir under prefix, at its path below dir.
func (s *Service) publish(ctx context.Context, dir, prefix string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return err
		}
		_, err = s.store.Put(ctx, prefix+"/"+filepath.ToSlash(rel), f, info.Size(), contentTypes[filepath.Ext(path)])
		return err
	})
}
