package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humafiber"
	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

// EMALFORMED is the code of a request the server could not parse at all, such
// as broken JSON. It is an HTTP-layer code, so it lives here, not in the root.
const EMALFORMED = "malformed"

// statusOf is the one place where error codes become HTTP statuses.
var statusOf = map[string]int{
	EMALFORMED:             http.StatusBadRequest,
	xiangcai.EINVALID:      http.StatusUnprocessableEntity,
	xiangcai.EUNAUTHORIZED: http.StatusUnauthorized,
	xiangcai.EFORBIDDEN:    http.StatusForbidden,
	xiangcai.ENOTFOUND:     http.StatusNotFound,
	xiangcai.ECONFLICT:     http.StatusConflict,
	xiangcai.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	xiangcai.ETOOMANY:      http.StatusTooManyRequests,
	xiangcai.EUNAVAILABLE:  http.StatusServiceUnavailable,
	xiangcai.EINTERNAL:     http.StatusInternalServerError,
}

// codeOf turns a status chosen by Fiber or huma back into an application
// code, for errors that did not start as *xiangcai.Error.
func codeOf(status int) string {
	switch {
	case status == http.StatusBadRequest, status == http.StatusUnsupportedMediaType:
		return EMALFORMED
	case status == http.StatusNotFound, status == http.StatusMethodNotAllowed:
		return xiangcai.ENOTFOUND
	case status >= 500:
		return xiangcai.EINTERNAL
	}
	for code, s := range statusOf {
		if s == status {
			return code
		}
	}
	return xiangcai.EINVALID
}

// Problem is the error body every client receives:
// {"error": {"code", "message", "fields"}}.
type Problem struct {
	Body   ProblemBody `json:"error"`
	status int
}

// ProblemBody is the inside of a Problem.
type ProblemBody struct {
	Code    string            `json:"code" doc:"machine-readable error code such as invalid, not_found, conflict, forbidden"`
	Message string            `json:"message" doc:"what went wrong, in the request's language (zh-CN by default)"`
	Fields  map[string]string `json:"fields,omitempty" doc:"per-field problems, keyed by the field's name"`
}

// Error implements error.
func (p *Problem) Error() string { return p.Body.Code + ": " + p.Body.Message }

// GetStatus implements huma.StatusError.
func (p *Problem) GetStatus() int { return p.status }

// Explain renders err for the request as the client will see it: its status
// and its message and field problems in the request's language. Errors that
// are not application errors are logged and become a generic internal error.
// Pages that show errors inside a form use it.
func Explain(c *fiber.Ctx, err error) *Problem {
	return problem(c.UserContext(), Language(c), err)
}

// problem renders err in lang. Errors that are not application errors are
// logged with their detail and reach the client as a generic internal error.
func problem(ctx context.Context, lang string, err error) *Problem {
	var p *Problem
	if errors.As(err, &p) {
		return p
	}
	var appErr *xiangcai.Error
	if !errors.As(err, &appErr) {
		appErr = xiangcai.Internal(err)
	}
	status, ok := statusOf[appErr.Code]
	if !ok {
		status = http.StatusInternalServerError
	}
	if status >= 500 {
		logger(ctx).Error("request failed", slog.String("code", appErr.Code), slog.Any("err", err))
	}
	out := &Problem{status: status, Body: ProblemBody{Code: appErr.Code, Message: appErr.Message.In(lang)}}
	for _, f := range appErr.Fields {
		if out.Body.Fields == nil {
			out.Body.Fields = map[string]string{}
		}
		if _, seen := out.Body.Fields[f.Field]; !seen {
			out.Body.Fields[f.Field] = f.Message.In(lang)
		}
	}
	return out
}

// humaError replaces huma's error constructor, so validation failures and
// handler errors take the same shape and statuses as every other error.
func humaError(hctx huma.Context, status int, msg string, errs ...error) huma.StatusError {
	c := humafiber.Unwrap(hctx)
	lang := Language(c)
	for _, err := range errs {
		var appErr *xiangcai.Error
		var p *Problem
		if errors.As(err, &appErr) || errors.As(err, &p) {
			return problem(c.UserContext(), lang, err)
		}
	}
	if status >= 500 {
		return problem(c.UserContext(), lang, errors.Join(append([]error{errors.New(msg)}, errs...)...))
	}
	return problem(c.UserContext(), lang, validationError(status, msg, errs))
}

// validationError turns huma's details (locations such as "body.username")
// into an application error with one entry per field.
func validationError(status int, msg string, errs []error) *xiangcai.Error {
	code := codeOf(status)
	e := xiangcai.Errorf(code, "请求格式有误", "the request is malformed")
	if code == xiangcai.EINVALID {
		e = xiangcai.Errorf(code, "输入有误", "invalid input")
	} else if code != EMALFORMED {
		e.Message = xiangcai.Text{ZH: http.StatusText(status), EN: http.StatusText(status)}
	}
	for _, err := range errs {
		var d *huma.ErrorDetail
		if !errors.As(err, &d) {
			continue
		}
		field := d.Location
		if name, ok := missingProperty(d.Message); ok {
			field += "." + name
		}
		for _, prefix := range []string{"body.", "query.", "path.", "header."} {
			field = strings.TrimPrefix(field, prefix)
		}
		zh, en := translateDetail(d.Message)
		e.WithField(field, zh, en)
	}
	if len(e.Fields) == 0 && msg != "" {
		e.Message.EN = msg
	}
	return e
}

// missingProperty reads the field name out of huma's "expected required
// property NAME to be present", whose location is the enclosing object.
func missingProperty(message string) (string, bool) {
	rest, ok := strings.CutPrefix(message, "expected required property ")
	name, _, found := strings.Cut(rest, " ")
	return name, ok && found
}

// handleError is Fiber's error handler: routes outside huma (pages, files,
// unknown paths, body-limit rejections, panics) answer with the same body,
// or with the error page when a browser asks for a page.
func (s *Server) handleError(c *fiber.Ctx, err error) error {
	var fe *fiber.Error
	if errors.As(err, &fe) {
		err = validationError(fe.Code, fe.Message, nil)
		if fe.Code == http.StatusNotFound {
			err = xiangcai.NotFound("页面", "page")
		}
	}
	p := Explain(c, err)
	if s.ErrorPage != nil && wantsPage(c) {
		return s.ErrorPage(c, p.status, p.Body.Message)
	}
	return c.Status(p.status).JSON(p)
}

// wantsPage reports whether the request is a browser's, for a page rather
// than for the API.
func wantsPage(c *fiber.Ctx) bool {
	return !strings.HasPrefix(c.Path(), "/api/") && strings.Contains(c.Get(fiber.HeaderAccept), "text/html")
}
