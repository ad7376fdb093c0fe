package media

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"time"
)

// maxStderr is how much of a failing program's error output is kept for
// the log, in bytes: the end, where the reason is.
const maxStderr = 4096

// run runs program (ffmpeg or ffprobe) and returns its output. It is killed
// when ctx ends. A program that fails returns an error wrapping its
// *exec.ExitError, with the end of its error output.
func (s *Service) run(ctx context.Context, program string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, program, args...)
	var stderr lastBytes
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second
	out, err := cmd.Output()
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("%s: %w: %s", filepath.Base(program), err, stderr.b)
	}
	return out, nil
}

// ffmpeg runs ffmpeg quietly with args.
func (s *Service) ffmpeg(ctx context.Context, args ...string) error {
	_, err := s.run(ctx, s.o.FFmpeg, append([]string{"-hide_banner", "-nostdin", "-y", "-loglevel", "error"}, args...)...)
	return err
}

// lastBytes keeps the last maxStderr bytes written to it.
type lastBytes struct{ b []byte }

func (l *lastBytes) Write(p []byte) (int, error) {
	l.b = append(l.b, p...)
	if len(l.b) > maxStderr {
		l.b = append([]byte(nil), l.b[len(l.b)-maxStderr:]...)
	}
	return len(p), nil
}
