package talentpool_test

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool"
)

func TestImportMessyRoster(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	org := f.org(t, f.changsha, "岳麓街道邻里互助会", township)
	f.talent(t, f.changsha, 13, township, func(n *talentpool.NewTalent) { n.Name, n.Phone = "郑七", "13800000013" })
	f.talent(t, f.changsha, 15, yueluCounty, func(n *talentpool.NewTalent) { n.Name = "冯八" })
	f.talent(t, f.zhuzhou, 17, zhuzhouTown)
	file := talentpool.ImportFile{Name: "长沙名册.xlsx", Data: messyRoster(t, f)}

	imp, err := f.importer().DryRun(ctx, f.changsha, file)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Status != talentpool.ImportReady || imp.CityCode != changshaCode || imp.Format != "xlsx" ||
		imp.Layout.HeaderLine != 2 || imp.Layout.HeaderRows != 2 {
		t.Fatalf("import %+v", imp)
	}
	if imp.TotalRows != 14 || imp.NewRows != 4 || imp.UpdatedRows != 1 || imp.UnchangedRows != 1 || imp.RejectedRows != 8 {
		t.Fatalf("counts: %d rows, %d new, %d updated, %d unchanged, %d rejected", imp.TotalRows, imp.NewRows,
			imp.UpdatedRows, imp.UnchangedRows, imp.RejectedRows)
	}
	if n := f.count(t, "talents", "1 = 1"); n != 3 {
		t.Fatalf("a dry run wrote talents: %d", n)
	}
	type note struct {
		kind         talentpool.NoteKind
		field, words string
	}
	want := map[int]struct {
		outcome talentpool.RowOutcome
		notes   []note
	}{
		4:  {talentpool.OutcomeNew, []note{{"fixed", "birth_date", "序列号 29358"}}},
		5:  {talentpool.OutcomeNew, []note{{"fixed", "name", "空格"}, {"fixed", "id_number", "全角"}, {"fixed", "phone", "空格"}, {"fixed", "qualification_expires_at", "2027-06-30"}}},
		6:  {talentpool.OutcomeRejected, []note{{"error", "id_number", "身份证号被 Excel 截断，请将该列设为文本后重新导出"}}},
		7:  {talentpool.OutcomeRejected, []note{{"error", "id_number", "被 Excel 截断"}}},
		8:  {talentpool.OutcomeRejected, []note{{"error", "id_number", "校验位"}}},
		9:  {talentpool.OutcomeRejected, []note{{"error", "category", "无法识别“网格员”"}, {"error", "phone", "11位"}}},
		10: {talentpool.OutcomeNew, []note{{"warning", "organization", "不存在的协会"}}},
		11: {talentpool.OutcomeRejected, []note{{"error", "region", "所在地区在株洲市，不在长沙市"}}},
		12: {talentpool.OutcomeRejected, []note{{"error", "id_number", "与第4行是同一人"}}},
		13: {talentpool.OutcomeUpdate, nil},
		14: {talentpool.OutcomeUnchanged, nil},
		15: {talentpool.OutcomeRejected, []note{{"error", "id_number", "该人员已在其他市州人才库中"}}},
		17: {talentpool.OutcomeNew, []note{{"warning", "gender", "以身份证号为准"}, {"warning", "birth_date", "不符"}, {"warning", "region", "未填写所在地区，记为长沙市"}}},
		18: {talentpool.OutcomeRejected, []note{{"error", "id_number", "被 Excel 截断"}}},
	}
	rows := f.rowsByLine(t, f.changsha, imp.ID)
	for line, w := range want {
		row := rows[line]
		if row == nil || row.Outcome != w.outcome || len(row.Notes) != len(w.notes) {
			t.Errorf("line %d: %+v, want %s with %d notes", line, row, w.outcome, len(w.notes))
			continue
		}
		for _, n := range w.notes {
			if !hasNote(row, n.kind, n.field, n.words) {
				t.Errorf("line %d: no %s on %s saying %q in %+v", line, n.kind, n.field, n.words, row.Notes)
			}
		}
	}
	if r := rows[9]; r.Notes[0].Column != "人才类别" || rows[5].Notes[2].Column != "联系方式手机" && rows[5].Notes[2].Column != "手机" {
		t.Errorf("columns of notes: %+v %+v", r.Notes, rows[5].Notes)
	}
	if rows[5].Name != "李明" || rows[6].IDMasked == "" {
		t.Errorf("report names: %q %q", rows[5].Name, rows[6].IDMasked)
	}

	// The province is told which city's pool holds the person.
	byProvince, err := f.importer().DryRun(ctx, f.province, talentpool.ImportFile{Name: file.Name, Data: file.Data, CityCode: changshaCode})
	if err != nil {
		t.Fatal(err)
	}
	if row := f.rowsByLine(t, f.province, byProvince.ID)[15]; !hasNote(row, "error", "id_number", "该人员已在株洲市人才库中") {
		t.Errorf("the province's report: %+v", row.Notes)
	}

	committed, err := f.importer().CommitImport(ctx, f.changsha, imp.ID)
	if err != nil {
		t.Fatal(err)
	}
	if committed.Status != talentpool.ImportCommitted || committed.NewRows != 4 || committed.UpdatedRows != 1 {
		t.Fatalf("committed %+v", committed)
	}
	talents, _, err := f.svc.FindTalents(ctx, f.changsha, talentpool.TalentFilter{Page: xiangcai.Page{Limit: 100}})
	if err != nil || len(talents) != 6 {
		t.Fatalf("长沙's pool after the commit: %d, %v", len(talents), err)
	}
	byName := map[string]*talentpool.Talent{}
	for _, tal := range talents {
		byName[tal.Name] = tal
	}
	li, wang, zhou := byName["李明"], byName["王芳"], byName["周五"]
	if li == nil || li.Category != talentpool.SocialWorker || li.RegionCode != township || li.PhoneMasked != "138****0003" ||
		li.Qualification != talentpool.QualificationAssistant || !li.QualificationExpiresAt.Equal(time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)) ||
		li.Status != talentpool.StatusActive {
		t.Errorf("李明: %+v", li)
	}
	if wang == nil || wang.OrganizationID != org.ID || len(wang.Skills) != 2 || zhou == nil || zhou.OrganizationID != "" ||
		byName["郑七"].PhoneMasked != "139****0013" || byName["褚十"].RegionCode != changshaCode {
		t.Errorf("王芳 %+v, 周五 %+v, 郑七 %+v", wang, zhou, byName["郑七"])
	}
	if n := f.count(t, "audit_events", "action = 'talent_import.commit' AND object_id = ?", imp.ID); n != 1 {
		t.Errorf("commit events: %d", n)
	}
	events := f.count(t, "audit_events", "object_type = 'talent'")
	if n := f.count(t, "audit_events", "object_type = 'talent' AND summary LIKE '名册导入%'"); n != 5 {
		t.Errorf("per-talent import events: %d, want 4 created and 1 updated", n)
	}
	if n := f.count(t, "talent_import_rows", "import_id = ? AND input_enc IS NOT NULL", imp.ID); n != 0 {
		t.Errorf("%d rows keep their sealed values after the commit", n)
	}

	// Committing again changes nothing; importing the same file again
	// finds everyone unchanged and adds nobody.
	if again, err := f.importer().CommitImport(ctx, f.changsha, imp.ID); err != nil || !again.CommittedAt.Equal(committed.CommittedAt) {
		t.Fatalf("second commit: %+v %v", again, err)
	}
	second, err := f.importer().DryRun(ctx, f.changsha, file)
	if err != nil || second.NewRows != 0 || second.UpdatedRows != 0 || second.UnchangedRows != 6 || second.RejectedRows != 8 {
		t.Fatalf("second import: %+v %v", second, err)
	}
	if _, err := f.importer().CommitImport(ctx, f.changsha, second.ID); err != nil {
		t.Fatal(err)
	}
	if n := f.count(t, "talents", "1 = 1"); n != 7 || f.count(t, "audit_events", "object_type = 'talent'") != events {
		t.Errorf("the second import wrote: %d talents", n)
	}
}
