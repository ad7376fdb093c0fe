package media

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// segmentSeconds is the length of an HLS segment; keyframes are forced at
// the same interval so every segment starts with one.
const segmentSeconds = 4

// transcode turns a video's original into HLS renditions, a poster and an
// MP4 fallback in a temporary folder, stores them under the asset's keys
// and fills in a's outputs. The original streams to disk, never to memory.
func (s *Service) transcode(ctx context.Context, a *Asset) error {
	dir, err := os.MkdirTemp(s.o.TempDir, "xiangcai-media-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "original")
	if err := s.download(ctx, a.OriginalKey, src); err != nil {
		return err
	}
	v, err := s.probe(ctx, src)
	if err != nil {
		return err
	}
	renditions := ladder(v)
	out := filepath.Join(dir, "out")
	if err := s.ffmpeg(ctx, hlsArgs(src, filepath.Join(out, "hls"), v, renditions, s.o.Threads)...); err != nil {
		return err
	}
	// The fallback is the lower rendition's segments joined, without
	// encoding again: phones on weak networks are who need it.
	lowest := filepath.Join(out, "hls", renditions[0].Name, "index.m3u8")
	if err := s.ffmpeg(ctx, "-i", lowest, "-c", "copy", "-movflags", "+faststart", filepath.Join(out, "video.mp4")); err != nil {
		return err
	}
	poster := []string{"-ss", strconv.FormatFloat(v.duration/10, 'f', 3, 64), "-i", src, "-map", fmt.Sprintf("0:%d", v.stream),
		"-frames:v", "1", "-vf", v.scaleFilter(renditions[1]), "-q:v", "3", filepath.Join(out, "poster.jpg")}
	if err := s.ffmpeg(ctx, poster...); err != nil {
		return err
	}
	prefix := keyPrefix(a.ID)
	if err := s.publish(ctx, out, prefix); err != nil {
		return err
	}
	a.HLSPrefix, a.MP4Key, a.PosterKey = prefix+"/hls", prefix+"/video.mp4", prefix+"/poster.jpg"
	a.DurationSeconds, a.Renditions = v.duration, renditions
	return nil
}

// hlsArgs are the ffmpeg arguments that encode src once per rendition
// (H.264 and AAC) into dir/{name}/index.m3u8 with its segments, and write
// dir/master.m3u8 listing them.
func hlsArgs(src, dir string, v video, renditions []Rendition, threads int) []string {
	var graph strings.Builder
	fmt.Fprintf(&graph, "[0:%d]split=%d", v.stream, len(renditions))
	for i := range renditions {
		fmt.Fprintf(&graph, "[s%d]", i)
	}
	for i, r := range renditions {
		fmt.Fprintf(&graph, ";[s%d]%s[v%d]", i, v.scaleFilter(r), i)
	}
	args := []string{"-i", src, "-filter_complex", graph.String()}
	streams := make([]string, len(renditions))
	for i, r := range renditions {
		args = append(args, "-map", fmt.Sprintf("[v%d]", i))
		streams[i] = fmt.Sprintf("v:%d", i)
		if v.audio {
			args = append(args, "-map", "0:a:0")
			streams[i] += fmt.Sprintf(",a:%d", i)
		}
		streams[i] += ",name:" + r.Name
	}
	args = append(args, "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "main", "-pix_fmt", "yuv420p", "-crf", "23",
		"-force_key_frames", fmt.Sprintf("expr:gte(t,n_forced*%d)", segmentSeconds), "-sc_threshold", "0")
	for i, r := range renditions {
		kbps := videoKbps(min(r.Width, r.Height))
		args = append(args, fmt.Sprintf("-maxrate:v:%d", i), fmt.Sprintf("%dk", kbps), fmt.Sprintf("-bufsize:v:%d", i), fmt.Sprintf("%dk", 2*kbps))
	}
	if v.audio {
		args = append(args, "-c:a", "aac", "-b:a", fmt.Sprintf("%dk", audioKbps), "-ac", "2")
	}
	return append(args, "-threads", strconv.Itoa(threads), "-f", "hls",
		"-hls_time", strconv.Itoa(segmentSeconds), "-hls_playlist_type", "vod",
		"-hls_segment_filename", filepath.Join(dir, "%v", "seg_%05d.ts"),
		"-master_pl_name", "master.m3u8", "-var_stream_map", strings.Join(streams, " "),
		filepath.Join(dir, "%v", "index.m3u8"))
}
