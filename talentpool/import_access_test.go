package talentpool_test

import (
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"xiangcai"
	"xiangcai/talentpool"
)

// gbkRoster is a CSV roster as Chinese Excel saves it: GBK, with a title
// line, a code in the region column and an organization by credit code.
func gbkRoster(t *testing.T, creditCode string) []byte {
	t.Helper()
	text := "岳麓区骨干人才花名册,,,,,\r\n" +
		"姓名,身份证号码,联系电话,类别,所属组织,区划代码\r\n" +
		"蒋一," + idNumber(21) + ",13700000021,民政干部," + creditCode + ",430104007001\r\n" +
		"沈二," + idNumber(23) + ",,社区工作者,,咸嘉湖社区\r\n"
	data, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(data)
}

func TestImportGBKCSVByTheProvince(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	org := f.org(t, f.changsha, "咸嘉湖社区服务队", "430104007001", func(in *talentpool.OrganizationInput) {
		in.CreditCode = "91430100MA4L16JQ9D"
	})
	file := talentpool.ImportFile{Name: "名单.csv", Data: gbkRoster(t, org.CreditCode), CityCode: changshaCode}
	if _, err := f.importer().DryRun(ctx, f.province, talentpool.ImportFile{Name: file.Name, Data: file.Data}); err == nil {
		t.Fatal("the province imported without naming a city")
	} else {
		wantCode(t, err, xiangcai.EINVALID, "city_code")
	}
	imp, err := f.importer().DryRun(ctx, f.province, file)
	if err != nil {
		t.Fatal(err)
	}
	if imp.Format != "csv" || imp.NewRows != 2 || imp.RejectedRows != 0 {
		t.Fatalf("import %+v", imp)
	}
	if rows := f.rowsByLine(t, f.province, imp.ID); len(rows[3].Notes) != 0 || len(rows[4].Notes) != 0 {
		t.Fatalf("rows: %+v %+v", rows[3], rows[4])
	}
	if _, err := f.importer().CommitImport(ctx, f.province, imp.ID); err != nil {
		t.Fatal(err)
	}
	list, _, err := f.svc.FindTalents(ctx, f.changsha, talentpool.TalentFilter{Query: "蒋一"})
	if err != nil || len(list) != 1 || list[0].OrganizationID != org.ID || list[0].RegionCode != "430104007001" ||
		list[0].Category != talentpool.CivilAffairsStaff {
		t.Fatalf("蒋一: %+v %v", list, err)
	}
	list, _, _ = f.svc.FindTalents(ctx, f.changsha, talentpool.TalentFilter{Query: "沈二"})
	if len(list) != 1 || list[0].RegionCode != "430104007001" {
		t.Fatalf("沈二 by village short name: %+v", list)
	}
}

func TestImportAccess(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	file := talentpool.ImportFile{Name: "名单.csv", Data: gbkRoster(t, "")}
	imp, err := f.importer().DryRun(ctx, f.changsha, file)
	if err != nil {
		t.Fatal(err)
	}
	anonymous := xiangcai.Principal{}
	for _, c := range []struct {
		who  xiangcai.Principal
		city string
		code string
	}{
		{anonymous, "", xiangcai.EUNAUTHORIZED},
		{f.trainee, "", xiangcai.EFORBIDDEN},
		{f.instructor, changshaCode, xiangcai.EFORBIDDEN},
		{f.zhuzhou, changshaCode, xiangcai.EFORBIDDEN},
	} {
		_, err := f.importer().DryRun(ctx, c.who, talentpool.ImportFile{Name: file.Name, Data: file.Data, CityCode: c.city})
		wantCode(t, err, c.code, "")
	}
	for who, code := range map[*xiangcai.Principal]string{&anonymous: xiangcai.EUNAUTHORIZED,
		&f.trainee: xiangcai.EFORBIDDEN, &f.zhuzhou: xiangcai.ENOTFOUND} {
		_, err := f.importer().FindImport(ctx, *who, imp.ID)
		wantCode(t, err, code, "")
		_, _, err = f.importer().FindImportRows(ctx, *who, imp.ID, talentpool.ImportRowFilter{})
		wantCode(t, err, code, "")
		_, err = f.importer().CommitImport(ctx, *who, imp.ID)
		wantCode(t, err, code, "")
	}
	if n := f.count(t, "talents", "1 = 1"); n != 0 {
		t.Fatalf("refused commits wrote %d talents", n)
	}
	_, err = f.importer().FindImport(ctx, f.changsha, "01900000-0000-7000-8000-000000000009")
	wantCode(t, err, xiangcai.ENOTFOUND, "")
	for name, data := range map[string][]byte{"名单.xls": {0xd0, 0xcf, 0x11, 0xe0}, "空.csv": nil,
		"无数据.csv": []byte("姓名,身份证号\n"), "": file.Data} {
		_, err := f.importer().DryRun(ctx, f.changsha, talentpool.ImportFile{Name: name, Data: data})
		if field := map[bool]string{true: "file_name", false: "file"}[name == ""]; xiangcai.ErrorCode(err) != xiangcai.EINVALID {
			t.Errorf("%q: %v", name, err)
		} else {
			wantCode(t, err, xiangcai.EINVALID, field)
		}
	}
	if n := f.count(t, "talent_imports", "1 = 1"); n != 1 {
		t.Fatalf("failed dry runs left %d imports", n)
	}

	// A dry run left for more than a week expires, and the next one
	// deletes it with its sealed rows.
	f.clock.Advance(8 * 24 * time.Hour)
	_, err = f.importer().CommitImport(ctx, f.changsha, imp.ID)
	wantCode(t, err, xiangcai.ECONFLICT, "")
	if _, err := f.importer().DryRun(ctx, f.changsha, file); err != nil {
		t.Fatal(err)
	}
	if n := f.count(t, "talent_import_rows", "import_id = ?", imp.ID); n != 0 || f.count(t, "talent_imports", "1 = 1") != 1 {
		t.Fatalf("the expired dry run kept %d rows", n)
	}
}
