package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"xiangcai/courses/media"
)

// MediaOutput is one media asset.
type MediaOutput struct {
	Body struct {
		Media MediaBody `json:"media"`
	}
}

// UploadOutput is an open upload: the asset and how to send its parts.
type UploadOutput struct {
	Body struct {
		Media  MediaBody  `json:"media"`
		Upload UploadBody `json:"upload"`
	}
}

// PartsOutput is an open upload with the parts received so far.
type PartsOutput struct {
	Body struct {
		Media  MediaBody  `json:"media"`
		Upload UploadBody `json:"upload"`
		Parts  []PartBody `json:"parts" doc:"by number"`
	}
}

type mediaIDInput struct {
	ID string `path:"id" maxLength:"36"`
}

func mediaOutput(a *media.Asset, err error) (*MediaOutput, error) {
	if err != nil {
		return nil, err
	}
	out := &MediaOutput{}
	out.Body.Media = mediaBody(a)
	return out, nil
}

func (s *Server) registerMedia() {
	huma.Register(s.API, huma.Operation{
		OperationID: "start-media-upload", Method: http.MethodPost, Path: "/media", Tags: []string{"media"},
		Summary: "Start uploading a video or a PDF document",
		Description: "Instructors and administrators upload. Send the parts with PUT /media/{id}/parts/{n}, " +
			"then POST /media/{id}/complete. Videos may be up to 4 GiB, documents up to 100 MiB.",
		Security: authenticated, DefaultStatus: http.StatusCreated,
	}, func(ctx context.Context, in *struct {
		Body struct {
			Kind        string `json:"kind" enum:"video,document"`
			FileName    string `json:"file_name" maxLength:"255"`
			Size        int64  `json:"size" doc:"bytes"`
			ContentType string `json:"content_type,omitempty" maxLength:"255" doc:"the type the browser claims; the bytes decide"`
			PartSize    int64  `json:"part_size,omitempty" doc:"5 MiB to 16 MiB; default 8 MiB"`
		}
	}) (*UploadOutput, error) {
		b := in.Body
		a, err := s.deps.Media.StartUpload(ctx, PrincipalFrom(ctx), media.NewUpload{
			Kind: media.Kind(b.Kind), FileName: b.FileName, Size: b.Size, ContentType: b.ContentType, PartSize: b.PartSize,
		})
		if err != nil {
			return nil, err
		}
		out := &UploadOutput{}
		out.Body.Media, out.Body.Upload = mediaBody(a), uploadBody(a)
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "list-media-parts", Method: http.MethodGet, Path: "/media/{id}/parts", Tags: []string{"media"},
		Summary:  "List the parts of an open upload received so far, to resume it",
		Security: authenticated,
	}, func(ctx context.Context, in *mediaIDInput) (*PartsOutput, error) {
		a, parts, err := s.deps.Media.ListParts(ctx, PrincipalFrom(ctx), in.ID)
		if err != nil {
			return nil, err
		}
		out := &PartsOutput{}
		out.Body.Media, out.Body.Upload, out.Body.Parts = mediaBody(a), uploadBody(a), make([]PartBody, len(parts))
		for i, p := range parts {
			out.Body.Parts[i] = partBody(p)
		}
		return out, nil
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "complete-media-upload", Method: http.MethodPost, Path: "/media/{id}/complete", Tags: []string{"media"},
		Summary: "Finish an upload; the file is then processed in the background",
		Description: "The checksum is hex(SHA-256 of the parts' raw SHA-256 digests in order) + \"-\" + the part count. " +
			"A missing part or a wrong checksum leaves the upload open to be repaired.",
		Security: authenticated,
	}, func(ctx context.Context, in *struct {
		ID   string `path:"id" maxLength:"36"`
		Body struct {
			Checksum string `json:"checksum" maxLength:"80" example:"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08-3"`
		}
	}) (*MediaOutput, error) {
		return mediaOutput(s.deps.Media.CompleteUpload(ctx, PrincipalFrom(ctx), in.ID, in.Body.Checksum))
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "abort-media-upload", Method: http.MethodDelete, Path: "/media/{id}", Tags: []string{"media"},
		Summary:  "Cancel an unfinished upload; its parts are discarded",
		Security: authenticated, DefaultStatus: http.StatusNoContent,
	}, func(ctx context.Context, in *mediaIDInput) (*struct{}, error) {
		return nil, s.deps.Media.AbortUpload(ctx, PrincipalFrom(ctx), in.ID)
	})
	huma.Register(s.API, huma.Operation{
		OperationID: "get-media", Method: http.MethodGet, Path: "/media/{id}", Tags: []string{"media"},
		Summary:  "Get a media asset: its status, and why it failed if it did",
		Security: authenticated,
	}, func(ctx context.Context, in *mediaIDInput) (*MediaOutput, error) {
		return mediaOutput(s.deps.Media.FindAssetByID(ctx, PrincipalFrom(ctx), in.ID))
	})
	s.registerMediaPart()
	s.registerMediaPlayback()
}
