package talentpool_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/uptrace/bun"

	"xiangcai"
	"xiangcai/demo"
	"xiangcai/talentpool"
	"xiangcai/talentpool/roster/rostertest"
)

// cancelOnNth cancels a context just before the nth query that reads the
// talent_imports table, which is how each batch of a commit begins.
type cancelOnNth struct {
	n      int32
	seen   atomic.Int32
	cancel context.CancelFunc
}

func (h *cancelOnNth) BeforeQuery(ctx context.Context, e *bun.QueryEvent) context.Context {
	if strings.HasPrefix(e.Query, "SELECT") && strings.Contains(e.Query, `FROM "talent_imports"`) && h.seen.Add(1) == h.n {
		h.cancel()
	}
	return ctx
}

func (h *cancelOnNth) AfterQuery(context.Context, *bun.QueryEvent) {}

// volunteers dry-runs a roster of n volunteers of 长沙 as its administrator.
func (f *fixture) volunteers(t *testing.T, n int) *talentpool.Import {
	t.Helper()
	rows := [][]any{{"姓名", "身份证号", "人才类别", "所在地区"}}
	for i := range n {
		id := demo.FakeIDNumber(3+i/1000, time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), i%1000)
		rows = append(rows, []any{fmt.Sprintf("人才%d", i), id, "志愿者", "西湖街道"})
	}
	imp, err := f.importer().DryRun(t.Context(), f.changsha, talentpool.ImportFile{Name: "大名册.xlsx", Data: rostertest.Workbook(t, rows)})
	if err != nil || imp.NewRows != n {
		t.Fatalf("dry run: %+v %v", imp, err)
	}
	return imp
}

func TestCommitResumesAfterAnInterruption(t *testing.T) {
	f := newFixture(t)
	imp := f.volunteers(t, 1200)
	ctx, cancel := context.WithCancel(t.Context())
	f.db.AddQueryHook(&cancelOnNth{n: 2, cancel: cancel})
	if _, err := f.importer().CommitImport(ctx, f.changsha, imp.ID); xiangcai.ErrorCode(err) != xiangcai.EUNAVAILABLE {
		t.Fatalf("interrupted commit: %v", err)
	}
	half, err := f.importer().FindImport(t.Context(), f.changsha, imp.ID)
	if err != nil || half.Status != talentpool.ImportReady || half.CommittedThrough != 1000 || f.count(t, "talents", "1 = 1") != 1000 {
		t.Fatalf("after the first batch: %+v %v, %d talents", half, err, f.count(t, "talents", "1 = 1"))
	}
	done, err := f.importer().CommitImport(t.Context(), f.changsha, imp.ID)
	if err != nil || done.Status != talentpool.ImportCommitted || done.NewRows != 1200 || f.count(t, "talents", "1 = 1") != 1200 {
		t.Fatalf("resumed commit: %+v %v", done, err)
	}
	if n := f.count(t, "talent_transitions", "reason = ?", "名册导入：大名册.xlsx"); n != 1200 {
		t.Fatalf("entries into the pool: %d", n)
	}
}

// TestConcurrentCommitsAddEachRowOnce commits one import from two requests
// at once: the batches each reads ahead may be ones the other committed
// meanwhile, and no row may be written twice.
func TestConcurrentCommitsAddEachRowOnce(t *testing.T) {
	f := newFixture(t)
	imp := f.volunteers(t, 3500)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			done, err := f.importer().CommitImport(t.Context(), f.changsha, imp.ID)
			if err != nil || done.Status != talentpool.ImportCommitted || done.NewRows != 3500 {
				t.Errorf("commit: %+v %v", done, err)
			}
		})
	}
	wg.Wait()
	for table, where := range map[string]string{"talents": "1 = 1", "talent_transitions": "from_status IS NULL",
		"audit_events": "action = 'talent.create'"} {
		if n := f.count(t, table, where); n != 3500 {
			t.Errorf("%s: %d rows, want 3500", table, n)
		}
	}
}

func TestCommitPlansAgainstThePoolAsItIsThen(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	org := f.org(t, f.changsha, "西湖互助会", township)
	data := rostertest.Workbook(t, [][]any{
		{"姓名", "身份证号", "人才类别", "所属组织", "手机"},
		{"甲", idNumber(31), "志愿者", "西湖互助会"},
		{"乙", idNumber(33), "志愿者", nil, "13700000033"},
		{"丙", idNumber(35), "志愿者"},
	})
	imp, err := f.importer().DryRun(ctx, f.changsha, talentpool.ImportFile{Name: "名册.xlsx", Data: data})
	if err != nil || imp.NewRows != 3 {
		t.Fatalf("dry run: %+v %v", imp, err)
	}
	// Meanwhile the organization is deleted, 乙 is added by hand and 丙
	// joins 株洲's pool.
	if err := f.svc.DeleteOrganization(ctx, f.changsha, org.ID); err != nil {
		t.Fatal(err)
	}
	f.talent(t, f.changsha, 33, township, func(n *talentpool.NewTalent) { n.Name = "乙" })
	f.talent(t, f.zhuzhou, 35, zhuzhouTown)
	done, err := f.importer().CommitImport(ctx, f.changsha, imp.ID)
	if err != nil || done.NewRows != 1 || done.UpdatedRows != 1 || done.RejectedRows != 1 || done.WarnedRows != 1 {
		t.Fatalf("commit: %+v %v", done, err)
	}
	rows := f.rowsByLine(t, f.changsha, imp.ID)
	if !hasNote(rows[2], talentpool.NoteWarning, "organization", "已在预检后删除") || rows[3].Outcome != talentpool.OutcomeUpdate ||
		!hasNote(rows[4], talentpool.NoteError, "id_number", "其他市州") {
		t.Fatalf("report after the commit: %+v %+v %+v", rows[2], rows[3], rows[4])
	}
	if n := f.count(t, "talents", "id_hash IS NOT NULL"); n != 3 {
		t.Fatalf("%d talents, want 甲, 乙 once and 丙 in 株洲", n)
	}
}
