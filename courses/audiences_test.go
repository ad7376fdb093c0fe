package courses

import (
	"slices"
	"testing"
)

// TestAudiencesComeWithTheirCourse checks that a course read alone and a
// page of courses carry each course's own audiences, in vocabulary order,
// whatever order they were given in.
func TestAudiencesComeWithTheirCourse(t *testing.T) {
	f := newFixture(t)
	many := f.published(t, NewCourse{Title: "甲", Audiences: []Audience{AudienceVolunteer, AudienceCivilAffairsStaff, AudienceSocialWorker}})
	one := f.published(t, NewCourse{Title: "乙", Audiences: []Audience{AudienceChildrensDirector}})
	want := map[string][]Audience{
		many.ID: {AudienceCivilAffairsStaff, AudienceSocialWorker, AudienceVolunteer},
		one.ID:  {AudienceChildrensDirector},
	}
	for id, audiences := range want {
		c, err := f.FindCourseByID(ctx, f.province, id)
		if err != nil || !slices.Equal(c.Audiences, audiences) {
			t.Errorf("course %s: %v (%v), want %v", id, c.Audiences, err, audiences)
		}
	}
	page := f.find(t, f.province, CourseFilter{})
	if len(page.Items) != 2 {
		t.Fatalf("listed %d courses, want 2", len(page.Items))
	}
	for _, c := range page.Items {
		if !slices.Equal(c.Audiences, want[c.ID]) {
			t.Errorf("listed %s with %v, want %v", c.Title, c.Audiences, want[c.ID])
		}
	}
}
