package main

import (
	"log/slog"
	"os"

	"xiangcai/config"
)

// newLogger writes structured logs to stderr: text in a terminal, JSON
// otherwise (so log collectors in production read fields, not prose).
func newLogger(c *config.Config) *slog.Logger {
	var level slog.Level
	level.UnmarshalText([]byte(c.LogLevel)) // config has validated the name
	opts := &slog.HandlerOptions{Level: level}
	format := c.LogFormat
	if format == "auto" {
		format = "json"
		if info, err := os.Stderr.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			format = "text"
		}
	}
	if format == "text" {
		return slog.New(slog.NewTextHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewJSONHandler(os.Stderr, opts))
}
