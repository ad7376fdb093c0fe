package progress

import (
	"time"

	"xiangcai"
)

// Rules of crediting watched time.
const (
	// MaxRate is the fastest playback that still counts: the rule is
	// that watching faster than double speed earns nothing.
	MaxRate = 2.0
	// Slack is how much later than wall-clock time allows a heartbeat's
	// stretch may end, for network jitter and timer drift in the player.
	Slack = 1500 * time.Millisecond
	// maxReportedRate bounds the rate a player may report at all.
	maxReportedRate = 16.0
)

// Heartbeat is what the player sends every few seconds while a video plays,
// and once with an empty stretch when playback starts.
type Heartbeat struct {
	// From and To bound the stretch of the video played since the last
	// heartbeat, in seconds from the video's start.
	From, To float64
	// Rate is the playback rate (1 is normal speed).
	Rate float64
	// Position is where playback stands now, for resuming later.
	Position float64
}

// credit decides what a heartbeat earns, given the video's duration and the
// wall-clock time since the trainee's previous heartbeat on this lesson
// (zero for the first). A stretch longer than the time that passed allows at
// the reported rate is refused, so a player that lies is told so and its
// claim is not recorded; a stretch played faster than MaxRate earns nothing.
func credit(hb Heartbeat, duration float64, elapsed time.Duration) (Interval, error) {
	switch {
	case hb.From < 0 || hb.From > duration+1:
		return Interval{}, xiangcai.Invalid("from", "播放起点超出视频时长", "from is outside the video")
	case hb.To < hb.From || hb.To > duration+1:
		return Interval{}, xiangcai.Invalid("to", "播放终点无效", "to must lie between from and the end of the video")
	case hb.Position < 0 || hb.Position > duration+1:
		return Interval{}, xiangcai.Invalid("position", "播放位置超出视频时长", "position is outside the video")
	case hb.Rate <= 0 || hb.Rate > maxReportedRate:
		return Interval{}, xiangcai.Invalid("rate", "播放速度无效", "the playback rate is not valid")
	}
	if hb.To-hb.From > hb.Rate*(elapsed+Slack).Seconds() {
		return Interval{}, xiangcai.Invalid("to", "上报的观看时长超过实际经过的时间", "the heartbeat claims more viewing than the time that has passed")
	}
	if hb.Rate > MaxRate || hb.To == hb.From {
		return Interval{}, nil
	}
	return Interval{Start: hb.From, End: min(hb.To, duration)}, nil
}
