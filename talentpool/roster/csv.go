package roster

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"xiangcai"
)

// openCSV reads a CSV file in the encodings Excel saves: UTF-8 with or
// without a byte-order mark, UTF-16 ("Unicode text", tab-separated), and
// GB18030, the superset of GBK that Chinese Excel uses for "CSV".
func openCSV(data []byte) (*Reader, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord, r.LazyQuotes, r.Comma = -1, true, delimiter(text)
	rd, ok, err := start(FormatCSV, "", &csvSource{r: r})
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, noHeader()
	}
	return rd, nil
}

// decodeText returns data as UTF-8 without a byte-order mark.
func decodeText(data []byte) ([]byte, error) {
	var dec *encoding.Decoder
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case utf8.Valid(data):
		return data, nil
	default:
		dec = simplifiedchinese.GB18030.NewDecoder()
	}
	text, err := dec.Bytes(data)
	if err != nil {
		e := xiangcai.Invalid("file", "无法识别文件的字符编码，请另存为 UTF-8 的 CSV", "the file's character encoding is unknown; save it as UTF-8 CSV")
		e.Cause = err
		return nil, e
	}
	return text, nil
}

// delimiter guesses the field separator from the rows that may hold the
// header: a comma, unless tabs or semicolons are more frequent there.
func delimiter(text []byte) rune {
	top := text
	for i, n := 0, 0; i < len(text) && n < headerScan; i++ {
		if text[i] == '\n' {
			top, n = text[:i], n+1
		}
	}
	best, most := ',', bytes.Count(top, []byte(","))
	for _, d := range []rune{'\t', ';'} {
		if n := bytes.Count(top, []byte(string(d))); n > most {
			best, most = d, n
		}
	}
	return best
}

// csvSource reads the records of a CSV file.
type csvSource struct{ r *csv.Reader }

func (s *csvSource) next() ([]string, int, error) {
	rec, err := s.r.Read()
	var parseErr *csv.ParseError
	switch {
	case errors.Is(err, io.EOF):
		return nil, 0, io.EOF
	case errors.As(err, &parseErr):
		e := xiangcai.Invalid("file", fmt.Sprintf("CSV 文件第%d行格式有误", parseErr.Line),
			fmt.Sprintf("the CSV file is malformed at line %d", parseErr.Line))
		e.Cause = err
		return nil, 0, e
	case err != nil:
		return nil, 0, err
	}
	line, _ := s.r.FieldPos(0)
	return rec, line, nil
}

func (s *csvSource) close() error { return nil }
