package courses

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// EnrolmentFilter selects enrolments for FindMyEnrolments.
type EnrolmentFilter struct {
	// Status selects one status; empty selects active and completed ones.
	Status EnrolmentStatus
	// Page is a keyset page, most recently enrolled first.
	Page xiangcai.Page
}

// enrolmentPosition is where a page of enrolments ends.
type enrolmentPosition struct {
	EnrolledAt time.Time `json:"t"`
	ID         string    `json:"id"`
}

// FindMyEnrolments returns one page of p's enrolments ("my learning"), most
// recent first, each with its course. Archived courses stay listed. How far
// p has got in each course is the progress part's to tell.
func (s *Service) FindMyEnrolments(ctx context.Context, p xiangcai.Principal, f EnrolmentFilter) (*Listing[*Enrolment], error) {
	if err := p.RequireRole(xiangcai.Roles...); err != nil {
		return nil, err
	}
	statuses := []EnrolmentStatus{EnrolmentActive, EnrolmentCompleted}
	if f.Status != "" {
		if err := checkVocabulary("status", EnrolmentStatuses, f.Status); err != nil {
			return nil, err
		}
		statuses = []EnrolmentStatus{f.Status}
	}
	var after enrolmentPosition
	if f.Page.Cursor != "" {
		if err := xiangcai.DecodeCursor(f.Page.Cursor, &after); err != nil {
			return nil, err
		}
	}
	match := func(q *bun.SelectQuery) *bun.SelectQuery {
		return q.Where("e.user_id = ? AND e.status IN (?)", p.UserID, bun.In(statuses))
	}
	total, err := s.db.NewSelect().Model((*Enrolment)(nil)).Apply(match).Count(ctx)
	if err != nil {
		return nil, database.Err(err, enrolmentText)
	}
	size := f.Page.Size()
	var list []*Enrolment
	q := s.db.NewSelect().Model(&list).Relation("Course").Apply(match).OrderExpr("e.enrolled_at DESC, e.id DESC").Limit(int64(size) + 1)
	if after.ID != "" {
		q = q.Where("(e.enrolled_at, e.id) < (?, ?)", after.EnrolledAt, after.ID)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, enrolmentText)
	}
	out := &Listing[*Enrolment]{Items: list, Total: int(total)}
	if len(list) > size {
		out.Items = list[:size]
		last := list[size-1]
		out.NextCursor = xiangcai.EncodeCursor(enrolmentPosition{EnrolledAt: last.EnrolledAt, ID: last.ID})
	}
	return out, nil
}
