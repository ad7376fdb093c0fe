package media

import (
	"mime"
	"strings"
	"unicode"
	"unicode/utf8"

	"xiangcai"
)

// maxFileName bounds the length of a file name, in characters.
const maxFileName = 255

// checkUpload validates what a client declares before an upload and
// returns the file name trimmed. Every problem names its field.
func checkUpload(in NewUpload) (string, error) {
	limit := int64(MaxDocumentSize)
	switch in.Kind {
	case KindVideo:
		limit = MaxVideoSize
	case KindDocument:
	default:
		return "", xiangcai.Invalid("kind", "文件类型须为视频或文档", "the kind must be video or document")
	}
	name := strings.TrimSpace(in.FileName)
	if name == "" || utf8.RuneCountInString(name) > maxFileName || strings.ContainsFunc(name, unicode.IsControl) {
		return "", xiangcai.Invalid("file_name", "文件名须为 1 到 255 个字符，且不含控制字符",
			"the file name must be 1 to 255 characters without control characters")
	}
	if in.Size <= 0 {
		return "", xiangcai.Invalid("size", "文件不能为空", "the file must not be empty")
	}
	if in.Size > limit {
		e := xiangcai.Errorf(xiangcai.ETOOLARGE, "文件过大", "the file is too large")
		if in.Kind == KindVideo {
			return "", e.WithField("size", "视频不能超过 4 GiB", "a video must not be larger than 4 GiB")
		}
		return "", e.WithField("size", "文档不能超过 100 MiB", "a document must not be larger than 100 MiB")
	}
	if in.PartSize < MinPartSize || in.PartSize > MaxPartSize {
		return "", xiangcai.Invalid("part_size", "分片大小须在 5 MiB 到 16 MiB 之间", "the part size must be from 5 MiB to 16 MiB")
	}
	if !plausibleType(in.Kind, in.ContentType) {
		if in.Kind == KindVideo {
			return "", xiangcai.Invalid("content_type", "所选文件不是视频", "the chosen file is not a video")
		}
		return "", xiangcai.Invalid("content_type", "文档须为 PDF 文件", "a document must be a PDF file")
	}
	return name, nil
}

// plausibleType reports whether a client's claimed content type may be a
// file of kind. Browsers claim nothing or application/octet-stream for
// types they do not know, so those pass; the bytes decide later.
func plausibleType(kind Kind, claimed string) bool {
	if claimed == "" {
		return true
	}
	t, _, err := mime.ParseMediaType(claimed)
	if err != nil {
		return false
	}
	if t == "application/octet-stream" {
		return true
	}
	if kind == KindVideo {
		return strings.HasPrefix(t, "video/")
	}
	return t == "application/pdf"
}
