package media

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/storage"
)

// PutPart stores part number of an upload from body, which must hold
// exactly the part's bytes, checked against sha256hex. A part may be sent
// again; the new copy replaces the old once its digest is right. The first
// part is sniffed: a file that is not of the asset's kind ends the upload
// with an invalid error on field "file", and nothing of it is kept.
func (s *Service) PutPart(ctx context.Context, p xiangcai.Principal, id string, number int, body []byte, sha256hex string) (storage.Part, error) {
	a, err := s.findUploading(ctx, p, id)
	if err != nil {
		return storage.Part{}, err
	}
	if number < 1 || number > a.PartCount() {
		return storage.Part{}, xiangcai.Invalid("number",
			fmt.Sprintf("分片编号须在 1 到 %d 之间", a.PartCount()), fmt.Sprintf("the part number must be from 1 to %d", a.PartCount()))
	}
	if want := a.partLength(number); int64(len(body)) != want {
		return storage.Part{}, xiangcai.Invalid("body",
			fmt.Sprintf("第 %d 个分片应为 %d 字节，收到 %d 字节", number, want, len(body)),
			fmt.Sprintf("part %d must be %d bytes; %d were sent", number, want, len(body)))
	}
	if sha256hex == "" {
		return storage.Part{}, xiangcai.Invalid("sha256", "缺少分片的 SHA-256 校验值", "the part's SHA-256 is missing")
	}
	var sniffed string
	if number == 1 {
		var ok bool
		if sniffed, ok = sniff(a.Kind, body); !ok {
			if err := s.discard(ctx, a); err != nil {
				return storage.Part{}, err
			}
			return storage.Part{}, wrongType(a.Kind)
		}
	}
	part, err := s.store.PutPart(ctx, a.OriginalKey, a.UploadID, number, bytes.NewReader(body), int64(len(body)), sha256hex)
	if err != nil || sniffed == "" {
		return part, err
	}
	_, err = s.db.NewUpdate().Model((*Asset)(nil)).Set("content_type = ?", sniffed).Set("updated_at = ?", s.now()).
		Where("id = ?", a.ID).Where("status = ?", StatusUploading).Exec(ctx)
	return part, database.Err(err, assetText)
}

// wrongType is the error for a file whose bytes are not of kind.
func wrongType(kind Kind) error {
	if kind == KindVideo {
		return xiangcai.Invalid("file", "文件不是受支持的视频格式（MP4、MOV、WebM、MKV、AVI、MPEG-TS 等）",
			"the file is not a video in a supported format (MP4, MOV, WebM, MKV, AVI, MPEG-TS and the like)")
	}
	return xiangcai.Invalid("file", "文件不是 PDF 文档", "the file is not a PDF document")
}

// ListParts returns an open upload's asset and the parts received so far,
// so a client that lost its connection sends only what is missing.
func (s *Service) ListParts(ctx context.Context, p xiangcai.Principal, id string) (*Asset, []storage.Part, error) {
	a, err := s.findUploading(ctx, p, id)
	if err != nil {
		return nil, nil, err
	}
	parts, err := s.store.ListParts(ctx, a.OriginalKey, a.UploadID)
	return a, parts, err
}

// missingParts returns an invalid error on field "parts" listing the parts
// of a that parts (sorted by number, as the store lists them) lacks.
func missingParts(a *Asset, parts []storage.Part) error {
	var missing []string
	next := 0
	for n := 1; n <= a.PartCount(); n++ {
		if next < len(parts) && parts[next].Number == n {
			next++
			continue
		}
		missing = append(missing, strconv.Itoa(n))
	}
	if len(missing) == 0 {
		return nil
	}
	if len(missing) > 20 {
		missing = append(missing[:20], "…")
	}
	return xiangcai.Invalid("parts", "缺少第 "+strings.Join(missing, "、")+" 个分片",
		"missing parts: "+strings.Join(missing, ", "))
}
