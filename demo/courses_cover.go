package demo

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"

	"xiangcai/courses"
)

// topicColors give each topic's covers their colour, in the order of
// courses.Topics.
var topicColors = []color.RGBA{
	{0xa6, 0x1b, 0x29, 0xff}, {0x2e, 0x7d, 0x32, 0xff}, {0x15, 0x65, 0xc0, 0xff}, {0x6a, 0x1b, 0x9a, 0xff},
	{0x00, 0x83, 0x8f, 0xff}, {0xe6, 0x51, 0x00, 0xff}, {0xc2, 0x18, 0x5b, 0xff}, {0x5d, 0x40, 0x37, 0xff},
}

// cover draws a 16:9 cover for a course on topic: the topic's colour,
// lightening towards one corner, with soft rings, as a small JPEG.
func cover(topic courses.Topic) ([]byte, error) {
	base := topicColors[0]
	for i, t := range courses.Topics {
		if t.Code == topic {
			base = topicColors[i%len(topicColors)]
		}
	}
	const w, h = 480, 270
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			light := (x + y) * 110 / (w + h) // 0 to 110, towards the bottom right
			dx, dy := x-w*3/4, y-h/3
			if r := (dx*dx + dy*dy) / 900; r%8 < 2 {
				light += 25
			}
			img.Set(x, y, color.RGBA{mix(base.R, light), mix(base.G, light), mix(base.B, light), 0xff})
		}
	}
	var out bytes.Buffer
	err := jpeg.Encode(&out, img, &jpeg.Options{Quality: 80})
	return out.Bytes(), err
}

// mix moves c towards white by light (0 to 255).
func mix(c uint8, light int) uint8 {
	return uint8(int(c) + (255-int(c))*min(light, 255)/255)
}
