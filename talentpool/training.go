package talentpool

import (
	"context"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/database"
)

// TrainingEntry is one row of the shared record of completed training:
// a course finished, and, as those capabilities land, a training class
// attended (source kind "class") or an exam passed (source kind "exam").
type TrainingEntry struct {
	bun.BaseModel `bun:"table:training_records,alias:trr"`

	ID           string `bun:"id,pk"`
	SourceKind   string
	SourceID     string
	Title        string
	CreditTenths int
	CompletedAt  time.Time
}

// TrainingRecord is what a talent has completed in Xiangcai, read through
// the account linked to them.
type TrainingRecord struct {
	// Linked is false when the talent has no account; the record is empty.
	Linked  bool
	Entries []*TrainingEntry
	// TotalTenths and YearTenths are credit hours (学时) in tenths: in all,
	// and in the current calendar year in Beijing time.
	TotalTenths int
	YearTenths  int
	Year        int
}

// TrainingRecord returns the training record of a talent p may read: an
// administrator's talent, or p's own, newest first.
func (s *Service) TrainingRecord(ctx context.Context, p xiangcai.Principal, talentID string) (*TrainingRecord, error) {
	t, err := s.FindTalentByID(ctx, p, talentID)
	if err != nil {
		return nil, err
	}
	now := s.now()
	rec := &TrainingRecord{Linked: t.UserID != "", Entries: []*TrainingEntry{}, Year: now.In(chinaTime).Year()}
	if !rec.Linked {
		return rec, nil
	}
	err = s.db.NewSelect().Model(&rec.Entries).Where("trr.user_id = ?", t.UserID).
		OrderExpr("trr.completed_at DESC, trr.id DESC").Scan(ctx)
	if err != nil {
		return nil, database.Err(err, talentText)
	}
	start, end := yearBounds(rec.Year)
	for _, e := range rec.Entries {
		rec.TotalTenths += e.CreditTenths
		if !e.CompletedAt.Before(start) && e.CompletedAt.Before(end) {
			rec.YearTenths += e.CreditTenths
		}
	}
	return rec, nil
}
