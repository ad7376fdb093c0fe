package talentpool_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// The roster benchmark measures memory as the operating system sees it, so
// each measurement runs in a child process: this test binary run again
// with only TestRosterBenchChild, told by benchPhase what to measure. The
// baseline's peak resident set is the child's getrusage ru_maxrss, read by
// the parent when it exits. The import child reads its own peak, VmHWM in
// /proc/self/status, right after the commit, then resets it through
// /proc/self/clear_refs before each export (which also resets what
// ru_maxrss would report), so each export's peak is its own.
const (
	benchPhase = "XIANGCAI_ROSTER_BENCH"
	benchFile  = "XIANGCAI_ROSTER_BENCH_FILE"
	// benchRows sets the roster's rows; 100,000 when unset.
	benchRows = "XIANGCAI_ROSTER_BENCH_ROWS"
	// benchLine starts the line on which the child reports its result.
	benchLine = "ROSTERBENCH "
)

// benchResult is what a child measured: seconds and peak MiB by name.
type benchResult struct {
	Seconds map[string]float64 `json:"seconds"`
	PeakMiB map[string]float64 `json:"peak_mib"`
	// MaxRSSMiB is the child's ru_maxrss, filled in by the parent.
	MaxRSSMiB float64 `json:"-"`
}

// BenchmarkRosterImport imports a 100,000-row XLSX roster into 长沙's pool
// (a dry run, then a commit) and exports the pool again, against a
// baseline in the same run: excelize reading the same file and doing
// nothing with it, the floor any import stands on. It reports wall times,
// rows per second, and peak memory of the import, of the baseline, and of
// exports of a tenth of the pool and of all of it, which should be alike.
func BenchmarkRosterImport(b *testing.B) {
	rows := 100_000
	if v, err := strconv.Atoi(os.Getenv(benchRows)); err == nil && v > 0 {
		rows = v
	}
	path := writeBenchRoster(b, b.TempDir(), rows)
	b.ResetTimer()
	for range b.N {
		base := runBenchChild(b, "baseline", path)
		got := runBenchChild(b, "import", path)
		importing := got.Seconds["dry-run"] + got.Seconds["commit"]
		b.ReportMetric(importing, "import-s")
		b.ReportMetric(got.Seconds["dry-run"], "dry-run-s")
		b.ReportMetric(got.Seconds["commit"], "commit-s")
		b.ReportMetric(float64(rows)/importing, "rows/s")
		b.ReportMetric(fileSize(b, path), "file-MiB")
		b.ReportMetric(got.PeakMiB["import"], "import-peak-MiB")
		b.ReportMetric(base.Seconds["read"], "baseline-read-s")
		b.ReportMetric(base.MaxRSSMiB, "baseline-maxrss-MiB")
		b.ReportMetric(got.Seconds["export-xlsx-all"], "export-xlsx-s")
		b.ReportMetric(got.Seconds["export-csv-all"], "export-csv-s")
		for _, name := range []string{"export-xlsx-tenth", "export-xlsx-all", "export-csv-tenth", "export-csv-all"} {
			b.ReportMetric(got.PeakMiB[name], name+"-peak-MiB")
		}
	}
}

// runBenchChild runs phase in a child process and returns its result.
func runBenchChild(b *testing.B, phase, path string) benchResult {
	b.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestRosterBenchChild$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), benchPhase+"="+phase, benchFile+"="+path)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		b.Fatalf("%s child: %v\n%s", phase, err, out.String())
	}
	var res benchResult
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		if line, ok := strings.CutPrefix(sc.Text(), benchLine); ok {
			if err := json.Unmarshal([]byte(line), &res); err != nil {
				b.Fatal(err)
			}
		}
	}
	if res.Seconds == nil {
		b.Fatalf("%s child reported nothing:\n%s", phase, out.String())
	}
	res.MaxRSSMiB = float64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) / 1024 // KiB on Linux
	return res
}
