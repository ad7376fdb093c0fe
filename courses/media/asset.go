// Package media keeps the videos and documents that lessons show. An asset
// is uploaded in parts through the object store's resumable upload, its
// type sniffed from its first bytes; once complete, a background job
// (package jobs) probes a video with ffprobe and transcodes it with ffmpeg
// to HLS in two renditions with a poster and a progressive MP4 fallback, or
// checks a document is a PDF. Playback hands out signed, expiring links that
// point straight at the store, and HLS playlists rewritten so that every
// segment is such a link.
package media

import (
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
)

// Kind is what an asset holds.
type Kind string

// The kinds of asset.
const (
	KindVideo    Kind = "video"
	KindDocument Kind = "document"
)

// Status is where an asset is between upload and playback.
type Status string

// The statuses of an asset: parts are arriving, the job is working on it,
// it can be played, or it could not be used (with a reason).
const (
	StatusUploading  Status = "uploading"
	StatusProcessing Status = "processing"
	StatusReady      Status = "ready"
	StatusFailed     Status = "failed"
)

// assetText names an asset in not_found messages.
var assetText = xiangcai.Text{ZH: "媒体文件", EN: "media asset"}

// Rendition is one quality of a video's HLS stream.
type Rendition struct {
	// Name is the short side in pixels and "p", such as "360p"; it names
	// the rendition's folder and playlist.
	Name   string `json:"name"`
	Width  int    `json:"width"`
	Height int    `json:"height"`
	// Bandwidth is the most bits per second the rendition needs.
	Bandwidth int `json:"bandwidth"`
}

// Asset is an uploaded video or document.
type Asset struct {
	bun.BaseModel `bun:"table:media_assets,alias:m"`

	ID      string `bun:"id,pk"`
	Kind    Kind   `bun:"kind"`
	Status  Status `bun:"status"`
	OwnerID string `bun:"owner_id"`
	// CityCode is the owner's city when the asset was created; that city's
	// administrators manage the asset.
	CityCode string `bun:"city_code,nullzero"`
	FileName string `bun:"file_name"`
	// ContentType is sniffed from the first part, never taken from the client.
	ContentType string `bun:"content_type,nullzero"`
	Size        int64  `bun:"size"`
	PartSize    int64  `bun:"part_size"`
	// UploadID is the store's upload, while the status is uploading.
	UploadID    string `bun:"upload_id,nullzero"`
	OriginalKey string `bun:"original_key"`
	// HLSPrefix holds master.m3u8 and a folder per rendition.
	HLSPrefix       string      `bun:"hls_prefix,nullzero"`
	MP4Key          string      `bun:"mp4_key,nullzero"`
	PosterKey       string      `bun:"poster_key,nullzero"`
	DurationSeconds float64     `bun:"duration_seconds,nullzero"`
	Renditions      []Rendition `bun:"renditions,nullzero"`
	FailureZH       string      `bun:"failure_zh,nullzero"`
	FailureEN       string      `bun:"failure_en,nullzero"`
	CreatedAt       time.Time   `bun:"created_at"`
	UpdatedAt       time.Time   `bun:"updated_at"`
}

// PartCount is how many parts the upload is sent in: all of PartSize bytes
// but the last, which holds the rest.
func (a *Asset) PartCount() int {
	return int((a.Size + a.PartSize - 1) / a.PartSize)
}

// partLength is the exact size of part number (1-based).
func (a *Asset) partLength(number int) int64 {
	if number < a.PartCount() {
		return a.PartSize
	}
	return a.Size - int64(a.PartCount()-1)*a.PartSize
}

// Failure is why the asset failed, for the uploader; empty unless failed.
func (a *Asset) Failure() xiangcai.Text {
	return xiangcai.Text{ZH: a.FailureZH, EN: a.FailureEN}
}

// rendition returns the rendition called name.
func (a *Asset) rendition(name string) (Rendition, bool) {
	for _, r := range a.Renditions {
		if r.Name == name {
			return r, true
		}
	}
	return Rendition{}, false
}

// keyPrefix is the folder of every object of the asset.
func keyPrefix(id string) string { return "media/" + id }
