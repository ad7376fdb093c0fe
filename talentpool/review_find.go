package talentpool

import (
	"context"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// ReviewFilter selects annual reviews; empty fields select everything.
type ReviewFilter struct {
	// CityCode narrows the list to one city. A city administrator's list is
	// always their own city.
	CityCode string
	Year     int
}

// FindReviews returns the annual reviews that match f in the cities p
// administers, latest year first.
func (s *Service) FindReviews(ctx context.Context, p xiangcai.Principal, f ReviewFilter) ([]*Review, error) {
	city, err := scopeCity(p, f.CityCode)
	if err != nil {
		return nil, err
	}
	list := []*Review{}
	q := s.db.NewSelect().Model(&list).OrderExpr("rv.year DESC, rv.city_code")
	if city != "" {
		q = q.Where("rv.city_code = ?", city)
	}
	if f.Year != 0 {
		q = q.Where("rv.year = ?", f.Year)
	}
	return list, database.Err(q.Scan(ctx), reviewText)
}

// FindReviewByID returns an annual review of a city p administers.
func (s *Service) FindReviewByID(ctx context.Context, p xiangcai.Principal, id string) (*Review, error) {
	return s.findReview(ctx, s.db, p, id, false)
}

// findReview loads a review p may read, locking it when lock is set.
func (s *Service) findReview(ctx context.Context, db bun.IDB, p xiangcai.Principal, id string, lock bool) (*Review, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	if !xiangcai.ValidID(id) {
		return nil, xiangcai.NotFound(reviewText.ZH, reviewText.EN)
	}
	rv := new(Review)
	q := db.NewSelect().Model(rv).Where("rv.id = ?", id)
	if lock {
		q = forUpdate(q, db, "rv")
	}
	if err := q.Scan(ctx); err != nil {
		return nil, database.Err(err, reviewText)
	}
	if err := visible(p, rv.CityCode, reviewText); err != nil {
		return nil, err
	}
	return rv, nil
}

// ReviewItemFilter selects the items of one review.
type ReviewItemFilter struct {
	// Pending selects only items waiting for a decision; Flagged only
	// items with a flag.
	Pending bool
	Flagged bool
	// Page is a keyset page, newest first.
	Page xiangcai.Page
}

// FindReviewItems returns one page of the items of a review of a city p
// administers, each with its talent, and how many match in all.
func (s *Service) FindReviewItems(ctx context.Context, p xiangcai.Principal, reviewID string, f ReviewItemFilter) ([]*ReviewItem, int, error) {
	rv, err := s.FindReviewByID(ctx, p, reviewID)
	if err != nil {
		return nil, 0, err
	}
	return findPage[ReviewItem](ctx, s.db, "ri", f.Page, func(q *bun.SelectQuery) *bun.SelectQuery {
		q = q.Relation("Talent").Relation("Talent.Organization").Where("ri.review_id = ?", rv.ID)
		if f.Pending {
			q = q.Where("ri.decision = ?", DecisionPending)
		}
		if f.Flagged {
			q = q.Where("(ri.no_credit_hours OR ri.left_organization OR ri.qualification_expired)")
		}
		return q
	}, reviewText)
}
