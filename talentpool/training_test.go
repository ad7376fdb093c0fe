package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool"
)

func TestTrainingRecordOfATalent(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	tal := f.talent(t, f.changsha, 1, township, func(in *talentpool.NewTalent) { in.UserID = f.trainee.UserID })
	f.training(t, f.trainee.UserID, 15, start.Add(-time.Hour))
	f.training(t, f.trainee.UserID, 30, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	for _, p := range []xiangcai.Principal{f.trainee, f.changsha, f.province} {
		rec, err := f.svc.TrainingRecord(ctx, p, tal.ID)
		if err != nil || !rec.Linked || len(rec.Entries) != 2 || rec.TotalTenths != 45 || rec.YearTenths != 15 || rec.Year != 2025 {
			t.Fatalf("%s reads %+v %v", p.Role, rec, err)
		}
	}
	other := f.talent(t, f.changsha, 2, township)
	rec, err := f.svc.TrainingRecord(ctx, f.changsha, other.ID)
	if err != nil || rec.Linked || len(rec.Entries) != 0 {
		t.Fatalf("record of a talent without an account: %+v %v", rec, err)
	}
	for _, p := range []xiangcai.Principal{f.trainee, f.instructor, f.zhuzhou} {
		if _, err := f.svc.TrainingRecord(ctx, p, other.ID); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
			t.Fatalf("%s reads someone else's record: %v", p.Role, err)
		}
	}
}
