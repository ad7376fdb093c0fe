package api

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/courses/media"
)

// PlaybackOutput says how to show a ready media asset.
type PlaybackOutput struct {
	Body struct {
		Media       MediaBody `json:"media"`
		HLSURL      string    `json:"hls_url,omitempty" doc:"master HLS playlist of a video (for hls.js or native HLS)"`
		MP4URL      string    `json:"mp4_url,omitempty" doc:"signed progressive MP4 fallback of a video; supports HTTP Range"`
		PosterURL   string    `json:"poster_url,omitempty" doc:"signed poster JPEG of a video"`
		DocumentURL string    `json:"document_url,omitempty" doc:"signed link that shows a document"`
		DownloadURL string    `json:"download_url,omitempty" doc:"signed link that saves a document under its file name"`
		ExpiresAt   time.Time `json:"expires_at" doc:"when the signed links stop working; ask again after"`
	}
}

// PlaylistOutput is an HLS playlist.
type PlaylistOutput struct {
	ContentType  string `header:"Content-Type"`
	CacheControl string `header:"Cache-Control"`
	Body         []byte
}

func (s *Server) registerMediaPlayback() {
	huma.Register(s.API, huma.Operation{
		OperationID: "get-media-playback", Method: http.MethodGet, Path: "/media/{id}/playback", Tags: []string{"media"},
		Summary: "Get the links that play a video or show a document",
		Description: "Links are signed and expire; video segments and files come straight from the object store. " +
			"The owner, administrators of the owner's city and the viewers of a lesson that shows the asset may play it.",
		Security: authenticated,
	}, func(ctx context.Context, in *mediaIDInput) (*PlaybackOutput, error) {
		pb, err := s.deps.Media.Playback(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		out := &PlaybackOutput{}
		b := &out.Body
		b.Media, b.MP4URL, b.PosterURL, b.ExpiresAt = mediaBody(pb.Asset), pb.MP4URL, pb.PosterURL, pb.ExpiresAt
		b.DocumentURL, b.DownloadURL = pb.DocumentURL, pb.DownloadURL
		if pb.Asset.Kind == media.KindVideo {
			b.HLSURL = s.deps.Config.BaseURL + "/api/v1/media/" + pb.Asset.ID + "/hls/" + media.MasterPlaylist + ".m3u8"
		}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-media-playlist", Method: http.MethodGet, Path: "/media/{id}/hls/{file}", Tags: []string{"media"},
		Summary: "Get an HLS playlist of a video: master.m3u8, or a rendition's such as 360p.m3u8",
		Description: "Segment URIs in a rendition's playlist are signed links straight to the object store, " +
			"valid about two hours longer than the video.",
		Security: authenticated,
		Responses: map[string]*huma.Response{"200": {Content: map[string]*huma.MediaType{
			"application/vnd.apple.mpegurl": {Schema: &huma.Schema{Type: "string"}},
		}}},
	}, func(ctx context.Context, in *struct {
		ID   string `path:"id" maxLength:"36"`
		File string `path:"file" pattern:"^[0-9A-Za-z_-]{1,32}\\.m3u8$" example:"master.m3u8"`
	}) (*PlaylistOutput, error) {
		b, err := s.deps.Media.Playlist(ctx, PrincipalFrom(ctx), in.ID, strings.TrimSuffix(in.File, ".m3u8"))
		if err != nil {
			return nil, err
		}
		return &PlaylistOutput{ContentType: "application/vnd.apple.mpegurl", CacheControl: "private, max-age=300", Body: b}, nil
	})
}
