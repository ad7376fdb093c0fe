package media

import (
	"reflect"
	"testing"
)

func TestLadderNeverUpscales(t *testing.T) {
	cases := []struct {
		width, height int
		want          []Rendition
	}{
		{1920, 1080, []Rendition{{"360p", 640, 360, 896000}, {"720p", 1280, 720, 2596000}}},
		{1280, 720, []Rendition{{"360p", 640, 360, 896000}, {"720p", 1280, 720, 2596000}}},
		{854, 480, []Rendition{{"320p", 568, 320, 546000}, {"480p", 854, 480, 1296000}}},
		{640, 360, []Rendition{{"240p", 426, 240, 546000}, {"360p", 640, 360, 896000}}},
		{1080, 1920, []Rendition{{"360p", 360, 640, 896000}, {"720p", 720, 1280, 2596000}}},
		{160, 120, []Rendition{{"80p", 106, 80, 546000}, {"120p", 160, 120, 546000}}},
	}
	for _, c := range cases {
		got := ladder(video{width: c.width, height: c.height})
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%dx%d: %+v, want %+v", c.width, c.height, got, c.want)
		}
	}
}
