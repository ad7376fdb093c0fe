package courses

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
	"xiangcai/regions"
)

// maxQuery bounds a catalog search, in characters.
const maxQuery = 50

// CourseFilter selects courses for FindCourses. Empty fields select
// everything.
type CourseFilter struct {
	// Query is a substring of the title or the summary; a single Chinese
	// character works.
	Query         string
	Topic         Topic
	Audience      Audience
	ProviderLevel ProviderLevel
	// RegionCode selects the courses owned by a region; a city's code also
	// selects the courses of its counties, the province's its own courses.
	RegionCode string
	// Status defaults to published. Drafts and archived courses are listed
	// for their editors only.
	Status Status
	// Sort defaults to SortNewest.
	Sort Sort
	Page xiangcai.Page
}

// Listing is one page of a keyset-paginated list.
type Listing[T any] struct {
	Items []T
	// Total counts the matching items on all pages.
	Total int
	// NextCursor gives the next page; empty on the last page.
	NextCursor string
}

// FindCourses returns one page of the courses that match f and that p may
// list. Everyone, anonymous visitors too, lists published courses within
// their area; drafts and archived courses are listed to their editors.
func (s *Service) FindCourses(ctx context.Context, p xiangcai.Principal, f CourseFilter) (*Listing[*Course], error) {
	pos, match, err := s.catalogQuery(p, &f)
	if err != nil {
		return nil, err
	}
	total, err := s.db.NewSelect().Model((*Course)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, database.Err(err, courseText)
	}
	size := f.Page.Size()
	rows := make([]courseRow, 0, size+1) // Bun appends to it without growing it
	q := s.selectCourses(&rows).Apply(match).OrderExpr(pos.orderBy()).Limit(int64(size) + 1)
	if pos.ID != "" {
		cond, args := pos.after()
		q = q.Where(cond, args...)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, courseText)
	}
	out := &Listing[*Course]{Items: make([]*Course, len(rows)), Total: int(total)}
	for i := range rows {
		out.Items[i] = rows[i].course()
	}
	if len(out.Items) > size {
		out.Items = out.Items[:size]
		out.NextCursor = xiangcai.EncodeCursor(pos.at(out.Items[size-1]))
	}
	return out, nil
}

// catalogQuery checks f, fills in its defaults and returns the position to
// start after (zero on the first page) and the conditions of the list.
func (s *Service) catalogQuery(p xiangcai.Principal, f *CourseFilter) (position, func(*bun.SelectQuery) *bun.SelectQuery, error) {
	f.Query = strings.TrimSpace(f.Query)
	if f.Status == "" {
		f.Status = StatusPublished
	}
	if f.Sort == "" {
		f.Sort = SortNewest
	}
	var problems []error
	if utf8.RuneCountInString(f.Query) > maxQuery {
		problems = append(problems, xiangcai.Invalid("q", "搜索词最多50个字", "a search has at most 50 characters"))
	}
	if f.Topic != "" {
		problems = append(problems, checkVocabulary("topic", Topics, f.Topic))
	}
	if f.Audience != "" {
		problems = append(problems, checkVocabulary("audience", Audiences, f.Audience))
	}
	if f.ProviderLevel != "" {
		problems = append(problems, checkVocabulary("provider_level", ProviderLevels, f.ProviderLevel))
	}
	if f.RegionCode != "" {
		problems = append(problems, s.regions.Validate("region_code", f.RegionCode, regions.LevelProvince, regions.LevelCity, regions.LevelCounty))
	}
	problems = append(problems, checkVocabulary("status", Statuses, f.Status), checkVocabulary("sort", Sorts, f.Sort))
	pos := position{Sort: f.Sort, Status: f.Status}
	if f.Page.Cursor != "" {
		var got position
		err := xiangcai.DecodeCursor(f.Page.Cursor, &got)
		if err == nil && (got.Sort != pos.Sort || got.Status != pos.Status || !xiangcai.ValidID(got.ID)) {
			err = xiangcai.Invalid("cursor", "分页游标与当前排序不符", "the page cursor belongs to another list")
		}
		problems = append(problems, err)
		pos = got
	}
	if err := joinInvalid(problems...); err != nil {
		return pos, nil, err
	}
	visible, err := visibleTo(p, f.Status)
	if err != nil {
		return pos, nil, err
	}
	owner := "c.region_code"
	if r, _ := s.regions.Find(f.RegionCode); r.Level == regions.LevelCity {
		owner = "c.city_code" // the city's own courses and its counties'
	}
	return pos, func(q *bun.SelectQuery) *bun.SelectQuery { return f.apply(visible(q), owner) }, nil
}

// apply adds the filter's conditions to a query on courses AS c; owner is
// the column the region code is matched against.
func (f *CourseFilter) apply(q *bun.SelectQuery, owner string) *bun.SelectQuery {
	if f.Query != "" {
		pattern := "%" + escapeLike(strings.ToLower(f.Query)) + "%"
		q = q.Where("(lower(c.title) LIKE ? ESCAPE '!' OR lower(c.summary) LIKE ? ESCAPE '!')", pattern, pattern)
	}
	if f.Topic != "" {
		q = q.Where("c.topic = ?", f.Topic)
	}
	if f.Audience != "" {
		q = q.Where("EXISTS (SELECT 1 FROM course_audiences AS ca WHERE ca.course_id = c.id AND ca.audience = ?)", f.Audience)
	}
	if f.ProviderLevel != "" {
		q = q.Where("c.provider_level = ?", f.ProviderLevel)
	}
	if f.RegionCode != "" {
		q = q.Where("? = ?", bun.Safe(owner), f.RegionCode)
	}
	return q
}

// escapeLike makes s match itself in a LIKE pattern with ESCAPE '!'.
func escapeLike(s string) string {
	return strings.NewReplacer("!", "!!", "%", "!%", "_", "!_").Replace(s)
}
