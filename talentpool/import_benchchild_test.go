package talentpool_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"xiangcai/talentpool"
	"xiangcai/talentpool/roster"
)

// TestRosterBenchChild is BenchmarkRosterImport's child process; run
// alone, it skips.
func TestRosterBenchChild(t *testing.T) {
	phase := os.Getenv(benchPhase)
	if phase == "" {
		t.Skip("runs only as BenchmarkRosterImport's child")
	}
	data, err := os.ReadFile(os.Getenv(benchFile))
	if err != nil {
		t.Fatal(err)
	}
	res := benchResult{Seconds: map[string]float64{}, PeakMiB: map[string]float64{}}
	if phase == "baseline" {
		res.Seconds["read"] = timed(t, func() error { return readRaw(data) })
	} else {
		benchImport(t, data, res)
	}
	line, _ := json.Marshal(res)
	fmt.Println(benchLine + string(line))
}

// readRaw reads every cell of the workbook's first sheet and drops it.
func readRaw(data []byte) error {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := f.Rows("Sheet1")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
			return err
		}
	}
	return rows.Error()
}

// benchImport imports the roster into a fresh database, checks every row
// went in, then exports a tenth of the pool and all of it, as XLSX and as
// CSV, each after memory is handed back and the peak is reset, so that
// each peak is the export's own.
func benchImport(t *testing.T, data []byte, res benchResult) {
	f := newFixture(t)
	ctx := t.Context()
	for i := range benchOrganizations {
		f.org(t, f.changsha, benchOrgName(i), township)
	}
	var imp *talentpool.Import
	res.Seconds["dry-run"] = timed(t, func() (err error) {
		imp, err = f.importer().DryRun(ctx, f.changsha, talentpool.ImportFile{Name: "名册.xlsx", Data: data})
		return err
	})
	data = nil
	res.Seconds["commit"] = timed(t, func() (err error) {
		imp, err = f.importer().CommitImport(ctx, f.changsha, imp.ID)
		return err
	})
	if imp.NewRows != imp.TotalRows || imp.TotalRows == 0 {
		t.Fatalf("import %+v", imp)
	}
	res.PeakMiB["import"] = peakMiB(t)
	for _, e := range []struct {
		name, format string
		filter       talentpool.TalentFilter
	}{
		{"export-xlsx-tenth", roster.FormatXLSX, talentpool.TalentFilter{Category: talentpool.Volunteer}},
		{"export-xlsx-all", roster.FormatXLSX, talentpool.TalentFilter{}},
		{"export-csv-tenth", roster.FormatCSV, talentpool.TalentFilter{Category: talentpool.Volunteer}},
		{"export-csv-all", roster.FormatCSV, talentpool.TalentFilter{}},
	} {
		runtime.GC()
		debug.FreeOSMemory()
		if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
			t.Fatalf("reset the peak: %v", err)
		}
		res.Seconds[e.name] = timed(t, func() error {
			export, err := f.svc.ExportTalents(ctx, f.changsha, e.filter, true)
			if err != nil {
				return err
			}
			return export.Write(ctx, io.Discard, e.format)
		})
		res.PeakMiB[e.name] = peakMiB(t)
	}
}

// timed runs fn and returns how many seconds it took.
func timed(t *testing.T, fn func() error) float64 {
	start := time.Now()
	if err := fn(); err != nil {
		t.Fatal(err)
	}
	return time.Since(start).Seconds()
}

// peakMiB reads the process's peak resident set, VmHWM, in MiB.
func peakMiB(t *testing.T) float64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kib, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return float64(kib) / 1024
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}
