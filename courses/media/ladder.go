package media

import (
	"fmt"
	"math"
)

// audioKbps is the AAC bitrate of every rendition.
const audioKbps = 96

// ladder picks the two renditions of v, named by their short side: 360p
// and 720p from a picture at least 720 pixels on its short side. A smaller
// picture is never enlarged: its own size becomes the top rendition, with
// 360p below it, or two thirds of it when 360p would be nearly the same
// (a 360-pixel source gives 240p and 360p).
func ladder(v video) []Rendition {
	top := even(min(v.width, v.height, 720))
	low := 360
	if top*2 < low*3 {
		low = even(top * 2 / 3)
	}
	return []Rendition{v.rendition(low), v.rendition(top)}
}

// rendition returns the rendition of v whose short side is side pixels,
// keeping v's shape.
func (v video) rendition(side int) Rendition {
	scaled := func(long, short int) int {
		return even(int(math.Round(float64(long) * float64(side) / float64(short))))
	}
	r := Rendition{Name: fmt.Sprintf("%dp", side), Width: scaled(v.width, v.height), Height: side}
	if v.height > v.width {
		r.Width, r.Height = side, scaled(v.height, v.width)
	}
	r.Bandwidth = (videoKbps(side) + audioKbps) * 1000
	return r
}

// videoKbps is the highest video bitrate of a rendition whose short side is
// side pixels. Quality is set by CRF; this caps it for weak networks.
func videoKbps(side int) int {
	switch {
	case side >= 720:
		return 2500
	case side >= 480:
		return 1200
	case side >= 360:
		return 800
	}
	return 450
}

// scaleFilter is the ffmpeg filter that scales v to r, keeping its shape.
func (v video) scaleFilter(r Rendition) string {
	if v.height > v.width {
		return fmt.Sprintf("scale=%d:-2", r.Width)
	}
	return fmt.Sprintf("scale=-2:%d", r.Height)
}

func even(n int) int { return n &^ 1 }
