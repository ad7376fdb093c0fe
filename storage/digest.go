package storage

import (
	"hash"
	"io"
)

// digestReader reads exactly left bytes from r while hashing them. At the end
// it keeps the digest in sum and passes it to done, if set, before returning
// io.EOF, which is when an HTTP trailer is read. A reader that ends early
// gives io.ErrUnexpectedEOF.
type digestReader struct {
	r    io.Reader
	h    hash.Hash
	left int64
	sum  []byte
	done func(sum []byte)
}

func (d *digestReader) Read(p []byte) (int, error) {
	if d.left == 0 {
		if d.sum == nil {
			d.sum = d.h.Sum(nil)
			if d.done != nil {
				d.done(d.sum)
			}
		}
		return 0, io.EOF
	}
	if int64(len(p)) > d.left {
		p = p[:d.left]
	}
	n, err := d.r.Read(p)
	d.h.Write(p[:n])
	d.left -= int64(n)
	if err == io.EOF {
		if d.left > 0 {
			return n, io.ErrUnexpectedEOF
		}
		err = nil
	}
	return n, err
}
