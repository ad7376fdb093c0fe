package media

import (
	"bytes"
	"context"
	"io"

	"xiangcai"
	"xiangcai/storage"
)

// reasonNotPDF is shown for a document that is not a whole PDF.
var reasonNotPDF = xiangcai.Text{ZH: "文件不是完整的 PDF 文档", EN: "the file is not a complete PDF document"}

// pdfWindow is how far from each end of a PDF its markers may lie.
const pdfWindow = 1024

// checkDocument checks that a document starts like a PDF and ends like
// one (an %%EOF marker near the end), which catches files cut short.
func (s *Service) checkDocument(ctx context.Context, a *Asset) error {
	head, err := s.readRange(ctx, a.OriginalKey, storage.Range{Start: 0, End: pdfWindow - 1})
	if err != nil {
		return err
	}
	tail, err := s.readRange(ctx, a.OriginalKey, storage.Range{Start: max(0, a.Size-pdfWindow), End: -1})
	if err != nil {
		return err
	}
	if _, ok := sniff(KindDocument, head); !ok || !bytes.Contains(tail, []byte("%%EOF")) {
		return &failure{reasonNotPDF}
	}
	return nil
}

// readRange reads the bytes of an object in rng.
func (s *Service) readRange(ctx context.Context, key string, rng storage.Range) ([]byte, error) {
	body, _, err := s.store.Get(ctx, key, &rng)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	return io.ReadAll(body)
}
