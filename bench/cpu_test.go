package bench

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestProcCPUReadsUserAndSystemTime reads a /proc stat line whose command
// holds spaces and parentheses: utime and stime are the 14th and 15th
// fields, counted in ticks of 10 ms.
func TestProcCPUReadsUserAndSystemTime(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stat")
	line := "4242 (postgres: a (b) c) S 1 4242 4242 0 -1 4194560 600 0 0 0 150 25 0 0 20 0 1 0 100 0 0\n"
	if err := os.WriteFile(path, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := procCPU(path); got != 1750*time.Millisecond {
		t.Fatalf("procCPU = %v, want 1.75s", got)
	}
	if got := procCPU(filepath.Join(t.TempDir(), "gone")); got != 0 {
		t.Fatalf("a process that has gone: %v", got)
	}
}
