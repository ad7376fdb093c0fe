package main

import (
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"xiangcai/api/apitest"
	"xiangcai/database/dbtest"
)

// useTestBackend points the command at a fresh database of the test's
// backend and a temporary data folder.
func useTestBackend(t *testing.T) {
	t.Setenv("XIANGCAI_DATA_DIR", t.TempDir())
	t.Setenv("XIANGCAI_LOG_FORMAT", "text")
	t.Setenv("XIANGCAI_LOG_LEVEL", "warn")
	if opts := dbtest.Options(t); opts.PostgresURL != "" {
		t.Setenv("XIANGCAI_DATABASE_URL", opts.PostgresURL)
		t.Setenv("XIANGCAI_SECRET_KEY", apitest.Secret)
	}
}

func TestRunRejectsBadConfigurationAndCommands(t *testing.T) {
	useTestBackend(t)
	t.Setenv("XIANGCAI_SESSION_TTL", "forever")
	if err := run(t.Context(), []string{"migrate", "status"}); err == nil || !strings.Contains(err.Error(), "XIANGCAI_SESSION_TTL") {
		t.Fatalf("bad variable: %v", err)
	}
	if err := run(t.Context(), []string{"fly"}); err == nil || !strings.Contains(err.Error(), "unknown command") {
		t.Fatalf("unknown command: %v", err)
	}
	if err := run(t.Context(), []string{"seed"}); err == nil {
		t.Fatal("seed without --demo should refuse")
	}
}

func TestMigrateUserAndSeedCommands(t *testing.T) {
	useTestBackend(t)
	ctx := t.Context()
	for _, args := range [][]string{
		{"migrate", "up"}, {"migrate", "down"}, {"migrate", "status"}, {"migrate", "up"},
		{"user", "create", "--role", "province_admin", "--username", "root", "--name", "管理员"},
		{"seed", "--demo"}, {"seed", "--demo"},
	} {
		if err := run(ctx, args); err != nil {
			t.Fatalf("%v: %v", args, err)
		}
	}
	err := run(ctx, []string{"user", "create", "--role", "city_admin", "--username", "x", "--name", "y"})
	if err == nil || !strings.Contains(err.Error(), "--city") || !strings.Contains(err.Error(), "--username") {
		t.Fatalf("invalid user should name the flags: %v", err)
	}
}

// TestServeStopsOnCancel starts the real serve command, waits until it is
// healthy, and cancels it as SIGTERM would.
func TestServeStopsOnCancel(t *testing.T) {
	useTestBackend(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	t.Setenv("XIANGCAI_LISTEN", addr)
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not become ready: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := healthcheck(t.Context()); err != nil {
		t.Fatalf("healthcheck: %v", err)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatalf("serve returned %v", err)
	}
}
