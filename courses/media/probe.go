package media

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os/exec"
	"strconv"

	"xiangcai"
)

// Reasons a file cannot be used as a video.
var (
	reasonUnreadable = xiangcai.Text{
		ZH: "无法识别该视频文件，文件可能已损坏或格式不受支持",
		EN: "the file could not be read as a video; it may be damaged or in an unsupported format",
	}
	reasonNoVideo    = xiangcai.Text{ZH: "文件中没有视频画面", EN: "the file contains no video picture"}
	reasonNoDuration = xiangcai.Text{ZH: "无法确定视频时长，文件可能不完整", EN: "the length of the video cannot be found; the file may be incomplete"}
	reasonTooSmall   = xiangcai.Text{ZH: "视频画面太小（短边不足 64 像素）", EN: "the picture is too small (its short side is under 64 pixels)"}
)

// minSide is the shortest side of a picture worth transcoding, in pixels.
const minSide = 64

// video is what processing needs to know about a source file.
type video struct {
	stream        int // index of the picture's stream in the file
	width, height int // as shown, after any rotation
	duration      float64
	audio         bool
}

// probeOutput is the part of ffprobe's JSON that processing reads.
type probeOutput struct {
	Streams []struct {
		Index       int    `json:"index"`
		CodecType   string `json:"codec_type"`
		Width       int    `json:"width"`
		Height      int    `json:"height"`
		Duration    string `json:"duration"`
		Disposition struct {
			AttachedPic int `json:"attached_pic"`
		} `json:"disposition"`
		Tags struct {
			Rotate string `json:"rotate"`
		} `json:"tags"`
		SideData []struct {
			Rotation float64 `json:"rotation"`
		} `json:"side_data_list"`
	} `json:"streams"`
	Format struct {
		Duration string `json:"duration"`
	} `json:"format"`
}

// probe reads a source file with ffprobe. A file ffprobe cannot read, or
// that holds no usable picture, is a *failure.
func (s *Service) probe(ctx context.Context, path string) (video, error) {
	out, err := s.run(ctx, s.o.FFprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path)
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		return video{}, &failure{reasonUnreadable}
	}
	if err != nil {
		return video{}, err
	}
	var p probeOutput
	if err := json.Unmarshal(out, &p); err != nil {
		return video{}, &failure{reasonUnreadable}
	}
	return p.video()
}

// video picks the first picture stream that is not cover art.
func (p *probeOutput) video() (video, error) {
	v := video{stream: -1}
	for _, st := range p.Streams {
		switch {
		case st.CodecType == "audio":
			v.audio = true
		case st.CodecType == "video" && st.Disposition.AttachedPic == 0 && v.stream < 0 && st.Width > 0 && st.Height > 0:
			v.stream, v.width, v.height = st.Index, st.Width, st.Height
			// Older ffprobe reports a rotate tag, newer a display matrix.
			rotation, _ := strconv.ParseFloat(st.Tags.Rotate, 64)
			for _, sd := range st.SideData {
				if sd.Rotation != 0 {
					rotation = sd.Rotation
				}
			}
			if int(math.Abs(rotation))%180 == 90 {
				v.width, v.height = v.height, v.width
			}
			v.duration, _ = strconv.ParseFloat(st.Duration, 64)
		}
	}
	if d, err := strconv.ParseFloat(p.Format.Duration, 64); err == nil && d > 0 {
		v.duration = d
	}
	switch {
	case v.stream < 0:
		return v, &failure{reasonNoVideo}
	case v.duration <= 0 || math.IsInf(v.duration, 0) || math.IsNaN(v.duration):
		return v, &failure{reasonNoDuration}
	case min(v.width, v.height) < minSide:
		return v, &failure{reasonTooSmall}
	}
	return v, nil
}
