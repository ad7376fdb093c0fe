package audit_test

import (
	"reflect"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/audit"
	"xiangcai/database/dbtest"
)

type snapshot struct {
	Name  string `json:"name"`
	Hub   bool   `json:"hub"`
	Phone string `json:"-"`
}

func TestChangesKeepOnlyWhatChanged(t *testing.T) {
	before, after := &snapshot{Name: "甲", Hub: false, Phone: "1"}, &snapshot{Name: "甲", Hub: true, Phone: "2"}
	c, changed := audit.Changes(before, after)
	want := audit.Change{Before: map[string]any{"hub": false}, After: map[string]any{"hub": true}}
	if !changed || !reflect.DeepEqual(c, want) {
		t.Fatalf("update: %+v %v", c, changed)
	}
	if _, changed := audit.Changes(before, before); changed {
		t.Fatal("no change reported as a change")
	}
	c, changed = audit.Changes((*snapshot)(nil), after)
	if !changed || c.Before != nil || c.After["name"] != "甲" || c.After["hub"] != true {
		t.Fatalf("create: %+v", c)
	}
	c, changed = audit.Changes(before, nil)
	if !changed || c.Before["name"] != "甲" || c.After["name"] != nil {
		t.Fatalf("delete: %+v", c)
	}
}

func TestRecordAndFindEventsByCity(t *testing.T) {
	ctx := t.Context()
	db := dbtest.Open(t)
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	province := xiangcai.Principal{UserID: "p", Role: xiangcai.RoleProvinceAdmin}
	changsha := xiangcai.Principal{UserID: "c", Role: xiangcai.RoleCityAdmin, CityCode: "430100"}
	for i, city := range []string{"430100", "430200", "", "430100"} {
		err := audit.Record(ctx, db, province, audit.Entry{At: at.Add(time.Duration(i) * time.Hour), Action: "talent.update",
			ObjectType: "talent", ObjectID: xiangcai.NewID(), CityCode: city, Summary: "改", Detail: map[string]int{"i": i}})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := audit.Record(ctx, db, province, audit.Entry{Action: "x", ObjectType: "y", ObjectID: "z"}); xiangcai.ErrorCode(err) != xiangcai.EINTERNAL {
		t.Fatalf("an entry without a time: %v", err)
	}
	svc := audit.NewService(db)
	events, total, err := svc.FindEvents(ctx, changsha, audit.EventFilter{Page: xiangcai.Page{Limit: 1}})
	if err != nil || total != 2 || len(events) != 1 || string(events[0].Detail) == "" || !events[0].At.Equal(at.Add(3*time.Hour)) {
		t.Fatalf("长沙's first page: %d %+v %v", total, events, err)
	}
	rest, _, err := svc.FindEvents(ctx, changsha, audit.EventFilter{Page: xiangcai.Page{Limit: 1, Cursor: events[0].Cursor()}})
	if err != nil || len(rest) != 1 || !rest[0].At.Equal(at) {
		t.Fatalf("长沙's second page: %+v %v", rest, err)
	}
	if _, total, _ := svc.FindEvents(ctx, province, audit.EventFilter{}); total != 4 {
		t.Fatalf("the province sees %d events", total)
	}
	if _, total, _ := svc.FindEvents(ctx, province, audit.EventFilter{Since: at.Add(time.Hour), Until: at.Add(3 * time.Hour)}); total != 2 {
		t.Fatalf("%d events in the window", total)
	}
	for _, p := range []xiangcai.Principal{{UserID: "t", Role: xiangcai.RoleTrainee}, {UserID: "i", Role: xiangcai.RoleInstructor}} {
		if _, _, err := svc.FindEvents(ctx, p, audit.EventFilter{}); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
			t.Fatalf("%s reads the trail: %v", p.Role, err)
		}
	}
	if _, _, err := svc.FindEvents(ctx, changsha, audit.EventFilter{CityCode: "430200"}); xiangcai.ErrorCode(err) != xiangcai.EFORBIDDEN {
		t.Fatalf("长沙 reads 株洲's trail: %v", err)
	}
}
