package xiangcai

import (
	"encoding/base64"
	"encoding/json"
)

// DefaultPageSize and MaxPageSize bound list requests.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Page asks for one page of a keyset-paginated list: at most Limit items
// after the position encoded in Cursor ("" for the first page).
type Page struct {
	Limit  int
	Cursor string
}

// Size returns the page size to use, with defaults and bounds applied.
func (p Page) Size() int {
	switch {
	case p.Limit <= 0:
		return DefaultPageSize
	case p.Limit > MaxPageSize:
		return MaxPageSize
	default:
		return p.Limit
	}
}

// EncodeCursor turns a position (the sort key of the last row shown) into an
// opaque cursor string.
func EncodeCursor(position any) string {
	b, err := json.Marshal(position)
	if err != nil {
		panic(err) // positions are plain values; failing to encode one is a bug
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor made by EncodeCursor into position. A cursor
// that was not made by EncodeCursor gives an invalid error on field "cursor".
func DecodeCursor(cursor string, position any) error {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err == nil {
		err = json.Unmarshal(b, position)
	}
	if err != nil {
		return Invalid("cursor", "分页游标无效", "the page cursor is not valid")
	}
	return nil
}
