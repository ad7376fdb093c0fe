package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"path"
	"strings"

	"github.com/gofiber/fiber/v2"
)

//go:embed static
var staticFiles embed.FS

// asset is one embedded static file, ready to send.
type asset struct {
	body        []byte
	contentType string
	etag        string
}

// assets serves the embedded static files under names that carry a hash of
// their content, such as /static/site.3f9a0c12.css. A changed file gets a
// new URL, so browsers may keep every URL for a year without asking again:
// on a weak rural connection each page then costs one request.
type assets struct {
	urls  map[string]string // plain name, such as "site.css" → its URL
	files map[string]asset  // hashed name → file
}

// loadAssets reads and hashes every file under static/, folders included:
// static/vendor/hls.light.min.js is named "vendor/hls.light.min.js" in
// templates and served flat, as /static/hls.light.min.{hash}.js.
func loadAssets() (*assets, error) {
	a := &assets{urls: map[string]string{}, files: map[string]asset{}}
	err := fs.WalkDir(staticFiles, "static", func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := staticFiles.ReadFile(file)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:4])
		ext := path.Ext(file)
		hashed := strings.TrimSuffix(path.Base(file), ext) + "." + hash + ext
		a.urls[strings.TrimPrefix(file, "static/")] = "/static/" + hashed
		a.files[hashed] = asset{body: body, contentType: mime.TypeByExtension(ext), etag: `"` + hash + `"`}
		return nil
	})
	return a, err
}

// url returns the address of the static file name; templates call it as
// {{asset "site.css"}}.
func (a *assets) url(name string) (string, error) {
	u, ok := a.urls[name]
	if !ok {
		return "", fmt.Errorf("web: no static file %q", name)
	}
	return u, nil
}

// serve answers GET /static/:name.
func (a *assets) serve(c *fiber.Ctx) error {
	f, ok := a.files[c.Params("name")]
	if !ok {
		return fiber.ErrNotFound
	}
	c.Set(fiber.HeaderCacheControl, "public, max-age=31536000, immutable")
	c.Set(fiber.HeaderETag, f.etag)
	if c.Get(fiber.HeaderIfNoneMatch) == f.etag {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set(fiber.HeaderContentType, f.contentType)
	return c.Send(f.body)
}
