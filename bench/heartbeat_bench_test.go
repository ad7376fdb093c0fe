package bench

import (
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/gofiber/fiber/v2"
	"github.com/valyala/fasthttp"

	"xiangcai/api/apitest"
	"xiangcai/courses"
)

// Viewers and their pace: 2,000 trainees each send a heartbeat every 10 s,
// so the server gets one every 5 ms.
const (
	viewers      = 2000
	beatEvery    = 10 * time.Second
	beatInterval = beatEvery / viewers
	videoSeconds = 3600
)

// BenchmarkHeartbeats has 2,000 enrolled trainees, each signed in with a
// bearer token, watch one video lesson on PostgreSQL: in each window of
// 10 s every viewer sends one heartbeat (10 s of video at normal speed)
// through POST /api/v1/lessons/{id}/heartbeats, one every 5 ms whether or
// not earlier ones are answered. The server's clock moves 10 s before each
// window, so every stretch is credited. The baseline, in windows of its own
// between the server's, is a bare Fiber handler that parses the same body
// and writes the same row with one UPDATE through a raw pgx pool.
func BenchmarkHeartbeats(b *testing.B) {
	env := newEnv(b)
	ctx := b.Context()
	lesson, admin := videoLesson(b, env)
	tokens, userIDs := signIn(b, env.Accounts, viewers)
	if _, err := env.Deps.Courses.Assign(ctx, admin, lesson.CourseID, courses.Assignees{RegionCode: "430100"}); err != nil {
		b.Fatal(err)
	}
	path := []byte("/api/v1/lessons/" + lesson.ID + "/heartbeats")
	window := 0 // stretches run from 10×window to 10×window+10 seconds
	beat := func(i int, req *fasthttp.Request) {
		from := float64(beatEvery/time.Second) * float64(window)
		req.Header.SetMethod(fasthttp.MethodPost)
		req.SetRequestURIBytes(path)
		req.Header.SetContentType(fiber.MIMEApplicationJSON)
		req.Header.Set(fiber.HeaderAuthorization, "Bearer "+tokens[i%viewers])
		req.SetBodyString(`{"from":` + strconv.FormatFloat(from, 'f', -1, 64) + `,"to":` +
			strconv.FormatFloat(from+10, 'f', -1, 64) + `,"rate":1,"position":` + strconv.FormatFloat(from+10, 'f', -1, 64) + `}`)
	}
	pool := baselinePool(b, env)
	byToken := make(map[string]string, viewers)
	for i, token := range tokens {
		byToken["Bearer "+token] = userIDs[i]
	}
	bare := bareApp()
	bare.Post("/api/v1/lessons/:id/heartbeats", func(c *fiber.Ctx) error {
		var hb struct{ From, To, Rate, Position float64 }
		if err := json.Unmarshal(c.Body(), &hb); err != nil {
			return err
		}
		watched := `[{"s":0,"e":` + strconv.FormatFloat(hb.To, 'f', -1, 64) + `}]`
		_, err := pool.Exec(c.UserContext(), `UPDATE lesson_progress SET intervals = $1, watched_ms = $2, position_ms = $3,
			last_heartbeat_at = $4, updated_at = $4 WHERE user_id = $5 AND lesson_id = $6`, watched,
			int64(hb.To*1000), int64(hb.Position*1000), env.Clock.Now(), byToken[c.Get(fiber.HeaderAuthorization)], c.Params("id"))
		if err != nil {
			return err
		}
		return c.JSON(fiber.Map{"position_seconds": hb.Position})
	})
	const conns = 256 // more than are ever busy at once: a request never waits for a connection
	base := env.Listen(b)
	server := target(b, "xiangcai", base, conns, beat)
	baseline := target(b, "baseline", apitest.Listen(b, bare), conns, beat)
	// Every viewer starts playing: a heartbeat with an empty stretch.
	start := target(b, "start", base, conns, func(i int, req *fasthttp.Request) {
		beat(i, req)
		req.SetBodyString(`{"from":0,"to":0,"rate":1,"position":0}`)
	})
	if _, err := start.Paced(ctx, viewers, time.Millisecond); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		results, err := Alternate([]*Target{server, baseline}, 2, func(t *Target) (*Result, error) {
			if t == server {
				window++
				env.Clock.Advance(beatEvery)
			}
			return t.Paced(ctx, viewers, beatInterval)
		})
		if err != nil {
			b.Fatal(err)
		}
		report(b, results[0], results[1])
	}
}
