package xiangcai

import (
	"errors"
	"strings"
)

// Error codes. The HTTP layer maps each to exactly one status.
const (
	EINVALID      = "invalid"
	ENOTFOUND     = "not_found"
	ECONFLICT     = "conflict"
	EFORBIDDEN    = "forbidden"
	EUNAUTHORIZED = "unauthorized"
	ETOOMANY      = "too_many_requests"
	ETOOLARGE     = "too_large"
	EUNAVAILABLE  = "unavailable"
	EINTERNAL     = "internal"
)

// Text is a message users may read, in Chinese first and in English.
type Text struct {
	ZH string
	EN string
}

// In returns the message in the language named by lang ("en…" picks
// English, anything else Chinese).
func (t Text) In(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "en") && t.EN != "" {
		return t.EN
	}
	return t.ZH
}

// FieldError says what is wrong with one named input field.
type FieldError struct {
	Field   string
	Message Text
}

// Error is the one application error type. Domain code returns it; the HTTP
// layer turns Code into a status and sends Message and Fields to the client.
// Cause is for logs only and is never sent.
type Error struct {
	Code    string
	Message Text
	Fields  []FieldError
	Cause   error
}

// Error implements the error interface with the English message, for logs.
func (e *Error) Error() string {
	msg := e.Code + ": " + e.Message.In("en")
	for _, f := range e.Fields {
		msg += "; " + f.Field + ": " + f.Message.In("en")
	}
	if e.Cause != nil {
		msg += " (" + e.Cause.Error() + ")"
	}
	return msg
}

// Unwrap returns the internal cause.
func (e *Error) Unwrap() error { return e.Cause }

// Errorf returns an Error with a code and a message in both languages.
func Errorf(code, zh, en string) *Error {
	return &Error{Code: code, Message: Text{ZH: zh, EN: en}}
}

// Invalid returns an invalid-input error naming one field.
func Invalid(field, zh, en string) *Error {
	e := Errorf(EINVALID, "输入有误", "invalid input")
	return e.WithField(field, zh, en)
}

// WithField adds a field error and returns e, so calls can be chained.
func (e *Error) WithField(field, zh, en string) *Error {
	e.Fields = append(e.Fields, FieldError{Field: field, Message: Text{ZH: zh, EN: en}})
	return e
}

// Internal wraps an unexpected error. Users see a generic message; the cause
// goes to the log.
func Internal(cause error) *Error {
	return &Error{Code: EINTERNAL, Message: Text{ZH: "服务器内部错误", EN: "internal error"}, Cause: cause}
}

// ErrorCode returns the code of err, EINTERNAL for errors that are not an
// *Error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// NotFound returns a not_found error about a kind of thing, such as "用户"/"user".
func NotFound(zh, en string) *Error {
	return Errorf(ENOTFOUND, zh+"不存在", en+" not found")
}

// Forbidden returns the error for a principal acting outside their rights.
func Forbidden() *Error {
	return Errorf(EFORBIDDEN, "无权进行此操作", "you are not allowed to do this")
}
