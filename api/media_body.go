package api

import (
	"time"

	"xiangcai/courses/media"
	"xiangcai/storage"
)

// MediaBody is a media asset as the API shows it.
type MediaBody struct {
	ID              string            `json:"id" doc:"opaque identifier; lessons refer to it as media_id"`
	Kind            string            `json:"kind" enum:"video,document"`
	Status          string            `json:"status" enum:"uploading,processing,ready,failed"`
	OwnerID         string            `json:"owner_id"`
	FileName        string            `json:"file_name"`
	ContentType     string            `json:"content_type,omitempty" doc:"sniffed from the file's first bytes once part 1 has arrived"`
	Size            int64             `json:"size" doc:"bytes"`
	DurationSeconds float64           `json:"duration_seconds,omitempty"`
	Renditions      []media.Rendition `json:"renditions,omitempty" doc:"HLS renditions of a ready video"`
	Failure         *FailureBody      `json:"failure,omitempty" doc:"why the file cannot be used, when status is failed"`
	CreatedAt       time.Time         `json:"created_at"`
	UpdatedAt       time.Time         `json:"updated_at"`
}

// FailureBody is a reason shown to the uploader, in both languages.
type FailureBody struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// UploadBody says how to send an upload's parts.
type UploadBody struct {
	PartSize  int64     `json:"part_size" doc:"bytes of every part but the last, which holds the rest"`
	PartCount int       `json:"part_count" doc:"parts are numbered 1 to part_count"`
	ExpiresAt time.Time `json:"expires_at" doc:"an upload not completed by then (24 hours after it began) is discarded, parts and all"`
}

// PartBody is one received part.
type PartBody struct {
	Number int    `json:"number"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256" doc:"lowercase hex"`
}

func mediaBody(a *media.Asset) MediaBody {
	b := MediaBody{ID: a.ID, Kind: string(a.Kind), Status: string(a.Status), OwnerID: a.OwnerID, FileName: a.FileName,
		ContentType: a.ContentType, Size: a.Size, DurationSeconds: a.DurationSeconds, Renditions: a.Renditions,
		CreatedAt: a.CreatedAt, UpdatedAt: a.UpdatedAt}
	if a.Status == media.StatusFailed {
		b.Failure = &FailureBody{ZH: a.FailureZH, EN: a.FailureEN}
	}
	return b
}

func uploadBody(a *media.Asset) UploadBody {
	return UploadBody{PartSize: a.PartSize, PartCount: a.PartCount(), ExpiresAt: a.CreatedAt.Add(media.UploadWindow)}
}

func partBody(p storage.Part) PartBody {
	return PartBody{Number: p.Number, Size: p.Size, SHA256: p.SHA256}
}
