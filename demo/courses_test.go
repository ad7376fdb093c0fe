package demo_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"xiangcai"
	"xiangcai/api/apitest"
	"xiangcai/courses"
	"xiangcai/demo"
)

// learning is what seeding the catalog needs from a test server; out hears
// what seeding says.
func learning(env *apitest.Env, out io.Writer) demo.Learning {
	return demo.Learning{DB: env.DB, Courses: env.Deps.Courses, Media: env.Deps.Media, Progress: env.Deps.Progress, Out: out}
}

// TestSeedCoursesWithoutFFmpeg seeds with no ffmpeg to be found: the
// courses come with rich-text lessons only, and seeding says so once.
func TestSeedCoursesWithoutFFmpeg(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	env := apitest.New(t)
	var said bytes.Buffer
	if _, err := demo.Seed(t.Context(), env.Accounts, env.Deps.Talents, learning(env, &said)); err != nil {
		t.Fatal(err)
	}
	if strings.Count(said.String(), "\n") != 1 || !strings.Contains(said.String(), "ffmpeg is not on the PATH") {
		t.Errorf("seeding without ffmpeg said %q", said.String())
	}
	checkCatalog(t, env, true)
}

func checkCatalog(t *testing.T, env *apitest.Env, withoutVideos bool) {
	t.Helper()
	ctx := t.Context()
	admin := xiangcai.Principal{UserID: "system", Role: xiangcai.RoleProvinceAdmin}
	list, err := env.Deps.Courses.FindCourses(ctx, admin, courses.CourseFilter{Page: xiangcai.Page{Limit: 50}})
	if err != nil {
		t.Fatal(err)
	}
	if list.Total != 12 {
		t.Fatalf("the catalog holds %d published courses, want 12", list.Total)
	}
	levels, videos := map[courses.ProviderLevel]int{}, 0
	for _, c := range list.Items {
		levels[c.ProviderLevel]++
		if c.CoverKey == "" {
			t.Errorf("%s has no cover", c.Title)
		}
		outline, err := env.Deps.Courses.FindOutline(ctx, admin, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, ch := range outline {
			for _, l := range ch.Lessons {
				if !l.Published {
					t.Errorf("%s: lesson %s is not published", c.Title, l.Title)
				}
				if l.Kind == courses.KindVideo {
					videos++
					if l.DurationSeconds < 3 {
						t.Errorf("%s: the video lasts %d s", c.Title, l.DurationSeconds)
					}
				}
			}
		}
	}
	if levels[courses.LevelProvince] == 0 || levels[courses.LevelCity] == 0 || levels[courses.LevelCounty] == 0 {
		t.Errorf("provider levels: %v", levels)
	}
	if (videos == 0) != withoutVideos {
		t.Errorf("%d video lessons; seeded without videos: %v", videos, withoutVideos)
	}
	var certificates int
	if err := env.DB.NewSelect().Table("certificates").ColumnExpr("count(*)").Scan(ctx, &certificates); err != nil || certificates != 1 {
		t.Errorf("certificates: %d %v", certificates, err)
	}
}
