package progress

import (
	"testing"
	"time"

	"xiangcai"
)

func TestCredit(t *testing.T) {
	const duration = 100.0
	cases := []struct {
		name    string
		hb      Heartbeat
		elapsed time.Duration
		want    Interval
		field   string
	}{
		{"normal speed", Heartbeat{From: 0, To: 10, Rate: 1, Position: 10}, 10 * time.Second, Interval{0, 10}, ""},
		{"double speed counts", Heartbeat{From: 10, To: 30, Rate: 2, Position: 30}, 10 * time.Second, Interval{10, 30}, ""},
		{"jitter within slack", Heartbeat{From: 0, To: 11, Rate: 1, Position: 11}, 10 * time.Second, Interval{0, 11}, ""},
		{"triple speed earns nothing", Heartbeat{From: 0, To: 30, Rate: 3, Position: 30}, 10 * time.Second, Interval{}, ""},
		{"start of playback", Heartbeat{From: 42, To: 42, Rate: 1, Position: 42}, 0, Interval{}, ""},
		{"end clipped to duration", Heartbeat{From: 95, To: 100.5, Rate: 1, Position: 100}, 10 * time.Second, Interval{95, 100}, ""},
		{"faster than wall clock", Heartbeat{From: 0, To: 60, Rate: 1, Position: 60}, 10 * time.Second, Interval{}, "to"},
		{"double the time at normal speed", Heartbeat{From: 0, To: 20, Rate: 1, Position: 20}, 10 * time.Second, Interval{}, "to"},
		{"first heartbeat claims a minute", Heartbeat{From: 0, To: 60, Rate: 1, Position: 60}, 0, Interval{}, "to"},
		{"backwards", Heartbeat{From: 20, To: 10, Rate: 1, Position: 10}, 10 * time.Second, Interval{}, "to"},
		{"past the end", Heartbeat{From: 0, To: 500, Rate: 1, Position: 10}, time.Hour, Interval{}, "to"},
		{"negative start", Heartbeat{From: -5, To: 5, Rate: 1, Position: 5}, 10 * time.Second, Interval{}, "from"},
		{"absurd rate", Heartbeat{From: 0, To: 1, Rate: 100, Position: 1}, 10 * time.Second, Interval{}, "rate"},
		{"bad position", Heartbeat{From: 0, To: 1, Rate: 1, Position: 1000}, 10 * time.Second, Interval{}, "position"},
	}
	for _, c := range cases {
		got, err := credit(c.hb, duration, c.elapsed)
		if c.field != "" {
			e, ok := err.(*xiangcai.Error)
			if !ok || e.Code != xiangcai.EINVALID || e.Fields[0].Field != c.field {
				t.Errorf("%s: got %v, %v; want an invalid error on %s", c.name, got, err, c.field)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: got %v, %v; want %v", c.name, got, err, c.want)
		}
	}
}
