package media

import (
	"bytes"
	"testing"
)

func TestSniff(t *testing.T) {
	ts := bytes.Repeat(append([]byte{0x47}, make([]byte, 187)...), 3)
	m2ts := bytes.Repeat(append([]byte{0, 0, 0, 0, 0x47}, make([]byte, 187)...), 3)
	cases := []struct {
		name string
		kind Kind
		head []byte
		want string // "" means refused
	}{
		{"mp4", KindVideo, []byte("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00"), "video/mp4"},
		{"mov", KindVideo, []byte("\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00"), "video/quicktime"},
		{"old mov", KindVideo, []byte("\x00\x00\x00\x08wide\x00\x00"), "video/quicktime"},
		{"heic photo", KindVideo, []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00"), ""},
		{"avif photo", KindVideo, []byte("\x00\x00\x00\x18ftypavif\x00\x00\x00\x00"), ""},
		{"webm", KindVideo, []byte("\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm"), "video/webm"},
		{"mkv", KindVideo, []byte("\x1a\x45\xdf\xa3\xa3\x42\x86\x81\x01\x42\x82\x88matroska"), "video/x-matroska"},
		{"avi", KindVideo, []byte("RIFF\x00\x10\x00\x00AVI LIST"), "video/x-msvideo"},
		{"wav", KindVideo, []byte("RIFF\x00\x10\x00\x00WAVEfmt "), ""},
		{"wmv", KindVideo, []byte("\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9"), "video/x-ms-asf"},
		{"flv", KindVideo, []byte("FLV\x01\x05"), "video/x-flv"},
		{"mpeg-ps", KindVideo, []byte("\x00\x00\x01\xba\x44"), "video/mpeg"},
		{"mpeg-ts", KindVideo, ts, "video/mp2t"},
		{"m2ts", KindVideo, m2ts, "video/mp2t"},
		{"gif", KindVideo, []byte("GIF89a\x01\x00\x01\x00"), ""},
		{"png", KindVideo, []byte("\x89PNG\r\n\x1a\n"), ""},
		{"pdf as video", KindVideo, []byte("%PDF-1.7\n"), ""},
		{"empty", KindVideo, nil, ""},
		{"pdf", KindDocument, []byte("%PDF-1.7\n%\xe2\xe3"), "application/pdf"},
		{"pdf after junk", KindDocument, append(bytes.Repeat([]byte{' '}, 100), "%PDF-1.4"...), "application/pdf"},
		{"mp4 as document", KindDocument, []byte("\x00\x00\x00\x20ftypisom"), ""},
		{"word", KindDocument, []byte("PK\x03\x04\x14\x00"), ""},
	}
	for _, c := range cases {
		got, ok := sniff(c.kind, c.head)
		if ok != (c.want != "") || (ok && got != c.want) {
			t.Errorf("%s: sniff = %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}
