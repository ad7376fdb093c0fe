package api

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"time"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

// requestContext gives every request an ID (kept from a trusted X-Request-ID
// when it looks sane), a logger that carries it, and a deadline.
func requestContext(base *slog.Logger, timeout time.Duration) fiber.Handler {
	return func(c *fiber.Ctx) error {
		id := c.Get(fiber.HeaderXRequestID)
		if len(id) == 0 || len(id) > 64 {
			id = xiangcai.NewID()
		}
		c.Set(fiber.HeaderXRequestID, id)
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		ctx = context.WithValue(ctx, ipKey, c.IP())
		c.SetUserContext(context.WithValue(ctx, loggerKey, base.With(slog.String("request_id", id))))
		return c.Next()
	}
}

// accessLog logs each request once it is answered.
func accessLog(c *fiber.Ctx) error {
	start := time.Now()
	err := c.Next()
	if err != nil {
		// Let the error handler write the response now, so the status is known.
		if herr := c.App().ErrorHandler(c, err); herr != nil {
			c.Status(fiber.StatusInternalServerError)
		}
	}
	logger(c.UserContext()).Info("request",
		slog.String("method", c.Method()),
		slog.String("path", c.Path()),
		slog.Int("status", c.Response().StatusCode()),
		slog.Duration("duration", time.Since(start)),
		slog.String("ip", c.IP()),
	)
	return nil
}

// recoverPanic turns a panic into an internal error with the stack logged.
func recoverPanic(c *fiber.Ctx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			logger(c.UserContext()).Error("panic", slog.Any("panic", r), slog.String("stack", string(debug.Stack())))
			err = xiangcai.Internal(fmt.Errorf("panic: %v", r))
		}
	}()
	return c.Next()
}

// securityHeaders sets the headers every response carries.
func securityHeaders(c *fiber.Ctx) error {
	c.Set("X-Content-Type-Options", "nosniff")
	c.Set("X-Frame-Options", "DENY")
	c.Set("Referrer-Policy", "same-origin")
	c.Set("Cross-Origin-Opener-Policy", "same-origin")
	c.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)")
	c.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob: *; media-src 'self' blob: *; connect-src 'self' *; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")
	return c.Next()
}

// BulkWork lets a request work for as long as a transfer may take (10
// minutes) instead of XIANGCAI_REQUEST_TIMEOUT: for bulk work an
// administrator starts and waits for, such as reading or committing a
// roster of 100,000 rows. Like Moodle's CSV upload, the work runs in the
// request; a commit cut short keeps its finished batches and resumes when
// sent again.
func BulkWork(c *fiber.Ctx) error {
	ctx := c.UserContext()
	if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < transferTimeout {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), transferTimeout)
		defer cancel()
		c.SetUserContext(ctx)
	}
	return c.Next()
}
