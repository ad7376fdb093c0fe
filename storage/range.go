package storage

import (
	"fmt"

	"xiangcai"
)

// check returns an invalid error on field "range" for a range that cannot
// be right whatever the object's size.
func (r Range) check() error {
	if r.Start < 0 || r.End < -1 || (r.End != -1 && r.End < r.Start) {
		return xiangcai.Invalid("range", "读取范围无效", "the range is not valid")
	}
	return nil
}

// span returns the offset and length of the bytes r selects in an object of
// size bytes.
func (r Range) span(size int64) (offset, length int64, err error) {
	if err := r.check(); err != nil {
		return 0, 0, err
	}
	if r.Start >= size {
		return 0, 0, errRangeStart()
	}
	end := r.End
	if end == -1 || end >= size {
		end = size - 1
	}
	return r.Start, end - r.Start + 1, nil
}

// header returns the value of an HTTP Range header asking for r.
func (r Range) header() string {
	if r.End == -1 {
		return fmt.Sprintf("bytes=%d-", r.Start)
	}
	return fmt.Sprintf("bytes=%d-%d", r.Start, r.End)
}
