package demo

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/courses"
	"xiangcai/courses/media"
	"xiangcai/courses/progress"
)

// Learning is what seeding the course catalog writes through: the learning
// services, and the database whose job queue processes the demo videos.
type Learning struct {
	DB       *bun.DB
	Courses  *courses.Service
	Media    *media.Service
	Progress *progress.Service
	// Out hears the one line that says videos were skipped, when ffmpeg is
	// not on the PATH.
	Out io.Writer
}

// SeedCourses adds each course of the demo catalog that is not there yet,
// with its chapters, lessons, cover and, when ffmpeg is at hand, a short
// generated video, all published. It then enrols the demo trainee in three
// courses and completes one, so that "my learning" shows progress, credit
// hours and a certificate. Seeding again adds nothing.
func SeedCourses(ctx context.Context, users *accounts.Service, l Learning) error {
	people := map[string]xiangcai.Principal{} // by login
	var trainee xiangcai.Principal
	for _, a := range accountsToSeed {
		login := a.username
		if login == "" {
			login = a.phone
		}
		u, err := users.FindUserByLogin(ctx, system, login)
		if err != nil {
			return err
		}
		people[login] = u.Principal()
		if a.role == xiangcai.RoleTrainee {
			trainee = u.Principal()
		}
	}
	var missing []demoCourse
	for _, c := range catalog {
		found, err := l.findCourse(ctx, people["admin"], c.title, courses.StatusPublished, courses.StatusDraft)
		if err != nil {
			return err
		}
		if found == nil {
			missing = append(missing, c)
		}
	}
	video, err := l.seedVideo(ctx, people["admin"], missing)
	if err != nil {
		return err
	}
	for _, c := range missing {
		if err := l.seedCourse(ctx, people, c, video); err != nil {
			return fmt.Errorf("demo course %s: %w", c.title, err)
		}
	}
	return l.seedLearner(ctx, trainee)
}

// findCourse returns the course titled title in one of the statuses, as p
// sees the catalog, or nil.
func (l Learning) findCourse(ctx context.Context, p xiangcai.Principal, title string, statuses ...courses.Status) (*courses.Course, error) {
	for _, status := range statuses {
		list, err := l.Courses.FindCourses(ctx, p, courses.CourseFilter{Query: title, Status: status, Page: xiangcai.Page{Limit: xiangcai.MaxPageSize}})
		if err != nil {
			return nil, err
		}
		for _, c := range list.Items {
			if c.Title == title {
				return c, nil
			}
		}
	}
	return nil, nil
}

// seedCourse writes one course as its author and has it published. Its
// introduction is video, the province's ready introduction video, which
// the province administrator adds, or rich text when video is "".
func (l Learning) seedCourse(ctx context.Context, people map[string]xiangcai.Principal, c demoCourse, video string) error {
	author := people[c.author]
	course, err := l.Courses.CreateCourse(ctx, author, courses.NewCourse{Title: c.title, Summary: c.summary, Topic: c.topic,
		Audiences: c.audiences, ProviderLevel: c.level, RegionCode: c.region, CreditHours: c.hours})
	if err != nil {
		return err
	}
	image, err := cover(c.topic)
	if err != nil {
		return err
	}
	if _, err := l.Courses.SetCover(ctx, author, course.ID, image); err != nil {
		return err
	}
	published := true
	for _, ch := range c.chapters {
		chapter, err := l.Courses.CreateChapter(ctx, author, course.ID, ch.title)
		if err != nil {
			return err
		}
		for _, title := range ch.lessons {
			in, editor := courses.NewLesson{Title: title, Kind: courses.KindRichText, BodyHTML: lessonBody(c, title)}, author
			switch {
			case title == introVideo && video != "":
				in, editor = courses.NewLesson{Title: title, Kind: courses.KindVideo, MediaID: video}, people["admin"]
			case title == introVideo:
				in.Title = "课程导学"
			}
			lesson, err := l.Courses.CreateLesson(ctx, editor, chapter.ID, in)
			if err != nil {
				return err
			}
			if _, err := l.Courses.UpdateLesson(ctx, editor, lesson.ID, courses.LessonUpdate{Published: &published}); err != nil {
				return err
			}
		}
	}
	_, err = l.Courses.PublishCourse(ctx, people[publisherOf(c)], course.ID)
	return err
}

// lessonBody is the text of a rich-text lesson of c.
func lessonBody(c demoCourse, title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<p>本课时是《%s》的一部分，围绕“%s”展开，结合湖南社区工作中的实际场景讲解。</p>\n<h3>学习要点</h3>\n<ol>\n", c.title, title)
	for _, point := range c.points {
		fmt.Fprintf(&b, "<li>%s</li>\n", point)
	}
	b.WriteString("</ol>\n<p><strong>小贴士：</strong>学完后，想一想本社区可以马上着手的一项改进，并与同事交流。</p>")
	return b.String()
}

// learnerCourses are the courses the demo trainee is enrolled in; the
// first is completed.
var learnerCourses = []string{"社区社会组织日常运作与规范管理", "党建引领社会组织高质量发展", "社区应急处置与平安建设"}

// seedLearner enrols the demo trainee p and completes the first of
// learnerCourses by reading its lessons, which issues a certificate.
func (l Learning) seedLearner(ctx context.Context, p xiangcai.Principal) error {
	for i, title := range learnerCourses {
		c, err := l.findCourse(ctx, p, title, courses.StatusPublished)
		if err != nil || c == nil {
			return err
		}
		if _, err := l.Courses.Enrol(ctx, p, c.ID); err != nil {
			return err
		}
		if i > 0 {
			continue
		}
		outline, err := l.Courses.FindOutline(ctx, p, c.ID)
		if err != nil {
			return err
		}
		for _, ch := range outline {
			for _, lesson := range ch.Lessons {
				if _, err := l.Progress.MarkDone(ctx, p, lesson.ID); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
