package media

import (
	"bytes"
	"context"
	"errors"
	"io"
	"path"
	"strings"

	"xiangcai"
)

// MasterPlaylist names the master playlist in Playlist; every other name
// is a rendition's.
const MasterPlaylist = "master"

// maxPlaylist bounds the size of a stored playlist that is read, in bytes;
// a two-hour rendition's is about 100 KB.
const maxPlaylist = 4 << 20

// Playlist returns the HLS playlist name (MasterPlaylist or a rendition's
// name) of a ready video, rewritten for playback. In the master, each
// rendition's URI becomes "{name}.m3u8", relative, so the player asks this
// same route for it; in a rendition's playlist every segment URI becomes a
// signed link straight to the store, valid as long as Playback's links.
func (s *Service) Playlist(ctx context.Context, p xiangcai.Principal, id, name string) ([]byte, error) {
	a, err := s.findReady(ctx, p, id)
	if err != nil {
		return nil, err
	}
	if a.Kind != KindVideo {
		return nil, xiangcai.NotFound("播放列表", "playlist")
	}
	if name == MasterPlaylist {
		return s.rewrite(ctx, a.HLSPrefix+"/master.m3u8", func(uri string) (string, error) {
			folder, file := path.Split(uri)
			if _, ok := a.rendition(strings.TrimSuffix(folder, "/")); !ok || file != "index.m3u8" {
				return "", errors.New("media: unexpected rendition URI " + uri)
			}
			return strings.TrimSuffix(folder, "/") + ".m3u8", nil
		})
	}
	if _, ok := a.rendition(name); !ok {
		return nil, xiangcai.NotFound("播放列表", "playlist")
	}
	ttl := a.linkTTL()
	return s.rewrite(ctx, a.HLSPrefix+"/"+name+"/index.m3u8", func(uri string) (string, error) {
		if strings.Contains(uri, "/") {
			return "", errors.New("media: unexpected segment URI " + uri)
		}
		return s.store.SignedURL(ctx, a.HLSPrefix+"/"+name+"/"+uri, ttl, "")
	})
}

// rewrite reads the playlist at key and replaces each URI line (every line
// that is neither blank nor a tag) with what uri makes of it.
func (s *Service) rewrite(ctx context.Context, key string, uri func(string) (string, error)) ([]byte, error) {
	body, _, err := s.store.Get(ctx, key, nil)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	text, err := io.ReadAll(io.LimitReader(body, maxPlaylist))
	if err != nil {
		return nil, xiangcai.Internal(err)
	}
	var out bytes.Buffer
	for line := range strings.Lines(string(text)) {
		line = strings.TrimRight(line, "\r\n")
		if line != "" && !strings.HasPrefix(line, "#") {
			if line, err = uri(line); err != nil {
				return nil, xiangcai.Internal(err)
			}
		}
		out.WriteString(line + "\n")
	}
	return out.Bytes(), nil
}
