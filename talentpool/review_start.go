package talentpool

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database"
	"xiangcai/regions"
)

// StartAnnualReview starts the review of a city's pool for a calendar
// year, which may be the current one or a past one. It walks every talent
// active now, flags those with no credit hours in the year, those who left
// their organization and those whose qualification ran out, keeps the
// others and leaves the flagged ones for an administrator to decide. A city
// has one review per year.
func (s *Service) StartAnnualReview(ctx context.Context, p xiangcai.Principal, city string, year int) (*Review, error) {
	if err := requireAdmin(p); err != nil {
		return nil, err
	}
	now := s.now()
	err := s.regions.Validate("city_code", city, regions.LevelCity)
	if year < 2000 || year > now.In(chinaTime).Year() {
		err = gather(err, xiangcai.Invalid("year", "年度应在2000年至今年之间", "the year is between 2000 and this year"))
	}
	if err != nil {
		return nil, err
	}
	if err := p.RequireCity(city); err != nil {
		return nil, err
	}
	rv := &Review{ID: xiangcai.NewID(), CityCode: city, Year: year, StartedAt: now, StartedBy: p.UserID}
	err = s.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		since, err := s.lastReviewStart(ctx, tx, city, year)
		if err != nil {
			return err
		}
		items, err := s.reviewItems(ctx, tx, rv, since)
		if err != nil {
			return err
		}
		if _, err := tx.NewInsert().Model(rv).Exec(ctx); err != nil {
			if database.IsUniqueViolation(err) {
				return xiangcai.Errorf(xiangcai.ECONFLICT, "该市州本年度的复核已经开始", "this city's review of that year has already started")
			}
			return database.Err(err, reviewText)
		}
		for start := 0; start < len(items); start += 500 {
			batch := items[start:min(start+500, len(items))]
			if _, err := tx.NewInsert().Model(&batch).Exec(ctx); err != nil {
				return database.Err(err, reviewText)
			}
		}
		return s.record(ctx, tx, p, audit.Entry{Action: "talent_review.start", ObjectType: "talent_review", ObjectID: rv.ID,
			CityCode: city, Summary: "开始" + strconv.Itoa(year) + "年度人才复核",
			Detail: map[string]int{"talents": rv.Talents, "flagged": rv.Flagged}})
	})
	if err != nil {
		return nil, err
	}
	return rv, nil
}

// lastReviewStart returns when the city's latest review started, or the
// start of year when it has none: a link to an organization cleared or
// changed since then counts as leaving it.
func (s *Service) lastReviewStart(ctx context.Context, db bun.IDB, city string, year int) (time.Time, error) {
	var last Review
	err := db.NewSelect().Model(&last).Column("started_at").Where("rv.city_code = ?", city).
		OrderExpr("rv.started_at DESC").Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		start, _ := yearBounds(year)
		return start, nil
	}
	return last.StartedAt, database.Err(err, reviewText)
}

// reviewItems walks the talents of rv's city who are active now and
// returns an item for each with its flags, and fills in rv's counts.
func (s *Service) reviewItems(ctx context.Context, db bun.IDB, rv *Review, since time.Time) ([]ReviewItem, error) {
	var talents []*Talent
	err := db.NewSelect().Model(&talents).Apply(withOrganization).
		Where("t.city_code = ? AND t.status = ?", rv.CityCode, StatusActive).OrderExpr("t.id").Scan(ctx)
	if err != nil {
		return nil, database.Err(err, talentText)
	}
	hours, err := creditHours(ctx, db, rv.CityCode, rv.Year)
	if err != nil {
		return nil, err
	}
	items := make([]ReviewItem, len(talents))
	for i, t := range talents {
		it := &items[i]
		*it = ReviewItem{ID: xiangcai.NewID(), ReviewID: rv.ID, TalentID: t.ID, OrganizationID: t.OrganizationID,
			CreditTenths: hours[t.UserID], Decision: DecisionKeep, DecidedAt: rv.StartedAt, DecidedBy: rv.StartedBy,
			Reason: "无异常，自动保留"}
		it.NoCreditHours = it.CreditTenths == 0
		it.LeftOrganization = (t.Organization != nil && t.Organization.Deleted()) || t.LeftOrganizationAt.After(since)
		it.QualificationExpired = t.Qualification != QualificationNone && !t.QualificationExpiresAt.IsZero() &&
			t.QualificationExpiresAt.Before(rv.StartedAt)
		rv.Talents++
		if it.Flagged() {
			it.Decision, it.DecidedAt, it.DecidedBy, it.Reason = DecisionPending, time.Time{}, "", ""
			rv.Flagged++
		}
	}
	rv.Pending = rv.Flagged
	if rv.Pending == 0 {
		rv.CompletedAt = rv.StartedAt
	}
	return items, nil
}

// creditHours returns the credit hours, in tenths, that the accounts
// linked to the city's active talents completed in year, by user id.
func creditHours(ctx context.Context, db bun.IDB, city string, year int) (map[string]int, error) {
	start, end := yearBounds(year)
	var rows []struct {
		UserID string
		Tenths int
	}
	err := db.NewSelect().TableExpr("training_records AS trr").
		ColumnExpr("trr.user_id, SUM(trr.credit_tenths) AS tenths").
		Where("trr.user_id IN (SELECT user_id FROM talents WHERE city_code = ? AND status = ? AND user_id IS NOT NULL)",
			city, StatusActive).
		Where("trr.completed_at >= ? AND trr.completed_at < ?", start, end).
		GroupExpr("trr.user_id").Scan(ctx, &rows)
	if err != nil {
		return nil, database.Err(err, reviewText)
	}
	hours := make(map[string]int, len(rows))
	for _, r := range rows {
		hours[r.UserID] = r.Tenths
	}
	return hours, nil
}
