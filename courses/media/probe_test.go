package media

import (
	"encoding/json"
	"testing"
)

// TestProbeOutput reads ffprobe's JSON for a phone video: cover art
// first, then sound, then the picture, recorded sideways.
func TestProbeOutput(t *testing.T) {
	const out = `{
		"streams": [
			{"index": 0, "codec_type": "video", "width": 300, "height": 300, "disposition": {"attached_pic": 1}},
			{"index": 1, "codec_type": "audio", "duration": "12.4"},
			{"index": 2, "codec_type": "video", "width": 1920, "height": 1080, "duration": "12.3",
			 "disposition": {"attached_pic": 0}, "side_data_list": [{"rotation": -90}]}
		],
		"format": {"duration": "12.500000"}
	}`
	var p probeOutput
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatal(err)
	}
	v, err := p.video()
	if err != nil || v != (video{stream: 2, width: 1080, height: 1920, duration: 12.5, audio: true}) {
		t.Fatalf("video() = %+v, %v", v, err)
	}
	p.Streams = p.Streams[:2]
	if _, err := p.video(); err == nil || err.(*failure).reason != reasonNoVideo {
		t.Fatalf("sound with cover art: %v, want no video", err)
	}
}
