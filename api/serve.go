package api

import (
	"context"
	"errors"
	"net"
	"time"
)

// Serve answers requests on ln until ctx is cancelled, then stops accepting
// connections and gives requests in flight up to grace to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener, grace time.Duration) error {
	served := make(chan error, 1)
	go func() { served <- s.App.Listener(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	if err := s.App.ShutdownWithTimeout(grace); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return <-served
}
