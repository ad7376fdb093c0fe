package media

import (
	"bytes"
	"slices"
)

// sniff returns the content type of a file of kind whose first bytes are
// head, judged by the bytes alone (never by the name or the client's
// claim), and false when head does not look like that kind at all.
func sniff(kind Kind, head []byte) (string, bool) {
	if kind == KindDocument {
		// Readers accept the header anywhere in the first kilobyte.
		return "application/pdf", bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-"))
	}
	return sniffVideo(head)
}

// imageBrands are ISO base media brands of still images (HEIF, AVIF),
// which share the ftyp box with video.
var imageBrands = []string{"avif", "avis", "heic", "heix", "heim", "heis", "hevc", "mif1", "msf1"}

// sniffVideo recognises the containers people bring video in: MP4, MOV and
// 3GP (ISO base media), WebM and Matroska, AVI, MPEG transport streams
// (including the 192-byte packets of camcorder .mts files), MPEG program
// streams (.mpg, .vob), Windows Media (ASF) and Flash video.
func sniffVideo(h []byte) (string, bool) {
	at := func(offset int, sig string) bool {
		return len(h) >= offset+len(sig) && string(h[offset:offset+len(sig)]) == sig
	}
	switch {
	case at(4, "ftyp"):
		if len(h) < 12 || slices.Contains(imageBrands, string(h[8:12])) {
			return "", false
		}
		if at(8, "qt  ") {
			return "video/quicktime", true
		}
		return "video/mp4", true
	case at(4, "moov"), at(4, "mdat"), at(4, "wide"), at(4, "free"), at(4, "skip"):
		return "video/quicktime", true // QuickTime files from before the ftyp box
	case at(0, "\x1a\x45\xdf\xa3"):
		if bytes.Contains(h[:min(len(h), 64)], []byte("webm")) {
			return "video/webm", true
		}
		return "video/x-matroska", true
	case at(0, "RIFF") && at(8, "AVI "):
		return "video/x-msvideo", true
	case at(0, "\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
		return "video/x-ms-asf", true
	case at(0, "FLV\x01"):
		return "video/x-flv", true
	case at(0, "\x00\x00\x01\xba"):
		return "video/mpeg", true
	case transportStream(h, 0, 188), transportStream(h, 4, 192):
		return "video/mp2t", true
	}
	return "", false
}

// transportStream reports whether h starts with three MPEG-TS packets of
// size bytes with their sync byte at offset.
func transportStream(h []byte, offset, size int) bool {
	for i := range 3 {
		if at := offset + i*size; at >= len(h) || h[at] != 0x47 {
			return false
		}
	}
	return true
}
