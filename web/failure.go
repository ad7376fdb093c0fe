package web

import (
	"errors"
	"log/slog"
	"net/http"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

// pageStatus is the HTTP status of a page that shows an application error.
// It follows the API's mapping for the codes pages meet; the API keeps its
// own table unexported, so the two must be changed together.
var pageStatus = map[string]int{
	xiangcai.EINVALID:      http.StatusUnprocessableEntity,
	xiangcai.EUNAUTHORIZED: http.StatusUnauthorized,
	xiangcai.EFORBIDDEN:    http.StatusForbidden,
	xiangcai.ENOTFOUND:     http.StatusNotFound,
	xiangcai.ECONFLICT:     http.StatusConflict,
	xiangcai.ETOOMANY:      http.StatusTooManyRequests,
	xiangcai.EUNAVAILABLE:  http.StatusServiceUnavailable,
}

// explain returns err as an application error and the status of a page
// that shows it. Errors that are not application errors are logged with
// their detail and shown as the generic internal error.
func (s *site) explain(c *fiber.Ctx, err error) (*xiangcai.Error, int) {
	var appErr *xiangcai.Error
	if errors.As(err, &appErr) {
		if status, ok := pageStatus[appErr.Code]; ok {
			return appErr, status
		}
	}
	s.log.ErrorContext(c.UserContext(), "page failed", slog.String("path", c.Path()),
		slog.String("request_id", string(c.Response().Header.Peek(fiber.HeaderXRequestID))), slog.Any("err", err))
	return xiangcai.Internal(err), http.StatusInternalServerError
}

// failure is the data of the error page.
type failure struct {
	Status  int
	Message string
}

// fail answers with a page that explains err in the visitor's language.
func (s *site) fail(c *fiber.Ctx, err error) error {
	appErr, status := s.explain(c, err)
	p := s.newPage(c, nil)
	p.Data = failure{Status: status, Message: appErr.Message.In(p.Lang)}
	return s.render(c, status, "error", p)
}
