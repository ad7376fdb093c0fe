package web

import "github.com/gofiber/fiber/v2"

// failure is the data of the error page.
type failure struct {
	Status  int
	Message string
}

// errorPage is the app's error page for browsers: the API's error handler
// calls it with the status and the message already in the visitor's
// language, so page handlers simply return their errors.
func (s *site) errorPage(c *fiber.Ctx, status int, message string) error {
	p := s.newPage(c, nil)
	p.Data = failure{Status: status, Message: message}
	return s.render(c, status, "error", p)
}
