package talentpool_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"xiangcai"
	"xiangcai/talentpool"
	"xiangcai/talentpool/roster"
)

// export writes an export as p into a file of format.
func (f *fixture) export(t *testing.T, p xiangcai.Principal, filter talentpool.TalentFilter, reveal bool, format string) []byte {
	t.Helper()
	e, err := f.svc.ExportTalents(t.Context(), p, filter, reveal)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := e.Write(t.Context(), &buf, format); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// records reads every data row of a roster file.
func records(t *testing.T, name string, data []byte) []roster.Record {
	t.Helper()
	r, err := roster.Open(name, data)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out []roster.Record
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
}

func TestExportTalents(t *testing.T) {
	f := newFixture(t)
	org := f.org(t, f.changsha, "西湖互助会", township)
	f.talent(t, f.changsha, 41, township, func(n *talentpool.NewTalent) {
		n.Name, n.Phone, n.OrganizationID, n.Skills = "甲", "13700000041", org.ID, []string{"=1+1", "调解"}
		n.Category, n.Qualification = talentpool.SocialWorker, talentpool.QualificationIntermediate
		n.QualificationExpiresAt = time.Date(2028, 12, 31, 0, 0, 0, 0, time.UTC)
	})
	f.talent(t, f.changsha, 43, "430104007001", func(n *talentpool.NewTalent) { n.Name = "乙" })
	f.talent(t, f.zhuzhou, 45, zhuzhouTown, func(n *talentpool.NewTalent) { n.Name = "株洲人" })

	csv := f.export(t, f.changsha, talentpool.TalentFilter{}, false, roster.FormatCSV)
	text := string(csv)
	if !strings.HasPrefix(text, "\ufeff姓名,身份证号,性别,出生日期,手机号,人才类别,所属组织,所在地区,区划代码,职业资格,资格有效期,技能特长,状态,重点人才\r\n") ||
		strings.Count(text, "\r\n") != 3 || strings.Contains(text, "株洲人") || strings.Contains(text, idNumber(41)) ||
		strings.Contains(text, "13700000041") || !strings.Contains(text, "137****0041") || !strings.Contains(text, ",'=1+1、调解,") {
		t.Fatalf("masked CSV export:\n%s", text)
	}
	if !strings.Contains(text, "甲,439***********") || !strings.Contains(text, "社会工作者,西湖互助会,长沙市岳麓区西湖街道,430104007,社会工作师,2028-12-31") {
		t.Fatalf("CSV row of 甲:\n%s", text)
	}
	if n := f.count(t, "audit_events", "action = 'talent.export' AND city_code = ? AND summary LIKE ?", changshaCode, "%已脱敏%2人"); n != 1 {
		t.Fatalf("export events: %d", n)
	}

	volunteers := f.export(t, f.province, talentpool.TalentFilter{Category: talentpool.Volunteer}, true, roster.FormatXLSX)
	recs := records(t, "x.xlsx", volunteers)
	if len(recs) != 2 || recs[0].Value(roster.Name) != "株洲人" || recs[1].Value(roster.IDNumber) != idNumber(43) ||
		recs[1].Value(roster.Region) != "长沙市岳麓区西湖街道咸嘉湖社区居委会" {
		t.Fatalf("unmasked XLSX export of volunteers: %+v", recs)
	}
	if n := f.count(t, "audit_events", "action = 'talent.export' AND city_code IS NULL AND summary LIKE ?", "%完整%"); n != 1 {
		t.Fatalf("unmasked export events: %d", n)
	}

	_, err := f.svc.ExportTalents(t.Context(), f.trainee, talentpool.TalentFilter{}, false)
	wantCode(t, err, xiangcai.EFORBIDDEN, "")
	_, err = f.svc.ExportTalents(t.Context(), f.zhuzhou, talentpool.TalentFilter{RegionCode: yueluCounty}, true)
	wantCode(t, err, xiangcai.EFORBIDDEN, "")
}

func TestAnUnmaskedExportImportsUnchanged(t *testing.T) {
	f := newFixture(t)
	org := f.org(t, f.changsha, "西湖互助会", township)
	for i, mutate := range []func(*talentpool.NewTalent){
		func(n *talentpool.NewTalent) {
			n.Phone, n.OrganizationID, n.Skills = "13700000051", org.ID, []string{"调解", "心理"}
		},
		func(n *talentpool.NewTalent) {
			n.Category, n.Qualification = talentpool.SocialWorker, talentpool.QualificationSenior
			n.QualificationExpiresAt = time.Date(2029, 3, 1, 0, 0, 0, 0, time.UTC)
		},
		func(n *talentpool.NewTalent) { n.Category, n.RegionCode = talentpool.ChildrensDirector, changshaCode },
	} {
		f.talent(t, f.changsha, 51+2*i, township, mutate)
	}
	for _, format := range []string{roster.FormatXLSX, roster.FormatCSV} {
		data := f.export(t, f.changsha, talentpool.TalentFilter{}, true, format)
		imp, err := f.importer().DryRun(t.Context(), f.changsha, talentpool.ImportFile{Name: "export." + format, Data: data})
		if err != nil || imp.UnchangedRows != 3 || imp.TotalRows != 3 || imp.FixedRows+imp.WarnedRows != 0 {
			t.Fatalf("%s export imported again: %+v %v", format, imp, err)
		}
	}
}
