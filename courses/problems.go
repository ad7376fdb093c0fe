package courses

import (
	"errors"

	"xiangcai"
)

// joinInvalid merges the invalid errors among errs into one error naming
// every field, so a form shows all its problems at once. An error of any
// other kind wins over them; nil errors are skipped, and nil comes back when
// every error is nil.
func joinInvalid(errs ...error) error {
	var joined *xiangcai.Error
	for _, err := range errs {
		var e *xiangcai.Error
		switch {
		case err == nil:
		case !errors.As(err, &e) || e.Code != xiangcai.EINVALID:
			return err
		case joined == nil:
			joined = &xiangcai.Error{Code: e.Code, Message: e.Message, Fields: e.Fields}
		default:
			joined.Fields = append(joined.Fields, e.Fields...)
		}
	}
	if joined == nil {
		return nil
	}
	return joined
}
