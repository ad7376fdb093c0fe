package main

import (
	"testing"
	"time"

	"xiangcai"
	"xiangcai/accounts"
	"xiangcai/courses/media"
	"xiangcai/regions"
	"xiangcai/talentpool"
	"xiangcai/talentpool/roster/rostertest"
)

// TestHousekeepingSweepsWhatOutlivedItsUse leaves a session expired for
// two months, an upload unfinished for two days and a roster dry run
// uncommitted for two weeks, then housekeeps once: all three are gone.
func TestHousekeepingSweepsWhatOutlivedItsUse(t *testing.T) {
	useTestBackend(t)
	ctx := t.Context()
	a, err := openMigrated(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	const password = "Xiang-cai-2026"
	admin, err := a.accounts.CreateUserAsSystem(ctx, accounts.NewUser{Username: "csadmin", DisplayName: "长沙管理员",
		Role: xiangcai.RoleCityAdmin, CityCode: "430100", Password: password})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.accounts.Login(ctx, accounts.LoginInput{Login: "csadmin", Password: password, Kind: accounts.SessionBearer}); err != nil {
		t.Fatal(err)
	}
	upload, err := a.media.StartUpload(ctx, admin.Principal(), media.NewUpload{Kind: media.KindDocument, FileName: "a.pdf", Size: 1000})
	if err != nil {
		t.Fatal(err)
	}
	roster := rostertest.Workbook(t, [][]any{{"姓名", "身份证号", "人才类别"}, {"张三", "430104199001010011", "志愿者"}})
	if _, err := talentpool.NewImporter(a.talents, regions.Hunan()).DryRun(ctx, admin.Principal(),
		talentpool.ImportFile{Name: "名册.xlsx", Data: roster}); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-60 * 24 * time.Hour)
	for table, column := range map[string]string{"sessions": "expires_at", "media_assets": "created_at", "talent_imports": "created_at"} {
		if _, err := a.db.NewUpdate().Table(table).Set(column+" = ?", old).Where("TRUE").Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	a.housekeep(ctx)
	for _, table := range []string{"sessions", "media_assets", "talent_imports", "talent_import_rows"} {
		if n, err := a.db.NewSelect().Table(table).Count(ctx); err != nil || n != 0 {
			t.Errorf("%s: %d rows left, %v", table, n, err)
		}
	}
	if _, err := a.store.ListParts(ctx, upload.OriginalKey, upload.UploadID); xiangcai.ErrorCode(err) != xiangcai.ENOTFOUND {
		t.Errorf("the unfinished upload is still in the store: %v", err)
	}
}
