package talentpool_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"xiangcai/demo"
	"xiangcai/regions"
)

// benchOrganizations is how many organizations the benchmark's city has;
// the roster names them, and every 50th row one the city does not have.
const benchOrganizations = 200

// benchOrgName is the name of the benchmark city's organization i.
func benchOrgName(i int) string { return fmt.Sprintf("长沙市第%d社区服务社", i) }

// writeBenchRoster writes a roster of n rows for 长沙 into dir, as a city
// keeps one: a title row, Chinese headers, birth dates and expiry dates as
// Excel date serials, organizations and townships by name, and every 7th
// name with a stray space and every 11th phone in full-width digits. One
// row in ten is a volunteer. It streams, so writing it takes little memory.
func writeBenchRoster(tb testing.TB, dir string, n int) string {
	tb.Helper()
	var places []string
	for _, county := range regions.Hunan().Children("430100") {
		for _, town := range regions.Hunan().Children(county.Code) {
			places = append(places, county.Name+town.Name)
		}
	}
	categories := []string{"志愿者", "民政干部", "社区工作者", "儿童主任", "社会组织负责人", "社会工作者", "社区工作者", "社会组织负责人", "社区工作者", "社会工作者"}
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	must(sw.SetRow("A1", []any{"长沙市社区社会组织骨干人才名册"}))
	must(sw.SetRow("A2", []any{"序号", "姓名", "身份证号", "性别", "出生日期", "手机号码", "人才类别", "所属组织", "所在地区", "职业资格", "资格有效期", "技能特长"}))
	day := time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		birth := day.AddDate(0, 0, i/1000*7)
		id := demo.FakeIDNumber(7, birth, i%1000)
		gender := map[bool]string{true: "男", false: "女"}[i%2 == 1]
		name := fmt.Sprintf("人才%06d", i)
		if i%7 == 0 {
			name = "人 才" + name[len("人才"):]
		}
		phone := fmt.Sprintf("13%09d", i)
		if i%11 == 0 {
			phone = fullWidth(phone)
		}
		org := benchOrgName(i % benchOrganizations)
		if i%50 == 0 {
			org = "未登记的协会"
		}
		qualification, expires := "无", any(nil)
		if categories[i%10] == "社会工作者" {
			qualification, expires = "助理社工师", 47000+i%1000
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		must(sw.SetRow(cell, []any{i + 1, name, id, gender, int(birth.Sub(excelEpoch).Hours() / 24), phone, categories[i%10],
			org, places[i%len(places)], qualification, expires, "调解、心理疏导"}))
	}
	must(sw.Flush())
	path := filepath.Join(dir, fmt.Sprintf("roster-%d.xlsx", n))
	must(f.SaveAs(path))
	return path
}

// excelEpoch is the day before Excel's date serial 1, counted so for every
// date after February 1900.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// fileSize returns the size of the file at path in MiB.
func fileSize(tb testing.TB, path string) float64 {
	info, err := os.Stat(path)
	if err != nil {
		tb.Fatal(err)
	}
	return float64(info.Size()) / (1 << 20)
}
