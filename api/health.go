package api

import (
	"context"
	"time"

	"github.com/gofiber/fiber/v2"
)

// Pinger is anything readiness checks: the database and the object store.
type Pinger interface {
	Ping(ctx context.Context) error
}

// pingFunc makes a function a Pinger.
type pingFunc func(ctx context.Context) error

// Ping calls f.
func (f pingFunc) Ping(ctx context.Context) error { return f(ctx) }

// healthz answers as long as the process serves requests.
func healthz(c *fiber.Ctx) error {
	return c.JSON(fiber.Map{"status": "ok"})
}

// readyz answers 200 only when every dependency answers within two seconds,
// so a load balancer stops sending traffic to a replica that lost them.
func readyz(checks map[string]Pinger) fiber.Handler {
	return func(c *fiber.Ctx) error {
		ctx, cancel := context.WithTimeout(c.UserContext(), 2*time.Second)
		defer cancel()
		status, result := fiber.StatusOK, fiber.Map{}
		for name, check := range checks {
			if err := check.Ping(ctx); err != nil {
				logger(ctx).Warn("readiness check failed", "check", name, "err", err)
				status, result[name] = fiber.StatusServiceUnavailable, "unavailable"
			} else {
				result[name] = "ok"
			}
		}
		return c.Status(status).JSON(fiber.Map{"status": map[bool]string{true: "ok", false: "unavailable"}[status == fiber.StatusOK], "checks": result})
	}
}
