package demo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"xiangcai"
	"xiangcai/courses/media"
	"xiangcai/jobs"
	"xiangcai/storage"
)

// videoSeconds is the length of the demo video: long enough to see the
// player work, short enough to seed in seconds.
const videoSeconds = 4

// seedVideo makes the province's short introduction video, when a missing
// course needs it, uploads it as owner and processes it at once. It
// returns the ready video's id. Without ffmpeg it says so in one line and
// returns "".
func (l Learning) seedVideo(ctx context.Context, owner xiangcai.Principal, missing []demoCourse) (string, error) {
	needed := false
	for _, c := range missing {
		needed = needed || c.chapters[0].lessons[0] == introVideo
	}
	if !needed {
		return "", nil
	}
	for _, program := range []string{"ffmpeg", "ffprobe"} {
		if _, err := exec.LookPath(program); err != nil {
			fmt.Fprintf(l.Out, "%s is not on the PATH, so the demo courses have no videos (rich-text lessons only).\n", program)
			return "", nil
		}
	}
	dir, err := os.MkdirTemp("", "xiangcai-demo-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "intro.mp4")
	cmd := exec.CommandContext(ctx, "ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
		"-f", "lavfi", "-i", fmt.Sprintf("testsrc2=duration=%d:size=640x360:rate=25", videoSeconds),
		"-f", "lavfi", "-i", fmt.Sprintf("sine=frequency=440:duration=%d", videoSeconds),
		"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", file)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("ffmpeg: %w: %s", err, out)
	}
	id, err := l.upload(ctx, owner, file)
	if err != nil {
		return "", err
	}
	if err := l.runJobs(ctx); err != nil {
		return "", err
	}
	a, err := l.Media.FindAssetByID(ctx, owner, id)
	if err != nil {
		return "", err
	}
	if a.Status != media.StatusReady {
		return "", fmt.Errorf("demo video: %s %s", a.Status, a.FailureEN)
	}
	return id, nil
}

// upload sends file as a video owned by owner, in one part, as the
// editor's uploader would.
func (l Learning) upload(ctx context.Context, owner xiangcai.Principal, file string) (string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	a, err := l.Media.StartUpload(ctx, owner, media.NewUpload{Kind: media.KindVideo, FileName: introVideo + ".mp4",
		Size: int64(len(data)), ContentType: "video/mp4"})
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	if _, err := l.Media.PutPart(ctx, owner, a.ID, 1, data, hex.EncodeToString(sum[:])); err != nil {
		return "", err
	}
	_, err = l.Media.CompleteUpload(ctx, owner, a.ID, storage.CompositeChecksum([][]byte{sum[:]}))
	return a.ID, err
}

// runJobs runs every due background job now, as a worker of `xiangcai
// serve` would later.
func (l Learning) runJobs(ctx context.Context) error {
	w := jobs.NewWorker(l.DB, map[string]jobs.Handler{media.ProcessKind: l.Media.Handler()}, jobs.Options{})
	for {
		ran, err := w.Next(ctx)
		if err != nil || !ran {
			return err
		}
	}
}
