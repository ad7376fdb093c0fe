package courses

import (
	"time"

	"xiangcai"
)

// Sort is an order of the catalog.
type Sort string

// The catalog orders. Each breaks ties by id, so keyset pages neither skip
// nor repeat a course.
const (
	// SortNewest puts the most recently published first (drafts: the most
	// recently created).
	SortNewest Sort = "newest"
	// SortPopular puts the most enrolled first.
	SortPopular Sort = "popular"
	// SortTitle orders by title in the database's collation (code-point
	// order on SQLite).
	SortTitle Sort = "title"
)

// Sorts lists the catalog orders.
var Sorts = Vocabulary[Sort]{
	{SortNewest, xiangcai.Text{ZH: "最新", EN: "Newest"}},
	{SortPopular, xiangcai.Text{ZH: "最热", EN: "Most popular"}},
	{SortTitle, xiangcai.Text{ZH: "标题", EN: "Title"}},
}

// position is where a catalog page ends: the sort key and id of its last
// course, with the sort and status it was made for, so that a cursor is not
// used with another list.
type position struct {
	Sort   Sort      `json:"s"`
	Status Status    `json:"st"`
	Time   time.Time `json:"t,omitzero"`
	Count  int       `json:"n,omitempty"`
	Title  string    `json:"k,omitempty"`
	ID     string    `json:"id"`
}

// column returns the column the list sorts by and whether it descends.
func (pos position) column() (string, bool) {
	switch {
	case pos.Sort == SortPopular:
		return "c.enrolled_count", true
	case pos.Sort == SortTitle:
		return "c.title", false
	case pos.Status == StatusDraft:
		return "c.created_at", true
	}
	return "c.published_at", true
}

// at returns the position of course c in the list.
func (pos position) at(c *Course) position {
	pos.ID = c.ID
	switch column, _ := pos.column(); column {
	case "c.enrolled_count":
		pos.Count = c.EnrolledCount
	case "c.title":
		pos.Title = c.Title
	case "c.created_at":
		pos.Time = c.CreatedAt
	default:
		pos.Time = c.PublishedAt
	}
	return pos
}

// key returns the sort key of the position.
func (pos position) key() any {
	switch column, _ := pos.column(); column {
	case "c.enrolled_count":
		return pos.Count
	case "c.title":
		return pos.Title
	}
	return pos.Time
}

// orderBy returns the ORDER BY of the list.
func (pos position) orderBy() string {
	column, desc := pos.column()
	if desc {
		return column + " DESC, c.id DESC"
	}
	return column + ", c.id"
}

// after returns the condition that selects the courses after pos.
func (pos position) after() (string, []any) {
	column, desc := pos.column()
	op := ">"
	if desc {
		op = "<"
	}
	return "(" + column + ", c.id) " + op + " (?, ?)", []any{pos.key(), pos.ID}
}
