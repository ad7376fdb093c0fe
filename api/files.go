package api

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
	"xiangcai/storage"
)

// serveSignedFile serves a download link made by the folder store's
// SignedURL, with HTTP Range support so video seeks and resumed downloads
// work. MinIO deployments never reach it: their links point at MinIO itself.
func (s *Server) serveSignedFile(c *fiber.Ctx) error {
	key, err := url.PathUnescape(c.Params("*"))
	if err != nil {
		return xiangcai.Forbidden()
	}
	exp, _ := strconv.ParseInt(c.Query("exp"), 10, 64)
	name := c.Query("name")
	if err := s.deps.Folder.Verify(key, name, exp, c.Query("sig"), time.Now()); err != nil {
		return err
	}
	rng, err := parseRange(c.Get(fiber.HeaderRange))
	if err != nil {
		return err
	}
	body, info, err := s.deps.Store.Get(c.UserContext(), key, rng)
	if err != nil {
		return err
	}
	c.Set(fiber.HeaderContentType, info.ContentType)
	c.Set(fiber.HeaderAcceptRanges, "bytes")
	c.Set(fiber.HeaderETag, `"`+info.ETag+`"`)
	c.Set(fiber.HeaderCacheControl, "private, max-age=3600")
	if name != "" {
		c.Set(fiber.HeaderContentDisposition, storage.Disposition(name))
	}
	length := info.Size
	if rng != nil {
		end := rng.End
		if end < 0 || end >= info.Size {
			end = info.Size - 1
		}
		length = end - rng.Start + 1
		c.Status(fiber.StatusPartialContent)
		c.Set(fiber.HeaderContentRange, fmt.Sprintf("bytes %d-%d/%d", rng.Start, end, info.Size))
	}
	return c.SendStream(body, int(length)) // fasthttp closes body once sent
}

// parseRange reads a single "bytes=start-end" or "bytes=start-" range; no
// header means the whole object. Suffix and multiple ranges are refused.
func parseRange(header string) (*storage.Range, error) {
	if header == "" {
		return nil, nil
	}
	spec, ok := strings.CutPrefix(header, "bytes=")
	startText, endText, found := strings.Cut(spec, "-")
	start, err := strconv.ParseInt(startText, 10, 64)
	if !ok || !found || err != nil || start < 0 || strings.Contains(spec, ",") {
		return nil, xiangcai.Invalid("Range", "不支持的 Range 请求头", "unsupported Range header")
	}
	end := int64(-1)
	if endText != "" {
		if end, err = strconv.ParseInt(endText, 10, 64); err != nil || end < start {
			return nil, xiangcai.Invalid("Range", "不支持的 Range 请求头", "unsupported Range header")
		}
	}
	return &storage.Range{Start: start, End: end}, nil
}
