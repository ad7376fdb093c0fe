package accounts

import (
	"errors"

	"xiangcai"
)

// problems gathers the invalid fields of one input, so that a form shows
// them all at once instead of one per submission.
type problems struct {
	fields []xiangcai.FieldError
	other  error // an error that is not about the input; it wins
}

// add records err: the fields of an invalid error, or any other error.
func (p *problems) add(err error) {
	var e *xiangcai.Error
	switch {
	case err == nil:
	case errors.As(err, &e) && e.Code == xiangcai.EINVALID:
		p.fields = append(p.fields, e.Fields...)
	case p.other == nil:
		p.other = err
	}
}

// result returns one invalid error naming every recorded field, the other
// error if there was one, or nil when nothing was wrong.
func (p *problems) result() error {
	if p.other != nil || len(p.fields) == 0 {
		return p.other
	}
	e := xiangcai.Invalid(p.fields[0].Field, p.fields[0].Message.ZH, p.fields[0].Message.EN)
	e.Fields = p.fields
	return e
}
