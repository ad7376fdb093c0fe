package migrations

// media creates media_assets (package courses/media): uploaded videos and
// documents, from the chunked upload through processing to playback. Object
// keys are stored, never URLs; city_code is the owner's city when the asset
// was created, so a city administrator's rights do not change when the owner
// moves.
var media = Migration{
	Version: 4,
	Name:    "media",
	Up: []string{
		`CREATE TABLE media_assets (
			id TEXT PRIMARY KEY,
			kind TEXT NOT NULL CHECK (kind IN ('video', 'document')),
			status TEXT NOT NULL CHECK (status IN ('uploading', 'processing', 'ready', 'failed')),
			owner_id TEXT NOT NULL REFERENCES users (id),
			city_code TEXT,
			file_name TEXT NOT NULL,
			content_type TEXT,
			size BIGINT NOT NULL CHECK (size > 0),
			part_size BIGINT NOT NULL CHECK (part_size > 0),
			upload_id TEXT,
			original_key TEXT NOT NULL,
			hls_prefix TEXT,
			mp4_key TEXT,
			poster_key TEXT,
			duration_seconds DOUBLE PRECISION,
			renditions {json},
			failure_zh TEXT,
			failure_en TEXT,
			created_at {timestamp} NOT NULL,
			updated_at {timestamp} NOT NULL,
			CHECK (status <> 'uploading' OR upload_id IS NOT NULL),
			CHECK (status <> 'failed' OR (failure_zh IS NOT NULL AND failure_en IS NOT NULL))
		)`,
		`CREATE INDEX media_assets_owner_id ON media_assets (owner_id)`,
	},
	Down: []string{
		`DROP TABLE media_assets`,
	},
}
