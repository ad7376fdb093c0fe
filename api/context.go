package api

import (
	"context"
	"log/slog"
	"strings"

	"github.com/gofiber/fiber/v2"

	"xiangcai"
)

type contextKey int

const (
	principalKey contextKey = iota
	loggerKey
	sessionKey
	ipKey
)

// clientIP returns the address of the client, as far as trusted proxies
// allow it to be known.
func clientIP(ctx context.Context) string {
	ip, _ := ctx.Value(ipKey).(string)
	return ip
}

// PrincipalFrom returns who is making the request; anonymous if nobody.
func PrincipalFrom(ctx context.Context) xiangcai.Principal {
	p, _ := ctx.Value(principalKey).(xiangcai.Principal)
	return p
}

// logger returns the request's logger, which carries its request ID.
func logger(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(loggerKey).(*slog.Logger); ok {
		return l
	}
	return slog.Default()
}

// withValue stores a value in the request's context.
func withValue(c *fiber.Ctx, key contextKey, value any) {
	c.SetUserContext(context.WithValue(c.UserContext(), key, value))
}

// Language returns the language of the request: "en" or "zh-CN". An explicit
// ?lang= wins, then the lang cookie the page switch sets, then the browser's
// Accept-Language; Chinese is the default.
func Language(c *fiber.Ctx) string {
	for _, choice := range []string{c.Query("lang"), c.Cookies("lang")} {
		if choice != "" {
			return normaliseLanguage(choice)
		}
	}
	accept := strings.ToLower(c.Get(fiber.HeaderAcceptLanguage))
	if strings.HasPrefix(accept, "en") {
		return "en"
	}
	return "zh-CN"
}

func normaliseLanguage(lang string) string {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return "en"
	}
	return "zh-CN"
}
